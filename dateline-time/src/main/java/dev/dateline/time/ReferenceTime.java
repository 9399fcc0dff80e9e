package dev.dateline.time;

import dev.dateline.model.DateBasis;
import dev.dateline.model.PublicationDate;
import dev.dateline.model.Timex;
import dev.dateline.model.TimexType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers when an undated article was written from what it says, as a range no narrower than the
 * evidence: it cannot be earlier than the latest day it reports as past, nor later than the
 * earliest day it announces as future. News is written close to what it reports, so the range
 * ends a week after the latest reported day when the article also speaks of weekdays,
 * "yesterday" or "today" (the current week), and a month after otherwise. An article that names no
 * date gets
 * nothing; one that names only a year, that year or the next, with little confidence. Days
 * named without a year ("Sept. 30") are read in the latest year the article names.
 */
public final class ReferenceTime {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern PARTIAL_DAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");
    private static final Pattern LEADING_YEAR = Pattern.compile("(\\d{4})(?:$|-)");
    private static final Pattern FUTURE_CONTEXT = Pattern.compile(
            "(?i)\\b(?:will|shall|'ll|is due|are due|scheduled|plans? to|expected to|next|upcoming)\\b[^.;]{0,60}$");
    private static final Pattern CURRENT_WEEK = Pattern.compile(
            "(?i)\\b(?:today|yesterday|tomorrow|tonight|this morning|this week|last night"
                    + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

    private final TimeTagger tagger = new TimeTagger();

    /** The range {@code text} was most plausibly written in, or {@link PublicationDate#none()}. */
    public PublicationDate infer(String text) {
        return infer(text, tagger.tag(text, Optional.empty()));
    }

    /** As {@link #infer(String)}, with the text's time expressions already found (without a reference). */
    public PublicationDate infer(String text, List<Timex> timexes) {
        LocalDate latestPast = null;
        LocalDate earliestFuture = null;
        int latestYear = 0;
        List<int[]> monthDays = new java.util.ArrayList<>();
        for (Timex t : timexes) {
            if (t.type() == TimexType.DURATION || t.type() == TimexType.SET) {
                continue;
            }
            String v = t.value().value();
            boolean future = isFuture(text, t.span().start());
            Matcher partial = PARTIAL_DAY.matcher(v);
            if (partial.matches() && !future) {
                monthDays.add(new int[] {Integer.parseInt(partial.group(1)), Integer.parseInt(partial.group(2))});
                continue;
            }
            if (t.value().isUnderspecified()) {
                continue;
            }
            Matcher year = LEADING_YEAR.matcher(v);
            if (year.lookingAt() && !future) {
                latestYear = Math.max(latestYear, Integer.parseInt(year.group(1)));
            }
            Matcher day = DAY.matcher(v);
            if (day.lookingAt()) {
                Optional<LocalDate> d = date(day);
                if (d.isEmpty()) {
                    continue;
                }
                if (future) {
                    earliestFuture = earliestFuture == null || d.get().isBefore(earliestFuture) ? d.get() : earliestFuture;
                } else {
                    latestPast = latestPast == null || d.get().isAfter(latestPast) ? d.get() : latestPast;
                }
            }
        }
        // Days named without a year ("Sept. 30") belong to the latest year the text names.
        if (latestYear > 0) {
            for (int[] md : monthDays) {
                try {
                    LocalDate d = LocalDate.of(latestYear, md[0], md[1]);
                    latestPast = latestPast == null || d.isAfter(latestPast) ? d : latestPast;
                } catch (java.time.DateTimeException e) {
                    // An impossible day (February 30) says nothing.
                }
            }
        }
        boolean currentWeek = CURRENT_WEEK.matcher(text).find();
        if (latestPast != null) {
            LocalDate latest = latestPast.plusDays(currentWeek ? 7 : 31);
            if (earliestFuture != null && earliestFuture.isAfter(latestPast) && earliestFuture.minusDays(1).isBefore(latest)) {
                latest = earliestFuture.minusDays(1);
            }
            return range(latestPast, latest, currentWeek ? 0.6 : 0.4);
        }
        if (latestYear > 0) {
            // Only a year: the text was written that year or the next.
            return range(LocalDate.of(latestYear, 1, 1), LocalDate.of(latestYear + 1, 12, 31), 0.1);
        }
        if (earliestFuture != null) {
            return range(earliestFuture.minusDays(31), earliestFuture.minusDays(1), 0.2);
        }
        return PublicationDate.none();
    }

    private static PublicationDate range(LocalDate earliest, LocalDate latest, double confidence) {
        Optional<LocalDate> exact = earliest.equals(latest) ? Optional.of(earliest) : Optional.empty();
        return new PublicationDate(exact, Optional.of(earliest), Optional.of(latest), DateBasis.TEXT, confidence);
    }

    private static boolean isFuture(String text, int at) {
        int from = Math.max(0, at - 80);
        return FUTURE_CONTEXT.matcher(text.substring(from, at)).find();
    }

    private static Optional<LocalDate> date(Matcher m) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
