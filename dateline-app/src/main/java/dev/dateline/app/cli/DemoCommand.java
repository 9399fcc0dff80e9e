package dev.dateline.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dateline demo}: analyze the bundled example corpus. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Analyzes the example corpus in examples/georgia-2008 (the August 2008 war in Georgia, as told by"
                + " several outlets) into ./dateline-out."})
final class DemoCommand implements Callable<Integer> {

    @Mixin
    AnalyzeOptions options;

    @Override
    public Integer call() {
        Path examples = examples();
        if (!Files.isDirectory(examples)) {
            options.spec.commandLine().getErr().println("error: the example corpus " + examples
                    + " is missing; run the demo from the repository root or through ./dateline");
            return 1;
        }
        return options.analyze(List.of(examples));
    }

    private static Path examples() {
        String home = System.getProperty("dateline.home");
        Path examples = home == null ? Path.of("examples") : Path.of(home, "examples");
        return examples.resolve("georgia-2008");
    }
}
