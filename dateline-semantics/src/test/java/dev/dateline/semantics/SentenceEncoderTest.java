package dev.dateline.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceEncoderTest {

    @Test
    void embed_similarSentencesAreCloserThanUnrelatedOnes() {
        SentenceEncoder encoder = SentenceEncoder.load();
        List<float[]> v = encoder.embed(List.of("Russian tanks crossed into South Ossetia on Friday.",
                "Russian armour rolled into the breakaway region.", "The striker scored twice in the cup final."));
        assertThat(v).allSatisfy(x -> assertThat(x).hasSize(SentenceEncoder.DIMENSIONS));
        assertThat(SentenceEncoder.cosine(v.get(0), v.get(1))).isGreaterThan(SentenceEncoder.cosine(v.get(0), v.get(2)));
        assertThat(encoder.embed("Russian tanks crossed into South Ossetia on Friday.")).containsExactly(v.get(0));
    }
}
