package dev.dateline.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An article after cleaning: boilerplate removed, markup stripped, paragraphs kept, metadata read.
 *
 * @param id identity derived from the original text
 * @param source the path or URL as given
 * @param sourceLine for a record of a JSON Lines file, its line number
 * @param format the markup of the original text
 * @param originalText the text exactly as read
 * @param clean the cleaned text, paragraphs separated by blank lines, mapped back to the original
 * @param paragraphs the paragraphs, as spans of the cleaned text
 * @param metadata title, outlet, byline, agencies, dateline, URL, language, publication date
 */
public record CleanArticle(
        ArticleId id,
        String source,
        OptionalInt sourceLine,
        ArticleFormat format,
        String originalText,
        MappedText clean,
        List<Span> paragraphs,
        ArticleMetadata metadata) {

    public CleanArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceLine, "sourceLine");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(originalText, "originalText");
        Objects.requireNonNull(clean, "clean");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(metadata, "metadata");
        for (Span p : paragraphs) {
            if (p.end() > clean.text().length()) {
                throw new IllegalArgumentException("paragraph " + p + " runs past the cleaned text");
            }
        }
    }

    /** The cleaned text. */
    public String text() {
        return clean.text();
    }

    /** The span of the original text that {@code cleanSpan} of the cleaned text came from. */
    public Span toOriginal(Span cleanSpan) {
        return clean.offsets().toOriginal(cleanSpan);
    }

    /** The same article with other metadata. */
    public CleanArticle withMetadata(ArticleMetadata other) {
        return new CleanArticle(id, source, sourceLine, format, originalText, clean, paragraphs, other);
    }
}
