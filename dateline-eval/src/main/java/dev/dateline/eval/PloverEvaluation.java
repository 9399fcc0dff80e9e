package dev.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.events.ActorMention;
import dev.dateline.events.Event;
import dev.dateline.ingest.ArticleException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Scores event coding against PLOVER gold records (the PLOVER GSR format: {@code text},
 * {@code event}, {@code source} and {@code target} lists of {@code {code, sector}}): per record,
 * the event the text is chiefly about is compared with the gold one.
 */
public final class PloverEvaluation {

    /**
     * PLOVER 0.5b1 types as the current PLOVER names them; the others kept their names. DEMAND
     * became REQUEST; DISAPPROVE and INVESTIGATE became modes of ACCUSE; FIGHT merged into ASSAULT.
     */
    public static final Map<String, String> CURRENT_TYPES = Map.of(
            "DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

    /** CAMEO country codes of older releases that ISO 3166 spells otherwise. */
    public static final Map<String, String> LEGACY_CODES = Map.of("JAP", "JPN", "ITL", "ITA", "ROM", "ROU",
            "UK", "GBR", "DRC", "COD");

    /** One scored record. */
    public record Outcome(String id, String text, String goldType, String systemType, Set<String> goldSource,
            Set<String> systemSource, Set<String> goldTarget, Set<String> systemTarget, String rule) {

        boolean typeRight() {
            return goldType.equals(systemType);
        }

        boolean sourceRight() {
            return goldSource.equals(systemSource);
        }

        boolean targetRight() {
            return goldTarget.equals(systemTarget);
        }
    }

    private PloverEvaluation() {
    }

    /** Codes every record with a text in {@code gold} and scores it. */
    public static List<Outcome> run(Path gold, TextCoder coder) throws IOException {
        JsonNode records = new ObjectMapper().readTree(gold.toFile());
        if (records == null || !records.isArray()) {
            throw new IOException(gold + ": expected a JSON array of PLOVER records");
        }
        List<Outcome> out = new ArrayList<>();
        for (JsonNode r : records) {
            if (!r.path("text").isTextual() || r.path("event").asText().equals("DOCUMENT")) {
                continue;
            }
            String id = r.path("id").asText();
            Optional<LocalDate> date = Optional.empty();
            if (r.path("date").isTextual() && r.path("date").asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                date = Optional.of(LocalDate.parse(r.path("date").asText()));
            }
            Optional<Event> main;
            try {
                main = coder.code(id, r.path("text").asText(), date).main();
            } catch (ArticleException e) {
                main = Optional.empty();
            }
            String goldType = CURRENT_TYPES.getOrDefault(r.path("event").asText(), r.path("event").asText());
            String systemType = main.flatMap(e -> e.cameo().plover()).orElse("NONE");
            out.add(new Outcome(id, r.path("text").asText(), goldType, systemType, codes(r.path("source")),
                    main.map(e -> codes(e.source())).orElse(Set.of()), codes(r.path("target")),
                    main.map(e -> codes(e.target())).orElse(Set.of()),
                    main.map(e -> e.cameo().code() + " " + e.modality().label() + ": " + e.rule()).orElse("no event")));
        }
        return out;
    }

    private static Set<String> codes(JsonNode actors) {
        Set<String> out = new TreeSet<>();
        if (actors.isArray()) {
            for (JsonNode a : actors) {
                String code = a.path("code").asText("").strip();
                if (code.length() >= 3) {
                    String base = code.substring(0, 3);
                    out.add(LEGACY_CODES.getOrDefault(base, base));
                }
            }
        }
        return out;
    }

    private static Set<String> codes(List<ActorMention> actors) {
        return actors.stream().filter(ActorMention::resolved).map(a -> a.code().get().base())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Prints accuracy of type, source and target, and with {@code confusion} the confusion of
     * types (not for a blind test set: the table tells its errors).
     */
    public static void report(List<Outcome> outcomes, PrintWriter out, boolean confusion) {
        long withSource = outcomes.stream().filter(o -> !o.goldSource().isEmpty()).count();
        long withTarget = outcomes.stream().filter(o -> !o.goldTarget().isEmpty()).count();
        out.printf("records: %d (with a gold source: %d, with a gold target: %d)%n", outcomes.size(), withSource, withTarget);
        out.printf("event type accuracy:    %.3f (%d of %d)%n", ratio(outcomes.stream().filter(Outcome::typeRight).count(),
                outcomes.size()), outcomes.stream().filter(Outcome::typeRight).count(), outcomes.size());
        long sources = outcomes.stream().filter(o -> !o.goldSource().isEmpty() && o.sourceRight()).count();
        out.printf("source actor accuracy:  %.3f (%d of %d; the set of country or organization codes)%n",
                ratio(sources, withSource), sources, withSource);
        long targets = outcomes.stream().filter(o -> !o.goldTarget().isEmpty() && o.targetRight()).count();
        out.printf("target actor accuracy:  %.3f (%d of %d)%n", ratio(targets, withTarget), targets, withTarget);
        long coded = outcomes.stream().filter(o -> !o.systemType().equals("NONE")).count();
        out.printf("records with an event:  %d of %d%n", coded, outcomes.size());
        if (!confusion) {
            out.flush();
            return;
        }
        out.println();
        out.println("confusion (rows: gold type, columns: system type; counts)");
        Map<String, Map<String, Integer>> table = new TreeMap<>();
        Set<String> columns = new TreeSet<>();
        for (Outcome o : outcomes) {
            table.computeIfAbsent(o.goldType(), k -> new TreeMap<>()).merge(o.systemType(), 1, Integer::sum);
            columns.add(o.systemType());
        }
        out.printf("%-11s", "");
        for (String c : columns) {
            out.printf(" %4s", c.substring(0, Math.min(4, c.length())));
        }
        out.printf("  %s%n", "acc");
        for (Map.Entry<String, Map<String, Integer>> row : table.entrySet()) {
            out.printf("%-11s", row.getKey());
            int total = 0;
            for (String c : columns) {
                int n = row.getValue().getOrDefault(c, 0);
                total += n;
                out.printf(" %4s", n == 0 ? "." : Integer.toString(n));
            }
            out.printf("  %.2f%n", ratio(row.getValue().getOrDefault(row.getKey(), 0), total));
        }
        out.flush();
    }

    /** Writes every record the system got wrong, with what it coded and why. */
    public static void errors(List<Outcome> outcomes, PrintWriter out) {
        for (Outcome o : outcomes) {
            if (!o.typeRight() || (!o.goldSource().isEmpty() && !o.sourceRight())) {
                out.printf("%s%n  %s%n  type %s -> %s   source %s -> %s   target %s -> %s%n  %s%n%n", o.id(), o.text(),
                        o.goldType(), o.systemType(), o.goldSource(), o.systemSource(), o.goldTarget(),
                        o.systemTarget(), o.rule());
            }
        }
        out.flush();
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
