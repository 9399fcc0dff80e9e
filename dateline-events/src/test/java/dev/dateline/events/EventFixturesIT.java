package dev.dateline.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.actors.KnowledgeBase;
import dev.dateline.ingest.Cleaner;
import dev.dateline.model.ActorCode;
import dev.dateline.model.AnnotatedArticle;
import dev.dateline.model.ArticleFormat;
import dev.dateline.model.CleanArticle;
import dev.dateline.model.RawArticle;
import dev.dateline.nlp.Annotator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Codes the sentences of {@code fixtures/events.tsv} with a real parse and checks the event each
 * is chiefly about; and checks that bad input gives no invented event. One pipeline for the class.
 */
class EventFixturesIT {

    private static Annotator nlp;
    private static EventCoder coder;
    private static final Cleaner CLEANER = new Cleaner();

    @BeforeAll
    static void load() {
        nlp = SharedNlp.get();
        coder = EventCoder.load(KnowledgeBase.load(Optional.empty()), Optional.empty());
    }

    private static AnnotatedArticle parse(String text) throws Exception {
        CleanArticle clean = CLEANER.clean(RawArticle.ofFile("fixture", text, ArticleFormat.TEXT), p -> { });
        return nlp.annotate(clean);
    }

    private static EventCoder.Result code(AnnotatedArticle a, String date) {
        return coder.code(a, List.of(), Optional.of(LocalDate.parse(date)));
    }

    @Test
    void fixtures_codeTheMainEventOfEachSentence() throws Exception {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (String line : Fixtures.lines("/fixtures/events.tsv")) {
            String[] c = line.split("\t", -1);
            cases++;
            AnnotatedArticle a = parse(c[1]);
            Optional<Event> main = EventCoder.main(code(a, c[0]).events(), a);
            String expected = String.join(" ", c[2], c[3], c[4], c[5], c[6]);
            String actual = main.map(e -> String.join(" ", e.cameo().code(), e.cameo().plover().orElse("-"),
                    codes(e.source()), codes(e.target()), e.modality().label())).orElse("no event");
            if (!expected.equals(actual)) {
                failures.add(c[1] + "\n    expected " + expected + "\n    got      " + actual
                        + main.map(e -> "\n    rule     " + e.rule()).orElse(""));
            }
        }
        assertThat(cases).isGreaterThanOrEqualTo(40);
        assertThat(failures).as("%d of %d fixtures coded wrong", failures.size(), cases).isEmpty();
    }

    @Test
    void badInput_givesNoInventedEvent() throws Exception {
        // No actor, a list, a table-like run of figures, and text in another language.
        List<String> texts = List.of(
                "Talks were held and fighting continued.",
                "Contents: 1. Background 2. Shelling 3. Talks 4. Ceasefire 5. Outlook",
                "Gori 12 14 9 | Tskhinvali 40 38 31 | Poti 3 3 2 | Senaki 1 0 0",
                "Die russischen Truppen haben am Freitag die Stadt Gori bombardiert, sagte die georgische Regierung.");
        for (String text : texts) {
            EventCoder.Result r = code(parse(text), "2008-08-12");
            assertThat(r.events()).as(text).isEmpty();
        }
        EventCoder.Result german = code(parse(texts.get(3)), "2008-08-12");
        assertThat(german.skipped()).hasValueSatisfying(reason -> assertThat(reason).contains("'de'"));
    }

    @Test
    void longRunOnSentence_isCodedWithoutError() throws Exception {
        String runOn = "Russian troops shelled Gori and " + "the villages near it and ".repeat(60) + "the roads.";
        EventCoder.Result r = code(parse(runOn), "2008-08-12");
        assertThat(r.events()).allSatisfy(e -> assertThat(e.source()).isNotEmpty());
    }

    @Test
    void evidence_pointsIntoTheOriginalText() throws Exception {
        String text = "Georgian forces fired rockets at Russian positions, the Russian defence ministry said.";
        AnnotatedArticle a = parse(text);
        Event e = EventCoder.main(code(a, "2008-08-10").events(), a).orElseThrow();
        assertThat(e.trigger().in(text)).isEqualTo("fired");
        assertThat(e.source().get(0).span().in(text)).isEqualTo("Georgian forces");
        assertThat(e.claimant()).hasValueSatisfying(c -> assertThat(c.code()).hasValue(
                ActorCode.of("RUS").with("MIL")));
        assertThat(e.time().basis()).isEqualTo("article");
        assertThat(e.rule()).contains("fire (V)");
    }

    private static String codes(List<ActorMention> actors) {
        Set<String> out = actors.stream().filter(ActorMention::resolved).map(a -> a.code().get().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        return out.isEmpty() ? "-" : String.join(",", out);
    }
}
