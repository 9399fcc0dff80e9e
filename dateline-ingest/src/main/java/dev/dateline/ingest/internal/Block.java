package dev.dateline.ingest.internal;

import dev.dateline.model.MappedText;
import java.util.Objects;

/**
 * One paragraph-like unit of an article as extracted from its markup, with its text mapped to
 * the original. Cleaning rules decide per block whether it is content or boilerplate.
 *
 * @param kind what sort of block the markup made it
 * @param text its text, white space collapsed, mapped to the original
 * @param linkChars how many of its characters were link text
 */
public record Block(Kind kind, MappedText text, int linkChars) {

    /** What sort of block the markup made it. */
    public enum Kind { HEADING, PARAGRAPH, LIST_ITEM, QUOTE, PRE }

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (linkChars < 0) {
            throw new IllegalArgumentException("linkChars must not be negative: " + linkChars);
        }
    }

    /** A block with no links. */
    public static Block of(Kind kind, MappedText text) {
        return new Block(kind, text, 0);
    }

    /** Its text. */
    public String plain() {
        return text.text();
    }

    /** Share of its characters that were link text, 0 to 1. */
    public double linkDensity() {
        return text.text().isEmpty() ? 0 : Math.min(1.0, linkChars / (double) text.text().length());
    }
}
