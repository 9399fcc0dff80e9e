package dev.dateline.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReuseTest {

    private static final String WIRE_1 = "Georgian troops backed by tanks and artillery pushed into the breakaway region overnight.";
    private static final String WIRE_2 = "Moscow warned it would defend Russian citizens living in the region at any cost.";
    private static final String OWN = "Our correspondent in Tbilisi saw long queues outside the bakeries on Friday morning.";

    private static Reuse.Article article(String id, LocalDate date, List<String> agencies, String... sentences) {
        List<Span> spans = new ArrayList<>();
        int at = 0;
        for (String s : sentences) {
            spans.add(Span.of(at, at + s.length()));
            at += s.length() + 1;
        }
        return new Reuse.Article(id, List.of(sentences), spans, Optional.ofNullable(date), false, agencies);
    }

    @Test
    void find_reprintsOfOneWireStory_areOneSourceWithTheEarliestAsOriginal() {
        Reuse.Result r = Reuse.find(List.of(
                article("b", LocalDate.of(2008, 8, 9), List.of(), OWN, WIRE_1.replace("overnight", "during the night"), WIRE_2),
                article("a", LocalDate.of(2008, 8, 8), List.of(), WIRE_1, WIRE_2),
                article("c", null, List.of(), "A quite different report about the talks in Moscow between the two sides today.")));
        assertThat(r.passages()).isNotEmpty();
        assertThat(r.passages()).allSatisfy(p -> assertThat(p.original()).isEqualTo("a"));
        assertThat(r.sources(List.of("a", "b", "c"))).isEqualTo(2);
    }

    @Test
    void find_sameAgencyCreditedWithoutSharedText_isOneSource() {
        Reuse.Result r = Reuse.find(List.of(article("a", null, List.of("AFP"), WIRE_1),
                article("b", null, List.of("AFP"), OWN), article("c", null, List.of("Reuters"), WIRE_2)));
        assertThat(r.passages()).isEmpty();
        assertThat(r.sources(List.of("a", "b", "c"))).isEqualTo(2);
    }

    @Test
    void find_thousandsOfIdenticalReprints_stayLinear() {
        List<Reuse.Article> many = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            many.add(article("r" + i, null, List.of(), WIRE_1, WIRE_2, OWN));
        }
        Reuse.Result r = Reuse.find(many);
        assertThat(r.sources(many.stream().map(Reuse.Article::id).toList())).isEqualTo(1);
        // Each reprint is compared with at most a few earlier holders, not with all of them.
        assertThat(r.passages().size()).isLessThanOrEqualTo(3000 * 8);
    }
}
