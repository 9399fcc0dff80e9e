package dev.dateline.time.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses whether the clause around a time expression speaks of the past or the future, from
 * the nearest tense markers: "will", "is due to", "plans to", "next" against "said", "was",
 * "ago", verbs in -ed. Good enough to anchor "Friday" or "Aug. 12" to the right side of the
 * reference time; anything unclear is {@link #UNKNOWN}.
 */
enum Tense {
    PAST, FUTURE, UNKNOWN;

    private static final Pattern FUTURE_MARKER = Pattern.compile(
            "(?i)\\b(?:will|won't|shall|'ll|going to|is to|are to|due to|plans? to|planned|scheduled|expected to|expects"
                    + "|set to|intends? to|would|upcoming|coming|next|later|hopes? to|aims? to|ready to|prepared to)\\b");
    private static final Pattern PAST_MARKER = Pattern.compile(
            "(?i)\\b(?:said|was|were|had|did|ago|earlier|last|told|announced|reported|added|began|came|went|took|made"
                    + "|met|held|left|gave|fell|rose|won|lost|killed|signed|agreed|struck|sold|bought|paid|ended|closed"
                    + "|\\w{3,}ed)\\b");

    /** The tense of the clause around {@code [start, end)} in {@code text}, within {@code [from, to)}. */
    static Tense around(String text, int start, int end, int from, int to) {
        int best = Integer.MAX_VALUE;
        Tense tense = UNKNOWN;
        Matcher f = FUTURE_MARKER.matcher(text).region(from, to);
        while (f.find()) {
            int d = distance(f.start(), f.end(), start, end);
            if (d < best) {
                best = d;
                tense = FUTURE;
            }
        }
        Matcher p = PAST_MARKER.matcher(text).region(from, to);
        while (p.find()) {
            if (isFalsePast(p.group())) {
                continue;
            }
            int d = distance(p.start(), p.end(), start, end);
            if (d < best) {
                best = d;
                tense = PAST;
            }
        }
        return tense;
    }

    private static boolean isFalsePast(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return w.equals("need") || w.equals("speed") || w.equals("proceed") || w.equals("indeed") || w.equals("feed")
                || w.equals("seed") || w.equals("bed") || w.equals("red") || w.equals("united") || w.equals("limited")
                || w.equals("scheduled") || w.equals("planned") || w.equals("expected");
    }

    private static int distance(int s1, int e1, int s2, int e2) {
        if (e1 <= s2) {
            return s2 - e1;
        }
        if (e2 <= s1) {
            // Markers after the expression count a little less: "on Friday, the minister said".
            return (s1 - e2) + 8;
        }
        return 0;
    }
}
