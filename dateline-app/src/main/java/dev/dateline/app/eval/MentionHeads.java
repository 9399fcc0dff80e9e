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

    /**
     * The stem of the word a mention turns on: the last content word of a noun phrase, else the
     * first word that is not an auxiliary or article.
     */
    public static String key(List<String> words) {
        // A noun phrase turns on its last word ("the magnitude 6.1 earthquake"); a verb group on its first ("checked into").
        List<String> content = words.stream().filter(w -> !SKIP.contains(w.toLowerCase(Locale.ROOT))
                && w.chars().anyMatch(Character::isLetter)).toList();
        if (content.size() > 1 && !content.get(0).toLowerCase(Locale.ROOT).matches(".*(ed|ing)")) {
            return stem(content.get(content.size() - 1).toLowerCase(Locale.ROOT));
        }
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!SKIP.contains(lower) && lower.chars().anyMatch(Character::isLetter)) {
                return stem(lower);
            }
        }
        return stem(words.get(0).toLowerCase(Locale.ROOT));
    }

    /** Irregular forms of verbs common in news, to their base. */
    private static final java.util.Map<String, String> IRREGULAR = java.util.Map.ofEntries(
            java.util.Map.entry("shot", "shoot"), java.util.Map.entry("won", "win"), java.util.Map.entry("lost", "lose"),
            java.util.Map.entry("fled", "flee"), java.util.Map.entry("left", "leave"), java.util.Map.entry("took", "take"),
            java.util.Map.entry("taken", "take"), java.util.Map.entry("gave", "give"), java.util.Map.entry("given", "give"),
            java.util.Map.entry("sank", "sink"), java.util.Map.entry("sunk", "sink"), java.util.Map.entry("struck", "strike"),
            java.util.Map.entry("told", "tell"), java.util.Map.entry("said", "say"), java.util.Map.entry("met", "meet"),
            java.util.Map.entry("held", "hold"), java.util.Map.entry("went", "go"), java.util.Map.entry("gone", "go"),
            java.util.Map.entry("came", "come"), java.util.Map.entry("began", "begin"), java.util.Map.entry("begun", "begin"),
            java.util.Map.entry("died", "die"), java.util.Map.entry("dies", "die"), java.util.Map.entry("dying", "die"),
            java.util.Map.entry("death", "die"), java.util.Map.entry("dead", "die"), java.util.Map.entry("sold", "sell"),
            java.util.Map.entry("bought", "buy"), java.util.Map.entry("caught", "catch"), java.util.Map.entry("fought", "fight"),
            java.util.Map.entry("brought", "bring"), java.util.Map.entry("thrown", "throw"), java.util.Map.entry("threw", "throw"),
            java.util.Map.entry("chose", "choose"), java.util.Map.entry("chosen", "choose"), java.util.Map.entry("ran", "run"),
            java.util.Map.entry("hit", "hit"), java.util.Map.entry("quit", "quit"), java.util.Map.entry("broke", "break"),
            java.util.Map.entry("broken", "break"), java.util.Map.entry("stole", "steal"), java.util.Map.entry("stolen", "steal"));

    static String stem(String w) {
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if ((w.endsWith("ied") || w.endsWith("ies")) && w.length() > 5) {
            return w.substring(0, w.length() - 3) + "y"; // "carried", "carries" -> "carry"
        }
        for (String suffix : List.of("ings", "ing", "ions", "ion", "ed", "es", "s")) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                String base = w.substring(0, w.length() - suffix.length());
                // "shipped" -> "ship", "hitting" -> "hit", but "killed" -> "kill"
                char last = base.charAt(base.length() - 1);
                if (base.length() >= 4 && last == base.charAt(base.length() - 2) && "lsfz".indexOf(last) < 0) {
                    base = base.substring(0, base.length() - 1);
                }
                return base;
            }
        }
        return w;
    }
}
