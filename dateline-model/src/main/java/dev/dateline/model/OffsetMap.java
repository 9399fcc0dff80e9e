package dev.dateline.model;

import java.util.Arrays;

/**
 * Maps positions in a transformed (cleaned) text back to positions in the original text it was
 * made from, in the manner of Lucene's {@code CharFilter.correctOffset}.
 *
 * <p>The map is a sorted list of runs. In a <em>copied</em> run, cleaned characters correspond
 * one-to-one to consecutive original characters; in an <em>inserted</em> run (a paragraph break
 * the cleaner added, say) every cleaned character maps to one anchor position in the original.
 * Instances are immutable; build them with {@link MappedText.Builder}.
 */
public final class OffsetMap {

    private final int[] cleanStarts;
    private final int[] originStarts;
    private final boolean[] copied;
    private final int cleanLength;

    OffsetMap(int[] cleanStarts, int[] originStarts, boolean[] copied, int cleanLength) {
        if (cleanStarts.length != originStarts.length || cleanStarts.length != copied.length) {
            throw new IllegalArgumentException("run arrays differ in length");
        }
        for (int i = 0; i < cleanStarts.length; i++) {
            if (originStarts[i] < 0 || (i > 0 && cleanStarts[i] <= cleanStarts[i - 1])) {
                throw new IllegalArgumentException("runs must start at increasing positions, run " + i);
            }
        }
        if (cleanStarts.length > 0 && cleanStarts[0] != 0) {
            throw new IllegalArgumentException("the first run must start at 0, not " + cleanStarts[0]);
        }
        this.cleanStarts = cleanStarts;
        this.originStarts = originStarts;
        this.copied = copied;
        this.cleanLength = cleanLength;
    }

    /** The identity map over a text of {@code length} characters. */
    public static OffsetMap identity(int length) {
        return length == 0
                ? new OffsetMap(new int[0], new int[0], new boolean[0], 0)
                : new OffsetMap(new int[] {0}, new int[] {0}, new boolean[] {true}, length);
    }

    /**
     * Rebuilds a map from {@link #encode()}'s output.
     *
     * @throws IllegalArgumentException when {@code encoded} is not such output
     */
    public static OffsetMap decode(int[] encoded) {
        if (encoded.length == 0 || (encoded.length - 1) % 3 != 0) {
            throw new IllegalArgumentException("an encoded offset map has 1 + 3n numbers, not " + encoded.length);
        }
        int runs = (encoded.length - 1) / 3;
        int[] clean = new int[runs];
        int[] origin = new int[runs];
        boolean[] copy = new boolean[runs];
        for (int i = 0; i < runs; i++) {
            clean[i] = encoded[1 + 3 * i];
            origin[i] = encoded[2 + 3 * i];
            copy[i] = encoded[3 + 3 * i] != 0;
        }
        return new OffsetMap(clean, origin, copy, encoded[0]);
    }

    /** A compact encoding for storage: the cleaned length, then (cleanStart, originStart, copied) per run. */
    public int[] encode() {
        int[] out = new int[1 + 3 * cleanStarts.length];
        out[0] = cleanLength;
        for (int i = 0; i < cleanStarts.length; i++) {
            out[1 + 3 * i] = cleanStarts[i];
            out[2 + 3 * i] = originStarts[i];
            out[3 + 3 * i] = copied[i] ? 1 : 0;
        }
        return out;
    }

    /** Length of the cleaned text this map was built for. */
    public int cleanLength() {
        return cleanLength;
    }

    /**
     * The original position of the character at {@code cleanOffset}, for use as a span start.
     * {@code cleanLength()} maps to just after the last mapped character.
     */
    public int toOriginalStart(int cleanOffset) {
        checkOffset(cleanOffset);
        if (cleanOffset == cleanLength) {
            return cleanLength == 0 ? 0 : toOriginalEnd(cleanLength);
        }
        int run = runOf(cleanOffset);
        return copied[run] ? originStarts[run] + (cleanOffset - cleanStarts[run]) : originStarts[run];
    }

    /** The original position just after the character before {@code cleanOffset}, for use as a span end. */
    public int toOriginalEnd(int cleanOffset) {
        checkOffset(cleanOffset);
        if (cleanOffset == 0) {
            return cleanLength == 0 ? 0 : toOriginalStart(0);
        }
        int run = runOf(cleanOffset - 1);
        return copied[run] ? originStarts[run] + (cleanOffset - cleanStarts[run]) : originStarts[run];
    }

    /** The span of the original text that {@code cleanSpan} of the cleaned text came from. */
    public Span toOriginal(Span cleanSpan) {
        int start = toOriginalStart(cleanSpan.start());
        int end = toOriginalEnd(cleanSpan.end());
        return new Span(start, Math.max(start, end));
    }

    int runCount() {
        return cleanStarts.length;
    }

    int runCleanStart(int run) {
        return cleanStarts[run];
    }

    int runOriginStart(int run) {
        return originStarts[run];
    }

    boolean runCopied(int run) {
        return copied[run];
    }

    private int runOf(int cleanOffset) {
        int found = Arrays.binarySearch(cleanStarts, cleanOffset);
        return found >= 0 ? found : -found - 2;
    }

    private void checkOffset(int cleanOffset) {
        if (cleanOffset < 0 || cleanOffset > cleanLength) {
            throw new IllegalArgumentException(
                    "offset " + cleanOffset + " is outside the cleaned text of length " + cleanLength);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetMap other && Arrays.equals(encode(), other.encode());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }
}
