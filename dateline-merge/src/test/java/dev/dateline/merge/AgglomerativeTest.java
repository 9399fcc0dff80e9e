package dev.dateline.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgglomerativeTest {

    @Test
    void cluster_mergesByAverageLink_untilTheThreshold() {
        double[][] s = {
            {0, 0.9, 0.8, 0.1},
            {0.9, 0, 0.2, 0.1},
            {0.8, 0.2, 0, 0.0},
            {0.1, 0.1, 0.0, 0}};
        // 0 and 1 merge (0.9); then {0,1} with 2 averages 0.5, which meets the threshold; 3 stays alone.
        assertThat(Agglomerative.cluster(s, 0.5)).containsExactly(List.of(0, 1, 2), List.of(3));
        assertThat(Agglomerative.cluster(s, 0.6)).containsExactly(List.of(0, 1), List.of(2), List.of(3));
    }
}
