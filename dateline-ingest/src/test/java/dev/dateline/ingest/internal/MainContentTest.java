package dev.dateline.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The main-text heuristics, each on a page written for it. */
class MainContentTest {

    private static final String P1 = "<p>The council voted on Monday to keep the library open for another year, after"
            + " residents collected more than two thousand signatures against its closure.</p>";
    private static final String P2 = "<p>The mayor said the money would come from a fund set aside for repairs, and that"
            + " the building would be inspected again in the spring, before any further decision.</p>";
    private static final String MENU = "<ul><li><a href=\"/a\">Home</a></li><li><a href=\"/b\">Politics</a></li>"
            + "<li><a href=\"/c\">Sport</a></li><li><a href=\"/d\">Weather</a></li></ul>";

    private static String text(String body) {
        return HtmlExtractor.extract("<html><body>" + body + "</body></html>").blocks().stream().map(Block::plain)
                .collect(Collectors.joining("\n"));
    }

    @Test
    void extract_markedBody_winsOverATeaserThatScoresWell() {
        String text = text("<div class=\"teasers\"><article><h2><a href=\"/x\">Other story</a></h2><p>A teaser of the other"
                + " story, long enough to score, with commas, and more commas, and words.</p></article></div>"
                + "<div class=\"entry-content\">" + P1 + P2 + "</div>");
        assertThat(text).contains("keep the library open", "inspected again").doesNotContain("teaser of the other");
    }

    @Test
    void extract_noiseNameOnAWrapperOfTheBody_doesNotPruneIt() {
        String text = text("<div class=\"layout has-sidebar with-ads\"><div class=\"widget-wrap\"><div class=\"post-body\">"
                + P1 + P2 + "</div></div><aside>" + MENU + "</aside></div>");
        assertThat(text).contains("keep the library open", "inspected again").doesNotContain("Politics");
    }

    @Test
    void extract_relatedAndCommentSections_areLeftOut() {
        String text = text("<article>" + P1 + P2 + "<div class=\"related-posts\"><h3>Read next</h3><p>The pool reopens in"
                + " June after a long repair, the council says, and prices stay as they are.</p></div>"
                + "<section id=\"comments\"><p>I think the council is right about this, and so do my neighbours.</p>"
                + "</section></article>");
        assertThat(text).contains("inspected again").doesNotContain("pool reopens", "my neighbours");
    }

    @Test
    void extract_standfirstBeforeTheBody_isKept() {
        String text = text("<article><header><h1>Library stays open</h1><p class=\"lead\">Residents won a year's reprieve"
                + " for the old library.</p></header><div class=\"article-body\">" + P1 + P2 + "</div></article>");
        assertThat(text).contains("a year's reprieve", "keep the library open");
        assertThat(text.indexOf("reprieve")).isLessThan(text.indexOf("keep the library"));
    }

    @Test
    void extract_textInABlogPostDivWithLineBreaks_isFound() {
        String text = text("<div class=\"sidebar\">" + MENU + "</div><div class=\"post\"><div>The council voted on Monday"
                + " to keep the library open, after residents signed a petition.<br><br>The mayor said the money would"
                + " come from the repair fund, and the building would be inspected again in spring.<br></div></div>");
        assertThat(text).contains("keep the library open", "inspected again").doesNotContain("Politics");
    }

    @Test
    void extract_headingOverOnlyLinks_goesWithThem() {
        String text = text("<main>" + P1 + P2 + "<h2>More from the town</h2>" + MENU + "</main>");
        assertThat(text).contains("inspected again").doesNotContain("More from the town", "Politics");
    }

    @Test
    void extract_pageInOneForm_keepsItsText() {
        String text = text("<form id=\"aspnetForm\"><div id=\"main\">" + P1 + P2 + "</div></form>");
        assertThat(text).contains("keep the library open");
    }

    @Test
    void extract_blocks_mapIntoTheOriginal() {
        String html = "<html><body><article>" + P1 + "</article></body></html>";
        List<Block> blocks = HtmlExtractor.extract(html).blocks();
        Block first = blocks.get(0);
        int at = first.text().offsets().toOriginalStart(0);
        assertThat(html.substring(at)).startsWith("The council voted");
    }
}
