package dev.dateline.app.cli;

import dev.dateline.app.Analysis;
import dev.dateline.app.AnalyzedArticle;
import dev.dateline.app.Pipeline;
import dev.dateline.eval.ClusterScores;
import dev.dateline.eval.GvaEvaluation;
import dev.dateline.events.Claim;
import dev.dateline.events.Event;
import dev.dateline.merge.Ledger;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline eval gva DIR}: dating on real local news about gun-violence incidents. */
@Command(name = "gva", mixinStandardHelpOptions = true,
        description = {"Analyzes the Gun Violence Archive's news articles (DIR/articles.jsonl, each linked to its"
                + " incident in DIR/incidents.jsonl) with their real publication dates hidden, and prints how often"
                + " the inferred publication date or range holds the real one, how often the article's first"
                + " violent event (CAMEO 18, 19, 20, not background) falls on the incident's day, and how often the"
                + " killed and injured figures it claims include the incident's counts.",
            "The articles split by incident: --part tune may be read for errors, --part test is the figure to report."},
        footer = {"", "Example:", "  dateline eval gva ../shared/data/gva --part test", "",
            "Exit status: 0 scored, 2 bad usage or unreadable data."})
final class EvalGvaCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder holding articles.jsonl and incidents.jsonl.")
    Path dir;

    @Option(names = "--part", paramLabel = "PART", defaultValue = "ALL", description = "tune, test or all (default).")
    GvaEvaluation.Part part;

    @Option(names = "--with-dates", description = "Give the real publication dates instead of hiding them.")
    boolean withDates;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N articles of the part.")
    Integer limit;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--errors", paramLabel = "FILE", description = "Also write each article's dates, given and real,"
            + " here (for the tuning part only).")
    Path errors;

    @Mixin
    KbOption kb;

    @Spec
    CommandSpec spec;

    /** The violent roots whose day is the incident's. */
    private static final Set<String> VIOLENT = Set.of("18", "19", "20");

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(dir.resolve("articles.jsonl")) || !Files.isRegularFile(dir.resolve("incidents.jsonl"))) {
            err.println("dateline eval gva: " + dir + " holds no articles.jsonl and incidents.jsonl");
            return 2;
        }
        List<GvaEvaluation.Article> articles = GvaEvaluation.read(dir, part);
        if (limit != null) {
            articles = articles.subList(0, Math.min(limit, articles.size()));
        }
        Path input = Files.createTempFile("dateline-gva", ".jsonl");
        try {
            GvaEvaluation.writeInput(articles, input, withDates);
            DatelineCommand top = (DatelineCommand) spec.root().userObject();
            int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            Analysis analysis;
            try (Pipeline pipeline = new Pipeline(top::annotator, n, kb.coder(), kb.claims(), kb.framer())) {
                analysis = pipeline.run(List.of(input), Optional.empty(), ConsoleProgress.forStderr(err), p -> { });
            }
            Map<String, GvaEvaluation.Outcome> outcomes = new HashMap<>();
            for (AnalyzedArticle a : analysis.articles()) {
                // Each place it was read from is a line of the input, one article of the part (copies are one).
                for (String source : a.sources()) {
                    int line = Integer.parseInt(source.substring(source.lastIndexOf(':') + 1));
                    Optional<Event> incident = incident(a);
                    outcomes.put(articles.get(line - 1).id(), new GvaEvaluation.Outcome(
                            a.article().metadata().published(), incident.flatMap(e -> e.time().value())
                                    .flatMap(EvalGvaCommand::day), incident.map(e -> how(a, e)).orElse(""), figures(a)));
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("part " + part.name().toLowerCase() + (withDates ? ", real dates given" : ""));
            GvaEvaluation.report(articles, outcomes, estimates(articles, analysis), withDates).forEach(out::println);
            out.println(stories(articles, analysis));
            out.flush();
            if (errors != null) {
                try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
                    GvaEvaluation.errors(articles, outcomes, w);
                }
            }
            return 0;
        } finally {
            Files.deleteIfExists(input);
        }
    }

    /**
     * The article's first violent event that is news and dated to the day by words of its own
     * (its clause or its paragraph's narrative time), else the first dated only by the article.
     */
    private static Optional<Event> incident(AnalyzedArticle a) {
        List<Event> dated = a.events().stream().filter(e -> VIOLENT.contains(e.cameo().root())
                && e.background().isEmpty() && e.time().value().flatMap(EvalGvaCommand::day).isPresent()).toList();
        return dated.stream().filter(e -> !e.time().basis().equals("article")).findFirst()
                .or(() -> dated.stream().findFirst());
    }

    /** The disclosed figures the article claims, by measure. */
    private static List<GvaEvaluation.Figure> figures(AnalyzedArticle a) {
        String text = a.article().originalText();
        return a.claims().stream().filter(c -> c.disclosed() && c.low().isPresent())
                .map(c -> new GvaEvaluation.Figure(c.measure().label(), c.low().getAsLong(),
                        c.high().isPresent() ? c.high().getAsLong() : -1, c.sentenceSpan().in(text).replaceAll("\\s+", " ")))
                .toList();
    }

    /**
     * What the ledger of each incident's story estimates: the story that holds most of the
     * incident's articles, and the largest estimate of its killed lines and of its wounded lines.
     */
    private static Map<String, GvaEvaluation.Estimate> estimates(List<GvaEvaluation.Article> articles, Analysis analysis) {
        Map<String, String> incidentOf = new HashMap<>();
        for (AnalyzedArticle a : analysis.articles()) {
            for (String source : a.sources()) {
                int line = Integer.parseInt(source.substring(source.lastIndexOf(':') + 1));
                incidentOf.put(a.article().id().value(), articles.get(line - 1).incident());
            }
        }
        Map<String, Map<String, Integer>> storiesOf = new HashMap<>();
        incidentOf.forEach((article, incident) -> storiesOf.computeIfAbsent(incident, k -> new HashMap<>())
                .merge(analysis.stories().getOrDefault(article, article), 1, Integer::sum));
        Map<String, GvaEvaluation.Estimate> out = new HashMap<>();
        storiesOf.forEach((incident, stories) -> {
            String story = stories.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            List<Ledger.Line> lines = analysis.ledgers().getOrDefault(story, List.of());
            out.put(incident, new GvaEvaluation.Estimate(largest(lines, Claim.Measure.KILLED),
                    largest(lines, Claim.Measure.WOUNDED)));
        });
        return out;
    }

    /**
     * How the articles' stories match their incidents: B3 and pairwise precision, recall and F1,
     * each article counted once (copies of one article are one).
     */
    private static String stories(List<GvaEvaluation.Article> articles, Analysis analysis) {
        Map<String, String> gold = new HashMap<>();
        Map<String, String> system = new HashMap<>();
        for (AnalyzedArticle a : analysis.articles()) {
            String id = a.article().id().value();
            String source = a.sources().get(0);
            gold.put(id, articles.get(Integer.parseInt(source.substring(source.lastIndexOf(':') + 1)) - 1).incident());
            system.put(id, analysis.stories().getOrDefault(id, id));
        }
        ClusterScores s = ClusterScores.of(gold, system);
        return String.format(Locale.ROOT, "stories: %d articles, %d incidents, %d stories; B3 precision %.3f, recall %.3f,"
                + " F1 %.3f; pairwise precision %.3f, recall %.3f, F1 %.3f", gold.size(), gold.values().stream().distinct()
                .count(), system.values().stream().distinct().count(), s.b3Precision(), s.b3Recall(), s.b3F1(),
                s.pairPrecision(), s.pairRecall(), s.pairF1());
    }

    private static Optional<Long> largest(List<Ledger.Line> lines, Claim.Measure measure) {
        return lines.stream().filter(l -> l.measure() == measure && l.estimate().value().isPresent())
                .map(l -> l.estimate().value().getAsLong()).max(Long::compare);
    }

    private static String how(AnalyzedArticle a, Event e) {
        String text = a.article().originalText();
        return "'" + e.triggerText() + "' dated " + e.time().value().orElse("-") + " by "
                + e.time().span().map(s -> "'" + s.in(text) + "' ").orElse("") + "(" + e.time().basis() + ") in: "
                + e.sentenceSpan().in(text).replaceAll("\\s+", " ");
    }

    private static Optional<LocalDate> day(String timex) {
        if (!timex.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(timex.substring(0, 10)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
