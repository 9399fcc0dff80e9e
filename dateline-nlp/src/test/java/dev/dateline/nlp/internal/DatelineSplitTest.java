package dev.dateline.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatelineSplitTest {

    private static int length(String... tokens) {
        return CoreNlpPipeline.datelineLength(List.of(tokens));
    }

    @Test
    void wireDatelines_areSplitOffWithTheirDash() {
        assertThat(length("WASHINGTON", "(", "AP", ")", "\u2014", "Secretary", "of", "State", "Clinton", "demanded"))
                .isEqualTo(5);
        assertThat(length("AMMAN", ",", "Oct", "20", "(", "Reuters", ")", "-", "Israel", "and", "Jordan", "are"))
                .isEqualTo(8);
        assertThat(length("Brussels", "(", "dpa", ")", "-", "EU", "ministers", "threatened")).isEqualTo(5);
        assertThat(length("ISLAMABAD", "-", "Thousands", "of", "lawyers", "marched")).isEqualTo(2);
        assertThat(length("BISHKEK", ",", "June", "14", "(", "ANI", ")", ":", "No", "meeting", "took", "place"))
                .isEqualTo(8);
    }

    @Test
    void sentences_areNotDatelines() {
        assertThat(length("Russia", "and", "Georgia", "-", "bitter", "rivals", "-", "met")).isZero();
        assertThat(length("Brussels", "-", "the", "alliance", "said", "on", "Friday")).isZero();
        assertThat(length("US", "-", "China", "talks", "resumed", "today")).isZero();
        assertThat(length("NATO", "said")).isZero();
        assertThat(length("Asked", ":", "he", "said", "no")).isZero();
    }
}
