package dev.dateline.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dateline.app.Analysis;
import dev.dateline.app.AnalyzedArticle;
import dev.dateline.app.Pipeline;
import dev.dateline.eval.ConfidenceTraining;
import dev.dateline.eval.ConfidenceTraining.Record;
import dev.dateline.events.Event;
import dev.dateline.events.EventConfidence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline train confidence}: the model that says how likely an event is coded right. */
@Command(name = "confidence", mixinStandardHelpOptions = true,
        description = {"Trains the confidence model on the events the precision audits judged"
                + " (training/confidence/judgments.jsonl): analyzes the judged articles (ECB+ and GVA articles from"
                + " ../shared/data, the project's own from examples/), keeps each judgment whose coding the coder still"
                + " gives, fits a logistic regression from the coder's features to the verdict, and chooses the threshold"
                + " under which the coder abstains by five-fold cross-validation over articles (F0.5: precision first).",
            "Prints the share of events kept and their precision by threshold, cross-validated."},
        footer = {"", "Examples:", "  dateline train confidence", "  dateline train confidence --check", "",
            "Exit status: 0 done (or --check: the file is reproduced), 1 --check found a difference, 2 bad usage."})
final class TrainConfidenceCommand implements Callable<Integer> {

    private static final Path HOME = Path.of(System.getProperty("dateline.home", "."));

    @Option(names = "--judgments", paramLabel = "FILE", description = "The judged events (default: the project's).")
    Path judgments = HOME.resolve("training/confidence/judgments.jsonl");

    @Option(names = "--data", paramLabel = "DIR", description = "The shared data folder (default: ../shared/data).")
    Path data = HOME.resolve("../shared/data");

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: the shipped one).")
    Path out = HOME.resolve("dateline-events/src/main/resources" + EventConfidence.RESOURCE);

    @Option(names = "--check", description = "Train, and compare with the model file instead of writing it.")
    boolean check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ConfidenceTraining.Judgment> judged = ConfidenceTraining.read(judgments);
        Map<String, List<String>> wanted = ConfidenceTraining.records(judged);
        ObjectMapper json = new ObjectMapper();
        // The judged articles, as the audits analyzed them: one JSON Lines file, and the demo's own files.
        List<Record> lines = new ArrayList<>();
        List<String> records = new ArrayList<>();
        Map<String, Set<String>> missing = new HashMap<>();
        wanted.forEach((corpus, ids) -> missing.put(corpus, new HashSet<>(ids)));
        for (String corpus : List.of("ecbplus", "gva", "audit")) {
            for (Path file : sources(corpus)) {
                if (!Files.isRegularFile(file)) {
                    err.println("dateline train confidence: " + file + " is missing");
                    return 2;
                }
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (line.isBlank()) {
                            continue;
                        }
                        JsonNode r = json.readTree(line);
                        String id = r.path("id").asText();
                        Optional<String> match = missing.getOrDefault(corpus, Set.of()).stream()
                                .filter(w -> corpus.equals("gva") ? id.startsWith(w) : id.equals(w)).findFirst();
                        if (match.isPresent()) {
                            missing.get(corpus).remove(match.get());
                            lines.add(new Record(corpus, match.get()));
                            records.add(json.writeValueAsString(audited(json, corpus, match.get(), r)));
                        }
                    }
                }
            }
        }
        List<Path> inputs = new ArrayList<>();
        Path folder = Files.createTempDirectory("dateline-confidence");
        Path jsonl = folder.resolve("judged.jsonl");
        Files.write(jsonl, records, StandardCharsets.UTF_8);
        inputs.add(jsonl);
        for (String name : wanted.getOrDefault("demo", List.of())) {
            inputs.add(HOME.resolve("examples/georgia-2008").resolve(name));
            missing.get("demo").remove(name);
        }
        missing.forEach((corpus, ids) -> {
            if (!ids.isEmpty()) {
                err.println("dateline train confidence: " + ids.size() + " judged " + corpus + " records not found");
            }
        });
        DatelineCommand top = (DatelineCommand) spec.root().userObject();
        stdout.println("analyzing " + (records.size() + inputs.size() - 1) + " judged articles ...");
        stdout.flush();
        Analysis analysis;
        try (Pipeline pipeline = new Pipeline(top::annotator, Runtime.getRuntime().availableProcessors())) {
            analysis = pipeline.run(inputs, Optional.empty(), ConsoleProgress.forStderr(err), p -> { });
        } finally {
            Files.deleteIfExists(jsonl);
            Files.deleteIfExists(folder);
        }
        Map<Record, List<Event>> coded = new HashMap<>();
        for (AnalyzedArticle a : analysis.articles()) {
            for (String source : a.sources()) {
                Record r = source.startsWith(jsonl.toString() + ":")
                        ? lines.get(Integer.parseInt(source.substring(source.lastIndexOf(':') + 1)) - 1)
                        : new Record("demo", Path.of(source.replaceFirst(":\\d+$", "")).getFileName().toString());
                coded.computeIfAbsent(r, k -> new ArrayList<>()).addAll(a.coding().coded());
            }
        }
        ConfidenceTraining.Result r = ConfidenceTraining.train(judged, coded);
        stdout.printf(Locale.ROOT, "%d of %d judgments still match the coder's coding; %.1f%% of those are right%n",
                r.used(), r.judged(), 100 * r.baseRate());
        stdout.printf(Locale.ROOT, "cross-validated (%d folds by article), AUC %.3f:%n", 5, r.auc());
        stdout.println("  threshold  kept   precision");
        for (ConfidenceTraining.Point p : r.crossValidated()) {
            stdout.printf(Locale.ROOT, "  %.2f       %5.1f%%  %5.1f%%%n", p.threshold(), 100 * p.kept(), 100 * p.precision());
        }
        stdout.printf(Locale.ROOT, "threshold chosen: %.2f%n", r.model().parameter("threshold").orElseThrow());
        String tsv = r.model().toTsv("The confidence model: a logistic regression from what the coder knew of an event to the\n"
                + "probability that it is coded right, written by 'dateline train confidence' from the precision\n"
                + "audits' judgments (training/confidence/judgments.jsonl). Below (threshold) the coder abstains.\n"
                + "Do not edit by hand.");
        return ModelFile.writeOrCheck(out, tsv, check, "dateline train confidence", stdout);
    }

    /** The files each corpus's judged records come from. */
    private List<Path> sources(String corpus) throws IOException {
        return switch (corpus) {
            case "ecbplus" -> List.of(data.resolve("ecbplus-text.jsonl"));
            case "gva" -> List.of(data.resolve("gva/articles.jsonl"));
            default -> {
                try (var files = Files.list(HOME.resolve("examples/audit"))) {
                    yield files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
                }
            }
        };
    }

    /** Record {@code r} of {@code corpus} as the audit read it: its id, and a GVA article's date as its publication date. */
    private static ObjectNode audited(ObjectMapper json, String corpus, String id, JsonNode r) {
        ObjectNode o = json.createObjectNode();
        switch (corpus) {
            case "ecbplus" -> {
                o.put("id", "ecb-" + id);
                o.set("text", r.path("text"));
            }
            case "gva" -> {
                o.put("id", "gva-" + id);
                o.set("url", r.path("url"));
                o.set("title", r.path("title"));
                o.set("published", r.path("dct"));
                o.set("text", r.path("text"));
            }
            default -> {
                return (ObjectNode) r;
            }
        }
        return o;
    }
}
