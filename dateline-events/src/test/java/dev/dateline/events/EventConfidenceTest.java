package dev.dateline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.model.LogisticModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventConfidenceTest {

    /** A model whose only weight is against a source named by its role. */
    private static EventConfidence againstRoles() {
        StringBuilder tsv = new StringBuilder("feature\tweight\n");
        for (String f : EventConfidence.features()) {
            tsv.append(f).append('\t').append(f.equals("source.roleOnly") ? "-1.0" : "0").append('\n');
        }
        tsv.append("(bias)\t0\n(threshold)\t0.4\n");
        return EventConfidence.of(LogisticModel.parse(tsv.toString(), "test"));
    }

    private static Map<String, Double> features(String on) {
        Map<String, Double> f = new HashMap<>();
        EventConfidence.features().forEach(n -> f.put(n, n.equals(on) ? 1.0 : 0.0));
        return f;
    }

    @Test
    void score_abstainsBelowTheThreshold_andNamesTheDoubt() {
        Confidence doubtful = againstRoles().score(features("source.roleOnly"));
        assertThat(doubtful.score()).isCloseTo(0.269, org.assertj.core.data.Offset.offset(0.001));
        assertThat(doubtful.abstained()).isTrue();
        assertThat(doubtful.doubts()).containsExactly("the source is named by its role only");

        Confidence plain = againstRoles().score(features("trigger.noun"));
        assertThat(plain.score()).isEqualTo(0.5);
        assertThat(plain.abstained()).isFalse();
        assertThat(plain.doubts()).isEmpty();
    }

    @Test
    void score_needsEveryFeature() {
        Map<String, Double> f = features("none");
        f.remove("model.root");
        assertThatThrownBy(() -> againstRoles().score(f)).hasMessageContaining("'model.root'");
    }

    @Test
    void shippedModel_takesThisVersionsFeatures_andHasAThreshold() {
        EventConfidence shipped = EventConfidence.shipped();
        assertThat(shipped.threshold()).isBetween(0.0, 1.0);
        assertThatThrownBy(() -> EventConfidence.of(LogisticModel.parse("feature\tweight\nx\t1\n(bias)\t0\n"
                + "(threshold)\t0.5\n", "old"))).hasMessageContaining("retrain with 'dateline train confidence'");
    }

    @Test
    void confidence_isAProbability() {
        assertThatThrownBy(() -> new Confidence(1.5, false, List.of(), Map.of())).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> new Confidence(Double.NaN, false, List.of(), Map.of())).hasMessageContaining("[0, 1]");
    }
}
