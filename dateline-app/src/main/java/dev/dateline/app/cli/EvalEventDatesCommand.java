package dev.dateline.app.cli;

import dev.dateline.eval.TextCoder;
import dev.dateline.eval.TimeMlEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline eval event-dates DIR}: the day of each event against TimeML gold. */
@Command(name = "event-dates", mixinStandardHelpOptions = true,
        description = {"Dates every gold EVENT of the TimeML documents under DIR that a TLINK (IS_INCLUDED, DURING,"
                + " SIMULTANEOUS, BEGINS, ENDS) anchors to a DATE of day precision or to the document's creation time,"
                + " as Dateline dates events (with the DCT given), and prints the share dated to the right day beside"
                + " the baseline that puts every event on the DCT.",
            "The documents split by file name into a tuning part and a test part; --errors lists only the tuning"
                + " part's errors."},
        footer = {"", "Example:", "  dateline eval event-dates ../shared/data/timebank", "",
            "Exit status: 0 scored, 2 bad usage."})
final class EvalEventDatesCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "A folder of TimeML documents (read recursively).")
    Path dir;

    @Option(names = "--errors", paramLabel = "FILE", description = "Also write each event of the tuning part dated wrong.")
    Path errors;

    @Mixin
    KbOption kb;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("dateline eval event-dates: " + dir + " is not a folder");
            return 2;
        }
        DatelineCommand top = (DatelineCommand) spec.root().userObject();
        TextCoder coder = new TextCoder(top::annotator, kb.coder());
        PrintWriter out = spec.commandLine().getOut();
        try (PrintWriter w = errors == null ? null
                : new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
            new TimeMlEvaluation().evaluateEventDates(dir, coder, Optional.ofNullable(w)).forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
