package dev.dateline.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.actors.KnowledgeBase;
import dev.dateline.ingest.Cleaner;
import dev.dateline.model.AnnotatedArticle;
import dev.dateline.model.ArticleFormat;
import dev.dateline.model.CleanArticle;
import dev.dateline.model.DateBasis;
import dev.dateline.model.PublicationDate;
import dev.dateline.model.RawArticle;
import dev.dateline.nlp.Annotator;
import dev.dateline.time.ArticleTimes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extracts the claims of {@code fixtures/claims.tsv} with a real parse and time tagging and
 * checks them field by field: at least 95% of the expected claims must be exactly right, and the
 * sentences of {@code fixtures/claims-none.txt} must give none.
 */
class ClaimFixturesIT {

    private static Annotator nlp;
    private static ClaimExtractor extractor;
    private static final Cleaner CLEANER = new Cleaner();
    private static final ArticleTimes TIME = new ArticleTimes();

    @BeforeAll
    static void load() {
        nlp = SharedNlp.get();
        extractor = ClaimExtractor.load(KnowledgeBase.load(Optional.empty()), Optional.empty());
    }

    private static List<Claim> extract(String text, LocalDate date) throws Exception {
        CleanArticle clean = CLEANER.clean(RawArticle.ofFile("fixture", text, ArticleFormat.TEXT), p -> { });
        clean = clean.withMetadata(clean.metadata().withPublished(PublicationDate.stated(date, DateBasis.METADATA, 1)));
        ArticleTimes.Result times = TIME.analyze(clean);
        AnnotatedArticle a = nlp.annotate(clean);
        return extractor.extract(a, times.timexes(), Optional.of(date));
    }

    /** measure low high subject category claimant asof disclosed, as the fixtures write them. */
    private static String describe(Claim c) {
        return String.join(" ", c.measure().label(), bound(c.low()), bound(c.high()), c.subjectCode().orElse("-"),
                c.category().label(), c.claimant().flatMap(ActorMention::code).map(Object::toString).orElse("-"),
                c.asOf().orElse("-"), switch (c.disclosure()) {
                    case STATED -> "yes";
                    case WITHHELD -> "no";
                    case UNCONFIRMED -> "unconfirmed";
                });
    }

    private static String bound(OptionalLong v) {
        return v.isPresent() ? Long.toString(v.getAsLong()) : "-";
    }

    @Test
    void fixtures_atLeastNinetyFivePercentOfClaimsExactlyRight() throws Exception {
        Map<String, List<String[]>> bySentence = new LinkedHashMap<>();
        for (String line : Fixtures.lines("/fixtures/claims.tsv")) {
            String[] c = line.split("\t", -1);
            bySentence.computeIfAbsent(c[0] + "\t" + c[1], k -> new ArrayList<>()).add(c);
        }
        int expected = 0;
        int right = 0;
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> e : bySentence.entrySet()) {
            String[] key = e.getKey().split("\t");
            List<Claim> found = extract(key[1], LocalDate.parse(key[0]));
            List<String> got = found.stream().map(ClaimFixturesIT::describe).toList();
            for (String[] c : e.getValue()) {
                expected++;
                String want = String.join(" ", c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]);
                if (got.contains(want)) {
                    right++;
                } else {
                    misses.add(key[1] + "\n    expected " + want + "\n    got      " + got);
                }
            }
        }
        double share = (double) right / expected;
        System.out.printf("claim fixtures: %d of %d exactly right (%.1f%%)%n", right, expected, 100 * share);
        misses.forEach(m -> System.out.println("  " + m));
        assertThat(expected).isGreaterThanOrEqualTo(60);
        assertThat(share).as("%d of %d claims right; misses:%n%s", right, expected, String.join("\n", misses))
                .isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void numbersThatAreNoClaims_giveNone() throws Exception {
        for (String line : Fixtures.lines("/fixtures/claims-none.txt")) {
            assertThat(extract(line, LocalDate.of(2008, 8, 12))).as(line).isEmpty();
        }
    }

    @Test
    void onePersonNamed_isPartOfALargerCountOfTheArticle_notASmallerFigure() throws Exception {
        List<Claim> claims = extract("Three people were killed at a house party on Sunday. Police said Wil Lewis was"
                + " shot and killed as he left the party.", LocalDate.parse("2015-07-13"));
        assertThat(claims.stream().filter(c -> c.measure() == Claim.Measure.KILLED).map(ClaimFixturesIT::describe))
                .containsExactly("killed 3 3 - all - 2015-07-12 yes");
    }
}
