package dev.dateline.time.internal;

import static dev.dateline.time.internal.Calendar.quarter;
import static dev.dateline.time.internal.Calendar.week;
import static dev.dateline.time.internal.Calendar.year;

import dev.dateline.model.TimexMod;
import dev.dateline.model.TimexType;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The recognition and normalization rules, each a small named piece: a pattern built from shared
 * fragments, and a function from its match (and the context) to a type, value and mod. Where
 * two rules match overlapping text, the longer match wins, then the earlier rule.
 */
public final class Rules {

    /** What a rule makes of a match. */
    record Found(TimexType type, String value, TimexMod mod) {
        static Optional<Found> of(TimexType type, String value) {
            return Optional.of(new Found(type, value, null));
        }

        static Optional<Found> of(TimexType type, String value, TimexMod mod) {
            return Optional.of(new Found(type, value, mod));
        }
    }

    /** Turns a match into a value, or into nothing when the match is not a time expression after all. */
    interface Normalizer {
        Optional<Found> apply(MatchResult m, Context c);
    }

    /**
     * One rule. Every match of {@code pattern} contains one of its {@code triggers}: lowercase
     * words, or {@code #} for any word that starts with a digit. They tell where the full pattern
     * is worth trying. A {@code calendarDate} rule matches only whole dates ("February 30, 2020",
     * "31/02/2008") and fails to normalize only when the date does not exist: then no part of the
     * match is a time expression either (not "2020").
     */
    public record Rule(String name, Set<String> triggers, Pattern pattern, Normalizer normalizer, boolean calendarDate) {
    }

    // Fragments. B and E are word boundaries that treat digits as word characters too.
    private static final String B = "(?<![\\p{L}\\p{N}'’])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final String MONTH = "(?:(?-i:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
            + "|DECEMBER)|(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\\.|(?=\\s*\\d)))";
    private static final String WEEKDAY = "(?:(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY"
            + "|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)|(?-i:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\.)";
    private static final String DAY = "([0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:1[6-9]|20)\\d\\d)";
    private static final String UNITS = "(?:one|two|three|four|five|six|seven|eight|nine)";
    private static final String TENS = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]" + UNITS + ")?)";
    /** A year as broadcast transcripts write it: "nineteen ninety-six", "two thousand and one". */
    private static final String SPOKEN_YEAR = "((?:nineteen|eighteen)\\s+(?:hundred\\s+(?:and\\s+)?)?(?:" + TENS + "|oh[\\s-]" + UNITS + ")"
            + "|two\\s+thousand(?:\\s+and\\s+(?:" + TENS + "|" + UNITS + ")|\\s+(?:" + TENS + "|" + UNITS + "))?)";
    private static final String PART_MOD = "(early|late|mid-?|the\\s+(?:end|beginning|start|middle)\\s+of|(?:the\\s+)?end\\s+of)";
    /** A part of a decade or century: as {@link #PART_MOD}, or one of its halves ("the last half of the '80s"). */
    private static final String ERA_PART = "(early|late|mid-?|(?:the\\s+)?(?:end|beginning|start|middle"
            + "|(?:first|second|last|latter)\\s+half)\\s+of(?:\\s+the)?)";
    private static final String APPROX = "(about|around|approximately|nearly|almost|roughly|some|more\\s+than"
            + "|less\\s+than|at\\s+least|up\\s+to|just\\s+over|just\\s+under|no\\s+more\\s+than|at\\s+most"
            + "|over(?!\\s+the\\b)|under(?!\\s+the\\b))";
    private static final String UNIT = "(second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centurie)s?";
    private static final String Q = Numbers.QUANTITY;
    /** What a four-digit number before it counts, so that it is no year ("2000 troops", "1600 km"). */
    private static final String COUNTED = "people|persons|troops|soldiers|civilians|refugees|police|policemen|workers"
            + "|residents|families|homes|houses|km|kilomet(?:er|re)s?|miles|met(?:er|re)s?|feet|tons|tonnes|barrels"
            + "|acres|hectares|dollars|euros|pounds|rubles|roubles|yuan|yen|rupees|shekels|lari|units|cars|vehicles";

    /** What a four-digit number after it numbers, so that it is no year ("Resolution 1701", "Flight 1549"). */
    private static final String NAMED_BY_NUMBER = "(?<!resolution\\s|resolutions\\s|no\\.\\s|number\\s|flight\\s"
            + "|route\\s|highway\\s|interstate\\s|article\\s|chapter\\s|section\\s|paragraph\\s|room\\s|bill\\s"
            + "|code\\s|model\\s|version\\s|unit\\s|bus\\s|train\\s|platform\\s|gate\\s|suite\\s|apartment\\s|#)";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** What stands before "a day" when it is a rate: an amount ("300 tons", "$5 million", "twice"). */
    private static final Pattern RATE_BEFORE = Pattern.compile(
            "(?i)(?:\\d(?:\\s+\\p{L}+)?|million|billion|percent|%|cents|dollars|times|once|twice)\\s+$");

    private Rules() {
    }

    private static Rule rule(String name, String triggers, String regex, Normalizer normalizer) {
        return new Rule(name, Set.of(triggers.split("\\|")), Pattern.compile(regex, FLAGS), normalizer, false);
    }

    /** A rule of whole calendar dates, which normalizes unless the date does not exist. */
    private static Rule calendarDate(String name, String triggers, String regex, Normalizer normalizer) {
        return new Rule(name, Set.of(triggers.split("\\|")), Pattern.compile(regex, FLAGS), normalizer, true);
    }

    // Triggers: the words each rule cannot match without ("#": a word starting with a digit).
    private static final String T_DIGITS = "#";
    private static final String T_MONTH = "january|february|march|april|may|june|july|august|september|october|november"
            + "|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final String T_WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays"
            + "|wednesdays|thursdays|fridays|saturdays|sundays|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun";
    private static final String T_UNIT = "second|seconds|minute|minutes|hour|hours|day|days|week|weeks|fortnight"
            + "|fortnights|month|months|quarter|quarters|year|years|decade|decades|century|centuries";
    private static final List<String> DECADE_WORDS_LIST = List.of("twenties", "thirties", "forties", "fifties", "sixties",
            "seventies", "eighties", "nineties");
    private static final String DECADE_WORDS = String.join("|", DECADE_WORDS_LIST);
    private static final String T_SEASON = "spring|summer|fall|autumn|winter";

    /** Every rule, in priority order. */
    public static List<Rule> all() {
        return RULES;
    }

    private static final List<Rule> RULES = List.of(
            calendarDate("iso-date", T_DIGITS, B + "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2}))?" + E, (m, c) -> {
                Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
                if (d.isEmpty()) {
                    return Optional.empty();
                }
                return m.group(4) == null ? Found.of(TimexType.DATE, d.get().toString())
                        : Found.of(TimexType.TIME, d.get() + "T" + m.group(4) + ":" + m.group(5));
            }),
            calendarDate("numeric-date", T_DIGITS, B + "(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})" + E, (m, c) -> {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                int y = Integer.parseInt(m.group(3));
                if (m.group(3).length() == 2) {
                    y += y > 40 ? 1900 : 2000;
                }
                // American order unless the first number cannot be a month.
                Optional<LocalDate> d = a > 12 ? date(y, b, a) : date(y, a, b);
                return d.flatMap(x -> Found.of(TimexType.DATE, x.toString()));
            }),
            calendarDate("month-day-year", T_MONTH, B + "(?:" + WEEKDAY + ",?\\s+)?(" + MONTH + ")\\s*" + DAY + ",?\\s+" + YEAR + E,
                    (m, c) -> date(m.group(3), Integer.toString(Calendar.month(m.group(1))), m.group(2))
                            .flatMap(d -> Found.of(TimexType.DATE, d.toString()))),
            calendarDate("day-month-year", T_MONTH, B + "(?:" + WEEKDAY + ",?\\s+)?" + DAY + "\\s+(?:of\\s+)?(" + MONTH + "),?\\s+" + YEAR + E,
                    (m, c) -> date(m.group(3), Integer.toString(Calendar.month(m.group(2))), m.group(1))
                            .flatMap(d -> Found.of(TimexType.DATE, d.toString()))),
            rule("week-of", "week", B + "the\\s+week\\s+(?:of|beginning|starting)\\s+(" + MONTH + ")\\s*" + DAY + "(?:,?\\s+" + YEAR + ")?" + E,
                    (m, c) -> {
                        int month = Calendar.month(m.group(1));
                        int day = Integer.parseInt(m.group(2));
                        if (m.group(3) == null && c.reference.isEmpty()) {
                            return Found.of(TimexType.DATE, "XXXX-WXX");
                        }
                        int y = m.group(3) != null ? Integer.parseInt(m.group(3))
                                : Calendar.yearOf(month, day, c.reference.get(), c.tense(m.start(), m.end()));
                        return date(y, month, day).flatMap(d -> Found.of(TimexType.DATE, week(d)));
                    }),
            rule("month-day", T_MONTH, B + "(?:" + WEEKDAY + ",?\\s+)?(?:" + PART_MOD + "\\s+)?(" + MONTH + ")\\s*" + DAY + E
                    + "(?!\\s*(?:,\\s*)?\\d)(?!\\s*(?:million|billion|percent|%))",
                    (m, c) -> monthDay(Calendar.month(m.group(2)), Integer.parseInt(m.group(3)), partMod(m.group(1)), m, c)),
            rule("day-month", T_MONTH, B + DAY + "\\s+(?:of\\s+)?(" + MONTH + ")" + E + "(?!,?\\s*\\d)",
                    (m, c) -> monthDay(Calendar.month(m.group(2)), Integer.parseInt(m.group(1)), null, m, c)),
            rule("month-relative-year", T_MONTH, B + "(" + MONTH + ")\\s+(last|this|next)\\s+year" + E, (m, c) -> {
                int month = Calendar.month(m.group(1));
                String which = m.group(2).toLowerCase(Locale.ROOT);
                return Found.of(TimexType.DATE, c.reference.map(r -> String.format(Locale.ROOT, "%04d-%02d",
                        r.getYear() + (which.equals("last") ? -1 : which.equals("next") ? 1 : 0), month))
                        .orElse(String.format(Locale.ROOT, "XXXX-%02d", month)));
            }),
            rule("month-year", T_MONTH, B + "(?:" + PART_MOD + "\\s*)?(" + MONTH + "),?\\s+(?:of\\s+)?" + YEAR + E,
                    (m, c) -> Found.of(TimexType.DATE, String.format(Locale.ROOT, "%s-%02d", m.group(3), Calendar.month(m.group(2))),
                            partMod(m.group(1)))),
            rule("month", T_MONTH, B + "(?:(" + PART_MOD.substring(1, PART_MOD.length() - 1)
                    + "|this|last|next|(?:earlier|later)\\s+in|each|every)\\s*)?(" + MONTH + ")" + E
                    + "(?!\\s+(?:[1-9]|I\\b|be\\b|have\\b|not\\b|also\\b|well\\b|yet\\b|still\\b|never\\b|seem|want|need|face))",
                    Rules::monthRule),
            rule("year", T_DIGITS, B + "(?:" + PART_MOD + "\\s*|(fiscal|calendar|post-|pre-)\\s*)?" + NAMED_BY_NUMBER + YEAR + E
                    + "(?![,.]\\d)(?!\\s*(?:%|percent|" + COUNTED + ")\\b|s\\b)", Rules::yearRule),
            rule("decade", T_DIGITS, B + "(?:the\\s+)?(?:" + ERA_PART + "\\s*)?(?:(1\\d|20)(\\d)0|'(\\d)0)'?s" + E, (m, c) -> {
                String century = m.group(2) != null ? m.group(2) : "19";
                String decade = m.group(3) != null ? m.group(3) : m.group(4);
                return Found.of(TimexType.DATE, century + decade, partMod(m.group(1)));
            }),
            rule("century", "century", B + "(?:the\\s+)?(?:" + ERA_PART + "\\s*)?(\\d{1,2})(?:st|nd|rd|th)[\\s-]+century" + E, (m, c) -> {
                int n = Integer.parseInt(m.group(2));
                return n < 1 || n > 21 ? Optional.empty()
                        : Found.of(TimexType.DATE, String.format(Locale.ROOT, "%02d", n - 1), partMod(m.group(1)));
            }),
            // "the nineties": a decade of the last century, only with "the" ("in their forties" is an age)
            rule("decade-word", DECADE_WORDS, B + "(?:the\\s+)?(?:" + ERA_PART + "\\s*)?(" + DECADE_WORDS + ")" + E,
                    (m, c) -> m.group().regionMatches(true, 0, "the ", 0, 4) || c.text.regionMatches(true, m.start(2) - 4, "the ", 0, 4)
                            ? Found.of(TimexType.DATE, "19" + (DECADE_WORDS_LIST.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 2),
                                    partMod(m.group(1)))
                            : Optional.empty()),
            rule("season", T_SEASON, B + "(?:(this(?:\\s+past)?|last|next|the|early|late|mid-?)\\s*)(spring|summer|fall|autumn|winter)"
                    + "(?:\\s+(?:of\\s+)?" + YEAR + ")?" + E, Rules::season),
            rule("spoken-year", "nineteen|eighteen|thousand", B + "(?:(" + MONTH + "|spring|summer|fall|autumn|winter)\\s+"
                    + "(?:of\\s+)?|the\\s+(?:year\\s+)?|the\\s+(spring|summer|fall|autumn|winter)\\s+of\\s+)?" + SPOKEN_YEAR + E,
                    Rules::spokenYear),
            rule("season-year", T_SEASON, B + "(spring|summer|fall|autumn|winter)\\s+(?:of\\s+)?" + YEAR + E,
                    (m, c) -> Found.of(TimexType.DATE, m.group(2) + "-" + Calendar.SEASONS.get(m.group(1).toLowerCase(Locale.ROOT)))),
            rule("quarter", "quarter|quarters|half", B + "(?:the\\s+)?(?:" + YEAR + "\\s+|(this|last|next)\\s+year's\\s+|(year-earlier|year-ago|prior-year)\\s+)?"
                    + "(first|second|third|fourth|1st|2nd|3rd|4th|final|last)"
                    + "(?:[\\s-]+fiscal)?[\\s-]+(quarter|half)s?(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?" + YEAR + ")?" + E,
                    Rules::quarterRule),
            rule("relative-quarter", "quarter|period", B + "(?:the\\s+)?(latest|last|past|previous|recent|current|this|next|coming|same"
                    + "|year-earlier|year-ago|prior-year|fiscal|just-ended|just\\s+ended|comparable|corresponding|last\\s+year's"
                    + "|" + YEAR + ")?\\s*(quarter|period)" + E + "(?!-)"
                    + "(?:(?=,?\\s+end(?:ed|ing)\\s+(" + MONTH + ")\\s*(\\d{1,2}))|(\\s+a\\s+year\\s+(?:ago|earlier)))?", Rules::relativeQuarter),
            rule("year-earlier", "year", B + "(year-earlier|year-ago|a\\s+year\\s+earlier|a\\s+year\\s+ago|the\\s+year-earlier"
                    + "|the\\s+year-ago)" + E, (m, c) -> yearEarlier(m.start(), c)),
            rule("relative-day", "today|yesterday|tomorrow", B + "(?:(early|late|later|earlier)\\s+)?(today|yesterday|tomorrow)" + E, Rules::relativeDay),
            rule("part-of-day", "morning|afternoon|evening|night|tonight|overnight", B + "(?:(early|late|mid)[\\s-]+)?(?:(" + WEEKDAY
                    + "|today|yesterday|tomorrow|this|last|later|the)[\\s-]+)?(morning|afternoon|evening|night)"
                    + "(?:,?\\s+(?:on\\s+)?(" + WEEKDAY + "|today|yesterday|tomorrow))?" + E + "|" + B + "(tonight|overnight)" + E,
                    Rules::partOfDay),
            rule("weekday", T_WEEKDAY, B + "(?:(last|next|this|coming|past|early|late|the\\s+previous|the\\s+following)\\s+)?(" + WEEKDAY + ")(s)?" + E,
                    Rules::weekday),
            rule("reference", "now|current|currently|presently|present|nowadays|days|moment|recent|recently|lately|past|future|term", B + "(now|currently|presently|at\\s+present|nowadays|these\\s+days|at\\s+the\\s+moment"
                    + "|recently|lately|the\\s+past|the\\s+future|current|the\\s+present|future"
                    + "|the\\s+near\\s+(?:future|term)|the\\s+short\\s+term)" + E + "(?!\\s*-)",
                    Rules::reference),
            rule("anaphoric", "that|next|following|previous", B + "(?:(?:earlier|later)\\s+)?(?:that|the\\s+(next|following|previous))"
                    + "\\s+(?:same\\s+)?(day|morning|afternoon|evening|night|week|month|quarter|year)" + E + "(?!-)", Rules::anaphoric),
            rule("relative-unit", "week|month|year|decade|century", B + "(?:(earlier|later|early|late|(?:the\\s+)?(?:end|beginning|start|middle)"
                    + "\\s+of)\\s+)?(this|last|next|past|previous|coming|current|following"
                    + "|the\\s+past|the\\s+last|the\\s+next|the\\s+coming|the\\s+previous|the)\\s+(week|month|year|decade|century)"
                    + E, Rules::relativeUnit),
            rule("ago", "ago|now|hence", B + "(?:" + APPROX + "\\s+)?(" + Q + ")[\\s-]+" + UNIT + "(?:\\s+or\\s+so)?\\s+(ago|from\\s+now|hence)" + E,
                    Rules::ago),
            rule("duration", T_UNIT, B + "(?:" + APPROX + "\\s+)?(?:(the|the\\s+(?:past|last|next|first|coming|previous|final"
                    + "|following|remaining|entire|full|whole)|(?:the\\s+)?(?:past|last|next|first|coming|previous|final"
                    + "|following|remaining))\\s+)?(" + Q + ")([\\s-]+)(?:more\\s+|additional\\s+|extra\\s+|trading\\s+|business\\s+"
                    + "|working\\s+)?" + UNIT + "(?:[\\s-]long)?" + E
                    + "(?![\\s-]+(?:old|of\\s+age))(?<!-quarters)", Rules::duration),
            rule("vague-duration", T_UNIT, B + "(?:(several|many|a\\s+few|few|recent|the\\s+past(?:\\s+few|\\s+several)?"
                    + "|the\\s+last(?:\\s+few|\\s+several)?|(?:the\\s+)?coming|the\\s+next(?:\\s+few|\\s+several)?)\\s+)?"
                    + "(seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)" + E
                    + "(?!\\s+(?:old|of\\s+age|ago|earlier|later))", Rules::vagueDuration),
            rule("the-period", "year|month|week", B + "(the\\s+(?:full\\s+|entire\\s+|whole\\s+)?(?:year"
                    + "|month|week|(?:current\\s+|latest\\s+)?fiscal\\s+year))" + E + "(?!\\s*-)(?!\\s+\\d)", Rules::thePeriod),
            rule("year-end", "year", B + "(?:(around)\\s+)?(year[\\s-]end|the\\s+end\\s+of\\s+the\\s+year|year's\\s+end)" + E,
                    Rules::yearEnd),
            rule("clock", "m|am|pm|#", B + "(?:" + APPROX + "\\s+)?(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])\\.?\\s?m(?:\\.|(?![\\p{L}]))"
                    + "(?:\\s+(EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|local\\s+time))?"
                    + "(?:,?\\s+(" + WEEKDAY + "|today|yesterday|tomorrow|(?:" + MONTH + ")\\s+\\d{1,2}))?",
                    Rules::clock),
            rule("clock-words", "morning|afternoon|evening|night", B + "(?:" + APPROX + "\\s+)?(\\d{1,2}|" + UNITS + "|ten|eleven|twelve)"
                    + "(?::(\\d{2}))?\\s+(?:o'clock\\s+)?(?:in\\s+the\\s+(morning|afternoon|evening)|at\\s+night)" + E
                    + "(?:,?\\s+(" + WEEKDAY + "|today|yesterday|tomorrow))?", Rules::clockWords),
            rule("clock-24", "gmt|utc|local|hours|hrs|est|edt|cet|msk|z", B + "(?:" + APPROX + "\\s+)?([01]?\\d|2[0-3])(?::([0-5]\\d)|([0-5]\\d))\\s*(GMT|UTC|Z|local\\s+time"
                    + "|hours|hrs|EST|EDT|CET|MSK)" + E + "(?:,?\\s+(" + WEEKDAY + "|today|yesterday|tomorrow))?",
                    Rules::clock24),
            rule("noon", "noon|midday|midnight", B + "(?:(around|about)\\s+)?(noon|midday|midnight)(?:,?\\s+(" + WEEKDAY
                    + "|today|yesterday|tomorrow))?" + E, Rules::noon),
            rule("set", "daily|weekly|monthly|annually|yearly|hourly|quarterly|nightly|biweekly|semiannually", B + "(daily|weekly|monthly|annually|yearly|hourly|quarterly|nightly|biweekly|semiannually)" + E,
                    (m, c) -> {
                        // "quarterly dividend", "weekly magazine": an adjective before its noun is no recurrence.
                        boolean adjective = !m.group(1).equalsIgnoreCase("daily")
                                && c.text.substring(m.end(), Math.min(c.text.length(), m.end() + 3)).matches(" [a-z].");
                        return adjective || isNamePart(m, c) ? Optional.empty() : Found.of(TimexType.SET, setValue(m.group(1)));
                    }),
            rule("every", "every|each|per", B + "(every|each|per)\\s+(other\\s+)?(day|week|month|year|quarter|hour|morning|night|evening"
                    + "|" + WEEKDAY + "|" + MONTH + ")" + E, Rules::every),
            rule("rate", "day|week|month|year|quarter|hour", B + "(a|per)\\s+(day|week|month|year|quarter|hour)" + E,
                    (m, c) -> RATE_BEFORE.matcher(c.text.substring(Math.max(0, m.start() - 30), m.start())).find()
                            ? Found.of(TimexType.SET, unitValue(1, m.group(2))) : Optional.empty()),
            rule("weekend", "weekend", B + "(?:(this|last|next|past|coming|the|the\\s+past|the\\s+coming|the\\s+previous)\\s+)weekend" + E,
                    Rules::weekend),
            rule("holiday", "day|christmas|easter|holy|year|halloween|thanksgiving|pentecost|friday|sunday|wednesday",
                    B + "(" + Holidays.NAMES + ")(?:\\s+" + YEAR + "|\\s+(this|next|last)\\s+year)?" + E, Rules::holiday));

    // ---------------------------------------------------------------------------------------------

    private static Optional<Found> monthDay(int month, int day, TimexMod mod, MatchResult m, Context c) {
        if (day < 1 || day > 31) {
            return Optional.empty();
        }
        if (c.reference.isEmpty()) {
            return date(2000, month, day).isPresent()
                    ? Found.of(TimexType.DATE, String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day), mod)
                    : Optional.empty();
        }
        int y = Calendar.yearOf(month, day, c.reference.get(), c.tense(m.start(), m.end()));
        return date(y, month, day).map(d -> new Found(TimexType.DATE, d.toString(), mod));
    }

    /** A march with a name of its own follows: "March for Life", "March on Washington". */
    private static final Pattern MARCH_NAMED = Pattern.compile("\\s+(?:for|of|on|against)\\s+(?:the\\s+)?\\p{Lu}");
    private static final Pattern TIME_PREPOSITION = Pattern.compile(
            "(?i)\\b(?:in|since|until|till|by|from|through|during|before|after|early|late|mid)\\s+$");

    private static Optional<Found> monthRule(MatchResult m, Context c) {
        String word = m.group(2);
        String prefix = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        // "May" and "March" are also a verb; read them as months only when capitalized inside a sentence.
        if (word.equals("May") || word.equals("March")) {
            int s = m.start(2);
            if (prefix.isEmpty() && (s == 0 || c.text.substring(Math.max(0, s - 3), s).matches(".*[.!?\"]\\s*|\\s*\n"))) {
                return Optional.empty();
            }
            if (word.equals("March") && prefix.isEmpty() && MARCH_NAMED.matcher(c.text).region(m.end(), c.text.length()).lookingAt()
                    && !TIME_PREPOSITION.matcher(c.text).region(Math.max(0, s - 12), s).find()) {
                return Optional.empty(); // "the annual March for Life", "the March of the Combatant Mothers"
            }
        }
        int month = Calendar.month(word);
        if (prefix.equals("each") || prefix.equals("every")) {
            return Found.of(TimexType.SET, String.format(Locale.ROOT, "XXXX-%02d", month));
        }
        TimexMod mod = prefix.isEmpty() || prefix.matches("this|last|next|(?:earlier|later) in") ? null : partMod(prefix);
        if (c.reference.isEmpty()) {
            return Found.of(TimexType.DATE, String.format(Locale.ROOT, "XXXX-%02d", month), mod);
        }
        LocalDate r = c.reference.get();
        int y;
        if (prefix.equals("last")) {
            // "last February" said in March is a year back: the month just past would be "last month".
            y = month < r.getMonthValue() - 1 ? r.getYear() : r.getYear() - 1;
        } else if (prefix.equals("next")) {
            y = month > r.getMonthValue() ? r.getYear() : r.getYear() + 1;
        } else if (prefix.equals("this")) {
            y = r.getYear();
        } else {
            y = Calendar.yearOf(month, 0, r, c.tense(m.start(), m.end()));
        }
        return Found.of(TimexType.DATE, String.format(Locale.ROOT, "%04d-%02d", y, month), mod);
    }

    private static Optional<Found> yearRule(MatchResult m, Context c) {
        String y = m.group(3);
        int value = Integer.parseInt(y);
        if (value < 1600 || value > 2100) {
            return Optional.empty();
        }
        String qualifier = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        TimexMod mod = switch (qualifier) {
            case "post-" -> TimexMod.AFTER;
            case "pre-" -> TimexMod.BEFORE;
            default -> partMod(m.group(1));
        };
        // A bare number is a year only where nothing says it is an amount.
        if (m.group(1) == null && m.group(2) == null) {
            int s = m.start(3);
            String before = c.text.substring(Math.max(0, s - 2), s);
            if (before.contains("$") || before.contains("#") || before.endsWith("-")) {
                return Optional.empty();
            }
        }
        return Found.of(TimexType.DATE, y, mod);
    }

    /**
     * Whether a time word that is written in lower case inside a sentence, here capitalized,
     * belongs to a name ("Daily News", "USA Today", "High Noon", the programme "This Week"): its
     * last word is capitalized, and it does not start a sentence, or it stands alone in quotation
     * marks.
     */
    private static boolean isNamePart(MatchResult m, Context c) {
        String matched = m.group();
        return isNamePart(m, c, matched.substring(matched.lastIndexOf(' ') + 1));
    }

    /** As {@link #isNamePart(MatchResult, Context)}, deciding by the capital of {@code word} ("noon" in "noon Friday"). */
    private static boolean isNamePart(MatchResult m, Context c, String word) {
        String matched = m.group();
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || matched.equals(matched.toUpperCase(Locale.ROOT))) {
            return false;
        }
        String before = c.text.substring(Math.max(0, m.start() - 3), m.start());
        boolean sentenceStart = m.start() == 0 || before.matches("(?s).*[.!?\"“`]\\s*|(?s).*\n\\s*");
        boolean quotedAlone = before.matches("(?s).*[\"“`]") && QUOTE_CLOSES.matcher(c.text).region(m.end(),
                Math.min(c.text.length(), m.end() + 3)).lookingAt();
        return !sentenceStart || quotedAlone || c.text.startsWith(" News", m.end()) || c.text.startsWith(" Mail", m.end());
    }

    private static final Pattern QUOTE_CLOSES = Pattern.compile("[,.]?(?:\"|”|'')");

    private static Optional<Found> spokenYear(MatchResult m, Context c) {
        OptionalInt year = spokenYearValue(m.group(3));
        if (year.isEmpty()) {
            return Optional.empty();
        }
        String y = year(year.getAsInt());
        String before = m.group(1) != null ? m.group(1) : m.group(2);
        if (before == null) {
            return Found.of(TimexType.DATE, y);
        }
        String season = Calendar.SEASONS.get(before.toLowerCase(Locale.ROOT));
        return Found.of(TimexType.DATE, season != null ? y + "-" + season
                : String.format(Locale.ROOT, "%s-%02d", y, Calendar.month(before)));
    }

    /** "nineteen ninety-six" gives 1996, "two thousand and one" 2001, "nineteen oh five" 1905. */
    static OptionalInt spokenYearValue(String words) {
        String w = words.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip();
        if (w.startsWith("two thousand")) {
            String rest = w.substring("two thousand".length()).replaceFirst("^ and ", " ").strip();
            OptionalDouble n = rest.isEmpty() ? OptionalDouble.of(0) : Numbers.parse(rest);
            return n.isPresent() ? OptionalInt.of(2000 + (int) n.getAsDouble()) : OptionalInt.empty();
        }
        int century = w.startsWith("eighteen") ? 1800 : 1900;
        String rest = w.substring(w.indexOf(' ') + 1).replaceFirst("^hundred (?:and )?", "").replaceFirst("^oh ", "");
        OptionalDouble n = Numbers.parse(rest);
        return n.isPresent() && n.getAsDouble() < 100 ? OptionalInt.of(century + (int) n.getAsDouble()) : OptionalInt.empty();
    }

    private static Optional<Found> season(MatchResult m, Context c) {
        String code = Calendar.SEASONS.get(m.group(2).toLowerCase(Locale.ROOT));
        String prefix = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        TimexMod mod = prefix.matches("early|late|mid-?") ? partMod(prefix) : null;
        if (m.group(3) != null) {
            return Found.of(TimexType.DATE, m.group(3) + "-" + code, mod);
        }
        if (c.reference.isEmpty()) {
            return Found.of(TimexType.DATE, "XXXX-" + code, mod);
        }
        LocalDate r = c.reference.get();
        int y = r.getYear();
        int seasonMonth = switch (code) {
            case "SP" -> 4;
            case "SU" -> 7;
            case "FA" -> 10;
            default -> 1;
        };
        if (prefix.equals("last") || (prefix.equals("this past") && seasonMonth > r.getMonthValue())) {
            y--;
        } else if (prefix.equals("next")) {
            y = seasonMonth > r.getMonthValue() ? y : y + 1;
        } else if (!prefix.equals("this")) {
            Tense t = c.tense(m.start(), m.end());
            if (t == Tense.PAST && seasonMonth > r.getMonthValue() + 1) {
                y--;
            } else if (t == Tense.FUTURE && seasonMonth < r.getMonthValue() - 2) {
                y++;
            }
        }
        return Found.of(TimexType.DATE, y + "-" + code, mod);
    }

    private static Optional<Found> quarterRule(MatchResult m, Context c) {
        String ordinal = m.group(4).toLowerCase(Locale.ROOT);
        boolean half = m.group(5).toLowerCase(Locale.ROOT).startsWith("half");
        int yearShift = m.group(3) != null ? -1 : m.group(2) == null ? 0 : switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        int n = switch (ordinal) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            case "fourth", "4th", "final", "last" -> half ? 2 : 4;
            default -> 0;
        };
        if (half && n > 2) {
            return Optional.empty();
        }
        String explicitYear = m.group(1) != null ? m.group(1) : m.group(6);
        String y;
        if (explicitYear != null) {
            y = explicitYear;
        } else if (c.reference.isPresent()) {
            LocalDate r = c.reference.get();
            int current = (r.getMonthValue() - 1) / 3 + 1;
            int yy = r.getYear();
            // A quarter later in the year than the present one, spoken of in the past, is last year's.
            if (yearShift != 0) {
                yy += yearShift;
            } else if (!half && n > current && c.tense(m.start(), m.end()) == Tense.PAST) {
                yy--;
            }
            y = year(yy);
        } else {
            y = "XXXX";
        }
        String value = y + (half ? "-H" : "-Q") + n;
        if (!half && !y.startsWith("X") && m.group(3) == null) { // a comparison is not the quarter under discussion
            c.lastQuarter = value;
            c.lastQuarterAt = m.start();
        }
        return Found.of(TimexType.DATE, value);
    }

    private static Optional<Found> relativeQuarter(MatchResult m, Context c) {
        String which = m.group(6) != null ? "year-ago" // "the quarter a year ago"
                : m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        boolean period = m.group(3).equalsIgnoreCase("period");
        boolean comparison = which.matches("year-earlier|year-ago|prior-year|same|comparable|corresponding|last-year's");
        if (period && !comparison && m.group(2) == null && !which.matches("latest|last|recent|just-ended")) {
            return Optional.empty();
        }
        if (!m.group().toLowerCase(Locale.ROOT).startsWith("the") && which.isEmpty()) {
            return Optional.empty();
        }
        if (c.reference.isEmpty()) {
            return Found.of(TimexType.DATE, "XXXX-QX");
        }
        LocalDate r = c.reference.get();
        String previous = quarter(r.minusMonths(3));
        String recent = c.recentQuarter(m.start()).orElse(previous);
        String value;
        if (m.group(4) != null && !comparison) {
            // "the quarter ended Sept. 30": the quarter that day ends, in the year nearest the reference.
            int month = Calendar.month(m.group(4));
            value = quarter(LocalDate.of(Calendar.yearOf(month, Integer.parseInt(m.group(5)), r, Tense.PAST), month, 1));
        } else if (m.group(2) != null) {
            value = m.group(2) + recent.substring(4); // "the 1988 quarter": the quarter under discussion, in 1988
        } else {
            value = switch (which) {
                case "current", "this" -> quarter(r);
                case "next", "coming" -> quarter(r.plusMonths(3));
                case "year-earlier", "year-ago", "prior-year", "same", "comparable", "corresponding", "last-year's" ->
                        minusYear(recent);
                case "" -> recent;
                default -> previous;
            };
        }
        if (!comparison && m.group(2) == null) {
            c.lastQuarter = value;
            c.lastQuarterAt = m.start();
        }
        return Found.of(TimexType.DATE, value);
    }

    private static Optional<Found> yearEarlier(int at, Context c) {
        if (c.reference.isEmpty()) {
            return Found.of(TimexType.DATE, "XXXX");
        }
        Optional<String> q = c.recentQuarter(at);
        return Found.of(TimexType.DATE, q.map(Rules::minusYear).orElse(year(c.reference.get().getYear() - 1)));
    }

    private static String minusYear(String quarterValue) {
        int y = Integer.parseInt(quarterValue.substring(0, 4));
        return year(y - 1) + quarterValue.substring(4);
    }

    /** "Today's youth", "tomorrow's world": the age we live in, not a day. */
    private static final Pattern ERA_NOUN = Pattern.compile("(?i)'s\\s+(?:[a-z]+\\s+)?(?:world|youth|society|generations?|young"
            + "|children|kids|teen(?:ager)?s|students|families|parents|women|men|consumers|economy|technology|computers"
            + "|standards|culture|politics|media)\\b");
    /** "The people of tomorrow", "the Russia of today" (but "as of today" is the day). */
    private static final Pattern OF_ERA = Pattern.compile("(?i)(?<!\\bas)\\s+of\\s+$");

    private static Optional<Found> relativeDay(MatchResult m, Context c) {
        boolean era = m.group(1) == null && !m.group(2).equalsIgnoreCase("yesterday")
                && (ERA_NOUN.matcher(c.text).region(m.end(), c.text.length()).lookingAt()
                        || OF_ERA.matcher(c.text).region(Math.max(0, m.start() - 8), m.start()).find());
        if (era || isNamePart(m, c, m.group(2))) {
            return Optional.empty();
        }
        String word = m.group(2).toLowerCase(Locale.ROOT);
        TimexMod mod = m.group(1) == null ? null
                : m.group(1).toLowerCase(Locale.ROOT).startsWith("late") ? TimexMod.END : TimexMod.START;
        if (c.reference.isEmpty()) {
            return Found.of(TimexType.DATE, word.equals("today") ? "PRESENT_REF" : "XXXX-XX-XX", mod);
        }
        LocalDate r = c.reference.get();
        LocalDate d = switch (word) {
            case "yesterday" -> r.minusDays(1);
            case "tomorrow" -> r.plusDays(1);
            default -> r;
        };
        return Found.of(TimexType.DATE, d.toString(), mod);
    }

    /**
     * "Tuesday morning", "mid-afternoon yesterday", "early Friday morning", "last night", "the
     * morning" (the day under discussion): a part of a day, on the day named before or after it.
     */
    private static Optional<Found> partOfDay(MatchResult m, Context c) {
        String part;
        String anchor;
        TimexMod mod = null;
        if (m.group(5) != null) {
            part = "NI";
            anchor = m.group(5).equalsIgnoreCase("overnight") ? "overnight" : "today";
        } else {
            part = Calendar.PARTS_OF_DAY.get(m.group(3).toLowerCase(Locale.ROOT));
            anchor = m.group(2) != null ? m.group(2).toLowerCase(Locale.ROOT)
                    : m.group(4) != null ? m.group(4).toLowerCase(Locale.ROOT) : null;
            if (m.group(2) != null && m.group(4) != null) {
                return Optional.empty(); // "Tuesday night, Wednesday": two days, not one
            }
            mod = partMod(m.group(1));
            if (anchor == null && mod == TimexMod.MID) {
                anchor = "today";
            }
        }
        if (anchor == null) {
            return Optional.empty(); // a bare "late afternoon" names no day
        }
        if (anchor.equals("the") && !m.group(3).equalsIgnoreCase("morning") && !m.group(3).equalsIgnoreCase("afternoon")) {
            return Optional.empty();
        }
        if (c.reference.isEmpty()) {
            return Found.of(TimexType.TIME, "XXXX-XX-XXT" + part, mod);
        }
        LocalDate r = c.reference.get();
        if (anchor.equals("overnight")) {
            // the night before the day just named, when that is a day of the past week ("London shares fell
            // Friday. ... overnight losses"); else last night ("the sites struck overnight" in a story of Aug. 20
            // that recalls the attacks of Aug. 7)
            if (c.choosing) {
                return Found.of(TimexType.TIME, "XXXX-XX-XXTNI");
            }
            LocalDate day = dayNamed(m, c, NEARBY).filter(d -> !d.isBefore(r.minusDays(7)) && !d.isAfter(r)).orElse(r);
            return Found.of(TimexType.TIME, day.minusDays(1) + "TNI");
        }
        LocalDate day = switch (anchor) {
            case "yesterday", "last" -> r.minusDays(1);
            case "tomorrow" -> r.plusDays(1);
            case "today", "this", "later" -> r;
            // "the morning": the day under discussion ("Hopes were dashed Friday. ... orders in the morning"), else today
            case "the" -> c.choosing ? r : dayNamed(m, c, NEARBY).orElse(r);
            default -> Calendar.weekday(Calendar.weekday(anchor), r, c.tense(m.start(), m.end()));
        };
        return Found.of(TimexType.TIME, day + "T" + part, mod);
    }

    private static Optional<Found> weekday(MatchResult m, Context c) {
        DayOfWeek day = Calendar.weekday(m.group(2));
        String prefix = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (m.group(3) != null) {
            return Found.of(TimexType.SET, "XXXX-WXX-" + day.getValue());
        }
        TimexMod mod = prefix.equals("early") ? TimexMod.START : prefix.equals("late") ? TimexMod.END : null;
        if (c.reference.isEmpty()) {
            return Found.of(TimexType.DATE, "XXXX-WXX-" + day.getValue(), mod);
        }
        LocalDate r = c.reference.get();
        if (prefix.startsWith("the ")) {
            // "the previous Friday", "the following Monday": counted from the day under discussion.
            if (c.choosing) {
                return Found.of(TimexType.DATE, "XXXX");
            }
            LocalDate from = dayNamed(m, c, FAR).orElse(r);
            return Found.of(TimexType.DATE, (prefix.endsWith("previous") ? Calendar.weekday(day, from.minusDays(1), Tense.PAST)
                    : Calendar.weekday(day, from.plusDays(1), Tense.FUTURE)).toString());
        }
        LocalDate d = switch (prefix) {
            case "last", "past" -> Calendar.weekday(day, r.minusDays(1), Tense.PAST);
            case "next", "coming" -> Calendar.weekday(day, r, Tense.FUTURE);
            case "this" -> r.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(day.getValue() - 1L);
            default -> Calendar.weekday(day, r, c.text.startsWith("'s", m.end()) || c.text.startsWith("’s", m.end())
                    ? Tense.PAST : c.tense(m.start(), m.end())); // "Thursday's close" is done
        };
        return Found.of(TimexType.DATE, d.toString(), mod);
    }

    private static Optional<Found> reference(MatchResult m, Context c) {
        String word = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (word) {
            case "recently", "lately", "the past" ->
                    Found.of(TimexType.DATE, "PAST_REF");
            case "the near future", "the near term", "the short term" -> Found.of(TimexType.DATE, "FUTURE_REF");
            case "the future", "future" -> word.equals("future") && !c.text.regionMatches(true,
                    Math.max(0, m.start() - 3), "in ", 0, 3) ? Optional.empty() : Found.of(TimexType.DATE, "FUTURE_REF");
            default -> Found.of(TimexType.DATE, "PRESENT_REF");
        };
    }

    /** How near (in characters: a sentence or two) a day must have been named to be the day under discussion. */
    private static final int NEARBY = 400;
    /** As {@link #NEARBY}, for words that say they refer back ("that day", "the previous Friday"): a few paragraphs. */
    private static final int FAR = 2000;

    /** The day the text last named before {@code m}, within {@code distance} characters. */
    private static Optional<LocalDate> dayNamed(MatchResult m, Context c, int distance) {
        return c.earlier(m.start(), DAY_VALUE, distance)
                .flatMap(v -> date(v.substring(0, 4), v.substring(5, 7), v.substring(8, 10)));
    }
    /** A value that names one day (possibly with a time after it). */
    static final Pattern DAY_VALUE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})-(\\d{2})(?![\\d-])|(\\d{4})-(\\d{2})-\\d{2}");
    private static final Pattern YEAR_VALUE = Pattern.compile("(\\d{4})(?![\\dW])");

    /**
     * "That day", "the next morning", "the following year", "later that month": the day, month or
     * year the text last named, not the reference time ("Troops entered on Aug. 8; the next day
     * ..." is Aug. 9), "that quarter" the quarter. Nothing when the text named none before; "the next
     * week/month/year" and "the previous week/month/year" are left to the reference time.
     */
    private static Optional<Found> anaphoric(MatchResult m, Context c) {
        String which = m.group(1) == null ? "that" : m.group(1).toLowerCase(Locale.ROOT);
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        boolean dayUnit = !unit.matches("week|month|quarter|year");
        if (!dayUnit && !which.matches("that|following")) {
            return Optional.empty();
        }
        if (unit.equals("quarter")) { // "that quarter": the quarter the text last named
            if (!which.equals("that")) {
                return Optional.empty();
            }
            return (c.choosing ? Optional.of("XXXX-QX") : c.recentQuarter(m.start())).flatMap(q -> Found.of(TimexType.DATE, q));
        }
        if (c.choosing) {
            return Found.of(dayUnit && !unit.equals("day") ? TimexType.TIME : TimexType.DATE, "XXXX");
        }
        int shift = switch (which) {
            case "next", "following" -> 1;
            case "previous" -> -1;
            default -> 0;
        };
        if (unit.equals("year")) {
            return c.earlier(m.start(), YEAR_VALUE)
                    .flatMap(v -> Found.of(TimexType.DATE, year(Integer.parseInt(v.substring(0, 4)) + shift)));
        }
        if (unit.equals("month")) {
            return c.earlier(m.start(), MONTH_VALUE).flatMap(v -> Found.of(TimexType.DATE,
                    Calendar.month(LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5, 7)), 1)
                            .plusMonths(shift))));
        }
        Optional<LocalDate> day = dayNamed(m, c, FAR);
        if (day.isEmpty()) {
            return Optional.empty();
        }
        if (unit.equals("week")) {
            return Found.of(TimexType.DATE, week(day.get().plusWeeks(shift)));
        }
        LocalDate d = day.get().plusDays(shift);
        return unit.equals("day") ? Found.of(TimexType.DATE, d.toString())
                : Found.of(TimexType.TIME, d + "T" + Calendar.PARTS_OF_DAY.get(unit));
    }

    private static Optional<Found> relativeUnit(MatchResult m, Context c) {
        if (isNamePart(m, c)) {
            return Optional.empty();
        }
        String part = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        String which = m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceFirst("^the ", "");
        String unit = m.group(3).toLowerCase(Locale.ROOT);
        if (which.equals("the") && !(part.contains(" of") && unit.matches("week|month"))) {
            return Optional.empty(); // only "the end of the month": "the year", "the week" alone are other rules'
        }
        TimexMod mod = switch (part) {
            case "earlier", "early" -> TimexMod.START;
            case "later", "late" -> TimexMod.END;
            default -> partMod(part);
        };
        boolean hasThe = m.group(2).toLowerCase(Locale.ROOT).startsWith("the ");
        if (hasThe && unit.equals("decade")) {
            return Found.of(TimexType.DURATION, "P10Y");
        }
        if (hasThe && (which.equals("past") || which.equals("last") || which.equals("next") || which.equals("coming"))
                && !unit.equals("year")) {
            return Found.of(TimexType.DURATION, unitValue(1, unit));
        }
        if (c.reference.isEmpty()) {
            return Found.of(TimexType.DATE, switch (unit) {
                case "week" -> "XXXX-WXX";
                case "month" -> "XXXX-XX";
                default -> "XXXX";
            }, mod);
        }
        LocalDate r = c.reference.get();
        int step = switch (which) {
            case "last", "past", "previous" -> -1;
            case "next", "coming", "following" -> 1;
            default -> 0;
        };
        String value = switch (unit) {
            case "week" -> week(r.plusWeeks(step));
            case "month" -> Calendar.month(r.plusMonths(step));
            case "decade" -> Integer.toString(r.plusYears(10L * step).getYear() / 10);
            case "century" -> Integer.toString(r.plusYears(100L * step).getYear() / 100);
            default -> year(r.getYear() + step);
        };
        return Found.of(TimexType.DATE, value, mod);
    }

    private static Optional<Found> ago(MatchResult m, Context c) {
        OptionalDouble n = Numbers.parse(m.group(2));
        if (n.isEmpty()) {
            return Optional.empty();
        }
        String unit = m.group(3).toLowerCase(Locale.ROOT);
        String direction = m.group(4).toLowerCase(Locale.ROOT);
        TimexMod mod = approxMod(m.group(1));
        if (Double.isNaN(n.getAsDouble()) || c.reference.isEmpty()) {
            return Found.of(TimexType.DATE, direction.equals("ago") ? "PAST_REF" : "FUTURE_REF", mod);
        }
        long k = Math.round(n.getAsDouble()) * (direction.equals("ago") ? -1 : 1);
        LocalDate r = c.reference.get();
        if (unit.equals("year") && Math.abs(k) == 1 && direction.equals("ago")) {
            Optional<String> q = c.recentQuarter(m.start());
            if (q.isPresent()) {
                return Found.of(TimexType.DATE, minusYear(q.get()), mod);
            }
        }
        String value = switch (unit) {
            case "year" -> year(r.getYear() + (int) k);
            case "decade" -> year(r.getYear() + 10 * (int) k);
            case "century" -> year(r.getYear() + 100 * (int) k);
            case "quarter" -> quarter(r.plusMonths(3 * k));
            case "month" -> Calendar.month(r.plusMonths(k));
            case "week", "fortnight" -> r.plusWeeks(unit.equals("fortnight") ? 2 * k : k).toString();
            case "day" -> r.plusDays(k).toString();
            default -> r.toString();
        };
        return Found.of(TimexType.DATE, value, mod);
    }

    private static Optional<Found> duration(MatchResult m, Context c) {
        OptionalDouble n = Numbers.parse(m.group(3));
        if (n.isEmpty()) {
            return Optional.empty();
        }
        String quantity = m.group(3).toLowerCase(Locale.ROOT).strip();
        String unit = m.group(5).toLowerCase(Locale.ROOT);
        if (quantity.matches("\\d{4,}.*")) {
            return Optional.empty(); // "the 1988 quarter" names a year, not 1,988 quarters
        }
        if (unit.startsWith("quarter") && m.group(2) == null && SHARE_OF.matcher(c.text).region(m.end(), c.text.length()).lookingAt()) {
            return Optional.empty(); // "more than a quarter of the market" is a share; "the first two quarters of 1990" is time
        }
        if (unit.startsWith("second") && quantity.matches("an?|one")
                && c.text.substring(m.end(), Math.min(c.text.length(), m.end() + 3)).matches(" \\p{L}.*")) {
            return Optional.empty(); // "a second time", "a second ceasefire": an ordinal
        }
        // "a day" or "one year" alone, not preceded by a measure word, is as often a rate or an
        // anaphor as a length; require a determiner or modifier in front, or a number over one.
        boolean weak = (quantity.equals("a") || quantity.equals("an") || quantity.equals("one") || quantity.equals("some"))
                && m.group(1) == null && m.group(2) == null && !m.group(4).contains("-"); // "a one-day visit" is a length
        if (weak && !lengthContext(c.text, m.start()) && !relationFollows(c.text, m.end())) {
            return Optional.empty();
        }
        if (quantity.equals("some") && m.group(1) == null) {
            return Optional.empty();
        }
        return Found.of(TimexType.DURATION, unitValue(n.getAsDouble(), unit), approxMod(m.group(1)));
    }

    private static final Pattern SHARE_OF = Pattern.compile("(?i)\\s+of\\s+(?!(?:fiscal\\s+)?\\d{4}|(?:this|next|last|the)\\s+year)");

    /** Whether "earlier", "later", "before" or "after" follows {@code at}: "a day later" is a length. */
    private static boolean relationFollows(String text, int at) {
        return text.regionMatches(true, at, " earlier", 0, 8) || text.regionMatches(true, at, " later", 0, 6)
                || text.regionMatches(true, at, " before", 0, 7) || text.regionMatches(true, at, " after", 0, 6);
    }

    /** Whether the words before {@code at} ask for a length of time ("for", "lasted", "within"). */
    private static boolean lengthContext(String text, int at) {
        String before = text.substring(Math.max(0, at - 14), at).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(?:for|within|in|over|lasted|lasting|last|took|spent|after|than|nearly|about)\\s+$");
    }

    private static Optional<Found> vagueDuration(MatchResult m, Context c) {
        String lead = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        // A bare "years" is a length only after "for", "in" or "over" ("for years"), which stay outside it.
        if (lead.isEmpty() && !lengthContext(c.text, m.start())) {
            return Optional.empty();
        }
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        unit = unit.equals("centuries") ? "century" : unit.substring(0, unit.length() - 1);
        return Found.of(TimexType.DURATION, unitValue(Double.NaN, unit));
    }

    private static final Pattern RELATIVE_AFTER = Pattern.compile("(?i)\\s+(?:before|earlier|after|later|prior)\\b");

    /** "The year ended June 30", "the fiscal year ending in March": a twelve-month span named by its last day. */
    private static final Pattern ENDED = Pattern.compile(
            "\\s+(?:that\\s+|which\\s+)?(?:ended|ending|ends|to\\s+end)\\s+(?:on\\s+|in\\s+)?(?:\\p{Lu}\\p{Ll}{2}|\\d"
                    + "|today|tomorrow|yesterday|this|next|last)");

    private static Optional<Found> thePeriod(MatchResult m, Context c) {
        if (isNamePart(m, c) || RELATIVE_AFTER.matcher(c.text).region(m.end(), c.text.length()).lookingAt()) {
            return Optional.empty(); // "the year before" is not this year
        }
        String phrase = m.group(1).toLowerCase(Locale.ROOT);
        String unit = phrase.replaceAll(".*\\s", "");
        // "throughout the year" and "the year ended June 30" (twelve months, not a calendar year) are
        // lengths; "for the year", "in the year", "the full year" a period of the calendar.
        String before = c.text.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(Locale.ROOT);
        boolean length = (before.matches("(?s).*\\b(?:during|over|throughout)\\s+$")
                        && !phrase.matches("the\\s+(?:full|entire|whole)\\s+.*"))
                || ENDED.matcher(c.text).region(m.end(), c.text.length()).lookingAt();
        if (length) {
            return Found.of(TimexType.DURATION, unitValue(1, unit));
        }
        if (c.reference.isEmpty()) {
            return Found.of(TimexType.DATE, unit.equals("year") ? "XXXX" : unit.equals("month") ? "XXXX-XX" : "XXXX-WXX");
        }
        LocalDate r = c.reference.get();
        return Found.of(TimexType.DATE, switch (unit) {
            case "month" -> Calendar.month(r);
            case "week" -> week(r);
            default -> year(r.getYear());
        });
    }

    /**
     * "By year end", "the end of the year": the year with mod END; the accounting term "year-end"
     * ("by year-end", "year-end results") and anything "since" year end: December 31. "Since" looks
     * back, "by" ahead; otherwise, said in the past before December, it is last year's end. With
     * "around" the mod is APPROX.
     */
    private static Optional<Found> yearEnd(MatchResult m, Context c) {
        String before = c.text.substring(Math.max(0, m.start() - 8), m.start()).toLowerCase(Locale.ROOT);
        boolean since = before.matches("(?s).*\\bsince\\s+$");
        boolean closingDay = since || m.group(2).regionMatches(true, 0, "year-end", 0, 8);
        TimexMod mod = m.group(1) != null ? TimexMod.APPROX : closingDay ? null : TimexMod.END;
        String day = closingDay ? "-12-31" : "";
        if (c.reference.isEmpty()) {
            return Found.of(TimexType.DATE, "XXXX" + day, mod);
        }
        LocalDate r = c.reference.get();
        boolean lastOne = since
                || (!before.matches("(?s).*\\b(?:by|until|before)\\s+$") && c.tense(m.start(), m.end()) == Tense.PAST);
        int y = lastOne && r.getMonthValue() < 12 ? r.getYear() - 1 : r.getYear();
        return Found.of(TimexType.DATE, year(y) + day, mod);
    }

    private static Optional<Found> clock(MatchResult m, Context c) {
        int hour = Integer.parseInt(m.group(2));
        int minute = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (hour < 1 || hour > 12 || minute > 59) {
            return Optional.empty();
        }
        boolean pm = m.group(4).equalsIgnoreCase("p");
        hour = hour % 12 + (pm ? 12 : 0);
        return timeOfDay(String.format(Locale.ROOT, "%02d:%02d", hour, minute), m.group(6), m, c, approxMod(m.group(1)));
    }

    /**
     * "at 4 in the morning", "until nine in the evening", "by 11 at night": only after a word that
     * asks for a time ("killed three in the evening raid" counts people).
     */
    private static Optional<Found> clockWords(MatchResult m, Context c) {
        OptionalDouble n = Numbers.parse(m.group(2));
        int minute = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        boolean asksForTime = m.group(1) != null || CLOCK_PREPOSITION.matcher(c.text)
                .region(Math.max(0, m.start() - 10), m.start()).find();
        if (!asksForTime || n.isEmpty() || n.getAsDouble() < 1 || n.getAsDouble() > 12 || minute > 59) {
            return Optional.empty();
        }
        int hour = (int) n.getAsDouble() % 12;
        boolean morning = "morning".equalsIgnoreCase(m.group(4)) || (m.group(4) == null && hour < 5); // "2 at night"
        return timeOfDay(String.format(Locale.ROOT, "%02d:%02d", morning ? hour : hour + 12, minute), m.group(5), m, c,
                approxMod(m.group(1)));
    }

    private static final Pattern CLOCK_PREPOSITION = Pattern.compile("(?i)\\b(?:at|by|until|till|before|after|from|since|to)\\s+$");

    private static Optional<Found> clock24(MatchResult m, Context c) {
        int hour = Integer.parseInt(m.group(2));
        String minutes = m.group(3) != null ? m.group(3) : m.group(4);
        if (m.group(4) != null && m.group(2).length() != 2) {
            return Optional.empty();
        }
        return timeOfDay(String.format(Locale.ROOT, "%02d:%s", hour, minutes), m.group(6), m, c, approxMod(m.group(1)));
    }

    private static Optional<Found> noon(MatchResult m, Context c) {
        if (isNamePart(m, c, m.group(2))) {
            return Optional.empty();
        }
        String word = m.group(2).toLowerCase(Locale.ROOT);
        String time = word.equals("midnight") ? "24:00" : "12:00";
        TimexMod mod = m.group(1) != null ? TimexMod.APPROX : null;
        return timeOfDay(time, m.group(3), m, c, mod);
    }

    private static Optional<Found> timeOfDay(String time, String dayWord, MatchResult m, Context c, TimexMod mod) {
        if (c.reference.isEmpty()) {
            return Found.of(TimexType.TIME, "XXXX-XX-XXT" + time, mod);
        }
        LocalDate r = c.reference.get();
        LocalDate day = r;
        if (dayWord == null) {
            dayWord = dayNearClock(m, c);
        }
        if (dayWord == null && !c.choosing && c.tense(m.start(), m.end()) != Tense.FUTURE) {
            // a clock time alone in a story of what happened is on the day just named ("He was shot Friday. ... at 10 p.m.")
            day = dayNamed(m, c, NEARBY).orElse(r);
        }
        if (dayWord != null) {
            String w = dayWord.toLowerCase(Locale.ROOT);
            if (w.equals("yesterday")) {
                day = r.minusDays(1);
            } else if (w.equals("tomorrow")) {
                day = r.plusDays(1);
            } else if (Calendar.WEEKDAYS.containsKey(w.substring(0, 3)) && !w.matches("(?i)mar.*|jun.*|jul.*|sep.*|dec.*")) {
                day = Calendar.weekday(Calendar.weekday(w), r, c.tense(m.start(), m.end()));
            } else if (!w.equals("today")) {
                String[] parts = dayWord.split("\\s+");
                int month = Calendar.month(parts[0]);
                int d = Integer.parseInt(parts[parts.length - 1]);
                Optional<LocalDate> x = date(Calendar.yearOf(month, d, r, c.tense(m.start(), m.end())), month, d);
                if (x.isEmpty()) {
                    return Optional.empty();
                }
                day = x.get();
            }
        }
        return Found.of(TimexType.TIME, day + "T" + time, mod);
    }

    private static final Pattern DAY_AFTER_CLOCK = Pattern.compile("^\\)?\\s*(?:\\([^()\\n]{1,30}\\)\\s*)?,?\\s*(?:on\\s+)?("
            + WEEKDAY + "|today|yesterday|tomorrow)" + E + "|^\\s*\\([^()\\n]{0,25}?\\b(" + WEEKDAY + ")\\s*\\)");
    private static final Pattern DAY_BEFORE_CLOCK = Pattern.compile("(?:^|[^\\p{L}])(" + WEEKDAY
            + "|today|yesterday|tomorrow)(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+(?:at|by|from|until|before|after)"
            + "(?:\\s+(?:about|around|approximately))?\\s+$");

    /**
     * The day a clock time is given on just beside it, outside its own match: "10:35 a.m. (0735 GMT)
     * Friday", "at 9 a.m. on Monday", "Friday at noon".
     */
    private static String dayNearClock(MatchResult m, Context c) {
        Matcher after = DAY_AFTER_CLOCK.matcher(c.text).region(m.end(), Math.min(c.text.length(), m.end() + 50));
        if (after.find()) {
            return after.group(1) != null ? after.group(1) : after.group(2);
        }
        Matcher before = DAY_BEFORE_CLOCK.matcher(c.text).region(Math.max(0, m.start() - 50), m.start());
        return before.find() ? before.group(1) : null;
    }

    private static Optional<Found> every(MatchResult m, Context c) {
        String what = m.group(3);
        int step = m.group(2) != null ? 2 : 1;
        String lower = what.toLowerCase(Locale.ROOT);
        if (lower.matches("morning|night|evening")) {
            return Found.of(TimexType.SET, "XXXX-XX-XXT" + Calendar.PARTS_OF_DAY.get(lower));
        }
        if (lower.matches("day|week|month|year|quarter|hour")) {
            return Found.of(TimexType.SET, unitValue(step, lower));
        }
        if (Character.isUpperCase(what.charAt(0)) && Calendar.WEEKDAYS.containsKey(lower.substring(0, 3))
                && !lower.matches("mar.*|jun.*|jul.*|sep.*|dec.*")) {
            return Found.of(TimexType.SET, "XXXX-WXX-" + Calendar.weekday(what).getValue());
        }
        return Found.of(TimexType.SET, String.format(Locale.ROOT, "XXXX-%02d", Calendar.month(what)));
    }

    private static Optional<Found> weekend(MatchResult m, Context c) {
        String which = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (c.reference.isEmpty()) {
            return Found.of(TimexType.DATE, "XXXX-WXX-WE");
        }
        LocalDate r = c.reference.get();
        boolean inWeekend = r.getDayOfWeek().getValue() >= 6;
        LocalDate target = switch (which) {
            case "last", "past", "the past", "the previous" -> r.minusWeeks(1);
            case "next", "coming", "the coming" -> r.plusWeeks(1);
            case "this" -> r;
            default -> c.tense(m.start(), m.end()) == Tense.FUTURE || inWeekend ? r : r.minusWeeks(1);
        };
        return Found.of(TimexType.DATE, week(target) + "-WE");
    }

    /** "Ukraine's Independence Day", "Ukrainian Independence Day": another country's day, not July 4. */
    private static final Pattern COUNTRY_BEFORE = Pattern.compile("\\p{Lu}\\p{L}*(?:'s|an|ese|ish|i)\\s+$");

    private static Optional<Found> holiday(MatchResult m, Context c) {
        String name = m.group(1);
        if (name.startsWith("Independence")
                && COUNTRY_BEFORE.matcher(c.text).region(Math.max(0, m.start() - 30), m.start()).find()) {
            return Optional.empty();
        }
        Optional<Integer> year = Optional.ofNullable(m.group(2)).map(Integer::parseInt);
        if (m.group(3) != null) { // "Easter next year"
            String which = m.group(3).toLowerCase(Locale.ROOT);
            int shift = which.equals("next") ? 1 : which.equals("last") ? -1 : 0;
            year = c.reference.map(r -> r.getYear() + shift);
        }
        Tense tense = year.isPresent() || c.reference.isEmpty() ? Tense.UNKNOWN : c.tense(m.start(), m.end());
        return Holidays.value(name, year, c.reference, tense).flatMap(v -> Found.of(TimexType.DATE, v));
    }

    // ---------------------------------------------------------------------------------------------

    /** The TIMEX3 duration for {@code n} units; NaN gives {@code X}. */
    static String unitValue(double n, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.endsWith("s") && !u.equals("s")) {
            u = u.substring(0, u.length() - 1);
        }
        boolean vague = Double.isNaN(n);
        switch (u) {
            case "decade" -> {
                return vague ? "PXE" : "P" + number(n * 10) + "Y";
            }
            case "century", "centurie" -> {
                return vague ? "PXC" : "P" + number(n * 100) + "Y";
            }
            case "fortnight" -> {
                return vague ? "PXW" : "P" + number(n * 2) + "W";
            }
            default -> {
            }
        }
        boolean clock = u.equals("hour") || u.equals("minute") || u.equals("second");
        String letter = switch (u) {
            case "year" -> "Y";
            case "month" -> "M";
            case "week" -> "W";
            case "quarter" -> "Q";
            case "hour" -> "H";
            case "minute" -> "M";
            case "second" -> "S";
            default -> "D";
        };
        if (vague) {
            return (clock ? "PTX" : "PX") + letter;
        }
        if (u.equals("quarter") && n > 1) {
            return "P" + number(n * 3) + "M";
        }
        if (n != Math.rint(n)) {
            // Fractions become the next smaller unit: 2.5 years is P2Y6M, 5.5 hours PT5H30M.
            switch (u) {
                case "year" -> {
                    return n < 1 ? "P" + number(n * 12) + "M" : "P" + (long) n + "Y" + number((n % 1) * 12) + "M";
                }
                case "day" -> {
                    return "PT" + number(n * 24) + "H";
                }
                case "hour" -> {
                    String minutes = number((n % 1) * 60) + "M";
                    return n < 1 ? "PT" + minutes : "PT" + (long) n + "H" + minutes;
                }
                case "week" -> {
                    return "P" + number(n * 7) + "D";
                }
                default -> {
                }
            }
        }
        return (clock ? "PT" : "P") + number(n) + letter;
    }

    private static String number(double n) {
        return n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n);
    }

    static String setValue(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "daily", "nightly" -> "P1D";
            case "weekly" -> "P1W";
            case "biweekly" -> "P2W";
            case "monthly" -> "P1M";
            case "quarterly" -> "P1Q";
            case "hourly" -> "PT1H";
            case "semiannually" -> "P6M";
            default -> "P1Y";
        };
    }

    static TimexMod partMod(String prefix) {
        if (prefix == null) {
            return null;
        }
        String p = prefix.toLowerCase(Locale.ROOT);
        if (p.startsWith("early") || p.contains("beginning") || p.contains("start") || p.contains("first half")) {
            return TimexMod.START;
        }
        if (p.startsWith("late") || p.contains("end") || p.contains("half")) {
            return TimexMod.END;
        }
        if (p.startsWith("mid") || p.contains("middle")) {
            return TimexMod.MID;
        }
        return null;
    }

    static TimexMod approxMod(String word) {
        if (word == null) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (w) {
            case "more than", "over", "just over" -> TimexMod.MORE_THAN;
            case "less than", "under", "just under" -> TimexMod.LESS_THAN;
            case "at least" -> TimexMod.EQUAL_OR_MORE;
            case "up to", "no more than", "at most" -> TimexMod.EQUAL_OR_LESS;
            default -> TimexMod.APPROX;
        };
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            return date(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(int y, int m, int d) {
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
