package dev.dateline.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordNetTest {

    private static final WordNet WN = WordNet.load();

    @Test
    void senses_ofAKnownWord_comeMostFrequentFirstWithTheirClass() {
        assertThat(WN.senses("militia", WordNet.Pos.NOUN)).first().extracting(WordNet.Sense::lexFile).isEqualTo("noun.group");
        assertThat(WN.senses("hours", WordNet.Pos.NOUN)).first().extracting(WordNet.Sense::lexFile).isEqualTo("noun.time");
        assertThat(WN.senses("qwzxv", WordNet.Pos.VERB)).isEmpty();
    }

    @Test
    void hypernyms_ofAVerb_areWhatItIsAMannerOf() {
        List<WordNet.Sense> up = WN.hypernyms(WN.senses("besiege", WordNet.Pos.VERB).get(0));
        assertThat(up).flatExtracting(WordNet.Sense::lemmas).contains("attack");
    }

    @Test
    void derivations_leadFromAnEventNounToItsVerb() {
        WordNet.Sense bombardment = WN.senses("bombardment", WordNet.Pos.NOUN).get(0);
        assertThat(WN.derivations(bombardment, WordNet.Pos.VERB)).flatExtracting(WordNet.Sense::lemmas).contains("bombard");
    }
}
