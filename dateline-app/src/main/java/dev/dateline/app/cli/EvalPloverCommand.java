package dev.dateline.app.cli;

import dev.dateline.eval.PloverEvaluation;
import dev.dateline.eval.TextCoder;
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

/** {@code dateline eval plover FILE}: event coding against PLOVER gold records. */
@Command(name = "plover", mixinStandardHelpOptions = true,
        description = {"Codes the text of each PLOVER gold record and prints event type accuracy (PLOVER 0.5b1 types"
                + " mapped to the current ones), source and target actor accuracy, and with --confusion a confusion"
                + " table by type.",
            "plover-gsr-dev.json is a blind test: run it without --confusion and --errors, and never read its errors."},
        footer = {"", "Example:", "  dateline eval plover ../shared/data/plover/plover-gsr-dev.json", "",
            "Exit status: 0 scored, 2 bad usage or unreadable gold file."})
final class EvalPloverCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A JSON array of PLOVER gold records.")
    Path gold;

    @Option(names = "--errors", paramLabel = "FILE", description = "Also write each record coded wrong, and why, here.")
    Path errors;

    @Option(names = "--confusion", description = "Also print the confusion table of types.")
    boolean confusion;

    @Mixin
    KbOption kb;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(gold)) {
            spec.commandLine().getErr().println("dateline eval plover: " + gold + " is not a file");
            return 2;
        }
        DatelineCommand top = (DatelineCommand) spec.root().userObject();
        TextCoder coder = new TextCoder(top::annotator, kb.coder());
        List<PloverEvaluation.Outcome> outcomes = PloverEvaluation.run(gold, coder);
        PloverEvaluation.report(outcomes, spec.commandLine().getOut(), confusion);
        if (errors != null) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
                PloverEvaluation.errors(outcomes, w);
            }
        }
        return 0;
    }
}
