package dev.dateline.time;

import dev.dateline.model.DateBasis;
import dev.dateline.model.PublicationDate;
import dev.dateline.model.Timex;
import dev.dateline.model.TimexType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers when an undated article was written from what it says, as a range no narrower than the
 * evidence, or not at all, with each step of the reasoning as evidence. Explicit dates in news are
 * mostly history ("in 1992") or schedules ("matures March 1, 2011"); an article's own days are
 * named by weekday and "yesterday". So a date or range is given only from:
 *
 * <ul>
 *   <li>a wire dateline's month-day ("MOSCOW, August 13 /ITAR-TASS/."), with the year of the crawl
 *       time, else of the weekday the news is told on;</li>
 *   <li>a full date in a sentence that also speaks of the current week ("on Friday, Aug. 15,
 *       2008"): from that day to a week later, never past a day announced as future;</li>
 *   <li>a weekday joined to a month-day without a year ("on Thursday, Aug. 7"), which recurs only
 *       every five to eleven years: the first such year not before the latest year the text names
 *       outside the future, within {@link #YEARS_AFTER} of it;</li>
 *   <li>a full date told as past and one announced, within a month: between them;</li>
 *   <li>with a crawl time ({@link Bound}), which bounds every range from above: the latest full
 *       date told as past up to it.</li>
 * </ul>
 *
 * Anything else gives {@link PublicationDate#none()}. Measured on TimeBank with the DCT hidden,
 * looser rules (the latest date named, or the latest year) put the true date inside the range in
 * only 11% of documents.
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
            "(?i)\\b(?:will|shall|'ll|is due|are due|scheduled|slated|set for|plans? to|expected to|next|upcoming)\\b[^.;]{0,60}$");
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
        return infer(text, timexes, Optional.empty());
    }

    /**
     * As {@link #infer(String, List)}, knowing that the article existed by {@code notAfter} (an
     * archive's crawl time, "crawled 2015-12-21"): that bounds every range from above, a dateline's
     * month-day takes its year from it, and the latest full date the text tells as past then bounds
     * the article from below.
     */
    public PublicationDate infer(String text, List<Timex> timexes, Optional<Bound> notAfter) {
        PublicationDate found = dateline(text, timexes, notAfter);
        if (!found.isKnown()) {
            found = fromText(text, timexes);
        }
        if (notAfter.isEmpty()) {
            return found;
        }
        LocalDate bound = notAfter.get().day();
        if (found.isKnown()) {
            if (found.earliest().orElseThrow().isAfter(bound)) {
                return PublicationDate.none(); // the evidence conflicts: no date rather than a wrong one
            }
            LocalDate latest = found.latest().orElseThrow().isAfter(bound) ? bound : found.latest().orElseThrow();
            return range(found.earliest().orElseThrow(), latest, found.confidence(),
                    with(found.evidence(), notAfter.get().evidence()));
        }
        return latestPastDay(text, timexes, bound)
                .filter(d -> d.day().plusDays(MAX_OPEN_RANGE).isAfter(bound))
                .map(d -> range(d.day(), bound, OPEN_RANGE_CONFIDENCE, List.of(
                        "on or after " + d.day() + ": " + d.words() + " is told as past", notAfter.get().evidence())))
                .orElse(PublicationDate.none());
    }

    /** A day the article existed by, and how that is known. */
    public record Bound(LocalDate day, String evidence) {
    }

    /** A day named in the text, with its words and their offsets. */
    private record Named(LocalDate day, String words) {
    }

    /** How far before the bound the latest past day may lie for the two to make a range. */
    private static final int MAX_OPEN_RANGE = 366;
    /** How sure a range from the latest past day to the bound is. */
    private static final double OPEN_RANGE_CONFIDENCE = 0.5;
    /** How sure a dateline's month-day with an inferred year is. */
    private static final double DATELINE_CONFIDENCE = 0.8;

    /** What precedes a month-day in a wire dateline: "MOSCOW, ", "GORI, Georgia, ", at a paragraph's start. */
    private static final Pattern DATELINE_PLACE = Pattern.compile(
            "(?:^|\\n)\\s*\\p{Lu}[\\p{Lu} .'’-]{1,40}(?:,\\s*\\p{L}[\\p{L} .]{1,30})?,\\s*$");
    /** What follows a dateline's month-day: an agency's mark ("/ITAR-TASS/", "(Xinhua) --") or a dash. */
    private static final Pattern DATELINE_END = Pattern.compile("^\\s*(?:\\(|/|--|—|–|-)");

    /**
     * The day a wire dateline names without its year ("MOSCOW, August 13 /ITAR-TASS/."): the
     * year is the bound's when the day is not after it, else the year before; without a bound,
     * the latest year the text names outside the future, when a weekday joined to the day does
     * not contradict it.
     */
    private static PublicationDate dateline(String text, List<Timex> timexes, Optional<Bound> notAfter) {
        for (Timex t : timexes) {
            if (t.span().start() > DATELINE_REACH) {
                break;
            }
            Matcher md = MONTH_DAY.matcher(t.value().value());
            if (t.type() != TimexType.DATE || !md.matches()
                    || !DATELINE_PLACE.matcher(text.substring(Math.max(0, t.span().start() - 80), t.span().start())).find()
                    || !DATELINE_END.matcher(text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 5))).find()) {
                continue;
            }
            int month = Integer.parseInt(md.group(1));
            int day = Integer.parseInt(md.group(2));
            String words = "dateline '" + t.text() + "' at " + t.span().start() + "-" + t.span().end();
            Optional<LocalDate> dated;
            String year;
            if (notAfter.isPresent()) {
                LocalDate bound = notAfter.get().day();
                dated = of(bound.getYear(), month, day).map(d -> d.isAfter(bound) ? d.minusYears(1) : d);
                year = "the year from " + notAfter.get().evidence();
            } else {
                // The year from the weekday the news is told on ("said on Wednesday"): the dateline's
                // day or the day before it, in the first such year from the latest year the text names.
                int latest = latestYear(text, timexes);
                Optional<Timex> weekday = newsWeekday(text, timexes);
                dated = latest == Integer.MIN_VALUE || weekday.isEmpty() ? Optional.empty()
                        : settleNear(month, day, weekdayNumber(weekday.get()), latest);
                year = weekday.map(w -> "the year: the first from " + latest + " (the latest the text names outside"
                        + " the future) in which the dateline's day or the day before is a " + w.text().strip()
                        + ", as '" + w.text() + "' at " + w.span().start() + "-" + w.span().end() + " tells").orElse("");
            }
            if (dated.isPresent()) {
                return range(dated.get(), dated.get(), DATELINE_CONFIDENCE, List.of(words, year));
            }
        }
        return PublicationDate.none();
    }

    private static final Pattern WEEKDAY_VALUE = Pattern.compile("XXXX-WXX-([1-7])");

    /** The first weekday the text names outside the future ("said on Wednesday"), when it names one. */
    private static Optional<Timex> newsWeekday(String text, List<Timex> timexes) {
        return timexes.stream().filter(t -> t.type() == TimexType.DATE && WEEKDAY_VALUE.matcher(t.value().value()).matches()
                && !isFuture(text, t.span().start())).findFirst();
    }

    private static int weekdayNumber(Timex t) {
        Matcher m = WEEKDAY_VALUE.matcher(t.value().value());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The first year from {@code fromYear}, within {@link #YEARS_AFTER}, in which month-day or the day before falls on {@code weekday}. */
    private static Optional<LocalDate> settleNear(int month, int day, int weekday, int fromYear) {
        for (int y = fromYear; y <= fromYear + YEARS_AFTER; y++) {
            Optional<LocalDate> d = of(y, month, day);
            if (d.isEmpty()) {
                return Optional.empty();
            }
            int dow = d.get().getDayOfWeek().getValue();
            if (dow == weekday || d.get().minusDays(1).getDayOfWeek().getValue() == weekday) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** How far into the text a dateline is looked for. */
    private static final int DATELINE_REACH = 400;

    /** The latest day before {@code bound}, with a year of its own, that the text does not tell as future. */
    private static Optional<Named> latestPastDay(String text, List<Timex> timexes, LocalDate bound) {
        Named latest = null;
        for (Timex t : timexes) {
            Matcher day = DAY.matcher(t.value().value());
            if (t.type() != TimexType.DATE || !day.lookingAt() || !YEAR_WRITTEN.matcher(t.text()).find()
                    || isFuture(text, t.span().start())) {
                continue;
            }
            Optional<LocalDate> d = date(day).filter(x -> !x.isAfter(bound));
            if (d.isPresent() && (latest == null || d.get().isAfter(latest.day()))) {
                latest = new Named(d.get(), "'" + t.text() + "' at " + t.span().start() + "-" + t.span().end());
            }
        }
        return Optional.ofNullable(latest);
    }

    private static final Pattern YEAR_WRITTEN = Pattern.compile("(?<!\\d)(?:1[89]|20)\\d{2}(?!\\d)|'\\d{2}\\b|/\\d{2}\\b");

    private static List<String> with(List<String> evidence, String more) {
        List<String> out = new ArrayList<>(evidence);
        out.add(more);
        return out;
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The latest year the text names outside the future, or {@link Integer#MIN_VALUE}. */
    private static int latestYear(String text, List<Timex> timexes) {
        int latestYear = Integer.MIN_VALUE;
        for (Timex t : timexes) {
            Matcher y = YEAR.matcher(t.value().value());
            boolean dated = t.type() != TimexType.DURATION && t.type() != TimexType.SET && y.lookingAt();
            if (dated && !isFuture(text, t.span().start())) {
                latestYear = Math.max(latestYear, Integer.parseInt(y.group(1)));
            }
        }
        return latestYear;
    }

    /** The range the text alone gives: a day of the current week named with its date, or a weekday-dated day. */
    private static PublicationDate fromText(String text, List<Timex> timexes) {
        Named latestCurrent = null;
        LocalDate earliestFuture = null;
        for (Timex t : timexes) {
            if (t.type() == TimexType.DURATION || t.type() == TimexType.SET) {
                continue;
            }
            Matcher day = DAY.matcher(t.value().value());
            Optional<LocalDate> d = !t.value().isUnderspecified() && day.lookingAt() ? date(day) : Optional.empty();
            if (d.isEmpty()) {
                continue;
            }
            if (isFuture(text, t.span().start())) {
                earliestFuture = earliestFuture == null || d.get().isBefore(earliestFuture) ? d.get() : earliestFuture;
            } else if (inCurrentWeekSentence(text, t.span().start(), t.span().end())
                    && (latestCurrent == null || d.get().isAfter(latestCurrent.day()))) {
                latestCurrent = new Named(d.get(), "'" + t.text() + "' at " + t.span().start() + "-" + t.span().end());
            }
        }
        if (latestCurrent == null) {
            PublicationDate weekday = weekdayDated(text, timexes);
            return weekday.isKnown() ? weekday : bracketed(text, timexes);
        }
        LocalDate latest = latestCurrent.day().plusDays(7);
        List<String> evidence = new ArrayList<>(List.of("on or after " + latestCurrent.day() + ", within a week: "
                + latestCurrent.words() + " stands in a sentence about the current week"));
        if (earliestFuture != null && earliestFuture.isAfter(latestCurrent.day())
                && earliestFuture.minusDays(1).isBefore(latest)) {
            latest = earliestFuture.minusDays(1);
            evidence.add("before " + earliestFuture + ", a day the text announces as future");
        }
        return range(latestCurrent.day(), latest, CONFIDENCE, evidence);
    }

    /** How far apart the latest past day and the earliest future day may lie for the two to bracket the article. */
    private static final int MAX_BRACKET_DAYS = 31;
    /** How sure a range between a past day and a future day is. */
    private static final double BRACKET_CONFIDENCE = 0.5;

    /**
     * The range between the latest full date the text tells as past ("met on Aug. 12, 2008") and
     * the earliest it announces ("will meet on Aug. 15, 2008"): written on or after the one and
     * before the other, when they lie within {@link #MAX_BRACKET_DAYS}; else none.
     */
    private static PublicationDate bracketed(String text, List<Timex> timexes) {
        Named past = null;
        Named future = null;
        for (Timex t : timexes) {
            Matcher day = DAY.matcher(t.value().value());
            if (t.type() != TimexType.DATE || t.value().isUnderspecified() || !day.lookingAt()
                    || !YEAR_WRITTEN.matcher(t.text()).find()) {
                continue;
            }
            Optional<LocalDate> d = date(day);
            if (d.isEmpty()) {
                continue;
            }
            Named n = new Named(d.get(), "'" + t.text() + "' at " + t.span().start() + "-" + t.span().end());
            if (isFuture(text, t.span().start())) {
                future = future == null || d.get().isBefore(future.day()) ? n : future;
            } else {
                past = past == null || d.get().isAfter(past.day()) ? n : past;
            }
        }
        if (past == null || future == null || !past.day().isBefore(future.day())
                || past.day().plusDays(MAX_BRACKET_DAYS).isBefore(future.day())) {
            return PublicationDate.none();
        }
        return range(past.day(), future.day().minusDays(1), BRACKET_CONFIDENCE, List.of(
                "on or after " + past.day() + ": " + past.words() + " is told as past",
                "before " + future.day() + ": " + future.words() + " is announced as future"));
    }

    /** The range a weekday-dated day ("Thursday, Aug. 7") gives, settled by the latest year named; else none. */
    private static PublicationDate weekdayDated(String text, List<Timex> timexes) {
        int latestYear = latestYear(text, timexes);
        if (latestYear == Integer.MIN_VALUE) {
            return PublicationDate.none();
        }
        LocalDate latestDay = null;
        LocalDate earliestFuture = null;
        String words = "";
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
            boolean future = isFuture(text, t.span().start());
            if (future ? earliestFuture == null || day.get().isBefore(earliestFuture)
                    : latestDay == null || day.get().isAfter(latestDay)) {
                words = "'" + t.text() + "' at " + t.span().start() + "-" + t.span().end() + " is " + day.get()
                        + ", the first " + wd.group(1) + " on that month-day from " + latestYear
                        + " (the latest year the text names outside the future)";
            }
            if (future) {
                earliestFuture = earliestFuture == null || day.get().isBefore(earliestFuture) ? day.get() : earliestFuture;
            } else {
                latestDay = latestDay == null || day.get().isAfter(latestDay) ? day.get() : latestDay;
            }
        }
        if (latestDay != null) {
            return range(latestDay.minusDays(1), latestDay.plusDays(7), WEEKDAY_DATE_CONFIDENCE,
                    List.of(words, "from the day before it (late editions) to a week after it"));
        }
        return earliestFuture == null ? PublicationDate.none()
                : range(earliestFuture.minusDays(7), earliestFuture.minusDays(1), WEEKDAY_DATE_CONFIDENCE,
                        List.of(words, "in the week before it, which the text announces as future"));
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
        return range(earliest, latest, confidence, List.of());
    }

    private static PublicationDate range(LocalDate earliest, LocalDate latest, double confidence, List<String> evidence) {
        Optional<LocalDate> exact = earliest.equals(latest) ? Optional.of(earliest) : Optional.empty();
        return new PublicationDate(exact, Optional.of(earliest), Optional.of(latest), DateBasis.TEXT, confidence,
                evidence);
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
