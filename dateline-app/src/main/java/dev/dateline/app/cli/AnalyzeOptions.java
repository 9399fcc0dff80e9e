package dev.dateline.app.cli;

import dev.dateline.app.Analysis;
import dev.dateline.app.Pipeline;
import dev.dateline.app.report.Reports;
import dev.dateline.events.EventCoder;
import dev.dateline.store.Store;
import dev.dateline.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options and the work shared by {@code analyze} and {@code demo}. */
final class AnalyzeOptions {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "dateline-out",
            description = "Folder for story.json, story.md and story.html (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    DbOption db;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads for language analysis (default: the number of cores).")
    Integer threads;

    @Mixin
    KbOption kb;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** Analyzes {@code paths}; returns the exit status. */
    int analyze(List<Path> paths) {
        PrintWriter err = spec.commandLine().getErr();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 64) {
            throw new ParameterException(spec.commandLine(), "--threads must lie in [1, 64]: " + n);
        }
        DatelineCommand top = (DatelineCommand) spec.root().userObject();
        long start = System.nanoTime();
        Path database = db.path();
        Analysis analysis;
        int neighbors;
        EventCoder coder = kb.coder(); // a malformed table of the user's stops here, naming file and line
        try (Store store = db.open()) {
            try (Pipeline pipeline = new Pipeline(() -> {
                err.println("loading language models ...");
                err.flush();
                return top.annotator();
            }, n, coder, kb.claims(), kb.framer())) {
                analysis = pipeline.run(paths, Optional.of(store), ConsoleProgress.forStderr(err),
                        p -> {
                            err.println(p.message());
                            err.flush();
                        });
                neighbors = pipeline.storedNeighbors();
            }
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        int status = analysis.errors().isEmpty() ? 0 : 1;
        if (analysis.articles().isEmpty()) {
            // Empty reports would replace the ones already there, which a mistyped path should never cost.
            err.println("dateline: no article was read, so the reports in " + out + " were left as they were");
            status = 1;
        } else {
            try {
                Reports.write(analysis, DatelineCommand.version(), out);
                PrintWriter stdout = spec.commandLine().getOut();
                for (String file : Reports.FILES) {
                    stdout.println(out.resolve(file));
                }
                stdout.flush();
            } catch (IOException | RuntimeException e) {
                err.println("error: cannot write the report into " + out + " (" + e.getMessage() + "); the reports"
                        + " there were left as they were");
                status = 1;
            }
        }
        long reused = analysis.articles().stream().filter(a -> a.reused()).count() - neighbors;
        int duplicates = analysis.articles().stream().mapToInt(a -> a.sources().size() - 1).sum();
        err.printf(Locale.ROOT, "dateline: %s (%d already stored, %s) into %s in %.1f s%s%n",
                count(analysis.articles().size() - neighbors, "article"), reused, count(duplicates, "duplicate"), database,
                (System.nanoTime() - start) / 1e9, neighbors == 0 ? ""
                        : "; " + count(neighbors, "stored article") + " of the same stories and weeks clustered with them");
        if (!analysis.errors().isEmpty()) {
            err.printf(Locale.ROOT, "dateline: %s failed; the rest was analyzed%n", count(analysis.errors().size(), "input"));
        }
        err.flush();
        return status;
    }

    /** "1 article", "3 articles". */
    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
