package dev.dateline.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KnowledgeBaseTest {

    private static final KnowledgeBase KB = KnowledgeBase.load(Optional.empty());

    static Stream<Arguments> cases() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/fixtures/resolve.tsv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .map(c -> Arguments.of(c[0], c[1]));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("cases")
    void resolve_phrase_givesTheExpectedCode(String phrase, String expected) {
        Optional<Resolution> r = KB.resolve(phrase);
        if (expected.equals("-")) {
            assertThat(r).isEmpty();
        } else {
            assertThat(r).map(x -> x.code().toString()).contains(expected);
        }
    }

    @Test
    void resolve_explainsWhy() {
        Resolution r = KB.resolve("Georgian Foreign Minister Eka Tkeshelashvili").orElseThrow();
        assertThat(r.name()).isEqualTo("Georgia (government)");
        assertThat(r.reasons()).containsExactly("demonym 'Georgian' of Georgia (GEO)",
                "role 'foreign minister' is sector GOV");
    }

    @Test
    void load_userFolder_addsAndReplacesEntriesWithoutRebuilding(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("countries.tsv"), "code\tname\tother names\tdemonyms\tcapitals and seats\n"
                + "GEO\tGeorgia\tSakartvelo\tGeorgian|Kartvelian\tTbilisi\n");
        Files.writeString(dir.resolve("organizations.tsv"), "id\ttype\tname\tother names\tsector\n"
                + "EUMM\tIGO\tEU Monitoring Mission\tEUMM\t\n");
        KnowledgeBase kb = KnowledgeBase.load(Optional.of(dir));
        assertThat(kb.resolve("Sakartvelo")).map(r -> r.code().toString()).contains("GEO");
        assertThat(kb.resolve("EUMM monitors")).map(r -> r.code().toString()).contains("IGO");
        assertThat(kb.resolve("Russian troops")).map(r -> r.code().toString()).contains("RUSMIL");
    }

    @Test
    void load_malformedUserRow_namesFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("sectors.tsv"), "word\tsector\nmercenaries MIL\n");
        assertThatThrownBy(() -> KnowledgeBase.load(Optional.of(dir)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sectors.tsv:2: expected 2 tab-separated columns, found 1");
    }

    @Test
    void shippedTables_coverEveryMemberState() {
        assertThat(KB.size()).startsWith("197 countries");
    }
}
