package dev.dateline.model;

import java.util.Locale;

/** Where an article's publication date came from. */
public enum DateBasis {
    /** HTML meta tags, JSON-LD, or a field supplied with the record. */
    METADATA,
    /** A dated byline or dateline in the text ("MOSCOW, Aug. 12, 2008 (Reuters) -"). */
    BYLINE,
    /** A date in the URL path ({@code /2008/08/12/}). */
    URL,
    /** Inferred from the content. */
    TEXT,
    /** From the story it belongs to: the original it reprints, or the span of its dated articles' dates. */
    STORY,
    /** No evidence at all. */
    NONE;

    /** The lowercase name used in story.json, e.g. {@code "metadata"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
