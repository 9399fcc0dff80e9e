package dev.dateline.ingest.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Guesses the language of a text from its script and its most frequent function words. Good
 * enough to tell English news from French, German, Spanish, Italian, Portuguese, Russian,
 * Ukrainian, Arabic, Chinese and others; anything unclear is {@code "und"}.
 */
public final class Languages {

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "said", "by",
                    "it", "as", "at", "he", "from", "his", "have", "has", "are", "were", "had", "not", "this", "an"),
            "fr", Set.of("le", "la", "les", "de", "des", "et", "est", "un", "une", "du", "dans", "que", "qui", "pour",
                    "pas", "sur", "au", "aux", "par", "il", "elle", "ont", "été", "avec"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine", "im",
                    "dem", "des", "auf", "für", "sich", "auch", "wurde", "hat", "sind"),
            "es", Set.of("el", "la", "los", "las", "de", "que", "y", "en", "del", "por", "con", "una", "un", "se",
                    "para", "es", "su", "al", "como", "más", "pero", "fue"),
            "it", Set.of("il", "di", "che", "è", "e", "la", "per", "un", "una", "non", "del", "della", "sono", "gli",
                    "nel", "con", "ha", "alla", "dei", "anche"),
            "pt", Set.of("o", "a", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "não", "com",
                    "dos", "das", "foi", "ao", "se", "mais"));

    private Languages() {
    }

    /** The ISO 639-1 code of a declared language tag ("en-US" gives "en"), if it is one. */
    public static Optional<String> fromTag(String tag) {
        String code = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return code.matches("[a-z]{2,3}") ? Optional.of(code) : Optional.empty();
    }

    /** The language {@code text} seems to be in, or {@code "und"}. */
    public static String guess(String text) {
        String sample = text.length() > 20000 ? text.substring(0, 20000) : text;
        int latin = 0;
        int cyrillic = 0;
        int arabic = 0;
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int ukrainian = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            switch (script) {
                case LATIN -> latin++;
                case CYRILLIC -> {
                    cyrillic++;
                    if ("іїєґІЇЄҐ".indexOf(c) >= 0) {
                        ukrainian++;
                    }
                }
                case ARABIC -> arabic++;
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                default -> {
                }
            }
        }
        int letters = latin + cyrillic + arabic + han + kana + hangul;
        if (letters < 20) {
            return "und";
        }
        if (cyrillic > letters / 2) {
            return ukrainian > cyrillic / 100 ? "uk" : "ru";
        }
        if (arabic > letters / 2) {
            return "ar";
        }
        if (kana > letters / 10) {
            return "ja";
        }
        if (hangul > letters / 2) {
            return "ko";
        }
        if (han > letters / 2) {
            return "zh";
        }
        if (latin < letters / 2) {
            return "und";
        }
        String[] words = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        String best = "und";
        double bestShare = 0;
        for (Map.Entry<String, Set<String>> language : FUNCTION_WORDS.entrySet()) {
            int hits = 0;
            for (String w : words) {
                if (language.getValue().contains(w)) {
                    hits++;
                }
            }
            double share = hits / (double) Math.max(1, words.length);
            if (share > bestShare) {
                best = language.getKey();
                bestShare = share;
            }
        }
        return bestShare >= 0.08 ? best : "und";
    }
}
