package dev.dateline.time.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;

/** Calendar arithmetic for anchoring relative expressions, and the TIMEX3 spelling of its results. */
final class Calendar {

    static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY, "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY,
            "fri", DayOfWeek.FRIDAY, "sat", DayOfWeek.SATURDAY, "sun", DayOfWeek.SUNDAY);
    static final Map<String, String> SEASONS = Map.of(
            "spring", "SP", "summer", "SU", "fall", "FA", "autumn", "FA", "winter", "WI");
    static final Map<String, String> PARTS_OF_DAY = Map.of(
            "morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI", "overnight", "NI", "tonight", "NI");

    private Calendar() {
    }

    /** The month a name or abbreviation stands for, 1–12. */
    static int month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(prefix)) {
                return m.getValue();
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    static DayOfWeek weekday(String name) {
        return WEEKDAYS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    /** The day of {@code weekday} nearest {@code reference} on the side the tense gives. */
    static LocalDate weekday(DayOfWeek weekday, LocalDate reference, Tense tense) {
        int diff = weekday.getValue() - reference.getDayOfWeek().getValue();
        if (tense == Tense.FUTURE) {
            // "Will meet on Tuesday" written on a Tuesday is most often that same day.
            return reference.plusDays(diff >= 0 ? diff : diff + 7);
        }
        if (tense == Tense.PAST) {
            return reference.plusDays(diff <= 0 ? diff : diff - 7);
        }
        // No tense: the closest such day, in the past on a tie, as news mostly reports.
        int back = diff <= 0 ? diff : diff - 7;
        int ahead = back + 7;
        return reference.plusDays(Math.abs(back) <= ahead ? back : ahead);
    }

    /**
     * The year a month (and day; 0 for the whole month) without a year most plausibly falls in:
     * the year that puts it closest to the reference, unless that is more than three months on
     * the wrong side of the tense ("said ... in April" written in December is this April, "said
     * ... in November" written in February last November).
     */
    static int yearOf(int month, int day, LocalDate reference, Tense tense) {
        int best = reference.getYear();
        long bestDistance = Long.MAX_VALUE;
        for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
            LocalDate first = LocalDate.of(y, month, 1);
            LocalDate d = day == 0 ? first.plusDays(14) : first.plusDays(Math.min(day, first.lengthOfMonth()) - 1L);
            long signed = d.toEpochDay() - reference.toEpochDay();
            long distance = Math.abs(signed);
            if ((tense == Tense.PAST && signed > 90) || (tense == Tense.FUTURE && signed < -90)) {
                distance += 400;
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = y;
            }
        }
        return best;
    }

    static String day(LocalDate d) {
        return d.toString();
    }

    static String month(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
    }

    static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String quarter(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-Q%d", d.getYear(), (d.getMonthValue() - 1) / 3 + 1);
    }

    static String year(int y) {
        return String.format(Locale.ROOT, "%04d", y);
    }
}
