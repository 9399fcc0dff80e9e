package dev.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.ArticleFormat;
import dev.dateline.model.CleanArticle;
import dev.dateline.model.Problem;
import dev.dateline.model.RawArticle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inputs built to exhaust the stack, memory or time are cleaned within bounds, with a warning that says what was cut. */
class CleanerLimitsTest extends CleanContract {

    private final List<Problem> warnings = new ArrayList<>();

    private CleanArticle clean(String text, ArticleFormat format) throws ArticleException {
        return new Cleaner().clean(RawArticle.ofFile("hostile", text, format), warnings::add);
    }

    private CleanArticle cleanWithContract(String text, ArticleFormat format) throws ArticleException {
        RawArticle raw = RawArticle.ofFile("hostile", text, format);
        CleanArticle clean = new Cleaner().clean(raw, warnings::add);
        assertContract(raw, clean);
        return clean;
    }

    @Test
    void clean_markupNestedNinetyThousandDeep_keepsItsTextWithoutOverflowingTheStack() throws ArticleException {
        for (String tag : List.of("div", "b")) {
            warnings.clear();
            String html = "<html><body>" + ("<" + tag + ">").repeat(90_000)
                    + "<p>Monitors reached the village of Kvemo Achabeti on Monday, officials said.</p></body></html>";
            CleanArticle clean = cleanWithContract(html, ArticleFormat.HTML);
            assertThat(clean.text()).contains("Monitors reached the village of Kvemo Achabeti on Monday");
            assertThat(warnings).extracting(Problem::reason)
                    .anyMatch(r -> r.startsWith("markup nested more than 128 elements deep"));
        }
    }

    @Test
    void clean_nestedElementsEachWithText_takesTimeLinearInTheirNumber() throws ArticleException {
        // Scoring reads the text under each candidate; unbounded nesting made this page take 100 s.
        String html = "<html><body>" + "<div>Some longer words in here, for scoring ".repeat(10_000) + "</body></html>";
        assertThat(clean(html, ArticleFormat.HTML).text()).contains("Some longer words in here, for scoring");
    }

    @Test
    void clean_pageOfTooManyTags_isReadUpToTheLimit() throws ArticleException {
        String html = "<html><body><p>The envoy arrived in Tbilisi on Tuesday, officials said.</p>"
                + "<p>x</p>".repeat(100_001) + "</body></html>";
        clean(html, ArticleFormat.HTML);
        assertThat(warnings).extracting(Problem::reason).anyMatch(r -> r.startsWith("long page: only its first"));
    }

    @Test
    void clean_textOverTheLimit_isCutAtAWordWithAWarning() throws ArticleException {
        String paragraph = "Negotiators from both sides met in Geneva on Monday and agreed to meet again. ".repeat(20);
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 300_000; i++) {
            text.append(i).append(' ').append(paragraph).append("\n\n");
        }
        CleanArticle clean = cleanWithContract(text.toString(), ArticleFormat.TEXT);
        assertThat(clean.text().length()).isLessThanOrEqualTo(Cleaner.MAX_TEXT_CHARS);
        int end = clean.toOriginal(clean.paragraphs().get(clean.paragraphs().size() - 1)).end();
        assertThat(text.charAt(end)).as("cut between words").isEqualTo(' ');
        assertThat(warnings).singleElement().extracting(Problem::reason).asString()
                .startsWith("long article: its text was cut after ");
    }

    @Test
    void clean_millionsOfTinyParagraphs_readsOnlyAPrefix() throws ArticleException {
        String text = "The talks went on.\n\n" + "x\n\n".repeat(400_000);
        CleanArticle clean = clean(text, ArticleFormat.TEXT);
        assertThat(clean.text()).startsWith("The talks went on.");
        assertThat(warnings).singleElement().extracting(Problem::reason).asString()
                .startsWith("long article: only the first 1,000,000 of its 1,200,020 characters were read");
    }
}
