package dev.dateline.merge;

import dev.dateline.events.Claim;
import dev.dateline.events.Claim.Category;
import dev.dateline.events.Claim.Measure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The claims ledger: the figures of a story grouped by what they count (measure, whose people,
 * military or civilian), ordered by the date they are claimed for, with how each relates to the
 * ones before it, and a conservative estimate where sources disagree.
 *
 * <pre>{@code
 * List<Ledger.Line> lines = Ledger.build(entries);
 * }</pre>
 */
public final class Ledger {

    /**
     * A claim of one article.
     *
     * @param id the claim's id in story.json
     * @param article the article's id
     * @param source who published it, for independence: the wire agency it credits, else its outlet, else the article
     * @param claim the claim
     */
    public record Entry(String id, String article, String source, Claim claim) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(claim, "claim");
        }
    }

    /** How a claim stands to an earlier one. */
    public enum Relation {
        /** The same claimant, later, with a figure that grew: a running count. */
        UPDATES,
        /** The same figure from an independent source. */
        CORROBORATES,
        /** Figures that cannot both be true: other claimants, or one claimant on one date. */
        CONTRADICTS;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** That claim {@code from} stands in {@code relation} to the earlier claim {@code to}. */
    public record Link(String from, Relation relation, String to) {
    }

    /**
     * A conservative estimate, as ACLED takes one when sources disagree: the lowest of the
     * latest figures of each claimant, within the range they span.
     *
     * @param value the estimate, empty when no claim has a lower bound
     * @param low the lowest of those figures
     * @param high the highest (empty: some figure has no upper bound)
     * @param claimants how many claimants' latest figures it rests on
     * @param zeros who stated zero for these people ("no American casualties"), when someone did:
     *     the estimate then rests on that zero, and says so
     */
    public record Estimate(OptionalLong value, OptionalLong low, OptionalLong high, int claimants, List<String> zeros) {
        public Estimate {
            zeros = List.copyOf(zeros);
        }

        /** "; it rests on a zero stated by USAGOV", or nothing when no one stated zero. */
        public String zeroNote() {
            return zeros.isEmpty() ? "" : "; it rests on a zero stated by " + String.join(", ", zeros);
        }
    }

    /**
     * One figure that several claims count.
     *
     * @param measure what is counted
     * @param subject whose people ({@code RUS}), empty when no claim says
     * @param category military, civilian or all
     * @param place the place whose people it counts, when narrower than a country
     * @param entries its claims, by as-of date; a stated zero that covers them ("no casualties"
     *     covers the killed) is among them
     * @param links how they relate
     * @param estimate the conservative estimate
     */
    public record Line(Measure measure, Optional<String> subject, Category category, Optional<String> place,
            List<Entry> entries, List<Link> links, Estimate estimate) {

        /** Whether its figures are disputed: figures from two claimants, or a contradiction. */
        public boolean contested() {
            return links.stream().anyMatch(l -> l.relation() == Relation.CONTRADICTS)
                    || entries.stream().filter(e -> e.claim().disclosed()
                            && (e.claim().low().isPresent() || e.claim().high().isPresent()))
                    .map(e -> claimant(e.claim())).distinct().count() > 1;
        }

        /** "killed, RUS, military", "killed, GEO, all, in Tskhinvali". */
        public String title() {
            return measure.label() + ", " + subject.orElse("whose not said") + ", " + category.label()
                    + place.map(p -> ", in " + p).orElse("");
        }
    }

    private Ledger() {
    }

    /**
     * The ledger of {@code entries}, one line per measure, subject, category and place, in order
     * of first claim. A stated zero joins the lines of other measures it covers for the same
     * people ("no American casualties" covers the Americans killed and wounded).
     */
    public static List<Line> build(List<Entry> entries) {
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        for (Entry e : entries) {
            Claim c = e.claim();
            groups.computeIfAbsent(c.measure() + "/" + c.subjectCode().orElse("") + "/" + c.category() + "/"
                    + c.place().map(p -> p.toLowerCase(Locale.ROOT)).orElse(""), k -> new ArrayList<>()).add(e);
        }
        List<Line> out = new ArrayList<>();
        for (List<Entry> group : groups.values()) {
            List<Entry> sorted = new ArrayList<>(group);
            Claim first = sorted.get(0).claim();
            for (Entry e : entries) {
                if (!sorted.contains(e) && covers(e.claim(), first)) {
                    sorted.add(e);
                }
            }
            sorted.sort(Comparator.comparing((Entry e) -> e.claim().asOf().orElse("")).thenComparing(Entry::id));
            out.add(new Line(first.measure(), first.subjectCode(), first.category(), first.place(), sorted, links(sorted),
                    estimate(sorted)));
        }
        return out;
    }

    /**
     * Whether the stated zero {@code zero} counts the people of {@code line} too: the same
     * people (a subject both name), and a measure that includes the line's ("no casualties"
     * includes the killed and the wounded), for all of them or the same category.
     */
    private static boolean covers(Claim zero, Claim line) {
        boolean measure = zero.measure() == line.measure() || zero.measure() == Measure.CASUALTIES
                && (line.measure() == Measure.KILLED || line.measure() == Measure.WOUNDED);
        return zero.zero() && !line.zero() && measure && zero.subjectCode().isPresent()
                && zero.subjectCode().equals(line.subjectCode())
                && (zero.category() == Category.ALL || zero.category() == line.category())
                && (zero.place().isEmpty() || zero.place().equals(line.place()));
    }

    private static List<Link> links(List<Entry> sorted) {
        List<Link> out = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            Entry c = sorted.get(i);
            if (!c.claim().disclosed()) {
                continue;
            }
            for (Relation r : Relation.values()) {
                // The latest earlier claim it stands so to, if any.
                for (int j = i - 1; j >= 0; j--) {
                    Entry p = sorted.get(j);
                    if (p.claim().disclosed() && holds(r, c, p)) {
                        out.add(new Link(c.id(), r, p.id()));
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static boolean holds(Relation r, Entry later, Entry earlier) {
        Claim c = later.claim();
        Claim p = earlier.claim();
        boolean sameClaimant = claimant(c).isPresent() && claimant(c).equals(claimant(p));
        boolean sameFigure = c.low().equals(p.low()) && c.high().equals(p.high());
        boolean laterDate = c.asOf().orElse("").compareTo(p.asOf().orElse("")) > 0;
        return switch (r) {
            case UPDATES -> sameClaimant && laterDate && !sameFigure && c.low().orElse(0) >= p.low().orElse(0);
            case CORROBORATES -> sameFigure && !later.source().equals(earlier.source())
                    && !later.article().equals(earlier.article());
            case CONTRADICTS -> !overlap(c, p) && (sameClaimant ? !laterDate
                    : claimant(c).isPresent() && claimant(p).isPresent());
        };
    }

    private static boolean overlap(Claim a, Claim b) {
        long aLow = a.low().orElse(0);
        long bLow = b.low().orElse(0);
        long aHigh = a.high().orElse(Long.MAX_VALUE);
        long bHigh = b.high().orElse(Long.MAX_VALUE);
        return aLow <= bHigh && bLow <= aHigh;
    }

    private static Optional<String> claimant(Claim c) {
        return c.claimant().map(a -> a.code().map(x -> x.toString()).orElse(a.text().toLowerCase(Locale.ROOT)));
    }

    private static Estimate estimate(List<Entry> sorted) {
        Map<String, Claim> latest = new LinkedHashMap<>();
        for (Entry e : sorted) {
            if (e.claim().disclosed() && (e.claim().low().isPresent() || e.claim().high().isPresent())) {
                latest.put(claimant(e.claim()).orElse("unattributed:" + e.id()), e.claim()); // sorted: the last wins
            }
        }
        OptionalLong low = latest.values().stream().filter(c -> c.low().isPresent())
                .mapToLong(c -> c.low().getAsLong()).min();
        boolean unbounded = latest.values().stream().anyMatch(c -> c.high().isEmpty());
        OptionalLong high = unbounded ? OptionalLong.empty()
                : latest.values().stream().mapToLong(c -> c.high().getAsLong()).max();
        List<String> zeros = latest.entrySet().stream().filter(e -> e.getValue().zero()).map(Map.Entry::getKey)
                .map(k -> k.startsWith("unattributed:") ? "unattributed" : k).distinct().toList();
        return new Estimate(low, low, high, latest.size(), zeros);
    }

    /** The claimant of a claim as the ledger compares them: its code, else its words. */
    public static String claimantOf(Claim c) {
        return claimant(c).orElse("unattributed");
    }
}
