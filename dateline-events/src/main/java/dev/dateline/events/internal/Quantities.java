package dev.dateline.events.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the figure in the words of a quantity: digits ("2,000", "2.5 million"), number words
 * ("twenty-five", "two hundred"), approximations ("some 300", "nearly 200"), bounds ("at least",
 * "more than", "up to"), ranges ("between 300 and 500"), vague quantities ("dozens", "hundreds",
 * "tens of thousands", "several") and shares of a stated whole ("a third of the region's 70,000
 * residents"). A share of a whole that is not stated gives no value.
 */
public final class Quantities {

    /**
     * A figure: {@code low} and {@code high} bounds, either open.
     *
     * @param low the least it can mean, empty when unknown
     * @param high the most it can mean, empty when unbounded
     */
    public record Range(OptionalLong low, OptionalLong high) {

        public static Range exact(long n) {
            return new Range(OptionalLong.of(n), OptionalLong.of(n));
        }

        static Range of(long low, long high) {
            return new Range(OptionalLong.of(Math.min(low, high)), OptionalLong.of(Math.max(low, high)));
        }
    }

    /** Figures beyond this are not casualty counts of any war: a misread, a phone number, an id. */
    public static final long MAXIMUM = 100_000_000L;

    private static final Map<String, Long> UNITS = Map.ofEntries(Map.entry("zero", 0L), Map.entry("no", 0L),
            Map.entry("one", 1L), Map.entry("a", 1L), Map.entry("an", 1L), Map.entry("two", 2L), Map.entry("three", 3L),
            Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L),
            Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L),
            Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L), Map.entry("fifteen", 15L),
            Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
            Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
            Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L),
            Map.entry("ninety", 90L), Map.entry("dozen", 12L));
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L,
            "billion", 1_000_000_000L);
    /** Vague plurals and their ranges: "dozens" is two dozen to 99. */
    private static final Map<String, long[]> VAGUE = Map.of("dozens", new long[] {24, 99}, "scores", new long[] {40, 99},
            "hundreds", new long[] {200, 999}, "thousands", new long[] {2_000, 9_999},
            "millions", new long[] {2_000_000, 9_999_999}, "several", new long[] {3, 9}, "handful", new long[] {2, 9},
            "few", new long[] {2, 5}, "numerous", new long[] {10, 99});
    private static final Map<String, double[]> SHARES = Map.of("half", new double[] {0.5}, "third", new double[] {1 / 3.0},
            "quarter", new double[] {0.25}, "fifth", new double[] {0.2}, "tenth", new double[] {0.1});

    private Quantities() {
    }

    /** The figure the words say, or empty when they hold none. */
    public static Optional<Range> parse(List<String> words) {
        List<String> w = words.stream().map(x -> x.toLowerCase(Locale.ROOT)).filter(x -> !x.isBlank()).toList();
        if (w.isEmpty()) {
            return Optional.empty();
        }
        String text = " " + String.join(" ", w) + " ";
        // A range: "between 300 and 500", "300 to 500", "300-500"
        for (String sep : List.of(" and ", " to ", " - ", " or ")) {
            int at = text.indexOf(sep);
            if (at > 0 && (sep.equals(" to ") ? !text.contains(" up to ") : true)) {
                Optional<Long> a = number(tokens(text.substring(0, at)));
                Optional<Long> b = number(tokens(text.substring(at + sep.length())));
                if (a.isPresent() && b.isPresent() && a.get() < b.get()) {
                    return Optional.of(Range.of(a.get(), b.get())).filter(Quantities::plausible);
                }
            }
        }
        // A share of a stated whole: "about a third of the region's 70,000 residents", "80 percent of 1,000".
        int of = w.indexOf("of");
        Optional<Double> share = share(of > 0 ? w.subList(0, of) : w);
        if (share.isPresent()) {
            Optional<Long> whole = of > 0 ? number(w.subList(of + 1, w.size())) : Optional.empty();
            if (whole.isEmpty()) {
                return Optional.of(new Range(OptionalLong.empty(), OptionalLong.empty()));
            }
            long value = Math.round(share.get() * whole.get());
            return Optional.of(approximate(text) ? Range.of(Math.round(value * 0.9), Math.round(value * 1.1))
                    : Range.exact(value));
        }
        // Vague quantities: "dozens", "tens of thousands", "several hundred"
        Optional<Range> vague = vague(w);
        if (vague.isPresent()) {
            return vague;
        }
        Optional<Long> n = number(w);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        long v = n.get();
        Range r;
        if (text.contains(" at least ") || text.contains(" no fewer than ") || text.contains(" no less than ")) {
            r = new Range(OptionalLong.of(v), OptionalLong.empty());
        } else if (text.contains(" more than ") || text.contains(" over ") || text.contains(" upwards of ")
                || text.contains(" in excess of ")) {
            r = new Range(OptionalLong.of(v + 1), OptionalLong.empty());
        } else if (text.contains(" up to ") || text.contains(" as many as ") || text.contains(" at most ")) {
            r = new Range(OptionalLong.empty(), OptionalLong.of(v));
        } else if (text.contains(" fewer than ") || text.contains(" less than ") || text.contains(" under ")) {
            r = new Range(OptionalLong.empty(), OptionalLong.of(Math.max(0, v - 1)));
        } else if (text.contains(" nearly ") || text.contains(" almost ") || text.contains(" close to ")
                || text.contains(" just under ")) {
            r = Range.of(Math.round(v * 0.9), Math.max(0, v - 1));
        } else if (approximate(text)) {
            r = Range.of(Math.round(v * 0.9), Math.round(v * 1.1));
        } else {
            r = Range.exact(v);
        }
        return Optional.of(r).filter(Quantities::plausible);
    }

    private static boolean plausible(Range r) {
        return r.high().orElse(r.low().orElse(0)) <= MAXIMUM;
    }

    private static boolean approximate(String text) {
        for (String marker : List.of(" about ", " around ", " some ", " roughly ", " approximately ", " an estimated ",
                " estimated ", " circa ", " nearly ", " almost ")) {
            if (text.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Range> vague(List<String> w) {
        for (int i = 0; i < w.size(); i++) {
            String word = w.get(i);
            if ((word.equals("tens") || word.equals("hundreds")) && i + 2 < w.size() && w.get(i + 1).equals("of")
                    && (w.get(i + 2).equals("thousands") || w.get(i + 2).equals("millions"))) {
                long scale = w.get(i + 2).equals("thousands") ? 1_000 : 1_000_000;
                long base = word.equals("tens") ? 10 : 100;
                return Optional.of(Range.of(2 * base * scale, 10 * base * scale - 1));
            }
            if ((word.equals("several") || word.equals("a")) && i + 1 < w.size()
                    && SCALES.containsKey(w.get(i + 1)) && !word.equals("a")) {
                long scale = SCALES.get(w.get(i + 1));
                return Optional.of(Range.of(3 * scale, 9 * scale));
            }
            long[] range = VAGUE.get(word);
            if (range != null) {
                if (word.equals("few") && (i == 0 || !w.get(i - 1).equals("a"))) {
                    continue; // "few" alone is "not many", no figure
                }
                if (word.equals("several") && i + 1 < w.size() && SCALES.containsKey(w.get(i + 1))) {
                    continue;
                }
                return Optional.of(Range.of(range[0], range[1]));
            }
        }
        return Optional.empty();
    }

    private static Optional<Double> share(List<String> w) {
        for (int i = 0; i < w.size(); i++) {
            String word = w.get(i);
            double[] s = SHARES.get(word.endsWith("s") && SHARES.containsKey(word.substring(0, word.length() - 1))
                    ? word.substring(0, word.length() - 1) : word);
            if (s != null) {
                long times = i > 0 ? number(List.of(w.get(i - 1))).orElse(1L) : 1L; // "two thirds"
                return Optional.of(times * s[0]);
            }
            if ((word.equals("percent") || word.equals("%") || word.equals("per")) && i > 0) {
                Optional<Long> p = number(List.of(w.get(i - 1)));
                if (p.isPresent() && p.get() <= 100) {
                    return Optional.of(p.get() / 100.0);
                }
            }
        }
        return Optional.empty();
    }

    /** A scale word past billions, real or made up: "trillion", "quintillion", "zillions". */
    private static boolean isUnknownScale(String word) {
        return word.matches("[a-z]*illions?") && !SCALES.containsKey(word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
    }

    private static List<String> tokens(String s) {
        return List.of(s.strip().split("\\s+"));
    }

    /**
     * The first number the words spell: "2,000", "2.5 million", "twenty-five", "two hundred", "a
     * dozen". No number when the words cannot be a count: a fraction without a scale ("0.5
     * people"), or a scale beyond billions ("a hundred quintillion"), which would otherwise read as
     * the part before it.
     */
    static Optional<Long> number(List<String> w) {
        for (int i = 0; i < w.size(); i++) {
            String word = w.get(i).replace(",", "");
            Optional<Long> value = Optional.empty();
            int next = i + 1;
            if (word.matches("\\d+(\\.\\d+)?")) {
                double d = Double.parseDouble(word);
                if (next < w.size() && SCALES.containsKey(w.get(next))) {
                    d *= SCALES.get(w.get(next));
                    next++;
                } else if (next < w.size() && isUnknownScale(w.get(next))) {
                    return Optional.empty();
                } else if (word.contains(".")) {
                    return Optional.empty();
                }
                value = Optional.of(Math.round(d));
            } else if (UNITS.containsKey(word) || word.matches("[a-z]+-[a-z]+")) {
                long total = 0;
                long current = 0;
                int j = i;
                boolean any = false;
                while (j < w.size()) {
                    String x = w.get(j);
                    if (x.equals("dozen")) {
                        current = Math.max(current, 1) * 12;
                    } else if (x.matches("[a-z]+-[a-z]+") && UNITS.containsKey(x.split("-")[0])
                            && UNITS.containsKey(x.split("-")[1])) {
                        current += UNITS.get(x.split("-")[0]) + UNITS.get(x.split("-")[1]);
                    } else if (UNITS.containsKey(x) && !(x.equals("a") || x.equals("an") || x.equals("no"))
                            || ((x.equals("a") || x.equals("an")) && j + 1 < w.size()
                                    && (SCALES.containsKey(w.get(j + 1)) || w.get(j + 1).equals("dozen")))) {
                        current += UNITS.get(x);
                    } else if (x.equals("no") && j == i) {
                        current = 0;
                        any = true;
                        j++;
                        break;
                    } else if (SCALES.containsKey(x) && (any || current > 0)) {
                        current = Math.max(current, 1) * SCALES.get(x);
                        if (SCALES.get(x) >= 1000) {
                            total += current;
                            current = 0;
                        }
                    } else if (isUnknownScale(x) && any) {
                        return Optional.empty();
                    } else if (!x.equals("and")) {
                        break;
                    }
                    any = true;
                    j++;
                }
                if (any) {
                    value = Optional.of(total + current);
                    next = j;
                }
            }
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }
}
