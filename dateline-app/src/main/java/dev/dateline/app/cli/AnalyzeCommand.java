package dev.dateline.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dateline analyze PATH...}: analyze articles into the store and a report. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyzes news articles into the store and writes story.json, story.md and story.html.",
            "PATH is a file (text, Markdown, HTML or JSON Lines; detected from content) or a folder, read"
                    + " recursively."},
        footer = {"", "Example:", "  dateline analyze examples/ --out report/ --db /tmp/news.duckdb", "",
            "Exit status: 0 ok, 1 some input or the store failed (a summary line says how many), 2 bad usage."})
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders of articles.")
    List<Path> paths;

    @Mixin
    AnalyzeOptions options;

    @Override
    public Integer call() {
        return options.analyze(paths);
    }
}
