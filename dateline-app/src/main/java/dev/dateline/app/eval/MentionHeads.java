package dev.dateline.app.eval;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word an event mention turns on, reduced to a stem, for clustering mentions: "were killed",
 * "killing" and "kills" all give "kill". A small suffix stemmer, enough to join inflections.
 */
public final class MentionHeads {

    private static final Set<String> SKIP = Set.of("a", "an", "the", "to", "be", "is", "are", "was", "were", "been",
            "being", "has", "have", "had", "will", "would", "did", "do", "does", "not", "n't", "no", "'s");

    private MentionHeads() {
    }

    /** The stem of the first word of {@code words} that is not an auxiliary or article. */
    public static String key(List<String> words) {
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!SKIP.contains(lower) && lower.chars().anyMatch(Character::isLetter)) {
                return stem(lower);
            }
        }
        return stem(words.get(0).toLowerCase(Locale.ROOT));
    }

    static String stem(String w) {
        for (String suffix : List.of("ings", "ing", "ions", "ion", "ed", "es", "s")) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                String base = w.substring(0, w.length() - suffix.length());
                // "shipped" -> "ship", "hitting" -> "hit"
                if (base.length() >= 4 && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)) {
                    base = base.substring(0, base.length() - 1);
                }
                return base;
            }
        }
        return w;
    }
}
