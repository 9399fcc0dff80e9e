package dev.dateline.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A page's headline, less the site's name, sections, kickers and subtitles publishers add to it. */
class HeadlinesTest {

    private static final String STORY = "<p>The council voted on Monday to keep the library open for another year, after"
            + " residents collected more than two thousand signatures against its closure.</p>";

    private static Optional<String> title(String head, String body, String url) {
        return HtmlExtractor.extract("<html><head>" + head + "</head><body>" + body + "</body></html>", Optional.of(url))
                .markup().title();
    }

    @Test
    void withoutSite_aDashInsideTheHeadline_stays() {
        assertThat(title("<title>Dog chases burglar – police seek witnesses</title>", "<div>" + STORY + "</div>",
                "https://valley-notes.example/2023/dog")).contains("Dog chases burglar – police seek witnesses");
    }

    @Test
    void withoutSite_theSiteNamedByTheHost_goesWithWhatFollows() {
        assertThat(title("<title>Dog chases burglar – police seek witnesses – Valley Notes – news since 1901</title>",
                "<div>" + STORY + "</div>", "https://www.valley-notes.example/dog"))
                .contains("Dog chases burglar – police seek witnesses");
    }

    @Test
    void withoutSite_theSiteNamedByOpenGraph_goesFromTheStart() {
        assertThat(title("<title>Valley Notes - Library stays open</title><meta property=\"og:site_name\" content=\"Valley Notes\">",
                "<div>" + STORY + "</div>", "https://vn.example/a")).contains("Library stays open");
    }

    @Test
    void withoutSite_aSectionPartedByABar_goes() {
        assertThat(Headlines.withoutSite("Local | Library stays open for another year | Valley Notes", Set.of("valleynotes")))
                .isEqualTo("Library stays open for another year");
    }

    @Test
    void withoutSite_guillemetsQuoting_areNoSeparators() {
        assertThat(Headlines.withoutSite("»Kein Geld mehr für die Miete« (Valley Notes)", Set.of("valleynotes")))
                .isEqualTo("»Kein Geld mehr für die Miete«");
    }

    @Test
    void withoutSite_aPartThatIsADate_goes() {
        assertThat(Headlines.withoutSite("Library stays open : 06.11.2023, 11.41 Uhr", Set.of()))
                .isEqualTo("Library stays open");
    }

    @Test
    void withoutSite_aHeadlineThatMerelyNamesTheSite_stays() {
        assertThat(Headlines.withoutSite("Dead bees under lime trees: the reason | Bees", Set.of("bees")))
                .isEqualTo("Dead bees under lime trees: the reason");
        assertThat(Headlines.withoutSite("15 years of valley-notes.example — valley-notes.example", Set.of("valleynotesexample")))
                .isEqualTo("15 years of valley-notes.example");
    }

    @Test
    void h1_linkingToTheHomePage_isTheSiteNotTheHeadline() {
        assertThat(title("<title>Valley Notes » Blog Archive » Library stays open</title>",
                "<h1><a href=\"https://valley.example/\">Valley Notes</a></h1><div>" + STORY + "</div>",
                "https://valley.example/2023/05/library")).contains("Library stays open");
    }

    @Test
    void h1_repeatedWithTheSameText_isOneHeadline() {
        assertThat(title("<title>Run it on your desk - Desk 15 for everyone</title>",
                "<h1>Desk 15</h1><div>" + STORY + "</div><h1>Desk 15</h1>", "https://desk.example/")).contains("Desk 15");
    }

    @Test
    void h1_hiddenOrWithHiddenParts_isReadAsShown() {
        assertThat(title("<title>Library stays open - Valley Notes</title>",
                "<h1 class=\"pagetitle hidden\">News</h1><h1>Library stays open<span class=\"element-invisible\"> | Valley"
                        + " Notes</span></h1><div>" + STORY + "</div>", "https://vn.example/")).contains("Library stays open");
    }

    @Test
    void h1_withASectionAndTheHeadlineMarked_isTheMarkedPart() {
        assertThat(title("", "<h1 class=\"entry-title\"><div class=\"entry-section\"><a href=\"/local/\">Local News | </a></div>"
                + "<span class=\"dfm-title\">Library stays open for another year</span></h1><div>" + STORY + "</div>",
                "https://vn.example/")).contains("Library stays open for another year");
    }

    @Test
    void h1_withASubtitleOrTopTitleSetInside_isTheHeadlineAlone() {
        assertThat(title("", "<h1><span class=\"entry-title__toptitle\">Town hall</span> Library stays open</h1>"
                + "<div>" + STORY + "</div>", "https://vn.example/")).contains("Library stays open");
        assertThat(title("", "<h1>Library stays open for another year <small class=\"article-subtitle\">A reprieve"
                + "</small></h1><div>" + STORY + "</div>", "https://vn.example/")).contains("Library stays open for another year");
    }

    @Test
    void h1_withAKickerTheMetadataHeadlineLeavesOut_isTheMetadataHeadline() {
        assertThat(title("<meta property=\"og:title\" content=\"Council keeps the library open\">",
                "<h1>\"A good day\" / Council keeps the library open</h1><div>" + STORY + "</div>", "https://vn.example/"))
                .contains("Council keeps the library open");
    }

    @Test
    void h1_shorterThanTheJsonLdHeadline_givesWayToIt() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":"
                + "\"Lease or buy – which pays off?\"}</script>";
        assertThat(title(ld, "<h1>Lease or buy</h1><div>" + STORY + "</div>", "https://vn.example/"))
                .contains("Lease or buy – which pays off?");
    }

    @Test
    void h1_longerThanAnOpenGraphTitleThatAddsSearchWords_stays() {
        assertThat(title("<meta property=\"og:title\" content=\"Mandarin cake by jessie | Cookbook\">",
                "<h1>Mandarin cake</h1><div>" + STORY + "</div>", "https://cookbook.example/")).contains("Mandarin cake");
    }

    @Test
    void h1_whoseJsonLdHeadlineIsCutShort_stays() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":"
                + "\"Council keeps the library open for...\"}</script>";
        assertThat(title(ld, "<h1>Council keeps the library open</h1><div>" + STORY + "</div>", "https://vn.example/"))
                .contains("Council keeps the library open");
    }
}
