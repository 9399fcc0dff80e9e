package dev.dateline.time.internal;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads the quantities of time expressions: digits ("18", "5 1/2", "2.5"), words ("twenty four",
 * "a", "a couple of", "half a"), and vague ones ("several", "a few", "many"), which give
 * {@link Double#NaN} so that the value becomes {@code X}.
 */
final class Numbers {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12), Map.entry("couple", 2),
            Map.entry("single", 1));

    /** The words a quantity may be written with, as a regular expression. */
    static final String WORD_PATTERN = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
            + "|ninety|hundred|dozen)";
    /** A quantity: digits, fractions, number words, or a vague word. */
    static final String QUANTITY = "(?:\\d+(?:\\.\\d+)?(?:\\s+\\d/\\d)?|\\d/\\d|" + WORD_PATTERN + "(?:[\\s-]+(?:and\\s+)?"
            + WORD_PATTERN + ")*(?:\\s+and\\s+a\\s+half)?|an?(?:\\s+(?:couple|dozen)\\s+of)?|a\\s+(?:couple|dozen)"
            + "|half\\s+an?|several|a\\s+few|few|many|some|numerous|a\\s+number\\s+of|a\\s+couple\\s+of|couple\\s+of)";

    private Numbers() {
    }

    /** The quantity {@code text} stands for; NaN for a vague one; empty when it is none. */
    static OptionalDouble parse(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip();
        if (t.matches("several|a few|few|many|some|numerous|a number of")) {
            return OptionalDouble.of(Double.NaN);
        }
        if (t.matches("half an?")) {
            return OptionalDouble.of(0.5);
        }
        if (t.matches("an? (?:couple|dozen) of|a couple|a dozen|a couple of|couple of")) {
            return OptionalDouble.of(t.contains("dozen") ? 12 : 2);
        }
        if (t.matches("\\d+(?:\\.\\d+)?")) {
            return OptionalDouble.of(Double.parseDouble(t));
        }
        if (t.matches("\\d+ \\d/\\d|\\d/\\d")) {
            String[] parts = t.split(" ");
            double whole = parts.length == 2 ? Double.parseDouble(parts[0]) : 0;
            String[] fraction = parts[parts.length - 1].split("/");
            return OptionalDouble.of(whole + Double.parseDouble(fraction[0]) / Double.parseDouble(fraction[1]));
        }
        double half = 0;
        if (t.endsWith(" and a half")) {
            half = 0.5;
            t = t.substring(0, t.length() - " and a half".length());
        }
        double total = 0;
        double current = 0;
        for (String w : t.split(" ")) {
            if (w.equals("and")) {
                continue;
            }
            Integer n = WORDS.get(w);
            if (n == null) {
                return OptionalDouble.empty();
            }
            if (n == 100) {
                current = (current == 0 ? 1 : current) * 100;
            } else {
                current += n;
            }
        }
        total += current;
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(total + half);
    }
}
