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

    /**
     * What people are shown for {@code originalSpan} of the original text: the cleaned text of the
     * characters that came from it, so character references are decoded and markup is left out.
     * Blank when none of the cleaned text came from it but white space inserted there.
     *
     * <pre>{@code
     * String sentence = clean.shown(event.sentenceSpan());   // "Washington & Brussels agreed …"
     * }</pre>
     */
    public String shown(Span originalSpan) {
        String text = clean.text();
        OffsetMap map = clean.offsets();
        int from = firstAtOrAfter(map, text.length(), originalSpan.start());
        int to = firstAtOrAfter(map, text.length(), originalSpan.end());
        if (from < to && monotone(map, from, to)) {
            return text.substring(from, to);
        }
        // Blocks put out of their source order (a headline moved to the top) map back one character at a time.
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            int origin = map.toOriginalStart(i);
            if (origin >= originalSpan.start() && origin < originalSpan.end()) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    /** The first cleaned offset whose character comes from at or after {@code origin}, if the map rises. */
    private static int firstAtOrAfter(OffsetMap map, int length, int origin) {
        int lo = 0;
        int hi = length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (map.toOriginalStart(mid) < origin) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean monotone(OffsetMap map, int from, int to) {
        int last = -1;
        for (int i = from; i < to; i++) {
            int origin = map.toOriginalStart(i);
            if (origin < last) {
                return false;
            }
            last = origin;
        }
        return true;
    }

    /** The same article with other metadata. */
    public CleanArticle withMetadata(ArticleMetadata other) {
        return new CleanArticle(id, source, sourceLine, format, originalText, clean, paragraphs, other);
    }
}
