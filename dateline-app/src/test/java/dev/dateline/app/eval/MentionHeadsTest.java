package dev.dateline.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionHeadsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"were killed,kill", "killing,kill", "kills,kill", "shot,shoot", "died,die", "death,die",
        "carried,carry", "carries,carry", "shipped,ship", "the arrest,arrest", "has been elected,elect", "election,elect"})
    void key_joinsInflectionsOfOneWord(String mention, String key) {
        assertThat(MentionHeads.key(List.of(mention.split(" ")))).isEqualTo(key);
    }
}
