package dev.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TimeML reading, writing and TempEval-3 scoring on small documents of our own. */
class TimeMlEvaluationTest {

    @TempDir
    Path dir;

    private static String doc(String text) {
        return "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>t1</DOCID>\n"
                + "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2008-08-18\" functionInDocument=\"CREATION_TIME\">"
                + "20080818</TIMEX3></DCT>\n<TEXT>" + text + "</TEXT>\n</TimeML>\n";
    }

    @Test
    void read_stripsTagsDecodesEntitiesAndKeepsGoldSpans() throws IOException {
        Path f = Files.writeString(dir.resolve("a.tml"), doc("Talks &amp; truce <EVENT eid=\"e1\">ended</EVENT> "
                + "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2008-08-15\">Friday</TIMEX3>."));
        TimeMlDocument d = TimeMlDocument.read(f);
        assertThat(d.text()).isEqualTo("Talks & truce ended Friday.");
        assertThat(d.dct).contains(java.time.LocalDate.of(2008, 8, 18));
        assertThat(d.timexes).singleElement().satisfies(t -> {
            assertThat(t.span().in(d.text())).isEqualTo("Friday");
            assertThat(t.value()).isEqualTo("2008-08-15");
        });
    }

    @Test
    void tag_writesTe3StyleFilesWhoseTextIsUnchanged() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("b.tml.TE3input"), doc("The talks &amp; the truce ended on Friday after five hours."));
        Path out = dir.resolve("out");
        assertThat(new TimeMlEvaluation().tag(in, out)).isEqualTo(1);
        String written = Files.readString(out.resolve("b.tml"));
        assertThat(written).contains("on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2008-08-15\">Friday</TIMEX3> after "
                + "<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"PT5H\">five hours</TIMEX3>.");
        assertThat(written).contains("&amp;").contains("<DCT>");
        assertThat(TimeMlDocument.read(out.resolve("b.tml")).text())
                .isEqualTo(TimeMlDocument.read(in.resolve("b.tml.TE3input")).text());
    }

    @Test
    void score_countsStrictRelaxedAndAttributesAsTempEval3() throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Path system = Files.createDirectories(dir.resolve("system"));
        // Gold: "Friday" (right in the system), "five hours" (system takes "about five hours", wrong
        // value), "last week" (missed). System adds a spurious "now".
        Files.writeString(gold.resolve("c.tml"), doc("It ended <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2008-08-15\">"
                + "Friday</TIMEX3> after about <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"PT5H\">five hours</TIMEX3>; "
                + "it began <TIMEX3 tid=\"t3\" type=\"DATE\" value=\"2008-W33\">last week</TIMEX3> and is over now."));
        Files.writeString(system.resolve("c.tml"), doc("It ended <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2008-08-15\">"
                + "Friday</TIMEX3> after <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"PT4H\">about five hours</TIMEX3>; "
                + "it began last week and is over <TIMEX3 tid=\"t3\" type=\"DATE\" value=\"PRESENT_REF\">now</TIMEX3>."));
        TimeMlEvaluation.TimexScoreReport r = new TimeMlEvaluation().score(gold, system, Optional.empty());
        // strict: 1 of 3 system, 1 of 3 gold; relaxed: 2 of 3 each; value accuracy 1 of 2 matched pairs.
        assertThat(r.relaxedF1()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.valueF1()).isCloseTo(0.5 * 2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.table()).contains("strict      0.3333    0.3333    0.3333");
    }

    @Test
    void score_missingSystemFile_countsAsEmptyAndSaysSo() throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("d.tml"), doc("On <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2008-08-15\">Friday</TIMEX3>."));
        TimeMlEvaluation.TimexScoreReport r = new TimeMlEvaluation().score(gold, dir.resolve("none"), Optional.empty());
        assertThat(r.relaxedF1()).isZero();
        assertThat(r.problems()).singleElement().asString().contains("missing");
    }
}
