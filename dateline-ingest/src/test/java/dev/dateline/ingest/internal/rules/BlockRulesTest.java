package dev.dateline.ingest.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.ingest.internal.Block;
import dev.dateline.model.MappedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each cleaning rule on lines it must drop and lines of running text it must keep. */
class BlockRulesTest {

    static Stream<Arguments> cases() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/fixtures/rules/rules.tsv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", 3))
                .map(c -> Arguments.of(c[0], c[1].equals("drop"), c[2]));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("cases")
    void drops_caseFromTable_decidesAsExpected(String ruleName, boolean drop, String text) {
        BlockRule rule = BlockRule.defaults().stream().filter(r -> r.name().equals(ruleName)).findFirst().orElseThrow();
        BlockContext context = new BlockContext(Optional.of("Ceasefire holds in eastern town"));
        assertThat(rule.drops(block(text), context)).isEqualTo(drop);
    }

    @Test
    void repeatedHeadline_secondOccurrence_isDropped() {
        BlockRule rule = new RepeatedHeadline();
        BlockContext context = new BlockContext(Optional.of("Ceasefire holds in eastern town"));
        Block headline = block("Ceasefire holds in eastern town");
        assertThat(rule.drops(headline, context)).isFalse();
        context.advance(headline.plain(), true);
        context.advance("Shelling stopped at dawn.", true);
        assertThat(rule.drops(block("Ceasefire holds in eastern town"), context)).isTrue();
    }

    @Test
    void relatedLinks_blockOfLinks_isDropped() {
        MappedText text = MappedText.identity("Tension rises in Abkhazia NATO weighs Georgia's bid");
        assertThat(new RelatedLinks().drops(new Block(Block.Kind.LIST_ITEM, text, text.text().length()),
                new BlockContext(Optional.empty()))).isTrue();
        assertThat(new RelatedLinks().drops(new Block(Block.Kind.PARAGRAPH, text, 10),
                new BlockContext(Optional.empty()))).isFalse();
    }

    @Test
    void defaults_everyTextRuleHasCasesInTheTable() throws IOException {
        String table = Files.readString(Path.of("src/test/resources/fixtures/rules/rules.tsv"));
        // related-links decides on link density, which a table of plain lines cannot express; it is tested above.
        assertThat(BlockRule.defaults()).filteredOn(r -> !(r instanceof RelatedLinks)).allSatisfy(r ->
                assertThat(table).as(r.name()).containsAnyOf(r.name() + "\tdrop", r.name() + "\tkeep"));
    }

    private static Block block(String text) {
        return Block.of(Block.Kind.PARAGRAPH, MappedText.identity(text));
    }
}
