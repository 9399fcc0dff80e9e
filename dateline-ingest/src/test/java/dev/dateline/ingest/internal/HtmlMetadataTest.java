package dev.dateline.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Headline, author and dates as a web page's markup states them. */
class HtmlMetadataTest {

    private static final String STORY = "<p>The council voted on Monday to keep the library open for another year, after"
            + " residents collected more than two thousand signatures against its closure.</p>";

    private static MarkupMetadata markup(String head, String body) {
        return HtmlExtractor.extract("<html><head>" + head + "</head><body>" + body + "</body></html>").markup();
    }

    @Test
    void title_siteNameInAnH1_isNoHeadline() {
        MarkupMetadata m = markup("<title>Library stays open | Valley Notes</title>"
                + "<meta property=\"og:site_name\" content=\"Valley Notes\">",
                "<header><h1 class=\"site-title\">Valley Notes</h1></header><article><h1>Library stays open</h1>" + STORY
                        + "</article>");
        assertThat(m.title()).contains("Library stays open");
    }

    @Test
    void title_kickerInsideTheHeadline_isLeftOut() {
        MarkupMetadata m = markup("<title>x</title>", "<article><h1><span class=\"kicker\">Town hall</span>"
                + " <span>Library stays open</span></h1>" + STORY + "</article>");
        assertThat(m.title()).contains("Library stays open");
    }

    @Test
    void title_withoutH1_isTheLongestPartOfThePageTitle() {
        MarkupMetadata m = markup("<title>News › Library stays open for another year | Valley Notes</title>",
                "<article>" + STORY + "</article>");
        assertThat(m.title()).contains("Library stays open for another year");
    }

    @Test
    void title_twiceEscaped_isDecoded() {
        MarkupMetadata m = markup("<meta property=\"og:title\" content=\"Council &amp;amp; residents agree\">",
                "<div>" + STORY + "</div>");
        assertThat(m.title()).contains("Council & residents agree");
    }

    @Test
    void author_labelAndTrailingDate_areCut() {
        MarkupMetadata m = markup("", "<article><h1>Library stays open</h1><div class=\"author\">von Erika Muster am"
                + " 12.05.2020</div>" + STORY + "</article>");
        assertThat(m.byline()).contains("Erika Muster");
    }

    @Test
    void published_openGraphFirst_thenJsonLd() {
        MarkupMetadata m = markup("<meta property=\"article:published_time\" content=\"2020-05-12T09:00:00+02:00\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-05-14\"}</script>",
                "<article>" + STORY + "</article>");
        assertThat(m.published()).hasValueSatisfying(p -> assertThat(p).startsWith("2020-05-12"));
    }

    @Test
    void published_aKeyThatIsNoDate_doesNotHideTheNext() {
        MarkupMetadata m = markup("<meta name=\"date\" content=\"today\"><meta name=\"dc.date\" content=\"2017-01-30\">",
                "<article>" + STORY + "</article>");
        assertThat(m.published()).contains("2017-01-30");
    }

    @Test
    void dateLine_elementNamedAsDate_isRead() {
        MarkupMetadata m = markup("", "<article><h1>Library stays open</h1><div class=\"entry-meta\">12. Mai 2014</div>"
                + STORY + "</article>");
        assertThat(m.published()).isEmpty();
        assertThat(m.dateLine()).contains("12. Mai 2014");
    }

    @Test
    void dateLine_updateOnly_isNotThePublication() {
        MarkupMetadata m = markup("", "<article><h1>Library stays open</h1><div class=\"post-date\">Updated 12 May 2014</div>"
                + STORY + "</article>");
        assertThat(m.dateLine()).isEmpty();
    }

    @Test
    void dateLine_labelledDateInTheFooter_isRead() {
        MarkupMetadata m = markup("", "<article>" + STORY + "</article><p class=\"x\">Erschienen am: 01.11.2023</p>");
        assertThat(m.dateLine()).hasValueSatisfying(d -> assertThat(Dates.parse(d)).isPresent());
    }

    @Test
    void modified_isKeptApart() {
        MarkupMetadata m = markup("<meta property=\"article:published_time\" content=\"2020-05-12\">"
                + "<meta property=\"article:modified_time\" content=\"2020-05-20\">", "<article>" + STORY + "</article>");
        assertThat(m.modified()).contains("2020-05-20");
    }
}
