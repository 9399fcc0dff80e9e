package dev.dateline.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.events.ActorMention;
import dev.dateline.events.Claim;
import dev.dateline.merge.Ledger;
import dev.dateline.model.ActorCode;
import dev.dateline.model.Span;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LedgerChartTest {

    private static Ledger.Entry entry(String id, String claimant, String asOf, long low, long high) {
        ActorMention who = new ActorMention(claimant, Span.of(0, 1), Optional.of(ActorCode.of(claimant)), Optional.empty(),
                List.of());
        Claim c = new Claim(0, Span.of(0, 9), Span.of(0, 3), "x", Claim.Measure.KILLED, OptionalLong.of(low),
                OptionalLong.of(high), Claim.Disclosure.STATED, Optional.empty(), Claim.Category.CIVILIAN, Optional.empty(), Optional.of(who),
                Optional.of(asOf), "sentence", Optional.empty(), "test");
        return new Ledger.Entry(id, "article-" + id, "outlet-" + id, c);
    }

    @Test
    void svg_contestedFigure_isASelfContainedChartWithOneSeriesPerClaimant() {
        Ledger.Line line = Ledger.build(List.of(entry("a", "RUS", "2008-08-09", 1400, 1400),
                entry("b", "GEO", "2008-08-12", 44, 44), entry("c", "RUS", "2008-08-20", 1600, 1700))).get(0);
        String svg = LedgerChart.svg(line, "chart1").orElseThrow();
        assertThat(svg).startsWith("<svg").contains("RUS", "GEO", "killed").doesNotContain("http://www.example", "<script");
        assertThat(svg).contains("clip-path='url(#chart1-clip-0)'").isEqualTo(LedgerChart.svg(line, "chart1").orElseThrow());
    }

    @Test
    void svg_fewerThanTwoDatedFigures_givesNoChart() {
        assertThat(LedgerChart.svg(Ledger.build(List.of(entry("a", "RUS", "2008-08-09", 10, 10))).get(0), "chart1")).isEmpty();
    }
}
