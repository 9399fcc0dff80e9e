package dev.dateline.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownFrontMatterTest {

    private static final String BODY = "Negotiators met in Geneva on Monday.\n";

    @Test
    void extract_quotedAndEscapedValues_meanWhatYamlSays() {
        Extraction e = MarkdownExtractor.extract("---\ntitle: \"A \\\"quoted\\\" title\"\nauthors: [Ann Lee, Bo Ma]\n"
                + "date: 2008-08-12\nlang: 'en'\n---\n\n" + BODY);
        assertThat(e.markup().title()).contains("A \"quoted\" title");
        assertThat(e.markup().byline()).contains("Ann Lee, Bo Ma");
        assertThat(e.markup().published()).contains("2008-08-12");
        assertThat(e.markup().language()).contains("en");
        assertThat(e.warnings()).isEmpty();
    }

    @Test
    void extract_scalarsStayStrings() {
        Extraction e = MarkdownExtractor.extract("---\ntitle: 1984\n---\n\n" + BODY);
        assertThat(e.markup().title()).contains("1984");
    }

    @Test
    void extract_brokenFrontMatter_isIgnoredWithAWarningAndTheTextKept() {
        for (String yaml : new String[] {"title: \"unclosed\n", "title: [a, b\n", "title: *nowhere\n"}) {
            Extraction e = MarkdownExtractor.extract("---\n" + yaml + "---\n\n" + BODY);
            assertThat(e.markup().title()).as(yaml).isEmpty();
            assertThat(e.warnings()).as(yaml).singleElement().extracting(Extraction.Warning::reason).asString()
                    .startsWith("front matter is not valid YAML (");
            assertThat(e.blocks()).as(yaml).extracting(Block::plain).containsExactly(BODY.strip());
        }
    }

    @Test
    void extract_aliasBomb_isRefused() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        Extraction e = MarkdownExtractor.extract("---\n" + yaml + "title: Bomb\n---\n\n" + BODY);
        assertThat(e.warnings()).singleElement().extracting(Extraction.Warning::reason).asString()
                .startsWith("front matter is not valid YAML (");
    }
}
