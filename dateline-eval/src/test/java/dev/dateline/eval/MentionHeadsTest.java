package dev.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionHeadsTest {

    private static String key(String mention) {
        return MentionHeads.key(List.of(mention.split(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"carried,carry", "carries,carry", "shipped,ship", "elected,elect", "election,elect",
        "fire,fir", "fired,fir", "firing,fir", "fell,fall", "fallen,fall", "announcement,announc", "announced,announc"})
    void stem_joinsInflectionsOfOneWord(String word, String stem) {
        assertThat(MentionHeads.stem(word)).isEqualTo(stem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"were killed,kill", "killing,kill", "murdered,kill", "died,kill", "death,kill", "the arrest,arrest",
        "apprehended,arrest", "has been elected,elect", "shot,shoot", "opened fire,shoot", "gunned down,shoot", "quake,earthquake",
        "drunken driving,drunk-driving", "DUI,drunk-driving", "stepped down,resign", "sacked,dismiss"})
    void key_joinsWordsOfOneEventFamily(String mention, String family) {
        assertThat(key(mention)).isEqualTo(family);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"killed,injured", "arrested,released", "attack,explosion", "resigned,fired"})
    void key_keepsDifferentKindsOfEventApart(String one, String other) {
        assertThat(key(one)).isNotEqualTo(key(other));
    }
}
