package dev.dateline.time.internal;

import dev.dateline.model.Span;
import dev.dateline.model.Timex;
import dev.dateline.model.TimexValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

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

    private Tagging() {
    }

    /** The time expressions of {@code text}, in order. */
    public static List<Timex> tag(String text, Optional<LocalDate> reference) {
        List<Rules.Rule> rules = Rules.all();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Matcher m = rules.get(i).pattern().matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    candidates.add(new Candidate(m.start(), m.end(), i, m.toMatchResult()));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparingInt(Candidate::rule).thenComparingInt(Candidate::start));

        Context probe = new Context(text, reference);
        List<Candidate> chosen = new ArrayList<>();
        boolean[] used = new boolean[text.length()];
        for (Candidate c : candidates) {
            if (overlaps(used, c) || normalize(rules, c, probe).isEmpty()) {
                continue;
            }
            for (int i = c.start(); i < c.end(); i++) {
                used[i] = true;
            }
            chosen.add(c);
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));

        Context context = new Context(text, reference);
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
            int end = trimEnd(text, start, c.end());
            out.add(new Timex(new Span(start, end), text.substring(start, end), f.type(), value,
                    Optional.ofNullable(f.mod())));
        }
        return out;
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

    /** Drops a sentence-final period a pattern took as part of an abbreviation ("Dec." ending a sentence keeps it). */
    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
