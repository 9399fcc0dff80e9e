package dev.dateline.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * An article as read from its source, before any cleaning.
 *
 * @param source the path or URL as given
 * @param sourceLine for a record of a JSON Lines file, its line number
 * @param originalText the text exactly as read; every span Dateline reports indexes into it
 * @param format the markup of {@code originalText}
 * @param supplied metadata that came with the article from outside its text
 */
public record RawArticle(
        String source, OptionalInt sourceLine, String originalText, ArticleFormat format, SuppliedMetadata supplied) {

    public RawArticle {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceLine, "sourceLine");
        Objects.requireNonNull(originalText, "originalText");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(supplied, "supplied");
    }

    /** An article that is a whole file. */
    public static RawArticle ofFile(String source, String originalText, ArticleFormat format) {
        return new RawArticle(source, OptionalInt.empty(), originalText, format, SuppliedMetadata.none());
    }

    /** Where it came from, for messages: {@code "dump.jsonl:12"} or {@code "a.html"}. */
    public String location() {
        return sourceLine.isPresent() ? source + ":" + sourceLine.getAsInt() : source;
    }

    /** The article's identity, derived from its original text. */
    public ArticleId id() {
        return ArticleId.of(originalText);
    }
}
