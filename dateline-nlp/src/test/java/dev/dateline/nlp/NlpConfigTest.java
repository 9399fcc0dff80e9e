package dev.dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NlpConfigTest {

    @Test
    void fromMap_unknownKey_isRejectedByName() {
        assertThatThrownBy(() -> NlpConfig.fromMap(Map.of("pos.model", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown NLP settings [pos.model]");
    }

    @Test
    void fromMap_overridesDefaults() {
        NlpConfig c = NlpConfig.fromMap(Map.of("maxSentenceTokens", "80"));
        assertThat(c.maxSentenceTokens()).isEqualTo(80);
        assertThat(c.posModel()).isEqualTo(NlpConfig.DEFAULT_POS_MODEL);
        assertThat(c.precomputedVectors()).isEqualTo(20_000);
    }

    @Test
    void maxSentenceTokens_outOfRange_isRejected() {
        assertThatThrownBy(() -> NlpConfig.fromMap(Map.of("maxSentenceTokens", "5")))
                .hasMessage("maxSentenceTokens must lie in [10, 1000]: 5");
        assertThatThrownBy(() -> NlpConfig.fromMap(Map.of("maxSentenceTokens", "many")))
                .hasMessage("maxSentenceTokens must be a whole number: many");
    }
}
