package dev.dateline.ingest.internal.rules;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a rule may know about a block's surroundings: the article's title, the block's position,
 * and the blocks kept before it.
 */
public final class BlockContext {

    private final Optional<String> title;
    private final Set<String> kept = new HashSet<>();
    private int index;

    /** A context for an article with the given title. */
    public BlockContext(Optional<String> title) {
        this.title = title.map(BlockContext::normalize);
    }

    /** The article's title, normalized with {@link #normalize}. */
    public Optional<String> title() {
        return title;
    }

    /** Position of the current block, from 0. */
    public int index() {
        return index;
    }

    /** Whether a block with this normalized text was kept before. */
    public boolean seen(String normalized) {
        return kept.contains(normalized);
    }

    /** Moves to the next block; records the current one if it was kept. */
    public void advance(String text, boolean keptBlock) {
        if (keptBlock) {
            kept.add(normalize(text));
        }
        index++;
    }

    /** Lower case, letters and digits only, single spaces: for comparing lines. */
    public static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
