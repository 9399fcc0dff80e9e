package dev.dateline.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.events.ActorMention;
import dev.dateline.events.Claim;
import dev.dateline.events.Claim.Category;
import dev.dateline.events.Claim.Measure;
import dev.dateline.merge.Ledger.Relation;
import dev.dateline.model.ActorCode;
import dev.dateline.model.Span;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LedgerTest {

    private static ActorMention actor(String code) {
        return new ActorMention(code, Span.of(0, 1), Optional.of(ActorCode.parse(code)), Optional.empty(), List.of());
    }

    private static Ledger.Entry entry(String id, String source, String claimant, String asOf, Long low, Long high) {
        Claim c = new Claim(0, Span.of(0, 10), Span.of(0, 5), "x", Measure.KILLED,
                low == null ? OptionalLong.empty() : OptionalLong.of(low),
                high == null ? OptionalLong.empty() : OptionalLong.of(high), Claim.Disclosure.STATED, Optional.of(actor("GEO")),
                Category.CIVILIAN, Optional.empty(), Optional.ofNullable(claimant).map(LedgerTest::actor), Optional.of(asOf), "article",
                Optional.empty(), "test");
        return new Ledger.Entry(id, "article-" + id, source, c);
    }

    @Test
    void build_relatesUpdatesCorroborationsAndContradictions() {
        List<Ledger.Line> lines = Ledger.build(List.of(
                entry("a", "AFP", "RUS", "2008-08-09", 1400L, 1400L),
                entry("b", "Reuters", "RUS", "2008-08-09", 1400L, 1400L),
                entry("c", "AFP", "RUS", "2008-08-12", 1600L, 1600L),
                entry("d", "TASS", "GEO", "2008-08-12", 44L, 44L)));
        assertThat(lines).hasSize(1);
        Ledger.Line line = lines.get(0);
        assertThat(line.links()).contains(
                new Ledger.Link("b", Relation.CORROBORATES, "a"),
                new Ledger.Link("c", Relation.UPDATES, "b"),
                new Ledger.Link("d", Relation.CONTRADICTS, "c"));
        assertThat(line.contested()).isTrue();
        // The lowest of the latest figures of each claimant: Georgia's 44, within 44 .. 1,600.
        assertThat(line.estimate().value()).hasValue(44);
        assertThat(line.estimate().high()).hasValue(1600);
        assertThat(line.estimate().claimants()).isEqualTo(2);
    }

    @Test
    void build_sameFigureFromTheSameAgencyReprinted_isNoCorroboration() {
        List<Ledger.Line> lines = Ledger.build(List.of(
                entry("a", "AFP", "RUS", "2008-08-09", 64L, 64L),
                entry("b", "AFP", "RUS", "2008-08-09", 64L, 64L)));
        assertThat(lines.get(0).links()).isEmpty();
    }

    @Test
    void build_withheldFigure_isKeptButNeverCountedAsZero() {
        Claim withheld = new Claim(0, Span.of(0, 10), Span.of(0, 5), "has not released figures", Measure.KILLED,
                OptionalLong.empty(), OptionalLong.empty(), Claim.Disclosure.WITHHELD, Optional.of(actor("GEO")), Category.CIVILIAN,
                Optional.empty(), Optional.of(actor("GEO")), Optional.of("2008-08-18"), "article", Optional.empty(), "test");
        List<Ledger.Line> lines = Ledger.build(List.of(entry("a", "AFP", "RUS", "2008-08-09", 100L, null),
                new Ledger.Entry("w", "article-w", "Reuters", withheld)));
        assertThat(lines.get(0).entries()).hasSize(2);
        assertThat(lines.get(0).links()).isEmpty();
        assertThat(lines.get(0).estimate().value()).hasValue(100);
        assertThat(lines.get(0).estimate().high()).isEmpty();
    }

    private static Ledger.Entry figure(String id, Measure measure, String subject, Category category, String place,
            String claimant, long value) {
        Claim c = new Claim(0, Span.of(0, 10), Span.of(0, 5), "x", measure, OptionalLong.of(value), OptionalLong.of(value),
                Claim.Disclosure.STATED, Optional.of(actor(subject)), category, Optional.ofNullable(place),
                Optional.of(actor(claimant)), Optional.of("2020-01-08"), "article", Optional.empty(), "test");
        return new Ledger.Entry(id, "article-" + id, "outlet-" + id, c);
    }

    @Test
    void build_statedZeroOfCasualties_joinsTheKilledOfTheSamePeople_andTheEstimateSaysSo() {
        List<Ledger.Line> lines = Ledger.build(List.of(
                figure("tv", Measure.KILLED, "USA", Category.MILITARY, null, "IRN", 80),
                figure("us", Measure.CASUALTIES, "USA", Category.ALL, null, "USAGOV", 0),
                figure("other", Measure.KILLED, "IRQ", Category.MILITARY, null, "IRQ", 3)));
        Ledger.Line killed = lines.get(0);
        assertThat(killed.entries()).extracting(Ledger.Entry::id).containsExactly("tv", "us");
        assertThat(killed.estimate().value()).hasValue(0);
        assertThat(killed.estimate().zeros()).containsExactly("USAGOV");
        assertThat(killed.estimate().zeroNote()).contains("zero stated by USAGOV");
        assertThat(killed.contested()).isTrue();
        assertThat(lines.get(2).entries()).extracting(Ledger.Entry::id).containsExactly("other");
        assertThat(lines.get(2).estimate().zeros()).isEmpty();
    }

    @Test
    void build_aTownsDead_areAnotherLineThanTheCountrys() {
        List<Ledger.Line> lines = Ledger.build(List.of(
                figure("town", Measure.KILLED, "GEO", Category.ALL, "Tskhinvali", "RUS", 2000),
                figure("country", Measure.KILLED, "GEO", Category.ALL, null, "GEO", 175)));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).title()).isEqualTo("killed, GEO, all, in Tskhinvali");
        assertThat(lines.get(1).links()).isEmpty();
    }
}
