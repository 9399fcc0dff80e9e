package dev.dateline.app.cli;

import dev.dateline.eval.EventCorpus;
import dev.dateline.eval.EventEvaluation;
import dev.dateline.eval.TextCoder;
import dev.dateline.events.EventCoder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline eval events FILE...}: event coding on the project's own labelled sentences. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Codes each labelled sentence (training/events/*.jsonl) and prints event type, CAMEO root,"
                + " source, target and modality accuracy, event precision and recall, and type accuracy by register.",
            "The held-apart set (heldout.jsonl) is for measuring only: --errors refuses it."},
        footer = {"", "Example:", "  dateline eval events training/events/heldout.jsonl", "",
            "Exit status: 0 scored, 2 bad usage or an unreadable file."})
final class EvalEventsCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON Lines files of labelled sentences.")
    List<Path> files;

    @Option(names = "--errors", paramLabel = "FILE", description = "Also write each sentence coded wrong, and why, here.")
    Path errors;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Mixin
    KbOption kb;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                spec.commandLine().getErr().println("dateline eval events: " + f + " is not a file");
                return 2;
            }
            if (errors != null && f.getFileName().toString().startsWith("heldout")) {
                spec.commandLine().getErr().println("dateline eval events: --errors is not for the held-apart set "
                        + f + ": its errors must not be read");
                return 2;
            }
        }
        DatelineCommand top = (DatelineCommand) spec.root().userObject();
        EventCoder coder = kb.coder();
        List<EventCorpus.Sentence> sentences = EventCorpus.read(files, coder.codebook());
        List<EventEvaluation.Outcome> outcomes = EventEvaluation.run(sentences, new TextCoder(top::annotator, coder),
                Math.max(1, threads));
        EventEvaluation.report(outcomes, spec.commandLine().getOut());
        if (errors != null) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
                EventEvaluation.errors(outcomes, w, e -> e.rule());
            }
        }
        return 0;
    }
}
