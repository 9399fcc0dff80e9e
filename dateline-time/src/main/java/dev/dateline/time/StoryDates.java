package dev.dateline.time;

import dev.dateline.model.DateBasis;
import dev.dateline.model.PublicationDate;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates the articles of a batch that carry no day of their own from the stories they belong to:
 * a reprint takes the day of the original it copies, and an article of a story whose dated
 * articles run from one day to another lies between them. An article's own range is kept when
 * it is narrower, or when the story's contradicts it; an article dated to the day is never changed.
 */
public final class StoryDates {

    /**
     * An article as story dating sees it.
     *
     * @param id its id
     * @param story the id of its story
     * @param published its publication date as the article alone gives it
     * @param original the article whose passage it reprints, when it reprints one
     * @param notAfter a day it existed by (a web archive's crawl time), when known
     * @param datelineDay the month and day its wire dateline names without a year ("MOSCOW, August 13
     *     /ITAR-TASS/."), when it has one, with the dateline's words
     */
    public record Member(String id, String story, PublicationDate published, Optional<String> original,
            Optional<LocalDate> notAfter, Optional<DatelineDay> datelineDay) {
        public Member {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(story, "story");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(original, "original");
            Objects.requireNonNull(notAfter, "notAfter");
            Objects.requireNonNull(datelineDay, "datelineDay");
        }

        /** A member whose dateline names no month-day. */
        public Member(String id, String story, PublicationDate published, Optional<String> original,
                Optional<LocalDate> notAfter) {
            this(id, story, published, original, notAfter, Optional.empty());
        }
    }

    /** A month and day a wire dateline names without its year, and the dateline's words ("MOSCOW, August 13 /ITAR-TASS/"). */
    public record DatelineDay(MonthDay day, String words) {
        public DatelineDay {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(words, "words");
        }
    }

    /**
     * A wire dateline's month-day at the start of one of the first paragraphs: "MOSCOW, August 13
     * /ITAR-TASS/.", "Tbilisi, 12 Aug (Interfax) -".
     */
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^\\s*(\\p{Lu}[\\p{L} .'’-]{1,40}(?:,\\s*\\p{L}[\\p{L} .]{1,30})?,\\s*"
                    + "(?:" + MONTH + "\\.?\\s+(\\d{1,2})|(\\d{1,2})\\s+" + MONTH + "\\.?))(?!\\d|,?\\s*\\d{4})"
                    + "\\s*(?:\\(|/|--|—|–|-)");
    /** How far into the text a dateline is looked for. */
    private static final int DATELINE_REACH = 600;
    /** How sure a dateline's month-day is when its story's dates give the year. */
    static final double DATELINE_CONFIDENCE = 0.7;

    /** The month-day the wire dateline of {@code text} names without a year, if it has such a dateline. */
    public static Optional<DatelineDay> datelineDay(String text) {
        Matcher m = DATELINE.matcher(text.length() > DATELINE_REACH ? text.substring(0, DATELINE_REACH) : text);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(2) != null ? m.group(2) : m.group(5);
        String number = m.group(2) != null ? m.group(3) : m.group(4);
        for (Month month : Month.values()) {
            if (month.name().startsWith(name.toUpperCase(Locale.ROOT).substring(0, 3))) {
                int day = Integer.parseInt(number);
                if (day >= 1 && day <= month.maxLength()) {
                    return Optional.of(new DatelineDay(MonthDay.of(month, day), m.group(1).strip()));
                }
            }
        }
        return Optional.empty();
    }

    /** How sure the day of a reprint's original is as the reprint's day. */
    static final double REPRINT_CONFIDENCE = 0.7;
    /** How sure the span of a story's dates is as the range of an undated member. */
    static final double STORY_CONFIDENCE = 0.5;
    /** How many articles dated to the day a story needs before its dates bound the others. */
    static final int DATED_MEMBERS = 3;
    /**
     * How many days a story's dated articles may span for their dates to bound the others: a
     * longer story is several happenings, or one clustered wrongly, and bounds nothing.
     */
    static final int MAX_STORY_DAYS = 14;

    private StoryDates() {
    }

    /** The new publication date of each member whose date the story changes, by id, in input order. */
    public static Map<String, PublicationDate> infer(List<Member> members) {
        Map<String, Member> byId = new HashMap<>();
        Map<String, List<Member>> dated = new HashMap<>();
        for (Member m : members) {
            byId.put(m.id(), m);
            if (m.published().date().isPresent()) {
                dated.computeIfAbsent(m.story(), k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, PublicationDate> out = new LinkedHashMap<>();
        for (Member m : members) {
            if (m.published().date().isPresent()) {
                continue;
            }
            Optional<Member> original = m.original().map(byId::get).filter(o -> !o.id().equals(m.id())
                    && o.published().date().isPresent());
            if (original.isPresent()) {
                LocalDate day = original.get().published().date().get();
                if (within(m.published(), day, day) && m.notAfter().filter(day::isAfter).isEmpty()) {
                    out.put(m.id(), new PublicationDate(Optional.of(day), Optional.of(day), Optional.of(day),
                            DateBasis.STORY, REPRINT_CONFIDENCE, List.of("a reprint of article " + original.get().id()
                                    + ", published " + day)));
                    continue;
                }
            }
            List<Member> others = dated.getOrDefault(m.story(), List.of());
            if (others.size() < DATED_MEMBERS) {
                continue;
            }
            LocalDate first = others.stream().map(o -> o.published().date().get()).min(LocalDate::compareTo).get();
            LocalDate last = others.stream().map(o -> o.published().date().get()).max(LocalDate::compareTo).get();
            if (last.isAfter(first.plusDays(MAX_STORY_DAYS)) || m.notAfter().filter(first::isAfter).isPresent()) {
                continue; // too long a story to bound anything, or one the article existed before
            }
            if (m.notAfter().filter(last::isAfter).isPresent()) {
                last = m.notAfter().get();
            }
            // A dateline's month-day within the story's days (or a day either side) takes the story's year.
            LocalDate storyFirst = first;
            LocalDate storyLast = last;
            Optional<LocalDate> named = m.datelineDay().flatMap(d -> dayWithin(d.day(), storyFirst.minusDays(1),
                    storyLast.plusDays(1)));
            if (named.isPresent() && within(m.published(), named.get(), named.get())
                    && m.notAfter().filter(named.get()::isAfter).isEmpty()) {
                LocalDate day = named.get();
                out.put(m.id(), new PublicationDate(Optional.of(day), Optional.of(day), Optional.of(day), DateBasis.STORY,
                        DATELINE_CONFIDENCE, List.of("dateline '" + m.datelineDay().get().words() + "', in the year of its"
                                + " story's " + others.size() + " dated articles, " + first + " to " + last)));
                continue;
            }
            if (m.published().isKnown()) {
                // Its own range, narrowed by the story's where they overlap; kept as it is where they do not.
                LocalDate from = max(first, m.published().earliest().get());
                LocalDate to = min(last, m.published().latest().get());
                if (from.isAfter(to) || (from.equals(m.published().earliest().get()) && to.equals(m.published().latest().get()))) {
                    continue;
                }
                first = from;
                last = to;
            }
            List<String> evidence = new ArrayList<>(m.published().evidence());
            evidence.add("within the dates of its story's " + others.size() + " dated articles, " + first + " to " + last);
            out.put(m.id(), new PublicationDate(first.equals(last) ? Optional.of(first) : Optional.empty(),
                    Optional.of(first), Optional.of(last), DateBasis.STORY, STORY_CONFIDENCE, evidence));
        }
        return out;
    }

    /** Whether {@code published}, when known, allows a day in {@code [from, to]}. */
    private static boolean within(PublicationDate published, LocalDate from, LocalDate to) {
        return !published.isKnown() || (!published.earliest().get().isAfter(to) && !published.latest().get().isBefore(from));
    }

    /** The day {@code day} is in the year of {@code from} or of {@code to} that lies in {@code [from, to]}, if one does. */
    private static Optional<LocalDate> dayWithin(MonthDay day, LocalDate from, LocalDate to) {
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (day.isValidYear(year)) {
                LocalDate d = day.atYear(year);
                if (!d.isBefore(from) && !d.isAfter(to)) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
