package dev.dateline.time;

import dev.dateline.model.DateBasis;
import dev.dateline.model.PublicationDate;
import dev.dateline.model.Timex;
import dev.dateline.model.TimexType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers when an undated article was written from what it says, as a range no narrower than the
 * evidence, or not at all. Explicit dates in news are mostly history ("in 1992") or schedules
 * ("matures March 1, 2011"); an article's own days are named by weekday and "yesterday". So a
 * range is given only when a full date stands in a sentence that also speaks of the current week
 * ("on Friday, Aug. 15, 2008", "said on Tuesday that the Aug. 12 accord ..."): from the latest
 * such day to a week later, never past a day the article announces as future. Anything else
 * gives {@link PublicationDate#none()}. Measured on TimeBank with the DCT hidden, looser rules
 * (the latest date named, or the latest year) put the true date inside the range in only 11%
 * of documents.
 *
 * <p>Second, a weekday joined to a month-day without a year ("on Thursday, Aug. 7") names a day
 * that recurs only every five to eleven years: the first such year not before the latest year
 * the text names outside the future settles it, when it lies within {@link #YEARS_AFTER} of it.
 * The article was written from the day before that day (late editions) to a week after it, or,
 * when the day is announced as future, in the week before it.
 */
public final class ReferenceTime {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH_DAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?!\\d)");
    private static final Pattern WEEKDAY_FIRST = Pattern.compile(
            "(?i)(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s");
    /** How many years after the latest year the text names a weekday-dated day may fall. */
    private static final int YEARS_AFTER = 6;
    private static final Pattern FUTURE_CONTEXT = Pattern.compile(
            "(?i)\\b(?:will|shall|'ll|is due|are due|scheduled|plans? to|expected to|next|upcoming)\\b[^.;]{0,60}$");
    private static final Pattern CURRENT_WEEK = Pattern.compile(
            "(?i)\\b(?:today|yesterday|tomorrow|tonight|this morning|this week|last night|earlier this week"
                    + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

    private final TimeTagger tagger = new TimeTagger();

    /** The range {@code text} was most plausibly written in, or {@link PublicationDate#none()}. */
    public PublicationDate infer(String text) {
        return infer(text, tagger.tag(text, Optional.empty()));
    }

    /** As {@link #infer(String)}, with the text's time expressions already found (without a reference). */
    public PublicationDate infer(String text, List<Timex> timexes) {
        LocalDate latestCurrent = null;
        LocalDate earliestFuture = null;
        for (Timex t : timexes) {
            if (t.type() == TimexType.DURATION || t.type() == TimexType.SET || t.value().isUnderspecified()) {
                continue;
            }
            Matcher day = DAY.matcher(t.value().value());
            if (!day.lookingAt()) {
                continue;
            }
            Optional<LocalDate> d = date(day);
            if (d.isEmpty()) {
                continue;
            }
            if (isFuture(text, t.span().start())) {
                earliestFuture = earliestFuture == null || d.get().isBefore(earliestFuture) ? d.get() : earliestFuture;
            } else if (inCurrentWeekSentence(text, t.span().start(), t.span().end())) {
                latestCurrent = latestCurrent == null || d.get().isAfter(latestCurrent) ? d.get() : latestCurrent;
            }
        }
        if (latestCurrent == null) {
            return weekdayDated(text, timexes);
        }
        LocalDate latest = latestCurrent.plusDays(7);
        if (earliestFuture != null && earliestFuture.isAfter(latestCurrent) && earliestFuture.minusDays(1).isBefore(latest)) {
            latest = earliestFuture.minusDays(1);
        }
        return range(latestCurrent, latest);
    }

    /** The range a weekday-dated day ("Thursday, Aug. 7") gives, settled by the latest year named; else none. */
    private static PublicationDate weekdayDated(String text, List<Timex> timexes) {
        int latestYear = Integer.MIN_VALUE;
        for (Timex t : timexes) {
            Matcher y = YEAR.matcher(t.value().value());
            boolean dated = t.type() != TimexType.DURATION && t.type() != TimexType.SET && y.lookingAt();
            if (dated && !isFuture(text, t.span().start())) {
                latestYear = Math.max(latestYear, Integer.parseInt(y.group(1)));
            }
        }
        if (latestYear == Integer.MIN_VALUE) {
            return PublicationDate.none();
        }
        LocalDate latestDay = null;
        LocalDate earliestFuture = null;
        for (Timex t : timexes) {
            Matcher md = MONTH_DAY.matcher(t.value().value());
            Matcher wd = WEEKDAY_FIRST.matcher(t.text());
            if (t.type() != TimexType.DATE || !md.matches() || !wd.lookingAt()) {
                continue;
            }
            Optional<LocalDate> day = settle(Integer.parseInt(md.group(1)), Integer.parseInt(md.group(2)),
                    wd.group(1), latestYear);
            if (day.isEmpty()) {
                continue;
            }
            if (isFuture(text, t.span().start())) {
                earliestFuture = earliestFuture == null || day.get().isBefore(earliestFuture) ? day.get() : earliestFuture;
            } else {
                latestDay = latestDay == null || day.get().isAfter(latestDay) ? day.get() : latestDay;
            }
        }
        if (latestDay != null) {
            return range(latestDay.minusDays(1), latestDay.plusDays(7), WEEKDAY_DATE_CONFIDENCE);
        }
        return earliestFuture == null ? PublicationDate.none()
                : range(earliestFuture.minusDays(7), earliestFuture.minusDays(1), WEEKDAY_DATE_CONFIDENCE);
    }

    /** The first year from {@code fromYear} on, within {@link #YEARS_AFTER}, in which month-day falls on the weekday. */
    private static Optional<LocalDate> settle(int month, int day, String weekday, int fromYear) {
        for (int y = fromYear; y <= fromYear + YEARS_AFTER; y++) {
            try {
                LocalDate d = LocalDate.of(y, month, day);
                if (d.getDayOfWeek().name().startsWith(weekday.toUpperCase(Locale.ROOT))) {
                    return Optional.of(d);
                }
            } catch (DateTimeException e) {
                return Optional.empty(); // no such day ("Feb. 30")
            }
        }
        return Optional.empty();
    }

    /** Whether the sentence around {@code [start, end)} speaks of the current week, outside the expression itself. */
    private static boolean inCurrentWeekSentence(String text, int start, int end) {
        int from = sentenceStart(text, start);
        int to = sentenceEnd(text, end);
        return CURRENT_WEEK.matcher(text).region(from, to).find();
    }

    /** How far a sentence is looked for around an expression: further, it is no sentence (and the scan stays linear). */
    private static final int SENTENCE_REACH = 400;

    private static int sentenceStart(String text, int at) {
        int limit = Math.max(0, at - SENTENCE_REACH);
        for (int i = at - 1; i > limit; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return limit;
    }

    private static int sentenceEnd(String text, int at) {
        int limit = Math.min(text.length(), at + SENTENCE_REACH);
        for (int i = at; i < limit; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && (i + 1 == text.length()
                    || Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return limit;
    }

    /** How sure a range from a date in a sentence about the current week is. */
    private static final double CONFIDENCE = 0.6;
    /** How sure a range from a weekday-dated day, whose year is inferred, is. */
    private static final double WEEKDAY_DATE_CONFIDENCE = 0.4;

    private static PublicationDate range(LocalDate earliest, LocalDate latest) {
        return range(earliest, latest, CONFIDENCE);
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
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
