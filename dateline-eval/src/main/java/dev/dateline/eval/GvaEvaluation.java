package dev.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dateline.model.PublicationDate;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Scores dating on the Gun Violence Archive's news articles ({@code articles.jsonl}, each linked
 * to its incident in {@code incidents.jsonl}): the publication date inferred with the real date
 * hidden, and the incident's day as the article's events give it.
 *
 * <p>The articles split by incident into a tuning part and a test part (the parity of the
 * incident id's hash), so that errors read on one never flatter the figure of the other.
 */
public final class GvaEvaluation {

    /** Which articles are scored. */
    public enum Part {
        /** Articles whose incident's id has an even hash: errors may be read here. */
        TUNE,
        /** The others: report these, never read their errors. */
        TEST,
        ALL;

        boolean holds(String incident) {
            return this == ALL || name().equalsIgnoreCase(DateTally.part(incident));
        }
    }

    /** One article with its real publication date, its incident's day and the incident's dead and injured. */
    public record Article(String id, String incident, String title, String url, LocalDate published, LocalDate incidentDay,
            int killed, int injured, String text) {
    }

    /** A figure the article claims: what it counts, the least and most it can mean (-1: unbounded), and its sentence. */
    public record Figure(String measure, long low, long high, String sentence) {
        boolean counts(String what, int n) {
            return measure.equals(what) && low <= n && (high < 0 || n <= high);
        }
    }

    /**
     * What Dateline made of one article: its publication date, and the incident's day when it gave
     * one, with how ("'shot' dated by 'Tuesday' (sentence)").
     */
    public record Outcome(PublicationDate published, Optional<LocalDate> incidentDay, String how, List<Figure> figures) {
        public Outcome {
            figures = List.copyOf(figures);
        }

        /**
         * Whether the figures found for {@code measure} include the gold count {@code n}: one of them
         * means {@code n}; for none, no figure counts anyone.
         */
        boolean right(String measure, int n) {
            if (n == 0) {
                return figures.stream().noneMatch(f -> f.measure().equals(measure) && f.low() > 0);
            }
            if (figures.stream().anyMatch(f -> f.counts(measure, n))) {
                return true;
            }
            // The wounded the figures imply: of N shot, those not among a killed figure of the article (or all).
            return measure.equals("wounded") && figures.stream().filter(f -> f.measure().equals("shot") && f.low() == f.high())
                    .anyMatch(shot -> shot.low() == n || figures.stream().anyMatch(k -> k.measure().equals("killed")
                            && k.low() == k.high() && shot.low() - k.low() == n));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private GvaEvaluation() {
    }

    /** The articles of {@code dir} in {@code part} whose incident is known, in file order. */
    public static List<Article> read(Path dir, Part part) throws IOException {
        Map<String, LocalDate> days = new HashMap<>();
        Map<String, int[]> counts = new HashMap<>();
        for (JsonNode n : lines(dir.resolve("incidents.jsonl"))) {
            date(n.path("date").asText()).ifPresent(d -> days.put(n.path("incident").asText(), d));
            counts.put(n.path("incident").asText(), new int[] {n.path("num_killed").asInt(), n.path("num_injured").asInt()});
        }
        List<Article> out = new ArrayList<>();
        for (JsonNode n : lines(dir.resolve("articles.jsonl"))) {
            String incident = n.path("incident").asText();
            Optional<LocalDate> published = date(n.path("dct").asText());
            if (part.holds(incident) && days.containsKey(incident) && published.isPresent()) {
                out.add(new Article(n.path("id").asText(), incident, n.path("title").asText(""), n.path("url").asText(""),
                        published.get(), days.get(incident), counts.get(incident)[0], counts.get(incident)[1],
                        n.path("text").asText("")));
            }
        }
        return out;
    }

    /**
     * Writes {@code articles} as Dateline input into {@code file}: id, title, url and text, and the
     * real date only when {@code withDates}. The URL is an archive copy, whose crawl time is a
     * bound Dateline may use.
     */
    public static void writeInput(List<Article> articles, Path file, boolean withDates) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Article a : articles) {
                ObjectNode o = JSON.createObjectNode();
                o.put("id", a.id());
                o.put("title", a.title());
                o.put("url", a.url());
                if (withDates) {
                    o.put("published", a.published().toString());
                }
                o.put("text", a.text());
                w.write(JSON.writeValueAsString(o));
                w.newLine();
            }
        }
    }

    /**
     * What the claims ledger of an incident's story estimates: the largest conservative estimate
     * of its killed lines and of its wounded lines, empty where it has none.
     */
    public record Estimate(Optional<Long> killed, Optional<Long> injured) {
        static boolean right(Optional<Long> estimate, int gold) {
            return estimate.map(e -> e == gold).orElse(gold == 0);
        }
    }

    /**
     * The report lines for {@code outcomes}, by article id (an article with none counts as given
     * nothing), and for the ledger {@code estimates}, by incident.
     */
    public static List<String> report(List<Article> articles, Map<String, Outcome> outcomes, Map<String, Estimate> estimates,
            boolean datesGiven) {
        DateTally dates = new DateTally();
        int dayGiven = 0;
        int dayRight = 0;
        int baselineRight = 0;
        int killedRight = 0;
        int injuredRight = 0;
        int bothRight = 0;
        for (Article a : articles) {
            Outcome o = outcomes.get(a.id());
            if (o == null) {
                continue;
            }
            dates.add(o.published(), a.published());
            if (o.incidentDay().isPresent()) {
                dayGiven++;
                dayRight += o.incidentDay().get().equals(a.incidentDay()) ? 1 : 0;
            }
            baselineRight += a.published().equals(a.incidentDay()) ? 1 : 0;
            boolean killed = o.right("killed", a.killed());
            boolean injured = o.right("wounded", a.injured());
            killedRight += killed ? 1 : 0;
            injuredRight += injured ? 1 : 0;
            bothRight += killed && injured ? 1 : 0;
        }
        int n = articles.size();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "articles %d (incidents' dates known)", n));
        lines.add(String.format(Locale.ROOT, "publication date, " + (datesGiven ? "real date given" : "real date hidden")
                + ": a date or range for %d (%s); true date"
                + " inside %d of %d (%s); median width %s days; a single day for %d, right %d", dates.ranged,
                share(dates.ranged, n), dates.inside, dates.ranged, share(dates.inside, dates.ranged), dates.medianWidth(),
                dates.exact, dates.exactRight));
        lines.add(String.format(Locale.ROOT, "incident day from the events: given for %d (%s), right %d = %s of articles"
                + " (%s of those given); baseline, the real publication date: %s", dayGiven, share(dayGiven, n), dayRight,
                share(dayRight, n), share(dayRight, dayGiven), share(baselineRight, n)));
        lines.add(String.format(Locale.ROOT, "claims: the figures found include the incident's killed for %s of articles,"
                + " its injured for %s, both for %s", share(killedRight, n), share(injuredRight, n), share(bothRight, n)));
        Map<String, int[]> gold = new LinkedHashMap<>();
        articles.forEach(a -> gold.putIfAbsent(a.incident(), new int[] {a.killed(), a.injured()}));
        int incidents = 0;
        int ledgerKilled = 0;
        int ledgerInjured = 0;
        int ledgerBoth = 0;
        for (Map.Entry<String, int[]> g : gold.entrySet()) {
            Estimate e = estimates.getOrDefault(g.getKey(), new Estimate(Optional.empty(), Optional.empty()));
            boolean killed = Estimate.right(e.killed(), g.getValue()[0]);
            boolean injured = Estimate.right(e.injured(), g.getValue()[1]);
            incidents++;
            ledgerKilled += killed ? 1 : 0;
            ledgerInjured += injured ? 1 : 0;
            ledgerBoth += killed && injured ? 1 : 0;
        }
        lines.add(String.format(Locale.ROOT, "ledger: the estimate of each incident's story is its killed for %s of %d incidents,"
                + " its injured for %s, both for %s", share(ledgerKilled, incidents), incidents, share(ledgerInjured, incidents),
                share(ledgerBoth, incidents)));
        return lines;
    }

    /**
     * One line per article of the tuning part of {@code articles}, tab-separated, for reading its
     * errors: id, real date, the date or range given with its evidence, the incident's day, the day
     * given, the killed and injured counts (ok or missed), the figures found, and for a missed count
     * the sentences of the figures found. Articles of the test part are never written.
     */
    public static void errors(List<Article> articles, Map<String, Outcome> outcomes, PrintWriter w) {
        w.println("id\treal\tgiven\tinside\tevidence\tincident\tincident given\thow\tkilled\tinjured\tfigures\tsentences");
        for (Article a : articles) {
            Outcome o = outcomes.get(a.id());
            if (o == null || !Part.TUNE.holds(a.incident())) {
                continue;
            }
            boolean missed = !o.right("killed", a.killed()) || !o.right("wounded", a.injured());
            PublicationDate p = o.published();
            String given = !p.isKnown() ? "-" : p.date().map(Object::toString)
                    .orElse(p.earliest().orElseThrow() + ".." + p.latest().orElseThrow());
            boolean inside = p.isKnown() && DateTally.inside(p, a.published());
            w.println(String.join("\t", a.id(), a.published().toString(), given + " (" + p.basis().id() + ")",
                    p.isKnown() ? Boolean.toString(inside) : "-", String.join(" | ", p.evidence()),
                    a.incidentDay().toString(), o.incidentDay().map(Object::toString).orElse("-"), o.how(),
                    a.killed() + (o.right("killed", a.killed()) ? " ok" : " missed"),
                    a.injured() + (o.right("wounded", a.injured()) ? " ok" : " missed"),
                    o.figures().stream().map(f -> f.measure() + " " + f.low() + (f.high() == f.low() ? "" : ".."
                            + (f.high() < 0 ? "" : Long.toString(f.high())))).collect(Collectors.joining(", ")),
                    missed ? o.figures().stream().map(Figure::sentence).distinct().collect(Collectors.joining(" | ")) : ""));
        }
    }

    private static String share(int a, int b) {
        return b == 0 ? "-" : String.format(Locale.ROOT, "%.3f", a / (double) b);
    }

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    /** A day written as ISO ("2017-02-17", a timestamp's first ten characters) or as "April 8, 2017". */
    private static Optional<LocalDate> date(String s) {
        try {
            return Optional.of(s.matches("\\d{4}-\\d{2}-\\d{2}.*") ? LocalDate.parse(s.substring(0, 10))
                    : LocalDate.parse(s.strip(), WRITTEN));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        }
        return out;
    }
}
