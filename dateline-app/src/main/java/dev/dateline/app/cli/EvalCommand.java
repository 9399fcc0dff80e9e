package dev.dateline.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dateline eval}: the evaluation commands. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluates Dateline against annotated corpora.",
        subcommands = {EvalTimeMlCommand.class, EvalPloverCommand.class, EvalEventsCommand.class, EvalCoreferenceCommand.class,
            EvalMergeCommand.class, EvalGvaCommand.class, EvalEventDatesCommand.class,
            EvalExtractionCommand.class})
final class EvalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
