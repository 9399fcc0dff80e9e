package dev.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorefScoresTest {

    private static final List<Set<String>> KEY = List.of(Set.of("a", "b", "c"));
    private static final List<Set<String>> RESPONSE = List.of(Set.of("a", "b"), Set.of("c"));

    @Test
    void muc_countsLinks() {
        CorefScores.Prf s = CorefScores.muc(KEY, RESPONSE);
        assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(s.precision()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void b3_averagesOverMentions() {
        CorefScores.Prf s = CorefScores.b3(KEY, RESPONSE);
        assertThat(s.recall()).isCloseTo(5.0 / 9, within(1e-9));
        assertThat(s.precision()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void ceafE_alignsEntitiesOneToOne() {
        CorefScores.Prf s = CorefScores.ceafE(KEY, RESPONSE);
        assertThat(s.recall()).isCloseTo(0.8, within(1e-9));
        assertThat(s.precision()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void allMetrics_perfectResponse_scoreOne() {
        List<Set<String>> key = List.of(Set.of("a", "b"), Set.of("c"), Set.of("d", "e", "f"));
        for (CorefScores.Prf s : List.of(CorefScores.muc(key, key), CorefScores.b3(key, key), CorefScores.ceafE(key, key))) {
            assertThat(s.f1()).isCloseTo(1.0, within(1e-9));
        }
    }

    @Test
    void hungarian_findsTheBestAssignmentNotTheGreedyOne() {
        // Greedy takes 0.9 then 0.1 (1.0); the best pairs 0.8 with 0.8 (1.6).
        double[][] w = {{0.9, 0.8}, {0.8, 0.1}};
        assertThat(CorefScores.Hungarian.maximum(w)).isCloseTo(1.6, within(1e-9));
    }
}
