package dev.dateline.app.cli;

import dev.dateline.actors.Resolution;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline kb}: the actor knowledge base. */
@Command(name = "kb", mixinStandardHelpOptions = true, description = "Looks things up in the actor knowledge base.",
        subcommands = {KbCommand.Lookup.class})
final class KbCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code dateline kb lookup TEXT}: how a phrase resolves to an actor, and why. */
    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = "Shows how a phrase resolves to an actor code (CAMEO country or organization, and sector) and why.",
            footer = {"", "Examples:", "  dateline kb lookup Georgian Foreign Minister Eka Tkeshelashvili",
                "  dateline kb lookup \"the Kremlin\"", "  dateline kb lookup --kb ~/my-kb EUMM monitors", "",
                "Exit status: 0 resolved, 1 not resolved, 2 bad usage."})
    static final class Lookup implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The phrase, as it appears in an article.")
        List<String> words;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD",
                description = "The date the phrase was written: who held an office then (\"the French president\").")
        LocalDate date;

        @Mixin
        KbOption kb;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            String phrase = String.join(" ", words);
            Optional<Resolution> r = kb.knowledgeBase().resolve(phrase, Optional.ofNullable(date));
            out.println(phrase);
            if (r.isEmpty()) {
                out.println("  not resolved: no country, capital, demonym or organization of the knowledge base in it");
            } else {
                out.println("  code: " + r.get().code());
                out.println("  name: " + r.get().name());
                r.get().reasons().forEach(reason -> out.println("  why:  " + reason));
            }
            out.flush();
            return r.isPresent() ? 0 : 1;
        }
    }
}
