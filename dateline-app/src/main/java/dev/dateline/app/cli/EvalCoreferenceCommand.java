package dev.dateline.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dateline.eval.ClusterScores;
import dev.dateline.eval.CorefCorpus;
import dev.dateline.eval.CorefMentions;
import dev.dateline.eval.CorefPairs;
import dev.dateline.eval.CorefScores;
import dev.dateline.eval.CorefTraining;
import dev.dateline.eval.MentionHeads;
import dev.dateline.model.LogisticModel;
import dev.dateline.merge.Reuse;
import dev.dateline.merge.StoryClusterer;
import dev.dateline.model.Span;
import dev.dateline.semantics.SentenceEncoder;
import dev.dateline.semantics.WordNet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline eval ecbplus DIR --out OUT}: story clustering on an ECB+ folder. */
@Command(name = "ecbplus", mixinStandardHelpOptions = true,
        description = "Clusters the documents of each ECB+ topic folder into stories from their content (never from"
                + " the ecb/ecbplus file names), writes OUT/stories.json ({\"<doc>\": \"<story id>\"}) and prints B3 and"
                + " pairwise precision, recall and F1 against the subtopics; clusters the gold event mentions within each"
                + " story and prints MUC, B3, CEAF-e and CoNLL F1; then counts the passages documents share.",
        footer = {"", "Example:", "  dateline eval ecbplus ../shared/data/ecbplus --out /tmp/ecb --topics 2,5,12,18,21,23,34,35", "",
            "Writes OUT/event-clusters.json, OUT/key.conll and OUT/response.conll for the event mentions.",
            "Exit status: 0 scored, 2 bad usage or no documents."})
final class EvalCoreferenceCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "An ECB+ folder: topic folders of token XML documents.")
    Path folder;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "Folder for stories.json (created).")
    Path out;

    @Option(names = "--topics", split = ",", paramLabel = "N,N,...", description = "Only these topics (default: all).")
    Set<String> topics;

    @Option(names = "--coref", paramLabel = "METHOD", defaultValue = "model",
            description = "model (default): the shipped pair model and average-link clustering; heads: mentions with one"
                    + " head word are one event.")
    String method;

    @Spec
    CommandSpec spec;

    /**
     * Event coreference over the gold event mentions: mentions of one story with the same head
     * word (stemmed) are one event. Writes the clusters and CoNLL key and response files and
     * prints MUC, B3, CEAF-e and CoNLL F1.
     */
    private void eventCoreference(PrintWriter stdout, Map<String, String> storyOf) throws IOException {
        Map<String, List<CorefMentions.Mention>> byDocument = CorefMentions.read(folder);
        Map<String, String> key = new LinkedHashMap<>();
        Map<String, String> response = new LinkedHashMap<>();
        for (Map.Entry<String, String> doc : storyOf.entrySet()) {
            for (CorefMentions.Mention m : byDocument.getOrDefault(doc.getKey(), List.of())) {
                key.put(m.id(), m.chain());
                response.put(m.id(), doc.getValue() + "|" + MentionHeads.key(m.words()));
            }
        }
        if (method.equals("model")) {
            LogisticModel model = LogisticModel.read(CorefPairs.RESOURCE);
            CorefPairs pairs = CorefPairs.of(CorefTraining.byStory(storyOf, byDocument), SentenceEncoder.load(), WordNet.load());
            Map<String, String> clustered = pairs.cluster(pairs.stories(), model, model.parameter("threshold").orElse(0.5));
            response.replaceAll((id, heads) -> clustered.getOrDefault(id, heads));
        }
        List<Set<String>> keyClusters = CorefScores.clusters(key);
        List<Set<String>> responseClusters = CorefScores.clusters(response);
        new ObjectMapper().writeValue(out.resolve("event-clusters.json").toFile(), Map.of("clusters", responseClusters));
        conll(out.resolve("key.conll"), key);
        conll(out.resolve("response.conll"), response);
        CorefScores.Prf muc = CorefScores.muc(keyClusters, responseClusters);
        CorefScores.Prf b3 = CorefScores.b3(keyClusters, responseClusters);
        CorefScores.Prf ceaf = CorefScores.ceafE(keyClusters, responseClusters);
        stdout.printf("event coreference: %d gold mentions, %d gold chains, %d system clusters%n", key.size(),
                keyClusters.size(), responseClusters.size());
        stdout.printf("events     recall  precision        F1%n");
        for (var row : List.of(Map.entry("MUC", muc), Map.entry("B3", b3), Map.entry("CEAF-e", ceaf))) {
            stdout.printf("%-8s %8.2f %10.2f %9.2f%n", row.getKey(), 100 * row.getValue().recall(),
                    100 * row.getValue().precision(), 100 * row.getValue().f1());
        }
        stdout.printf("CoNLL F1 %.2f%n", 100 * (muc.f1() + b3.f1() + ceaf.f1()) / 3);
        stdout.println("wrote " + out.resolve("event-clusters.json") + ", key.conll, response.conll");
    }

    /** One mention a line in the CoNLL-2012 column format, all documents as one corpus so cross-document chains count. */
    private static void conll(Path file, Map<String, String> clusterOf) throws IOException {
        Map<String, Integer> ids = new LinkedHashMap<>();
        StringBuilder sb = new StringBuilder("#begin document (ecbplus); part 000\n");
        for (Map.Entry<String, String> e : clusterOf.entrySet()) {
            int id = ids.computeIfAbsent(e.getValue(), k -> ids.size());
            sb.append("ecbplus\t0\t").append(e.getKey()).append("\t(").append(id).append(")\n");
        }
        sb.append("#end document\n");
        Files.writeString(file, sb.toString());
    }

    private static String excerpt(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 100 ? one : one.substring(0, 99) + "…";
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (!Files.isDirectory(folder)) {
            spec.commandLine().getErr().println("dateline eval ecbplus: " + folder + " is not a folder");
            return 2;
        }
        Map<String, List<CorefCorpus.Document>> byTopic = new TreeMap<>();
        for (CorefCorpus.Document d : CorefCorpus.read(folder)) {
            if (topics == null || topics.contains(d.topic())) {
                byTopic.computeIfAbsent(d.topic(), k -> new ArrayList<>()).add(d);
            }
        }
        if (byTopic.isEmpty()) {
            spec.commandLine().getErr().println("dateline eval ecbplus: no documents under " + folder);
            return 2;
        }
        Map<String, String> gold = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        List<Reuse.Passage> passages = new ArrayList<>();
        Map<String, String> system = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (Map.Entry<String, List<CorefCorpus.Document>> t : byTopic.entrySet()) {
            List<StoryClusterer.Document> docs = new ArrayList<>();
            for (CorefCorpus.Document d : t.getValue()) {
                docs.add(new StoryClusterer.Document(d.name(), d.text(), Optional.empty()));
                gold.put(d.name(), t.getKey() + "/" + d.subtopic());
            }
            StoryClusterer.cluster(docs).forEach(system::put);
            List<Reuse.Article> views = new ArrayList<>();
            for (CorefCorpus.Document d : t.getValue()) {
                List<String> sentences = List.of(d.text().split("\n"));
                List<Span> spans = new ArrayList<>();
                int at = 0;
                for (String line : sentences) {
                    spans.add(Span.of(at, at + line.length()));
                    at += line.length() + 1;
                }
                views.add(new Reuse.Article(d.name(), sentences, spans, Optional.empty(), false, List.of()));
                texts.put(d.name(), d.text());
            }
            passages.addAll(Reuse.find(views).passages());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.createDirectories(out);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("stories.json").toFile(), system);
        ClusterScores s = ClusterScores.of(gold, system);
        stdout.printf("documents %d in %d topics, %d stories (gold subtopics %d), clustered in %.2f s%n", gold.size(),
                byTopic.size(), system.values().stream().distinct().count(), gold.values().stream().distinct().count(), seconds);
        stdout.printf("stories    precision    recall        F1%n");
        stdout.printf("B3            %.4f    %.4f    %.4f%n", s.b3Precision(), s.b3Recall(), s.b3F1());
        stdout.printf("pairwise      %.4f    %.4f    %.4f%n", s.pairPrecision(), s.pairRecall(), s.pairF1());
        stdout.println("wrote " + out.resolve("stories.json"));
        eventCoreference(stdout, system);
        long pairs = passages.stream().map(p -> p.first() + " " + p.second()).distinct().count();
        stdout.printf("text reuse: %d shared passages between %d pairs of documents%n", passages.size(), pairs);
        passages.stream().limit(3).forEach(p -> stdout.printf("  %s ~ %s: \"%s\"%n", p.first(), p.second(),
                excerpt(texts.get(p.second()).substring(p.secondSpans().start(), p.secondSpans().end()))));
        stdout.flush();
        return 0;
    }
}
