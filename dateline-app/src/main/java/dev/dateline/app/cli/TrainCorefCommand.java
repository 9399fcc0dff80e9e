package dev.dateline.app.cli;

import dev.dateline.eval.CorefCorpus;
import dev.dateline.eval.CorefMentions;
import dev.dateline.eval.CorefPairs;
import dev.dateline.eval.CorefTraining;
import dev.dateline.semantics.SentenceEncoder;
import dev.dateline.semantics.WordNet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline train coref}: the event-coreference pair model, from the ECB+ training topics. */
@Command(name = "coref", mixinStandardHelpOptions = true,
        description = {"Trains the event-coreference pair model on the ECB+ training topics (every topic but the"
                + " development topics 2, 5, 12, 18, 21, 23, 34, 35, which are never read): the gold event mentions of each"
                + " story (stories clustered from content), pairs of them with their features, a logistic regression, and"
                + " the clustering threshold chosen by five-fold cross-validation over the training topics.",
            "Prints the cross-validated CoNLL F1 by threshold and the plain same-lemma baseline on the same topics."},
        footer = {"", "Examples:", "  dateline train coref", "  dateline train coref --check", "",
            "Exit status: 0 done (or --check: the file is reproduced), 1 --check found a difference, 2 bad usage."})
final class TrainCorefCommand implements Callable<Integer> {

    private static final Path HOME = Path.of(System.getProperty("dateline.home", "."));

    @Option(names = "--data", paramLabel = "DIR", description = "The ECB+ folder (default: ../shared/data/ecbplus).")
    Path data = HOME.resolve("../shared/data/ecbplus");

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: the shipped one).")
    Path out = HOME.resolve("dateline-merge/src/main/resources" + CorefPairs.RESOURCE);

    @Option(names = "--check", description = "Train, and compare with the model file instead of writing it.")
    boolean check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (!Files.isDirectory(data)) {
            spec.commandLine().getErr().println("dateline train coref: " + data + " is not an ECB+ folder");
            return 2;
        }
        List<CorefCorpus.Document> documents = CorefCorpus.read(data).stream()
                .filter(d -> !CorefTraining.DEV_TOPICS.contains(d.topic())).toList();
        var byStory = CorefTraining.byStory(CorefTraining.stories(documents), CorefMentions.read(data));
        stdout.println("embedding the mentions of " + documents.size() + " training documents ...");
        stdout.flush();
        CorefPairs pairs = CorefPairs.of(byStory, SentenceEncoder.load(), WordNet.load());
        CorefTraining.Result r = CorefTraining.train(pairs);
        stdout.printf(Locale.ROOT, "%d training pairs; cross-validated CoNLL F1 by threshold (5 folds by topic):%n", r.pairs());
        r.crossValidated().forEach((t, f) -> stdout.printf(Locale.ROOT, "  %.2f  %.2f%n", t, 100 * f));
        stdout.printf(Locale.ROOT, "same-lemma baseline on the same topics: %.2f; threshold chosen: %.2f%n",
                100 * r.lemmaBaseline(), r.model().parameter("threshold").orElseThrow());
        String tsv = r.model().toTsv("The event-coreference pair model: a logistic regression over the features of two gold\n"
                + "event mentions of one story, written by 'dateline train coref' from the ECB+ training topics\n"
                + "(never the dev topics). Do not edit by hand.");
        return ModelFile.writeOrCheck(out, tsv, check, "dateline train coref", stdout);
    }
}
