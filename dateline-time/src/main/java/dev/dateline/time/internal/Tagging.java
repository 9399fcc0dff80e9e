package dev.dateline.time.internal;

import dev.dateline.model.Span;
import dev.dateline.model.Timex;
import dev.dateline.model.TimexType;
import dev.dateline.model.TimexValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the rules over a text: every rule proposes its matches, the longest non-overlapping ones
 * that normalize win (ties go to the earlier rule), and the winners are normalized again in text
 * order, so that a rule can use what the text said before (the last quarter named).
 */
public final class Tagging {

    private record Candidate(int start, int end, int rule, MatchResult match) {
        int length() {
            return end - start;
        }
    }

    private static final Pattern DAY_SHIFT = Pattern.compile("(?i)\\bthe\\s+day\\s+(before|after)\\s+$");

    /** How far before its trigger a match may start, and after it end. */
    private static final int LOOK_BEHIND = 50;
    private static final int LOOK_AHEAD = 40;

    private Tagging() {
    }

    /** The time expressions of {@code text}, in order. */
    public static List<Timex> tag(String text, Optional<LocalDate> reference) {
        List<Rules.Rule> rules = Rules.all();
        List<Candidate> candidates = new ArrayList<>();
        int[][] windows = windows(text, rules.size());
        for (int i = 0; i < rules.size(); i++) {
            collect(rules.get(i), i, text, windows[i], candidates);
        }
        candidates.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparingInt(Candidate::rule).thenComparingInt(Candidate::start));

        Context probe = new Context(text, reference, true);
        List<Candidate> chosen = new ArrayList<>();
        boolean[] used = new boolean[text.length()];
        for (Candidate c : candidates) {
            if (overlaps(used, c)) {
                continue;
            }
            boolean normalizes = normalize(rules, c, probe).isPresent();
            if (normalizes || rules.get(c.rule()).calendarDate()) {
                // An impossible date ("February 30, 2020") holds no time expression at all.
                for (int i = c.start(); i < c.end(); i++) {
                    used[i] = true;
                }
            }
            if (normalizes) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));

        Context context = new Context(text, reference, false);
        List<Timex> out = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            Optional<Rules.Found> found = normalize(rules, c, context);
            if (found.isEmpty()) {
                continue;
            }
            Rules.Found f = found.get();
            TimexValue value;
            try {
                value = new TimexValue(f.value());
            } catch (IllegalArgumentException malformed) {
                continue; // A rule produced no valid TIMEX3 value; better nothing than a wrong value.
            }
            int start = c.start();
            Matcher dayShift = DAY_SHIFT.matcher(text).region(Math.max(0, start - 20), start);
            int previousEnd = out.isEmpty() ? 0 : out.get(out.size() - 1).span().end();
            if (f.type() == TimexType.DATE && Rules.DAY_VALUE.matcher(f.value()).matches() && dayShift.find()
                    && previousEnd <= dayShift.start()) {
                value = shiftedADay(value, dayShift.group(1));
                start = dayShift.start();
            }
            context.named(start, value.value());
            int end = trimEnd(text, start, c.end());
            out.add(new Timex(new Span(start, end), text.substring(start, end), f.type(), value,
                    Optional.ofNullable(f.mod())));
            secondDay(text, end, value, used).ifPresent(out::add);
        }
        return out;
    }

    /** "The day before last Tuesday's hearing", "the day after Aug. 7": one day off the day named. */
    private static TimexValue shiftedADay(TimexValue day, String beforeOrAfter) {
        LocalDate d = LocalDate.parse(day.value()).plusDays(beforeOrAfter.equalsIgnoreCase("before") ? -1 : 1);
        return new TimexValue(d.toString());
    }

    private static final Pattern MONTH_DAY_VALUE = Pattern.compile("(?:\\d{4}|XXXX)-\\d{2}-\\d{2}");
    private static final Pattern AND_DAY = Pattern.compile("\\s+(?:and|or|to|through)\\s+([0-3]?\\d)(?:st|nd|rd|th)?"
            + "(?![\\p{L}\\p{N}])(?!\\s*(?:,\\s*)?\\d|\\s*(?:%|percent|million|billion|people|troops))");

    /**
     * The second day of "April 24 and 25", "Aug. 7 or 8": the bare number after a month-day, in
     * the same month. The span of {@code first} ends at {@code end}.
     */
    private static Optional<Timex> secondDay(String text, int end, TimexValue first, boolean[] used) {
        if (end == 0 || !Character.isDigit(text.charAt(end - 1)) || !MONTH_DAY_VALUE.matcher(first.value()).matches()) {
            return Optional.empty();
        }
        Matcher m = AND_DAY.matcher(text).region(end, Math.min(text.length(), end + 30));
        if (!m.lookingAt() || used[m.start(1)]) {
            return Optional.empty();
        }
        int day = Integer.parseInt(m.group(1));
        String prefix = first.value().substring(0, 8);
        if (day < 1 || day > 31 || day <= Integer.parseInt(first.value().substring(8))) {
            return Optional.empty();
        }
        try {
            if (!prefix.startsWith("X")) {
                LocalDate.parse(prefix + String.format(Locale.ROOT, "%02d", day)); // no "Feb. 28 and 30"
            }
            TimexValue value = new TimexValue(prefix + String.format(Locale.ROOT, "%02d", day));
            return Optional.of(new Timex(new Span(m.start(1), m.end(1)), m.group(1), TimexType.DATE, value, Optional.empty()));
        } catch (RuntimeException impossible) {
            return Optional.empty();
        }
    }

    /** For each trigger word, the rules it triggers; {@code #} stands for words that start with a digit. */
    private static final Map<String, int[]> TRIGGERS = triggers();

    private static Map<String, int[]> triggers() {
        Map<String, List<Integer>> byWord = new HashMap<>();
        List<Rules.Rule> rules = Rules.all();
        for (int i = 0; i < rules.size(); i++) {
            for (String word : rules.get(i).triggers()) {
                byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> out = new HashMap<>();
        byWord.forEach((w, ids) -> out.put(w, ids.stream().mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(out);
    }

    /**
     * For each rule, the windows of {@code text} worth trying it in: around each of its trigger
     * words, {@link #LOOK_BEHIND} before and {@link #LOOK_AHEAD} after, merged where they overlap.
     * One pass over the words of the text.
     */
    private static int[][] windows(String text, int ruleCount) {
        int[][] windows = new int[ruleCount][8];
        int[] sizes = new int[ruleCount];
        int[] digitRules = TRIGGERS.getOrDefault("#", new int[0]);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int[] ids = Character.isDigit(c) ? digitRules : TRIGGERS.get(text.substring(start, i).toLowerCase(Locale.ROOT));
            if (ids == null) {
                continue;
            }
            int from = Math.max(0, start - LOOK_BEHIND);
            int to = Math.min(n, i + LOOK_AHEAD);
            for (int id : ids) {
                int k = sizes[id];
                if (k > 0 && from <= windows[id][k - 1]) {
                    windows[id][k - 1] = Math.max(windows[id][k - 1], to);
                } else {
                    if (k + 2 > windows[id].length) {
                        windows[id] = Arrays.copyOf(windows[id], windows[id].length * 2);
                    }
                    windows[id][k] = from;
                    windows[id][k + 1] = to;
                    sizes[id] = k + 2;
                }
            }
        }
        for (int r = 0; r < ruleCount; r++) {
            windows[r] = Arrays.copyOf(windows[r], sizes[r]);
        }
        return windows;
    }

    /** The matches of {@code rule} inside its {@code windows}. */
    private static void collect(Rules.Rule rule, int index, String text, int[] windows, List<Candidate> out) {
        Matcher m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int w = 0; w < windows.length; w += 2) {
            scan(m, windows[w], windows[w + 1], index, out);
        }
    }

    private static void scan(Matcher m, int from, int to, int index, List<Candidate> out) {
        if (from < 0 || from >= to) {
            return;
        }
        m.region(from, to);
        while (m.find()) {
            if (m.end() > m.start()) {
                out.add(new Candidate(m.start(), m.end(), index, m.toMatchResult()));
            }
        }
    }

    private static Optional<Rules.Found> normalize(List<Rules.Rule> rules, Candidate c, Context context) {
        try {
            return rules.get(c.rule()).normalizer().apply(c.match(), context);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean overlaps(boolean[] used, Candidate c) {
        for (int i = c.start(); i < c.end(); i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }

    /** Drops white space a pattern took at the end of its match. */
    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
