package dev.dateline.app.cli;

import dev.dateline.app.Analysis;
import dev.dateline.app.Pipeline;
import dev.dateline.app.report.Reports;
import dev.dateline.store.Store;
import dev.dateline.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline report}: the reports of the whole store, or of one stored story. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes story.json, story.md and story.html from every article of the store (or of one story),"
                + " not only from the last batch: each stored article is loaded with its annotation, its findings are made"
                + " anew, and the stories, merged events, claims ledger and timeline are rebuilt and stored.",
            "No language model is loaded."},
        footer = {"", "Examples:", "  dateline report --out /tmp/all", "  dateline report --story 9a565a0eb04ef8fc", "",
            "Exit status: 0 written, 1 the store is empty, cannot be read, or the report cannot be written, 2 bad usage."})
final class ReportCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Mixin
    KbOption kb;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "dateline-out",
            description = "Folder for the reports (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--story", paramLabel = "ID", description = "Only this story's articles (its id, as story.json lists it).")
    String story;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        DatelineCommand top = (DatelineCommand) spec.root().userObject();
        Analysis analysis;
        try (Store store = db.openExisting();
                Pipeline pipeline = new Pipeline(top::annotator, 1, kb.coder(), kb.claims(), kb.framer())) {
            analysis = pipeline.fromStore(store, Optional.ofNullable(story), p -> err.println(p.message()));
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        if (analysis.articles().isEmpty()) {
            err.println("dateline report: no stored article" + (story == null ? "" : " in story " + story)
                    + "; nothing was written");
            return 1;
        }
        try {
            Reports.write(analysis, DatelineCommand.version(), out);
        } catch (IOException | RuntimeException e) {
            err.println("error: cannot write the report into " + out + " (" + e.getMessage() + ")");
            return 1;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        for (String file : Reports.FILES) {
            stdout.println(out.resolve(file));
        }
        stdout.flush();
        err.printf("dateline: %d stored articles in %d stories reported%n", analysis.articles().size(),
                analysis.byStory().size());
        return 0;
    }
}
