package dev.dateline.ingest.internal;

import java.util.List;
import java.util.Objects;

/**
 * What a format's extractor found: the blocks of running text, the metadata its markup states,
 * and warnings about the markup (with line numbers) that did not stop extraction.
 *
 * @param blocks paragraphs, headings, list items and quotes in document order
 * @param markup metadata from meta tags, JSON-LD or front matter
 * @param warnings problems with the markup, each {@code (line, reason)}
 */
public record Extraction(List<Block> blocks, MarkupMetadata markup, List<Warning> warnings) {

    /** A problem with the markup at a line. */
    public record Warning(int line, String reason) {
    }

    public Extraction {
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(markup, "markup");
        warnings = List.copyOf(warnings);
    }
}
