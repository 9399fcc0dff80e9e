package dev.dateline.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

    @ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {"SPRINGDALE, Miss. | USA", "PINE HILL, NC | USA",
        "Elk Ridge, W. Va. | USA", "Lake City, Ga. | USA", "Miss. | -", "OR | -", "Tbilisi, Georgia | GEO"})
    void place_townAndStateShortForm_isInTheUnitedStates(String phrase, String expected) {
        Optional<Resolution> r = KB.place(phrase, KnowledgeBase.Context.article(Optional.empty(), ""));
        assertThat(r.map(x -> x.code().toString()).orElse("-")).isEqualTo(expected);
    }

    @Test
    void resolve_explainsWhy() {
        Resolution r = KB.resolve("Georgian Foreign Minister Nino Beridze").orElseThrow();
        assertThat(r.name()).isEqualTo("Georgia (government)");
        assertThat(r.reasons()).containsExactly("demonym 'Georgian' of Georgia (GEO)",
                "role 'foreign minister' is sector GOV");
    }

    @Test
    void resolve_aCountryMisspelledByOneLetter_butNotAPlacesOwnName() {
        assertThat(KB.resolve("Ethopia").orElseThrow().code()).hasToString("ETH");
        assertThat(KB.resolve("Columbia")).isEmpty(); // Columbia, South Carolina, and a dozen more: not Colombia
    }

    @Test
    void resolve_officeHolderByName_keepsTheirSectorAndTerm() {
        Resolution r = KB.resolve("Georgian Foreign Minister Eka Tkeshelashvili").orElseThrow();
        assertThat(r.code()).hasToString("GEOGOV");
        assertThat(r.name()).isEqualTo("Eka Tkeshelashvili (foreign minister of GEO)");
        assertThat(r.reasons().get(0)).endsWith("2008-01-31 to 2008-12-05");
    }

    @Test
    void resolve_withDate_namesWhoHeldTheOffice() {
        assertThat(KB.resolve("the French president", Optional.of(LocalDate.of(2008, 8, 12))).orElseThrow().reasons())
                .contains("on 2008-08-12 the president was Nicolas Sarkozy (from 2007-05-16)");
        assertThat(KB.resolve("the French president", Optional.of(LocalDate.of(2019, 1, 1))).orElseThrow().reasons())
                .contains("on 2019-01-01 the president was Emmanuel Macron (from 2017-05-14)");
        assertThat(KB.resolve("Putin", Optional.of(LocalDate.of(2010, 1, 1))).orElseThrow().name())
                .isEqualTo("Vladimir Putin (prime minister of RUS)");
    }

    @Test
    void resolve_peopleMatchOnlyCapitalized() {
        assertThat(KB.resolve("rice prices")).isEmpty();
        assertThat(KB.resolve("merkel")).isEmpty();
        assertThat(KB.resolve("Merkel").orElseThrow().code()).hasToString("DEUGOV");
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
        assertThat(KB.size()).startsWith("199 countries");
    }
}
