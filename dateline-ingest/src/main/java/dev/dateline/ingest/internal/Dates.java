package dev.dateline.ingest.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar day out of the ways publishers write publication dates: ISO 8601 and
 * RFC 1123 timestamps, "August 12, 2008", "12 Aug. 2008", "12.08.2008", epoch seconds, and
 * dates in URL paths. Only full dates in years 1900–2100 that exist are accepted: "February 30"
 * gives nothing. A timestamp's day is the day in the zone it was written in.
 */
public final class Dates {

    private static final String MONTH_NAME = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final String MONTH = "(" + MONTH_NAME + ")\\.?";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern SLASHED_YMD = Pattern.compile("(?<!\\d)(\\d{4})/(\\d{1,2})/(\\d{1,2})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)(?<![\\p{L}])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})(?!\\d)");
    private static final Pattern DOTTED_DMY = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.])");
    private static final Pattern SLASHED_DMY_OR_MDY = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    private static final Pattern EPOCH = Pattern.compile("\\s*(\\d{10}|\\d{13})\\s*");
    private static final Pattern COMPACT = Pattern.compile("\\s*((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:T\\d{4,6}Z?)?\\s*");
    private static final Pattern URL_YMD = Pattern.compile(
            "(?i)/((?:19|20)\\d{2})[/-](\\d{1,2}|" + MONTH_NAME + ")[/-](\\d{1,2})(?=[/_.-]|$)");
    private static final Pattern URL_COMPACT = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/_.-]|$)");
    /** A path segment that is a whole numeric date with the year last: {@code /29-10-2021}. */
    private static final Pattern URL_DMY = Pattern.compile("/(\\d{1,2})[-_.](\\d{1,2})[-_.]((?:19|20)\\d{2})(?=[/?#]|\\.html?|$)");
    /** "2.11.22": a dotted date with a two-digit year, as date lines print it. */
    private static final Pattern DOTTED_DMYY = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])");
    /** An ISO 8601 timestamp with its time and, if it gives one, its offset. */
    private static final Pattern ISO_STAMP = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,:]\\d+)?\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})?");
    /** An RFC 1123 timestamp: "Sat, 19 Oct 2019 00:04:00 +0200". */
    private static final Pattern RFC_STAMP = Pattern.compile(
            "(?i)(\\d{1,2})\\s+" + MONTH + "\\s+(\\d{4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern URL_YM = Pattern.compile(
            "(?i)/((?:19|20)\\d{2})/(\\d{1,2}|" + MONTH_NAME + ")/(?!\\d)");

    /** Month names of the languages news pages are most often in, beyond English, lower case, each with its number. */
    private static final Map<String, Integer> FOREIGN_MONTHS = foreignMonths();
    private static final String FOREIGN_MONTH = "(" + String.join("|", FOREIGN_MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList()) + ")";
    /** "12. Mai 2014", "3 août 2019", "5 de mayo de 2020", "7 października 2021". */
    private static final Pattern FOREIGN_DAY_MONTH_YEAR = Pattern.compile(
            "(?iu)(?<!\\d)(\\d{1,2})\\.?\\s*(?:de\\s+)?" + FOREIGN_MONTH + "\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)");
    /** "2020年1月28日" and "2020년 1월 28일". */
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");

    private Dates() {
    }

    private static Map<String, Integer> foreignMonths() {
        Map<String, Integer> m = new HashMap<>();
        String[][] names = {
            {"januar", "jänner", "janvier", "enero", "gennaio", "stycznia", "styczeń", "janeiro", "januari"},
            {"februar", "feber", "février", "fevrier", "febrero", "febbraio", "lutego", "luty", "fevereiro", "februari"},
            {"märz", "maerz", "mars", "marzo", "marca", "marzec", "março", "maart"},
            {"april", "avril", "abril", "aprile", "kwietnia", "kwiecień"},
            {"mai", "mayo", "maggio", "maja", "maj", "maio", "mei"},
            {"juni", "juin", "junio", "giugno", "czerwca", "czerwiec", "junho"},
            {"juli", "juillet", "julio", "luglio", "lipca", "lipiec", "julho"},
            {"august", "août", "aout", "agosto", "sierpnia", "sierpień", "augustus"},
            {"september", "septembre", "septiembre", "setiembre", "settembre", "września", "wrzesień", "setembro"},
            {"oktober", "octobre", "octubre", "ottobre", "października", "październik", "outubro"},
            {"november", "novembre", "noviembre", "listopada", "listopad", "novembro"},
            {"dezember", "décembre", "decembre", "diciembre", "dicembre", "grudnia", "grudzień", "dezembro", "december"},
        };
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                m.put(name, i + 1);
            }
        }
        return Map.copyOf(m);
    }

    /**
     * The day a date shown on a page names ("Kultur, 2.11.22", "02/10/2020"): as {@link #parse},
     * and also a dotted date with a two-digit year, and, when {@code dayFirst} (the page is in a
     * language whose dates put the day first), a slashed date whose day and month could be either.
     */
    public static Optional<LocalDate> parseShown(String text, boolean dayFirst) {
        Optional<LocalDate> day = parse(text);
        if (day.isPresent() || text == null || text.length() > 200) {
            return day;
        }
        Matcher m = SLASHED_DMY_OR_MDY.matcher(text);
        if (dayFirst && m.find()) {
            return of(m.group(3), m.group(2), m.group(1));
        }
        m = DOTTED_DMYY.matcher(text);
        if (m.find()) {
            int yy = Integer.parseInt(m.group(3));
            return of(Integer.toString(yy <= 69 ? 2000 + yy : 1900 + yy), m.group(2), m.group(1));
        }
        return Optional.empty();
    }

    /**
     * Whether dates in {@code languageTag} ("de-DE", "en-GB", "en-US") put the day before the
     * month; false where the tag does not say (plain "en" may be American).
     */
    public static boolean dayFirst(Optional<String> languageTag) {
        if (languageTag.isEmpty()) {
            return false;
        }
        String tag = languageTag.get().strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (tag.isEmpty() || tag.equals("en") || tag.startsWith("en-us") || tag.startsWith("und")) {
            return false;
        }
        return !tag.startsWith("en") || tag.matches("en-(?:gb|uk|ie|au|nz|in|za|ng|ke|pk|sg|hk|mt|jm)\\b.*");
    }

    /**
     * The local date and time a timestamp states, with its offset when it gives one
     * ("2023-11-09T05:30:59Z", "2023-11-08 23:30:59", "Sat, 19 Oct 2019 00:04:00 +0200").
     */
    record Stamp(LocalDateTime local, Optional<ZoneOffset> offset) {

        /** Whether this and {@code other} are one instant, written in two zones (or one of them in local time). */
        boolean sameInstant(Stamp other) {
            if (offset.isPresent() && other.offset.isPresent()) {
                long a = local.toEpochSecond(offset.get());
                long b = other.local.toEpochSecond(other.offset.get());
                return Math.abs(a - b) <= 60;
            }
            // A local time with no offset is the same instant when it differs by whole half hours, up to 14 hours.
            long seconds = Math.abs(Duration.between(local, other.local).getSeconds());
            long rest = seconds % 1800;
            return seconds <= 14 * 3600 && (rest <= 60 || rest >= 1740);
        }
    }

    /** The timestamp {@code text} states, if it gives a time of day. */
    static Optional<Stamp> stamp(String text) {
        if (text == null || text.length() > 200) {
            return Optional.empty();
        }
        Matcher m = ISO_STAMP.matcher(text);
        String y;
        String mo;
        String d;
        if (m.find()) {
            y = m.group(1);
            mo = m.group(2);
            d = m.group(3);
        } else if ((m = RFC_STAMP.matcher(text)).find()) {
            y = m.group(3);
            mo = month(m.group(2));
            d = m.group(1);
        } else {
            return Optional.empty();
        }
        try {
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            String zone = m.group(7);
            Optional<ZoneOffset> offset = zone == null ? Optional.empty()
                    : zone.matches("(?i)Z|UTC|GMT") ? Optional.of(ZoneOffset.UTC)
                    : Optional.of(ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone));
            return Optional.of(new Stamp(local, offset));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The day a date or timestamp string names, if it names one unambiguously. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 200) {
            return Optional.empty();
        }
        Matcher m = EPOCH.matcher(text);
        if (m.matches()) {
            long value = Long.parseLong(m.group(1));
            Instant instant = m.group(1).length() == 13 ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
            return check(instant.atOffset(ZoneOffset.UTC).toLocalDate());
        }
        if ((m = COMPACT.matcher(text)).matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        if ((m = ISO.matcher(text)).find() || (m = SLASHED_YMD.matcher(text)).find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        if ((m = MONTH_DAY_YEAR.matcher(text)).find()) {
            return of(m.group(3), month(m.group(1)), m.group(2));
        }
        if ((m = DAY_MONTH_YEAR.matcher(text)).find()) {
            return of(m.group(3), month(m.group(2)), m.group(1));
        }
        if ((m = FOREIGN_DAY_MONTH_YEAR.matcher(text)).find()) {
            return of(m.group(3), Integer.toString(FOREIGN_MONTHS.get(m.group(2).toLowerCase(Locale.ROOT))), m.group(1));
        }
        if ((m = CJK.matcher(text)).find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        if ((m = DOTTED_DMY.matcher(text)).find()) {
            return of(m.group(3), m.group(2), m.group(1));
        }
        if ((m = SLASHED_DMY_OR_MDY.matcher(text)).find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (a > 12 && b <= 12) {
                return of(m.group(3), m.group(2), m.group(1));
            }
            if (b > 12 && a <= 12) {
                return of(m.group(3), m.group(1), m.group(2));
            }
            if (a == b) {
                return of(m.group(3), m.group(1), m.group(2));
            }
        }
        return Optional.empty();
    }

    /**
     * The day a URL's path names ({@code /2008/08/12/}, {@code /2008/aug/12/}, {@code /20080812/},
     * {@code /29-10-2021}, the last only where day and month cannot be confused).
     */
    public static Optional<LocalDate> fromUrl(String url) {
        String path = path(url);
        Matcher m = URL_YMD.matcher(path);
        if (m.find()) {
            return of(m.group(1), month(m.group(2)), m.group(3));
        }
        m = URL_COMPACT.matcher(path);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = URL_DMY.matcher(path);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (a > 12 && b <= 12 || a == b) {
                return of(m.group(3), m.group(2), m.group(1));
            }
            if (b > 12 && a <= 12) {
                return of(m.group(3), m.group(1), m.group(2));
            }
        }
        return Optional.empty();
    }

    /** The first day of the month a URL's path names ({@code /2008/08/}), when it names no day. */
    public static Optional<LocalDate> monthFromUrl(String url) {
        Matcher m = URL_YM.matcher(path(url));
        if (!m.find()) {
            return Optional.empty();
        }
        return of(m.group(1), month(m.group(2)), "1");
    }

    private static String path(String url) {
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
        int query = path.indexOf('?');
        return query >= 0 ? path.substring(0, query) : path;
    }

    private static String month(String name) {
        if (name.chars().allMatch(Character::isDigit)) {
            return name;
        }
        String key = name.toUpperCase(Locale.ROOT).replace(".", "");
        for (Month m : Month.values()) {
            if (key.length() >= 3 && m.name().startsWith(key.substring(0, 3))) {
                return Integer.toString(m.getValue());
            }
        }
        return "0";
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return check(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> check(LocalDate date) {
        return date.getYear() >= 1900 && date.getYear() <= 2100 ? Optional.of(date) : Optional.empty();
    }
}
