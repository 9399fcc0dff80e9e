package dev.dateline.app.cli;

import dev.dateline.actors.KnowledgeBase;
import dev.dateline.eval.EventCorpus;
import dev.dateline.eval.EventEvaluation;
import dev.dateline.eval.EventTraining;
import dev.dateline.eval.TextCoder;
import dev.dateline.events.EventCoder;
import dev.dateline.events.EventModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline train events}: the event-type model, from the project's labelled sentences. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Trains the event-type model on training/events/train-*.jsonl (never on heldout.jsonl) and"
                + " writes it where the build ships it. Deterministic: the same data give the same file.",
            "--cv instead measures, by 5-fold cross-validation over source registers, the rules alone, the model"
                    + " alone and both together."},
        footer = {"", "Examples:", "  dateline train events", "  dateline train events --check", "  dateline train events --cv",
            "", "Exit status: 0 done (or --check: the file is reproduced), 1 --check found a difference, 2 bad usage."})
final class TrainEventsCommand implements Callable<Integer> {

    private static final Path HOME = Path.of(System.getProperty("dateline.home", "."));

    @Option(names = "--data", paramLabel = "DIR", description = "Folder of the labelled sentences (default: training/events).")
    Path data = HOME.resolve("training/events");

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: the shipped one).")
    Path out = HOME.resolve("dateline-events/src/main/resources" + EventModel.RESOURCE);

    @Option(names = "--check", description = "Train, and compare with the model file instead of writing it.")
    boolean check;

    @Option(names = "--cv", description = "Cross-validate by register instead of training the shipped model.")
    boolean crossValidate;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        List<Path> files;
        try (Stream<Path> list = Files.list(data)) {
            files = list.filter(p -> p.getFileName().toString().matches("train-.*\\.jsonl")).sorted().toList();
        } catch (IOException e) {
            err.println("dateline train events: cannot list " + data + " (" + e.getMessage() + ")");
            return 2;
        }
        if (files.isEmpty()) {
            err.println("dateline train events: no train-*.jsonl in " + data);
            return 2;
        }
        DatelineCommand top = (DatelineCommand) spec.root().userObject();
        KnowledgeBase kb = KnowledgeBase.load(Optional.empty());
        EventCoder rules = EventCoder.load(kb, Optional.empty(), Optional.empty(), EventCoder.Mode.RULES);
        List<EventCorpus.Sentence> sentences = EventCorpus.read(files, rules.codebook());
        err.printf(Locale.ROOT, "annotating %d sentences of %d files ...%n", sentences.size(), files.size());
        err.flush();
        List<Optional<TextCoder.Annotated>> annotated = EventTraining.annotate(sentences,
                new TextCoder(top::annotator, rules), Math.max(1, threads));
        List<EventTraining.Example> examples = EventTraining.examples(sentences, annotated, rules);
        err.printf(Locale.ROOT, "%d examples (%d of no event)%n", examples.size(),
                examples.stream().filter(e -> e.label() == 0).count());
        if (crossValidate) {
            crossValidate(kb, sentences, annotated, examples, stdout);
            return 0;
        }
        EventModel model = EventTraining.train(examples, EventTraining.fingerprint(files));
        StringWriter text = new StringWriter();
        model.write(text);
        return ModelFile.writeOrCheck(out, text.toString(), check, "dateline train events", stdout);
    }

    /** Five folds of whole registers; for each, the rules, the model and both, scored on the held registers. */
    private static void crossValidate(KnowledgeBase kb, List<EventCorpus.Sentence> sentences,
            List<Optional<TextCoder.Annotated>> annotated, List<EventTraining.Example> examples, PrintWriter out) {
        List<String> registers = new ArrayList<>(new TreeSet<>(sentences.stream().map(EventCorpus.Sentence::register).toList()));
        final int k = 5;
        Map<String, List<EventEvaluation.Outcome>> pooled = new TreeMap<>();
        for (int fold = 0; fold < k; fold++) {
            Set<String> held = new TreeSet<>();
            for (int r = fold; r < registers.size(); r += k) {
                held.add(registers.get(r));
            }
            List<EventTraining.Example> train = examples.stream().filter(e -> !held.contains(e.sentence().register())).toList();
            EventModel model = EventTraining.train(train, "fold " + fold);
            List<EventCorpus.Sentence> test = new ArrayList<>();
            List<Optional<TextCoder.Annotated>> testAnnotated = new ArrayList<>();
            for (int n = 0; n < sentences.size(); n++) {
                if (held.contains(sentences.get(n).register())) {
                    test.add(sentences.get(n));
                    testAnnotated.add(annotated.get(n));
                }
            }
            out.printf(Locale.ROOT, "fold %d: held out %s (%d sentences), trained on %d examples%n", fold + 1, held,
                    test.size(), train.size());
            for (EventCoder.Mode mode : EventCoder.Mode.values()) {
                EventCoder coder = EventCoder.load(kb, Optional.empty(),
                        mode == EventCoder.Mode.RULES ? Optional.empty() : Optional.of(model), mode);
                List<EventEvaluation.Outcome> outcomes = EventEvaluation.score(test, testAnnotated, coder);
                pooled.computeIfAbsent(mode.name(), m -> new ArrayList<>()).addAll(outcomes);
                EventEvaluation.Figures f = EventEvaluation.figures(outcomes);
                out.printf(Locale.ROOT, "  %-6s type %.3f  source %.3f  target %.3f  precision %.3f  recall %.3f%n",
                        mode.name().toLowerCase(Locale.ROOT), f.type(), f.source(), f.target(), f.precision(), f.recall());
            }
            out.flush();
        }
        out.println();
        for (EventCoder.Mode mode : EventCoder.Mode.values()) {
            EventEvaluation.print("cross-validated, " + mode.name().toLowerCase(Locale.ROOT), EventEvaluation.figures(
                    pooled.get(mode.name())), out);
        }
    }
}
