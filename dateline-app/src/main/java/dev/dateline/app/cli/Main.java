package dev.dateline.app.cli;

import dev.dateline.nlp.Annotator;
import dev.dateline.nlp.NlpConfig;
import java.util.function.Supplier;
import picocli.CommandLine;

/** The {@code dateline} command-line program. */
public final class Main {

    private Main() {
    }

    /** Runs the command line {@code args} and exits with its status: 0 ok, 1 failure, 2 bad usage. */
    public static void main(String[] args) {
        System.exit(commandLine(() -> new Annotator(NlpConfig.defaults())).execute(args));
    }

    /**
     * The command line, taking its annotator from {@code annotators} when a command needs one, so
     * that tests can share one loaded pipeline.
     */
    public static CommandLine commandLine(Supplier<Annotator> annotators) {
        CommandLine cli = new CommandLine(new DatelineCommand(annotators));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (System.getenv("DATELINE_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cli;
    }
}
