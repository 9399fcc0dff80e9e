package dev.dateline.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.app.Analysis;
import dev.dateline.app.AnalyzedArticle;
import dev.dateline.app.Pipeline;
import dev.dateline.merge.EventMerger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline eval merge DIR}: whether each real happening of a multi-outlet corpus is one event. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Analyzes DIR/articles.jsonl (records with an \"id\") and checks each happening of"
                + " DIR/expected.jsonl (its \"articles\" ids, \"cameo_root\", \"independent_sources\"; the asserted ones):"
                + " whether one merged event of that CAMEO root holds all its articles, whether it holds no others, and whether"
                + " its count of independent sources is right.",
            "Prints each happening as ok, sources (wrong count), joined (with other articles, or one event with another"
                + " happening), split or missed, and the totals."},
        footer = {"", "Example:", "  dateline eval merge examples/merge", "",
            "Exit status: 0 scored, 2 bad usage or unreadable data."})
final class EvalMergeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder holding articles.jsonl and expected.jsonl.")
    Path dir;

    @Mixin
    KbOption kb;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Path articles = dir.resolve("articles.jsonl");
        Path expected = dir.resolve("expected.jsonl");
        if (!Files.isRegularFile(articles) || !Files.isRegularFile(expected)) {
            err.println("dateline eval merge: " + dir + " holds no articles.jsonl and expected.jsonl");
            return 2;
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode n : lines(articles)) {
            ids.add(n.path("id").asText());
        }
        DatelineCommand top = (DatelineCommand) spec.root().userObject();
        Analysis analysis;
        try (Pipeline pipeline = new Pipeline(top::annotator, Runtime.getRuntime().availableProcessors(), kb.coder(),
                kb.claims(), kb.framer())) {
            analysis = pipeline.run(List.of(articles), Optional.empty(), ConsoleProgress.forStderr(err), p -> { });
        }
        // The corpus's own id of each analyzed article, from the line it was read from.
        Map<String, String> corpusId = new HashMap<>();
        for (AnalyzedArticle a : analysis.articles()) {
            for (String source : a.sources()) {
                corpusId.put(a.article().id().value(), ids.get(Integer.parseInt(source.substring(source.lastIndexOf(':') + 1)) - 1));
            }
        }
        List<EventMerger.Merged> events = analysis.events().values().stream().flatMap(List::stream).toList();
        PrintWriter out = spec.commandLine().getOut();
        int happenings = 0;
        int covered = 0;
        int exact = 0;
        int sourcesRight = 0;
        Map<String, String> taken = new HashMap<>();
        for (JsonNode h : lines(expected)) {
            if (!h.path("modality").asText("asserted").equals("asserted")) {
                continue;
            }
            happenings++;
            Set<String> want = new TreeSet<>();
            h.path("articles").forEach(a -> want.add(a.asText()));
            String root = h.path("cameo_root").asText();
            List<Set<String>> found = new ArrayList<>();
            EventMerger.Merged whole = null;
            for (EventMerger.Merged m : events) {
                if (!m.representative().event().act().root().equals(root) && !m.representative().event().cameo().root().equals(root)) {
                    continue;
                }
                Set<String> got = new TreeSet<>();
                m.mentions().forEach(x -> got.add(corpusId.getOrDefault(x.article(), x.article())));
                if (got.stream().anyMatch(want::contains)) {
                    found.add(got);
                    if (got.containsAll(want) && (whole == null || got.size() < whole.numArticles())) {
                        whole = m;
                    }
                }
            }
            String what = h.path("story").asText() + ": " + h.path("happening").asText();
            if (whole == null) {
                out.println((found.isEmpty() ? "missed " : "split  ") + "  " + what + ": expected " + want + ", events " + found);
                continue;
            }
            String other = taken.putIfAbsent(whole.id(), what);
            if (other != null) {
                out.println("joined   " + what + ": one event with '" + other + "'");
                continue;
            }
            covered++;
            boolean alone = whole.numArticles() == want.size();
            exact += alone ? 1 : 0;
            boolean right = whole.numSources() == h.path("independent_sources").asInt();
            sourcesRight += right ? 1 : 0;
            out.println((alone && right ? "ok     " : alone ? "sources" : "joined ") + "  " + what + ": "
                    + whole.numSources() + " independent sources (expected " + h.path("independent_sources").asInt() + ")"
                    + (alone ? "" : ", with " + (whole.numArticles() - want.size()) + " more articles"));
        }
        out.printf("happenings %d: all their articles in one event %d, exactly their articles %d; right independent"
                + " sources %d%n", happenings, covered, exact, sourcesRight);
        out.flush();
        return 0;
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(json.readTree(line));
                }
            }
        }
        return out;
    }
}
