package dev.dateline.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.events.Codebook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

    @Test
    void describe_listsTheWordsNeededInTheTablesOrder(@TempDir Path folder) throws IOException {
        // Explanations are stored and compared between runs: they must not follow hash order.
        Files.writeString(folder.resolve("triggers.tsv"),
                "trigger\tpos\twith\tcode\tstance\nhalt\tV\tzeal|apple|mist|quarrel|brawl|dispute\t087\t\n");
        Codebook codebook = Codebook.load(Optional.empty());
        Lexicon lexicon = Lexicon.load(codebook, Optional.of(folder));
        assertThat(lexicon.entries("halt", "V"))
                .extracting(Lexicon.Entry::describe)
                .contains("halt (V) with zeal|apple|mist|quarrel|brawl|dispute");
    }
}
