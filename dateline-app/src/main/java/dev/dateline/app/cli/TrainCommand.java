package dev.dateline.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dateline train}: the commands that make the project's models from its own training data. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains the models Dateline ships, from the labelled data in the repository.",
        subcommands = {TrainEventsCommand.class, TrainCorefCommand.class, TrainConfidenceCommand.class})
final class TrainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
