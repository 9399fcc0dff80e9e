package dev.dateline.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into a text.
 *
 * <p>Spans that Dateline shows to users always index the <em>original</em> text of an article;
 * spans into cleaned text are mapped back with {@link OffsetMap#toOriginal(Span)}.
 *
 * @param start first index, inclusive, not negative
 * @param end last index, exclusive, not before {@code start}
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("span start must not be negative: " + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("span end " + end + " is before its start " + start);
        }
    }

    /** Shorthand for {@code new Span(start, end)}. */
    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    /** Number of UTF-16 units covered. */
    public int length() {
        return end - start;
    }

    /** Whether the span covers nothing. */
    public boolean isEmpty() {
        return start == end;
    }

    /** The span {@code delta} units later (earlier when negative). */
    public Span shift(int delta) {
        return new Span(start + delta, end + delta);
    }

    /** Whether {@code other} lies wholly inside this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** The text this span covers in {@code text}; fails when the span runs past its end. */
    public String in(CharSequence text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span " + this + " runs past a text of length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
