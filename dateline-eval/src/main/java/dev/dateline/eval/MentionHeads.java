package dev.dateline.eval;

import dev.dateline.model.TsvTable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word an event mention turns on, reduced to a stem and then to its event family, for
 * clustering mentions: "were killed", "killing", "murdered" and "died" all give "kill". A small
 * suffix stemmer, enough to join inflections, and the families of {@code event-families.tsv}.
 */
public final class MentionHeads {

    private static final Set<String> SKIP = Set.of("a", "an", "the", "to", "be", "is", "are", "was", "were", "been",
            "being", "has", "have", "had", "will", "would", "did", "do", "does", "not", "n't", "no", "'s");

    private MentionHeads() {
    }

    /**
     * The event family of a mention, else the stem of the word it turns on: the last content word
     * of a noun phrase, else the first word that is not an auxiliary or article.
     */
    public static String key(List<String> words) {
        String phrase = String.join(" ", words).toLowerCase(Locale.ROOT);
        for (Map.Entry<Pattern, String> p : PHRASES) {
            if (p.getKey().matcher(phrase).find()) {
                return p.getValue();
            }
        }
        String head = head(words);
        return Families.OF_STEM.getOrDefault(head, head);
    }

    /** Phrases whose head word alone would mislead ("opened fire" is no opening), tried in this order. */
    private static final List<Map.Entry<Pattern, String>> PHRASES = List.of(
            Map.entry(Pattern.compile("\\bopen(?:s|ed|ing)?\\s+fire\\b"), "shoot"),
            Map.entry(Pattern.compile("\\bgun(?:s|ned|ning)?\\s+down\\b"), "shoot"),
            Map.entry(Pattern.compile("\\b(?:drunk|drunken|drink-?|under\\s+the\\s+influence)\\b"), "drunk-driving"),
            Map.entry(Pattern.compile("\\bst(?:ep|eps|epped|epping)\\s+down\\b"), "resign"));

    /** The family of each stem, from {@code event-families.tsv}; read on first use, after the stemmer's tables. */
    private static final class Families {
        static final Map<String, String> OF_STEM = read();

        private static Map<String, String> read() {
            Map<String, String> out = new HashMap<>();
            for (String[] row : TsvTable.read("/dev/dateline/events/", "event-families.tsv", 2, 1, Optional.empty())) {
                out.put(stem(row[0].toLowerCase(Locale.ROOT)), row[1]);
            }
            return Map.copyOf(out);
        }
    }

    /** The stem of the word a mention turns on, without families or phrases: the plain same-lemma key. */
    public static String stemOf(List<String> words) {
        return head(words);
    }

    private static String head(List<String> words) {
        return stem(headWord(words));
    }

    /**
     * The word a mention turns on, lowercased: a noun phrase its last word ("the magnitude 6.1
     * earthquake"), a verb group its first ("checked into").
     */
    public static String headWord(List<String> words) {
        List<String> content = words.stream().filter(w -> !SKIP.contains(w.toLowerCase(Locale.ROOT))
                && w.chars().anyMatch(Character::isLetter)).toList();
        if (content.size() > 1 && !content.get(0).toLowerCase(Locale.ROOT).matches(".*(ed|ing)")) {
            return content.get(content.size() - 1).toLowerCase(Locale.ROOT);
        }
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!SKIP.contains(lower) && lower.chars().anyMatch(Character::isLetter)) {
                return lower;
            }
        }
        return words.get(0).toLowerCase(Locale.ROOT);
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
            Map.entry("broken", "break"), Map.entry("stole", "steal"), Map.entry("stolen", "steal"),
            Map.entry("fell", "fall"), Map.entry("fallen", "fall"), Map.entry("hid", "hide"), Map.entry("hidden", "hide"),
            Map.entry("drove", "drive"), Map.entry("driven", "drive"), Map.entry("rode", "ride"), Map.entry("ridden", "ride"),
            Map.entry("wrote", "write"), Map.entry("written", "write"), Map.entry("spoke", "speak"),
            Map.entry("spoken", "speak"), Map.entry("froze", "freeze"), Map.entry("frozen", "freeze"),
            Map.entry("flew", "fly"), Map.entry("flown", "fly"), Map.entry("fed", "feed"), Map.entry("led", "lead"),
            Map.entry("sent", "send"), Map.entry("spent", "spend"), Map.entry("built", "build"), Map.entry("kept", "keep"),
            Map.entry("found", "find"), Map.entry("sought", "seek"), Map.entry("rose", "rise"), Map.entry("risen", "rise"),
            Map.entry("swore", "swear"), Map.entry("sworn", "swear"), Map.entry("withdrew", "withdraw"),
            Map.entry("withdrawn", "withdraw"), Map.entry("became", "become"), Map.entry("bore", "bear"),
            Map.entry("tore", "tear"), Map.entry("torn", "tear"), Map.entry("blew", "blow"),
            Map.entry("blown", "blow"), Map.entry("grew", "grow"), Map.entry("grown", "grow"), Map.entry("knew", "know"),
            Map.entry("known", "know"), Map.entry("saw", "see"), Map.entry("seen", "see"), Map.entry("ate", "eat"),
            Map.entry("eaten", "eat"), Map.entry("paid", "pay"), Map.entry("laid", "lay"));

    static String stem(String w) {
        return withoutFinalE(suffixStem(w));
    }

    /** "fire", "fired" and "firing" must meet: the base form's final e goes too ("fir"). */
    private static String withoutFinalE(String stem) {
        return stem.length() > 3 && stem.endsWith("e") && !stem.endsWith("ee") ? stem.substring(0, stem.length() - 1) : stem;
    }

    private static String suffixStem(String w) {
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if ((w.endsWith("ied") || w.endsWith("ies")) && w.length() > 5) {
            return w.substring(0, w.length() - 3) + "y"; // "carried", "carries" -> "carry"
        }
        for (String suffix : List.of("ings", "ing", "ions", "ion", "ments", "ment", "ed", "es", "s")) {
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
