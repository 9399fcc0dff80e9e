package dev.dateline.app.bench;

import dev.dateline.app.Analysis;
import dev.dateline.app.AnalyzedArticle;
import dev.dateline.app.Pipeline;
import dev.dateline.app.Progress;
import dev.dateline.app.StageTimes;
import dev.dateline.ingest.ArticleException;
import dev.dateline.ingest.Cleaner;
import dev.dateline.ingest.InputReader;
import dev.dateline.merge.StoryClusterer;
import dev.dateline.nlp.Annotator;
import dev.dateline.nlp.internal.AnnotatorComparison;
import dev.dateline.nlp.NlpConfig;
import dev.dateline.store.Store;
import dev.dateline.time.TimeTagger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The analyze benchmark: reads a JSON Lines corpus, warms the pipeline up on part of it, then
 * analyzes all of it into a fresh store and prints articles/s and tokens/s per stage and end to
 * end, and the process's peak resident memory. Run it with the {@code bench} script.
 */
public final class Bench {

    private Bench() {
    }

    /**
     * {@code Bench [corpus.jsonl] [--threads N] [--warmup N]}, or {@code Bench [corpus.jsonl]
     * --nlp-choices} to time the candidate CoreNLP annotator sets instead.
     */
    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(System.getProperty("dateline.home", "."), "..", "shared", "data", "ecbplus-text.jsonl")
                .normalize();
        int threads = Runtime.getRuntime().availableProcessors();
        int warmup = 150;
        boolean nlpChoices = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--nlp-choices" -> nlpChoices = true;
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                default -> corpus = Path.of(args[i]);
            }
        }
        if (!Files.isRegularFile(corpus)) {
            System.out.println("bench skipped: corpus " + corpus + " not found");
            return;
        }
        if (nlpChoices) {
            compareAnnotators(corpus);
            return;
        }
        Path work = Files.createTempDirectory("dateline-bench");
        try {
            run(corpus, threads, warmup, work);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(Path corpus, int threads, int warmup, Path work) throws IOException {
        System.out.printf(Locale.ROOT, "corpus: %s%nthreads: %d, cores: %d, max heap: %d MB%n", corpus, threads,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        long t0 = System.nanoTime();
        Annotator annotator = new Annotator(NlpConfig.defaults());
        System.out.printf(Locale.ROOT, "model load: %.1f s%n", (System.nanoTime() - t0) / 1e9);

        List<String> lines = Files.readAllLines(corpus);
        Path head = work.resolve("warmup.jsonl");
        Files.write(head, lines.subList(0, Math.min(warmup, lines.size())));
        try (Store store = Store.open(work.resolve("warmup.duckdb"));
                Pipeline pipeline = new Pipeline(() -> annotator, threads)) {
            long w = System.nanoTime();
            Analysis a = pipeline.run(List.of(head), Optional.of(store), Progress.none(), p -> { });
            System.out.printf(Locale.ROOT, "warm-up: %d articles in %.1f s%n", a.articles().size(),
                    (System.nanoTime() - w) / 1e9);
        }

        Analysis analysis;
        StageTimes times;
        long wall;
        try (Store store = Store.open(work.resolve("bench.duckdb"));
                Pipeline pipeline = new Pipeline(() -> annotator, threads)) {
            long start = System.nanoTime();
            analysis = pipeline.run(List.of(corpus), Optional.of(store), Progress.none(), p -> { });
            wall = System.nanoTime() - start;
            times = pipeline.times();
        }
        int articles = analysis.articles().size();
        long tokens = analysis.articles().stream().mapToLong(AnalyzedArticle::tokenCount).sum();
        System.out.printf(Locale.ROOT, "articles: %d analyzed, %d problems; tokens: %d%n%n", articles,
                analysis.problems().size(), tokens);
        System.out.printf(Locale.ROOT, "%-22s %10s %12s %12s%n", "stage", "seconds", "articles/s", "tokens/s");
        List<String[]> rows = new ArrayList<>();
        for (Map.Entry<StageTimes.Stage, Double> e : times.seconds().entrySet()) {
            String name = e.getKey().name().toLowerCase(Locale.ROOT)
                    + (e.getKey() == StageTimes.Stage.NLP ? " (per thread)" : "");
            rows.add(row(name, e.getValue(), articles, tokens));
        }
        rows.add(row("end to end (wall)", wall / 1e9, articles, tokens));
        for (String[] r : rows) {
            System.out.printf(Locale.ROOT, "%-22s %10s %12s %12s%n", (Object[]) r);
        }
        System.out.printf(Locale.ROOT, "%npeak RSS: %s%n", peakRss());
        timeTagger(analysis);
        clusterStories(analysis, 10_000);
    }

    /**
     * Story clustering alone over {@code n} articles: the corpus's cleaned texts repeated under new
     * ids, each copy a week later than the one before, so copies fall into new stories.
     */
    private static void clusterStories(Analysis analysis, int n) {
        List<String> texts = analysis.articles().stream().map(a -> a.article().text()).toList();
        List<StoryClusterer.Document> documents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            documents.add(new StoryClusterer.Document("a" + i, texts.get(i % texts.size()),
                    Optional.of(LocalDate.of(2008, 1, 1).plusWeeks(i / texts.size() * 8L))));
        }
        long start = System.nanoTime();
        Map<String, String> stories = StoryClusterer.cluster(documents);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "story clustering, %d articles: %.1f s, %d stories%n", n, seconds,
                stories.values().stream().distinct().count());
    }

    /**
     * The time tagger alone on one thread, over the cleaned texts of the corpus, after a warm-up:
     * whitespace-separated words per second.
     */
    private static void timeTagger(Analysis analysis) {
        List<String> texts = analysis.articles().stream().map(a -> a.article().text()).toList();
        long words = texts.stream().mapToLong(t -> t.split("\\s+").length).sum();
        TimeTagger tagger = new TimeTagger();
        for (int i = 0; i < 3; i++) {
            texts.forEach(t -> tagger.tag(t, Optional.of(LocalDate.of(2008, 8, 12))));
        }
        int rounds = 5;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            texts.forEach(t -> tagger.tag(t, Optional.of(LocalDate.of(2008, 8, 12))));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "time tagger, one thread: %.0f words/s (%d words x %d rounds in %.2f s)%n",
                words * rounds / seconds, words, rounds, seconds);
    }

    /** Times the candidate CoreNLP annotator sets on the first 200 cleaned articles, one thread. */
    private static void compareAnnotators(Path corpus) {
        List<String> texts = new ArrayList<>();
        Cleaner cleaner = new Cleaner();
        new InputReader().read(corpus, raw -> {
            if (texts.size() < 200) {
                try {
                    texts.add(cleaner.clean(raw, p -> { }).text());
                } catch (ArticleException e) {
                    // Skipped: the comparison needs text, not this article.
                }
            }
        }, p -> { });
        AnnotatorComparison.compare(texts).forEach(System.out::println);
    }

    private static String[] row(String name, double seconds, int articles, long tokens) {
        return new String[] {name, String.format(Locale.ROOT, "%.2f", seconds),
            String.format(Locale.ROOT, "%.1f", articles / seconds), String.format(Locale.ROOT, "%.0f", tokens / seconds)};
    }

    /** The process's peak resident set size, from /proc on Linux. */
    static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "unknown";
    }
}
