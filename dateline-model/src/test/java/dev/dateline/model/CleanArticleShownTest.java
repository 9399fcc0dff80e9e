package dev.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What people are shown for a span of the original: the cleaned text that came from it. */
class CleanArticleShownTest {

    /** "<p>Tom &amp; Jerry met.</p><p>**Bold** end.</p>" cleaned to "Tom & Jerry met.\n\nBold end.". */
    private static CleanArticle article() {
        String original = "<p>Tom &amp; Jerry met.</p><p>**Bold** end.</p>";
        MappedText.Builder b = MappedText.builder();
        b.copy(original, 3, 7);             // "Tom "
        b.copy('&', 7);                     // "&amp;" decoded
        b.copy(original, 12, 23);           // " Jerry met."
        b.insert("\n\n", 23);
        b.copy(original, 32, 36);           // "Bold"
        b.copy(original, 38, 43);           // " end."
        MappedText clean = b.build();
        return new CleanArticle(ArticleId.of(original), "a.html", OptionalInt.empty(), ArticleFormat.HTML, original, clean,
                List.of(new Span(0, 16), new Span(18, clean.text().length())),
                new ArticleMetadata(java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                        List.of(), java.util.Optional.empty(), java.util.Optional.empty(), "en", PublicationDate.none()));
    }

    @Test
    void shown_spanOverAReference_givesTheDecodedCharacter() {
        CleanArticle a = article();
        assertThat(a.text()).isEqualTo("Tom & Jerry met.\n\nBold end.");
        assertThat(a.shown(new Span(3, 23))).isEqualTo("Tom & Jerry met.");
    }

    @Test
    void shown_spanOverMarkup_leavesTheMarkupOut() {
        assertThat(article().shown(new Span(30, 43))).isEqualTo("Bold end.");
    }

    @Test
    void shown_spanOfMarkupOnly_isBlank() {
        // Only the paragraph break inserted at the closing tag comes from there.
        assertThat(article().shown(new Span(23, 30))).isBlank();
    }
}
