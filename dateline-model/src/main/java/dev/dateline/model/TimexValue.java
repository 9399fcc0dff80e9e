package dev.dateline.model;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TIMEX3 value, validated on creation: a calendar value such as {@code 2008-08-12},
 * {@code 2008-W33}, {@code 2008-08}, {@code 2008-Q3}, {@code 2008-SU}, {@code 199} (the 1990s),
 * {@code XXXX-08-12} (year unknown), {@code XXXX-WXX-5} (a Friday), with an optional time
 * ({@code T06:00}, {@code TMO}); a duration such as {@code P5D}, {@code PT5H}, {@code PXY}; or a
 * reference {@code PRESENT_REF}, {@code PAST_REF}, {@code FUTURE_REF}.
 *
 * <p>{@link #range()} gives the days a fully specified calendar value covers, as {@code java.time}
 * dates.
 *
 * @param value the TIMEX3 value string
 */
public record TimexValue(String value) {

    private static final String YEAR = "(?:\\d{4}|\\d{3}|\\d{2}|\\d{3}X|\\d{2}XX|XXXX)";
    private static final String TIME = "(?:T(?:\\d{2}(?::\\d{2}(?::\\d{2})?)?|MO|AF|EV|NI|DT))?";
    private static final Pattern CALENDAR = Pattern.compile(
            YEAR + "(?:-(?:\\d{2}|XX)(?:-(?:\\d{2}|XX))?|-W(?:\\d{2}|XX)(?:-(?:[1-7]|WE))?|-Q[1-4X]|-H[12X]"
                    + "|-(?:SP|SU|FA|WI))?" + TIME);
    private static final Pattern DURATION = Pattern.compile(
            "P(?:(?:\\d+(?:\\.\\d+)?|X)(?:[YMWDQHECL]|DE|CE))*"
                    + "(?:T(?:(?:\\d+(?:\\.\\d+)?|X)[HMS])+)?");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-(WE))?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR_ONLY = Pattern.compile("(\\d{4})");

    /** The present, as "now" or "currently" refer to it. */
    public static final TimexValue PRESENT = new TimexValue("PRESENT_REF");
    /** An unspecified past time, as "recently" refers to it. */
    public static final TimexValue PAST = new TimexValue("PAST_REF");
    /** An unspecified future time, as "soon" or "the future" refer to it. */
    public static final TimexValue FUTURE = new TimexValue("FUTURE_REF");

    public TimexValue {
        if (value == null || value.isEmpty()
                || !(value.equals("PRESENT_REF") || value.equals("PAST_REF") || value.equals("FUTURE_REF")
                        || CALENDAR.matcher(value).matches()
                        || (value.startsWith("P") && value.length() > 1 && DURATION.matcher(value).matches()))) {
            throw new IllegalArgumentException("not a TIMEX3 value: " + value);
        }
    }

    /** The value of a day. */
    public static TimexValue of(LocalDate day) {
        return new TimexValue(day.toString());
    }

    /** Whether this is a duration ({@code P…}). */
    public boolean isDuration() {
        return value.startsWith("P") && !value.equals("PRESENT_REF") && !value.equals("PAST_REF");
    }

    /** Whether some part of the value is unknown ({@code X}) or it is a reference such as PAST_REF. */
    public boolean isUnderspecified() {
        return value.contains("X") || value.endsWith("_REF");
    }

    /**
     * The first and last day a fully specified calendar value covers: a day, week, weekend, month,
     * quarter or year. Empty for durations, references, underspecified values and coarser periods.
     */
    public Optional<LocalDate[]> range() {
        try {
            Matcher m = DAY.matcher(value);
            if (m.matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                return Optional.of(new LocalDate[] {d, d});
            }
            if ((m = MONTH.matcher(value)).matches()) {
                LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
                return Optional.of(new LocalDate[] {first, first.with(TemporalAdjusters.lastDayOfMonth())});
            }
            if ((m = WEEK.matcher(value)).matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(DayOfWeek.MONDAY);
                return Optional.of(m.group(3) == null ? new LocalDate[] {monday, monday.plusDays(6)}
                        : new LocalDate[] {monday.plusDays(5), monday.plusDays(6)});
            }
            if ((m = QUARTER.matcher(value)).matches()) {
                LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2, 1);
                return Optional.of(new LocalDate[] {first, first.plusMonths(3).minusDays(1)});
            }
            if ((m = YEAR_ONLY.matcher(value)).matches()) {
                int y = Integer.parseInt(m.group(1));
                return Optional.of(new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)});
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
