package dev.dateline.time.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What normalization may know about a text: its reference time, where its sentences are (for
 * tense), and what the text has said so far (the last quarter named, which "a year earlier"
 * usually compares with).
 */
final class Context {

    final String text;
    final Optional<LocalDate> reference;
    /**
     * Whether expressions are only being chosen, not yet normalized in text order: then what the
     * text said before is not known, and a rule that needs it must not be refused for lacking it.
     */
    final boolean choosing;
    /** The values of the expressions normalized so far, by where they start. */
    private final NavigableMap<Integer, String> named = new TreeMap<>();
    private final int[] sentenceStarts;
    /** The last quarter the text named, e.g. "1989-Q3", or null. */
    String lastQuarter;
    /** Where that quarter was named. */
    int lastQuarterAt = -1;

    Context(String text, Optional<LocalDate> reference, boolean choosing) {
        this.text = text;
        this.reference = reference;
        this.choosing = choosing;
        this.sentenceStarts = sentenceStarts(text);
    }

    /** The tense of the sentence around {@code [start, end)}. */
    Tense tense(int start, int end) {
        int i = Arrays.binarySearch(sentenceStarts, start);
        int s = i >= 0 ? i : -i - 2;
        int from = s < 0 ? 0 : sentenceStarts[s];
        int to = s + 1 < sentenceStarts.length ? sentenceStarts[s + 1] : text.length();
        return Tense.around(text, start, end, from, to);
    }

    /** Notes the value of an expression normalized at {@code at}, for expressions after it to refer to. */
    void named(int at, String value) {
        named.put(at, value);
    }

    /**
     * The value of the nearest expression before {@code at}, within 2,000 characters (a few
     * paragraphs), that matches {@code granularity} ("that day" needs a day, "that year" a year).
     */
    Optional<String> earlier(int at, Pattern granularity) {
        return earlier(at, granularity, 2000);
    }

    /** As {@link #earlier(int, Pattern)}, within {@code distance} characters. */
    Optional<String> earlier(int at, Pattern granularity, int distance) {
        for (Map.Entry<Integer, String> e : named.headMap(at, false).descendingMap().entrySet()) {
            if (at - e.getKey() > distance) {
                break;
            }
            if (granularity.matcher(e.getValue()).lookingAt()) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** A quarter named within the last 1,500 characters, if any. */
    Optional<String> recentQuarter(int at) {
        return lastQuarter != null && at - lastQuarterAt < 1500 ? Optional.of(lastQuarter) : Optional.empty();
    }

    private static int[] sentenceStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = (c == '.' || c == '!' || c == '?') && i + 2 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1)) && Character.isUpperCase(firstLetter(text, i + 1))
                    && !(c == '.' && abbreviationEndsAt(text, i));
            boolean paragraph = c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (end || paragraph) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /** Titles and initials, whose full stop ends no sentence: "Mr. Bush", "U.S. officials", "King Jr. Day". */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "jr", "sr", "st", "sen", "rep",
            "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "prof", "rev", "messrs", "no", "vs");

    /** Whether the full stop at {@code dot} closes an initial ("U.S.", "J.") or a title ("Mr."). */
    private static boolean abbreviationEndsAt(String text, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        int length = dot - start;
        return length == 1 || (length <= 6 && ABBREVIATIONS.contains(text.substring(start, dot).toLowerCase(Locale.ROOT)));
    }

    private static char firstLetter(String text, int from) {
        for (int i = from; i < Math.min(text.length(), from + 4); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '"' && text.charAt(i) != '\'') {
                return text.charAt(i);
            }
        }
        return 'a';
    }
}
