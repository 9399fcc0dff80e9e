package dev.dateline.merge;

import dev.dateline.events.ActorMention;
import dev.dateline.events.Event;
import dev.dateline.events.Modality;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Merges the event mentions of a story that report one happening: the same kind of act (PLOVER
 * type, or CAMEO root for statements), compatible dates, a participant in common, and compatible
 * places. An announced meeting and the report of it held are one event, whose modality is that of
 * the latest mention. Where mentions disagree (date, place, participants), every value is kept
 * with the mentions that give it.
 *
 * <pre>{@code
 * List<EventMerger.Merged> events = EventMerger.merge(mentions);
 * }</pre>
 */
public final class EventMerger {

    /**
     * One event mention of an article.
     *
     * @param id the mention's id ({@code <article>-e<n>})
     * @param article the article's id
     * @param source the article's independent source
     * @param published the article's publication day, when known (orders mentions in time)
     * @param event the coded event
     * @param range the days the article was published within, when known only to a range (its
     *     story's dates: "2008-08-08".."2008-08-10"), else empty
     */
    public record Mention(String id, String article, String source, Optional<String> published, Event event,
            Optional<String[]> range) {
        public Mention {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(range, "range");
        }

        /** A mention of an article published on a known day, or on none. */
        public Mention(String id, String article, String source, Optional<String> published, Event event) {
            this(id, article, source, published, event, Optional.empty());
        }
    }

    /** The widest publication range that still dates a mention for merging: a story's few days, not its weeks. */
    static final int NARROW_RANGE_DAYS = 3;

    /**
     * A value mentions disagree on, and which mentions give each.
     *
     * @param field {@code date}, {@code place}, {@code source} or {@code target}
     * @param values each value with the ids of the mentions that give it
     */
    public record Disagreement(String field, Map<String, List<String>> values) {
    }

    /**
     * A happening as all its mentions report it.
     *
     * @param id the id of its first mention's event
     * @param representative the mention that stands for it (the latest one, whose modality is the event's)
     * @param mentions every mention, in order of publication
     * @param numArticles articles that mention it
     * @param numSources independent sources among them
     * @param date the date most mentions give, when any does
     * @param disagreements values its mentions disagree on
     */
    public record Merged(String id, Mention representative, List<Mention> mentions, int numArticles, int numSources,
            Optional<String> date, List<Disagreement> disagreements) {

        /** Its modality: the latest mention's ("will meet" then "met" is asserted). */
        public Modality modality() {
            return representative.event().modality();
        }

        /** How much it matters in a timeline: independent sources, then the Goldstein weight's size; none for background. */
        public double importance() {
            return background() ? 0 : numSources * 10 + Math.abs(representative.event().cameo().goldstein());
        }

        /** Whether every mention is history the articles recall ("the 2008 war"): evidence, not a current event. */
        public boolean background() {
            return mentions.stream().allMatch(m -> m.event().background().isPresent());
        }
    }

    private EventMerger() {
    }

    /** The events of {@code mentions} (one story's), merged; in order of their first mention. */
    public static List<Merged> merge(List<Mention> mentions) {
        List<List<Mention>> groups = new ArrayList<>();
        for (Mention m : mentions) {
            List<Mention> home = null;
            for (List<Mention> g : groups) {
                // One match joins the group, unless a member's sentence gives the event another day: a
                // mention dated only by its article must not bridge two happenings of different days.
                if (g.stream().anyMatch(other -> same(m, other)) && g.stream().noneMatch(other -> otherDay(m, other))) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(m);
        }
        List<Merged> out = new ArrayList<>();
        for (List<Mention> g : groups) {
            List<Mention> ordered = new ArrayList<>(g);
            ordered.sort(Comparator.comparing((Mention m) -> m.published().orElse("")));
            // The latest news mention stands for it; a background one only when all are.
            Mention latest = ordered.stream().filter(m -> m.event().background().isEmpty()).reduce((a, b) -> b)
                    .orElse(ordered.get(ordered.size() - 1));
            Set<String> articles = new LinkedHashSet<>();
            Set<String> sources = new LinkedHashSet<>();
            g.forEach(m -> {
                articles.add(m.article());
                sources.add(m.source());
            });
            out.add(new Merged(g.get(0).id(), latest, ordered, articles.size(), sources.size(), date(g), disagreements(g)));
        }
        return out;
    }

    /**
     * Whether two mentions can report one happening: compatible acts (the same act, or two acts
     * of one PLOVER type: "visited" and "hosted", "met" and "held talks", two acts of violence), the
     * same actors on each side they both name, dates that agree, and places that agree. Two
     * mentions of one article are one event only when they code alike.
     */
    static boolean same(Mention x, Mention y) {
        Event a = x.event();
        Event b = y.event();
        boolean oneType = a.act().plover().isPresent() && a.act().plover().equals(b.act().plover());
        if (!(a.act().code().equals(b.act().code()) || oneType)) {
            return false;
        }
        if (x.article().equals(y.article())) {
            return a.cameo().code().equals(b.cameo().code()) && countries(a.source()).equals(countries(b.source()))
                    && countries(a.target()).equals(countries(b.target()));
        }
        boolean consult = a.act().root().equals("04");
        Set<String> sa = consult ? countries(a) : countries(a.source());
        Set<String> sb = consult ? countries(b) : countries(b.source());
        Set<String> ta = countries(a.target());
        Set<String> tb = countries(b.target());
        if (sa.isEmpty() && sb.isEmpty()) {
            // No one named as acting ("1,400 people were killed in Tskhinvali"): the same victims in the same place.
            return !ta.isEmpty() && ta.equals(tb) && a.place().isPresent() && a.place().equals(b.place()) && sameDay(x, y);
        }
        if (sa.isEmpty() || sb.isEmpty() || sa.stream().noneMatch(sb::contains)) {
            return false;
        }
        if (!consult && !ta.isEmpty() && !tb.isEmpty() && ta.stream().noneMatch(tb::contains)) {
            return false;
        }
        return sameDay(x, y)
                && (a.placeCountry().isEmpty() || b.placeCountry().isEmpty() || a.placeCountry().equals(b.placeCountry()));
    }

    /**
     * Whether two mentions date their event alike: the same day when both sentences date it; else
     * articles written within two days of each other, an article known only to a narrow range
     * (its story's few days) counting by that range. Mentions with no date at all never match.
     */
    private static boolean sameDay(Mention x, Mention y) {
        Optional<String> a = day(x.event());
        Optional<String> b = day(y.event());
        if (a.isPresent() && b.isPresent()) {
            return a.equals(b);
        }
        Optional<long[]> p = written(x);
        Optional<long[]> q = written(y);
        if (p.isEmpty() || q.isEmpty()) {
            return false;
        }
        long gap = Math.max(p.get()[0], q.get()[0]) - Math.min(p.get()[1], q.get()[1]); // negative when they overlap
        return gap <= 2;
    }

    /** The days (epoch days, first and last) a mention's article was written in: its day, or a narrow range. */
    private static Optional<long[]> written(Mention m) {
        if (m.published().isPresent()) {
            long day = LocalDate.parse(m.published().get()).toEpochDay();
            return Optional.of(new long[] {day, day});
        }
        return m.range().map(r -> new long[] {LocalDate.parse(r[0]).toEpochDay(), LocalDate.parse(r[1]).toEpochDay()})
                .filter(r -> r[1] - r[0] <= NARROW_RANGE_DAYS);
    }

    /** Whether both sentences date their events, to different days. */
    private static boolean otherDay(Mention x, Mention y) {
        Optional<String> a = day(x.event());
        Optional<String> b = day(y.event());
        return a.isPresent() && b.isPresent() && !a.equals(b);
    }

    /** The day a sentence gives its event, when it gives one ("2008-08-12"; "XXXX-WXX-6" is none). */
    private static Optional<String> day(Event e) {
        return e.time().basis().equals("sentence")
                ? e.time().value().filter(v -> v.matches("\\d{4}-\\d{2}-\\d{2}.*")).map(v -> v.substring(0, 10))
                : Optional.empty();
    }

    private static Set<String> countries(List<ActorMention> actors) {
        Set<String> out = new LinkedHashSet<>();
        for (ActorMention m : actors) {
            m.code().ifPresent(c -> out.add(c.base()));
        }
        return out;
    }

    private static Set<String> countries(Event e) {
        Set<String> out = countries(e.source());
        out.addAll(countries(e.target()));
        return out;
    }

    private static Optional<String> date(List<Mention> g) {
        Map<String, Integer> votes = new TreeMap<>();
        g.forEach(m -> m.event().time().value().ifPresent(v -> votes.merge(v, m.event().time().basis().equals("sentence") ? 2 : 1,
                Integer::sum)));
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private static List<Disagreement> disagreements(List<Mention> g) {
        List<Disagreement> out = new ArrayList<>();
        disagreement(out, "date", g, m -> m.event().time().basis().equals("sentence") ? m.event().time().value() : Optional.empty());
        disagreement(out, "place", g, m -> m.event().place());
        disagreement(out, "source", g, m -> codes(m.event().source()));
        disagreement(out, "target", g, m -> codes(m.event().target()));
        return out;
    }

    private static Optional<String> codes(List<ActorMention> actors) {
        List<String> codes = actors.stream().filter(ActorMention::resolved).map(a -> a.code().get().toString()).sorted().toList();
        return codes.isEmpty() ? Optional.empty() : Optional.of(String.join("+", codes));
    }

    private static void disagreement(List<Disagreement> out, String field, List<Mention> g,
            Function<Mention, Optional<String>> value) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Mention m : g) {
            value.apply(m).ifPresent(v -> values.computeIfAbsent(v, k -> new ArrayList<>()).add(m.id()));
        }
        if (values.size() > 1) {
            out.add(new Disagreement(field, values));
        }
    }
}
