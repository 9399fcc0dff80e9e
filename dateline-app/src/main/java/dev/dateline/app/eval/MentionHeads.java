package dev.dateline.app.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("shot", "shoot"), Map.entry("won", "win"), Map.entry("lost", "lose"),
            Map.entry("fled", "flee"), Map.entry("left", "leave"), Map.entry("took", "take"),
            Map.entry("taken", "take"), Map.entry("gave", "give"), Map.entry("given", "give"),
            Map.entry("sank", "sink"), Map.entry("sunk", "sink"), Map.entry("struck", "strike"),
            Map.entry("told", "tell"), Map.entry("said", "say"), Map.entry("met", "meet"),
            Map.entry("held", "hold"), Map.entry("went", "go"), Map.entry("gone", "go"),
            Map.entry("came", "come"), Map.entry("began", "begin"), Map.entry("begun", "begin"),
            Map.entry("died", "die"), Map.entry("dies", "die"), Map.entry("dying", "die"),
            Map.entry("death", "die"), Map.entry("dead", "die"), Map.entry("sold", "sell"),
            Map.entry("bought", "buy"), Map.entry("caught", "catch"), Map.entry("fought", "fight"),
            Map.entry("brought", "bring"), Map.entry("thrown", "throw"), Map.entry("threw", "throw"),
            Map.entry("chose", "choose"), Map.entry("chosen", "choose"), Map.entry("ran", "run"),
            Map.entry("hit", "hit"), Map.entry("quit", "quit"), Map.entry("broke", "break"),
            Map.entry("broken", "break"), Map.entry("stole", "steal"), Map.entry("stolen", "steal"));

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
