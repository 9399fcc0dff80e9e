package dev.dateline.app.cli;

import dev.dateline.eval.TimeMlEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline eval timeml}: tag TimeML documents, or score tagged ones, as TempEval-3 task A does. */
@Command(name = "timeml", mixinStandardHelpOptions = true,
        description = {"Tags TempEval-3 documents (TimeML with a DCT and raw TEXT, *.tml or *.TE3input) with the"
                + " time tagger, or scores system files against gold files: strict and relaxed extent precision,"
                + " recall and F1, and type and value F1 (accuracy over relaxed matches times relaxed F1)."},
        footer = {"", "Examples:",
            "  dateline eval timeml --in ../shared/data/timebank --out /tmp/tagged",
            "  dateline eval timeml --gold ../shared/data/timebank --system /tmp/tagged",
            "  dateline eval timeml --gold ../shared/data/timebank            (tag and score in one go)",
            "  dateline eval timeml --dct ../shared/data/timebank             (publication-date inference)"})
final class EvalTimeMlCommand implements Callable<Integer> {

    static final class Tag {
        @Option(names = "--in", required = true, paramLabel = "DIR", description = "Documents to tag.")
        Path in;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the tagged documents.")
        Path out;
    }

    static final class Score {
        @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Gold TimeML documents.")
        Path gold;

        @Option(names = "--system", paramLabel = "DIR",
                description = "System documents of the same names; without it, the gold documents are tagged and scored.")
        Path system;
    }

    static final class Mode {
        @ArgGroup(exclusive = false)
        Tag tag;

        @ArgGroup(exclusive = false)
        Score score;

        @Option(names = "--dct", paramLabel = "DIR",
                description = "Hide each document's creation time, infer it from the text, and report how often the"
                        + " true one falls in the inferred range and how wide the ranges are.")
        Path dct;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Also write every missed, spurious or differing expression to FILE (tab-separated); with"
                    + " --dct, every document's inferred range with its evidence, and its part (tune or test).")
    Path errors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        TimeMlEvaluation evaluation = new TimeMlEvaluation();
        if (mode.dct != null) {
            try (PrintWriter errorFile = errors == null ? null
                    : new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
                evaluation.evaluateDct(mode.dct, Optional.ofNullable(errorFile)).forEach(out::println);
            }
            out.flush();
            return 0;
        }
        if (mode.tag != null) {
            int n = evaluation.tag(mode.tag.in, mode.tag.out);
            out.println("tagged " + n + " documents into " + mode.tag.out);
            out.flush();
            return n == 0 ? 1 : 0;
        }
        try (PrintWriter errorFile = errors == null ? null
                : new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
            TimeMlEvaluation.TimexScoreReport report = mode.score.system == null
                    ? evaluation.evaluate(mode.score.gold, Optional.ofNullable(errorFile))
                    : evaluation.score(mode.score.gold, mode.score.system, Optional.ofNullable(errorFile));
            report.problems().forEach(p -> spec.commandLine().getErr().println("warning: " + p));
            report.table().forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
