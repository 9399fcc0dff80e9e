package dev.dateline.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A text derived from an original text, with the {@link OffsetMap} that leads back to it.
 *
 * @param text the derived text
 * @param offsets maps positions in {@code text} to the original
 */
public record MappedText(String text, OffsetMap offsets) {

    public MappedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(offsets, "offsets");
        if (offsets.cleanLength() != text.length()) {
            throw new IllegalArgumentException("offset map covers " + offsets.cleanLength()
                    + " characters but the text has " + text.length());
        }
    }

    /** A text that is its own original. */
    public static MappedText identity(String text) {
        return new MappedText(text, OffsetMap.identity(text.length()));
    }

    /**
     * The first {@code length} characters, still mapped to the original.
     *
     * @throws IllegalArgumentException when {@code length} is negative or longer than the text
     */
    public MappedText prefix(int length) {
        if (length < 0 || length > text.length()) {
            throw new IllegalArgumentException("prefix length must lie in [0, " + text.length() + "]: " + length);
        }
        return length == text.length() ? this : builder().append(this, length).build();
    }

    /** A builder that appends characters together with where each came from. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link MappedText} one character or run at a time. Copied characters remember their
     * original position; inserted characters (separators the cleaner adds) remember an anchor.
     */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] cleanStarts = new int[16];
        private int[] originStarts = new int[16];
        private boolean[] copied = new boolean[16];
        private int runs;

        private Builder() {
        }

        /** Appends {@code c}, which stands for the original character at {@code origin}. */
        public Builder copy(char c, int origin) {
            if (runs > 0 && copied[runs - 1]
                    && originStarts[runs - 1] + (text.length() - cleanStarts[runs - 1]) == origin) {
                text.append(c);
                return this;
            }
            startRun(origin, true);
            text.append(c);
            return this;
        }

        /** Appends {@code original[from, to)} unchanged. */
        public Builder copy(CharSequence original, int from, int to) {
            for (int i = from; i < to; i++) {
                copy(original.charAt(i), i);
            }
            return this;
        }

        /** Appends {@code inserted}, which stands for no original text; it maps to {@code anchor}. */
        public Builder insert(CharSequence inserted, int anchor) {
            if (inserted.length() == 0) {
                return this;
            }
            if (!(runs > 0 && !copied[runs - 1] && originStarts[runs - 1] == anchor)) {
                startRun(anchor, false);
            }
            text.append(inserted);
            return this;
        }

        /** Appends {@code part} with the original positions it already maps to. */
        public Builder append(MappedText part) {
            return append(part, part.text().length());
        }

        /** Appends the first {@code length} characters of {@code part} with the original positions they map to. */
        Builder append(MappedText part, int length) {
            OffsetMap map = part.offsets();
            String t = part.text();
            for (int run = 0; run < map.runCount() && map.runCleanStart(run) < length; run++) {
                int from = map.runCleanStart(run);
                int to = Math.min(length, run + 1 < map.runCount() ? map.runCleanStart(run + 1) : t.length());
                if (map.runCopied(run)) {
                    int origin = map.runOriginStart(run);
                    for (int i = from; i < to; i++) {
                        copy(t.charAt(i), origin + (i - from));
                    }
                } else {
                    insert(t.substring(from, to), map.runOriginStart(run));
                }
            }
            return this;
        }

        /** Number of characters appended so far. */
        public int length() {
            return text.length();
        }

        /** The text and its map. */
        public MappedText build() {
            return new MappedText(text.toString(), new OffsetMap(
                    Arrays.copyOf(cleanStarts, runs), Arrays.copyOf(originStarts, runs),
                    Arrays.copyOf(copied, runs), text.length()));
        }

        private void startRun(int origin, boolean copy) {
            if (origin < 0) {
                throw new IllegalArgumentException("original position must not be negative: " + origin);
            }
            if (runs == cleanStarts.length) {
                cleanStarts = Arrays.copyOf(cleanStarts, runs * 2);
                originStarts = Arrays.copyOf(originStarts, runs * 2);
                copied = Arrays.copyOf(copied, runs * 2);
            }
            cleanStarts[runs] = text.length();
            originStarts[runs] = origin;
            copied[runs] = copy;
            runs++;
        }
    }
}
