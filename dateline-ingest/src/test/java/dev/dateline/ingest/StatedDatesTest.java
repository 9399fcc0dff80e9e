package dev.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.ArticleFormat;
import dev.dateline.model.DateBasis;
import dev.dateline.model.PublicationDate;
import dev.dateline.model.RawArticle;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Publication dates an article states in its text: labelled lines, date lines, and what is no such line. */
class StatedDatesTest {

    private static PublicationDate published(String text) throws ArticleException {
        return new Cleaner().clean(RawArticle.ofFile("a.txt", text, ArticleFormat.TEXT), p -> { }).metadata().published();
    }

    @Test
    void postedLabel_runTogetherWithTheHeadline_isTheDate() throws ArticleException {
        PublicationDate p = published("Grandmother speaks about the shooting of her grandson Posted: Friday, March 7,"
                + " 2014 7:14 PM EST Updated: Saturday, March 8, 2014 9:00 AM EST\n\nThe boy was shot on Thursday.");
        assertThat(p.date()).contains(LocalDate.of(2014, 3, 7));
        assertThat(p.basis()).isEqualTo(DateBasis.BYLINE);
        assertThat(p.evidence()).singleElement().asString().contains("Posted: Friday, March 7, 2014");
    }

    @Test
    void publishedLabel_inTheLastBlock_isTheDate() throws ArticleException {
        assertThat(published("Council passes budget\n\nThe council passed its budget on Tuesday night.\n\n"
                + "The vote was 7 to 2.\n\nPublished 9:42 AM, Aug 4, 2015").date()).contains(LocalDate.of(2015, 8, 4));
    }

    @Test
    void updatedAlone_orACaptionNamingADay_isNoPublicationDate() throws ArticleException {
        assertThat(published("Council passes budget\n\nUpdated: August 18, 2015\n\nThe council voted.").isKnown())
                .isFalse();
        assertThat(published("Standoff ends\n\nPolice officers were on the scene of a standoff on May 12, 2014, in"
                + " southwest Atlanta.\n\nThe man surrendered.").isKnown()).isFalse();
    }

    @Test
    void dateLine_underTheHeadline_isTheDate() throws ArticleException {
        assertThat(published("Council passes budget\n\nDecember 10, 2013\n\nThe council voted.").date())
                .contains(LocalDate.of(2013, 12, 10));
    }

    @Test
    void dateLine_ofAWebPageBeforeTheWeb_isNoPublicationDate() throws ArticleException {
        String page = "<html><body><article><h1>The liner that sank</h1><p class=\"date\">28. September 1912</p>"
                + "<p>The ship left the harbour at dawn, carrying more than two thousand passengers and crew, and never"
                + " reached the far side of the ocean, as the papers of the time reported in long columns.</p></article></body></html>";
        PublicationDate p = new Cleaner().clean(RawArticle.ofFile("a.html", page, ArticleFormat.HTML), w -> { })
                .metadata().published();
        assertThat(p.isKnown()).isFalse();
        assertThat(published("The liner that sank\n\n28 September 1912\n\nThe ship left the harbour at dawn.").date())
                .contains(LocalDate.of(1912, 9, 28));
    }
}
