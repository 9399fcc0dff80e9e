package dev.dateline.time.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Named days of the year: a fixed date (Christmas), a weekday of a month (Thanksgiving, the fourth
 * Thursday of November) or a day counted from Easter (Good Friday); and Holy Week, the week that
 * ends on Easter Sunday. Where a name means different days in different countries, the spelling
 * decides: "Labor Day" is the American September holiday, "Labour Day" the first of May.
 */
final class Holidays {

    /**
     * One holiday: the normalized names it goes by, its day in a given year, and its value when
     * the year is unknown ({@code XXXX-12-25}, {@code XXXX-11}).
     */
    private record Holiday(Pattern names, IntFunction<LocalDate> day, String unanchored, boolean wholeWeek) {
        Holiday(Pattern names, IntFunction<LocalDate> day, String unanchored) {
            this(names, day, unanchored, false);
        }

        String value(int year) {
            LocalDate d = day.apply(year);
            return wholeWeek ? Calendar.week(d) : d.toString();
        }
    }

    /** The names as written, for the tagger's pattern; {@link #value} tells them apart. */
    static final String NAMES = "(?-i:Easter|Holy)\\s+(?i:week)"
            + "|(?-i:Orthodox\\s+)?(?-i:Christmas|Easter)(?:\\s+(?-i:Day|Eve|Sunday|Monday))?"
            + "|(?-i:New\\s+Year's)(?:\\s+(?-i:Day|Eve))?|(?-i:Halloween|Pentecost)"
            + "|(?-i:Valentine's|Independence|Memorial|Veterans'?|Armistice|Remembrance|Victory|Bastille|Boxing|May"
            + "|Labou?r|Election|Presidents'?|St\\.?\\s+Patrick's|Martin\\s+Luther\\s+King(?:,?\\s+Jr\\.?)?)\\s+(?i:day)"
            + "|(?-i:Thanksgiving)(?:\\s+(?i:day))?|(?-i:Good\\s+Friday|Palm\\s+Sunday|Ash\\s+Wednesday)";

    private static final List<Holiday> ALL = List.of(
            fixed("christmas eve", 12, 24),
            fixed("orthodox christmas( day)?", 1, 7),
            fixed("christmas( day)?", 12, 25),
            fixed("new year's eve", 12, 31),
            fixed("new year's( day)?", 1, 1),
            fixed("halloween", 10, 31),
            fixed("valentine's day", 2, 14),
            fixed("independence day", 7, 4),
            fixed("(veterans'?|armistice|remembrance) day", 11, 11),
            fixed("victory day", 5, 9),
            fixed("bastille day", 7, 14),
            fixed("boxing day", 12, 26),
            fixed("(may|labour) day", 5, 1),
            fixed("st\\.? patrick's day", 3, 17),
            nth("martin luther king(,? jr\\.?)? day", 1, 3, DayOfWeek.MONDAY),
            nth("presidents'? day", 2, 3, DayOfWeek.MONDAY),
            nth("memorial day", 5, -1, DayOfWeek.MONDAY),
            nth("labor day", 9, 1, DayOfWeek.MONDAY),
            nth("thanksgiving( day)?", 11, 4, DayOfWeek.THURSDAY),
            new Holiday(Pattern.compile("election day"), y -> LocalDate.of(y, 11, 2)
                    .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)), "XXXX-11"),
            new Holiday(Pattern.compile("orthodox easter( sunday)?"), Holidays::orthodoxEaster, "XXXX-XX-XX"),
            fromEaster("easter( sunday| day)?", 0),
            fromEaster("easter monday", 1),
            fromEaster("good friday", -2),
            fromEaster("palm sunday", -7),
            fromEaster("ash wednesday", -46),
            fromEaster("pentecost", 49),
            new Holiday(Pattern.compile("(easter|holy) week"), y -> easter(y).minusDays(1), "XXXX-WXX", true));

    private Holidays() {
    }

    /**
     * The holiday {@code name} (as matched by {@link #NAMES}) in the year that the reference day
     * and tense make most plausible, or in {@code year} when one is given; with no reference and
     * no year, the value with what is known ({@code XXXX-12-25}, {@code XXXX-11}).
     */
    static Optional<String> value(String name, Optional<Integer> year, Optional<LocalDate> reference, Tense tense) {
        String key = name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (Holiday h : ALL) {
            if (h.names().matcher(key).matches()) {
                if (year.isPresent()) {
                    return Optional.of(h.value(year.get()));
                }
                if (reference.isEmpty()) {
                    return Optional.of(h.unanchored());
                }
                LocalDate near = h.day().apply(reference.get().getYear());
                int y = Calendar.yearOf(near.getMonthValue(), near.getDayOfMonth(), reference.get(), tense);
                return Optional.of(h.value(y));
            }
        }
        return Optional.empty();
    }

    private static Holiday fixed(String names, int month, int day) {
        return new Holiday(Pattern.compile(names), y -> LocalDate.of(y, month, day),
                String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day));
    }

    /** The {@code n}th {@code weekday} of {@code month}; {@code n = -1} is the last. */
    private static Holiday nth(String names, int month, int n, DayOfWeek weekday) {
        return new Holiday(Pattern.compile(names), y -> LocalDate.of(y, month, 1).with(n < 0
                ? TemporalAdjusters.lastInMonth(weekday) : TemporalAdjusters.dayOfWeekInMonth(n, weekday)),
                String.format(Locale.ROOT, "XXXX-%02d", month));
    }

    private static Holiday fromEaster(String names, int days) {
        return new Holiday(Pattern.compile(names), y -> easter(y).plusDays(days), "XXXX-XX-XX");
    }

    /** Western Easter Sunday: the Gregorian computus (the anonymous algorithm in Meeus's form). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int monthAndDay = h + l - 7 * m + 114;
        return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }

    /** Orthodox Easter Sunday: the Julian computus, moved onto the Gregorian calendar. */
    static LocalDate orthodoxEaster(int year) {
        int d = (19 * (year % 19) + 15) % 30;
        int e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
        int monthAndDay = d + e + 114;
        int julianToGregorian = year / 100 - year / 400 - 2;
        return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1).plusDays(julianToGregorian);
    }
}
