package dev.dateline.app.cli;

import dev.dateline.nlp.Annotator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command: a sourced record of what happened, from news coverage. */
@Command(name = "dateline", mixinStandardHelpOptions = true, versionProvider = DatelineCommand.Version.class,
        description = "Turns news coverage from many outlets into a sourced record of what happened.",
        subcommands = {AnalyzeCommand.class, DemoCommand.class, ArticlesCommand.class, KbCommand.class, CodeCommand.class, ExplainCommand.class, ClaimsCommand.class, TimelineCommand.class,
            ReportCommand.class,
            EvalCommand.class, TrainCommand.class},
        footer = {"", "Exit status: 0 ok, 1 some input or the store failed, 2 bad usage."})
public final class DatelineCommand implements Runnable {

    private final Supplier<Annotator> annotators;
    private Annotator annotator;

    @Spec
    CommandSpec spec;

    DatelineCommand(Supplier<Annotator> annotators) {
        this.annotators = annotators;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The annotator, loaded on first use. */
    synchronized Annotator annotator() {
        if (annotator == null) {
            annotator = annotators.get();
        }
        return annotator;
    }

    /** The store used when no {@code --db} is given: $DATELINE_DB, else ~/.dateline/dateline.duckdb. */
    static Path defaultDatabase() {
        String env = System.getenv("DATELINE_DB");
        return env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".dateline", "dateline.duckdb");
    }

    /** Dateline's version, from the build. */
    static String version() {
        try (InputStream in = DatelineCommand.class.getResourceAsStream("/dev/dateline/app/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Supplies {@code --version}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dateline " + version()};
        }
    }
}
