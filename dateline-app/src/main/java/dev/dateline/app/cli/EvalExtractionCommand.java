package dev.dateline.app.cli;

import dev.dateline.eval.ExtractionEvaluation;
import dev.dateline.ingest.ArticleException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline eval extraction DIR}: main text, dates, titles and authors of real web pages. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Scores main-text extraction on the trafilatura evaluation set (DIR/evaldata.json, pages in"
                + " DIR/eval and DIR/cache, gzipped): text segments that must appear and boilerplate that must not"
                + " (white space normalised, counts summed over the pages: precision, recall, F1), and the"
                + " publication date, title and author against the set's gold.",
            "The pages split by the hash of their file name: --part tune may be read for errors, --part test is the"
                + " figure to report."},
        footer = {"", "Example:", "  dateline eval extraction ../shared/data/extraction/trafilatura-eval --part test", "",
            "Exit status: 0 scored, 2 bad usage or unreadable data."})
final class EvalExtractionCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder holding evaldata.json, eval/ and cache/.")
    Path dir;

    @Option(names = "--part", paramLabel = "PART", defaultValue = "ALL", description = "tune, test or all (default).")
    ExtractionEvaluation.Part part;

    @Option(names = "--extractor", paramLabel = "NAME", defaultValue = "dateline",
            description = "dateline (default, the project's own) or readability4j.")
    String extractor;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N pages of the part.")
    Integer limit;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--errors", paramLabel = "FILE", description = "Also write each page's misses here (tuning part only).")
    Path errors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(dir.resolve("evaldata.json"))) {
            err.println("dateline eval extraction: " + dir + " holds no evaldata.json");
            return 2;
        }
        ExtractionEvaluation.Extractor chosen = ExtractionEvaluation.EXTRACTORS.get(extractor.toLowerCase(Locale.ROOT));
        if (chosen == null) {
            err.println("dateline eval extraction: unknown extractor '" + extractor + "'; choose one of "
                    + String.join(", ", ExtractionEvaluation.EXTRACTORS.keySet().stream().sorted().toList()));
            return 2;
        }
        if (errors != null && part != ExtractionEvaluation.Part.TUNE) {
            err.println("dateline eval extraction: --errors is for --part tune only");
            return 2;
        }
        List<ExtractionEvaluation.Page> pages = ExtractionEvaluation.read(dir, part);
        if (limit != null) {
            pages = pages.subList(0, Math.min(limit, pages.size()));
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        long start = System.nanoTime();
        List<ExtractionEvaluation.Extracted> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<ExtractionEvaluation.Extracted>> futures = new ArrayList<>();
            for (ExtractionEvaluation.Page page : pages) {
                futures.add(pool.submit(() -> {
                    try {
                        return chosen.extract(page.url(), ExtractionEvaluation.html(page));
                    } catch (ArticleException e) {
                        return ExtractionEvaluation.Extracted.nothing();
                    }
                }));
            }
            for (Future<ExtractionEvaluation.Extracted> f : futures) {
                results.add(f.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        out.println("part " + part.name().toLowerCase(Locale.ROOT));
        ExtractionEvaluation.report(extractor, pages, results).forEach(out::println);
        out.println(String.format(Locale.ROOT, "time: %.1f s, %.1f pages/s on %d threads", seconds, pages.size() / seconds, n));
        out.flush();
        if (errors != null) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
                ExtractionEvaluation.errors(pages, results, w);
            }
        }
        return 0;
    }
}
