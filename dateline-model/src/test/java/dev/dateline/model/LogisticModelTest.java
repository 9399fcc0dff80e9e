package dev.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticModelTest {

    @Test
    void train_learnsWhichFeatureTellsPairsApart_andReadsBackWhatItWrites() {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            boolean same = i % 4 == 0; // few positives: class weights must balance them
            rows.add(new double[] {same ? 0.8 + (i % 7) / 50.0 : 0.1 + (i % 9) / 30.0, (i % 5) / 5.0});
            labels.add(same);
        }
        LogisticModel model = LogisticModel.train(List.of("cosine", "noise"), rows, labels, 0.01, true);
        assertThat(model.probability(new double[] {0.9, 0.5})).isGreaterThan(0.8);
        assertThat(model.probability(new double[] {0.1, 0.5})).isLessThan(0.2);
        LogisticModel back = LogisticModel.parse(model.with("threshold", 0.4).toTsv("test model"), "test");
        assertThat(back.parameter("threshold")).hasValue(0.4);
        assertThat(back.names()).containsExactly("cosine", "noise");
        assertThat(back.probability(new double[] {0.9, 0.5})).isCloseTo(model.probability(new double[] {0.9, 0.5}),
                org.assertj.core.data.Offset.offset(1e-5));
        assertThatThrownBy(() -> model.probability(new double[] {1})).hasMessageContaining("takes 2 features");
    }
}
