package dev.dateline.eval;

import dev.dateline.model.LogisticModel;
import dev.dateline.merge.StoryClusterer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains the event-coreference pair model on the ECB+ training topics: the L2 penalty fixed, the
 * clustering threshold chosen by five-fold cross-validation over the training topics (folds by
 * topic), then the model fitted to every training topic. The dev topics are never read.
 */
public final class CorefTraining {

    /** The ECB+ development topics, kept for reporting. */
    public static final Set<String> DEV_TOPICS = Set.of("2", "5", "12", "18", "21", "23", "34", "35");

    /** The thresholds the cross-validation tries. */
    static final List<Double> THRESHOLDS = List.of(0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9);

    private static final double LAMBDA = 1.0;
    private static final int FOLDS = 5;

    /**
     * A trained model.
     *
     * @param model the pair model, its threshold written with it
     * @param crossValidated CoNLL F1 over the training topics, each fold's topics clustered by a model
     *     trained on the others, by threshold
     * @param lemmaBaseline CoNLL F1 of the plain same-lemma clustering on the same topics
     * @param pairs the training pairs
     */
    public record Result(LogisticModel model, Map<Double, Double> crossValidated, double lemmaBaseline, int pairs) {
    }

    private CorefTraining() {
    }

    /** The topic of an ECB+ document or story id ("12_3ecbplus": "12"). */
    public static String topic(String id) {
        return id.substring(0, id.indexOf('_'));
    }

    /**
     * The story of each document ({@code <doc>} to its story's id), clustered within its topic by
     * Dateline's story clustering from content only.
     */
    public static Map<String, String> stories(List<CorefCorpus.Document> documents) {
        Map<String, List<StoryClusterer.Document>> byTopic = new TreeMap<>();
        for (CorefCorpus.Document d : documents) {
            byTopic.computeIfAbsent(d.topic(), k -> new ArrayList<>()).add(new StoryClusterer.Document(d.name(), d.text(),
                    Optional.empty()));
        }
        Map<String, String> out = new LinkedHashMap<>();
        byTopic.values().forEach(docs -> out.putAll(StoryClusterer.cluster(docs)));
        return out;
    }

    /** The gold mentions of each story, from the mentions of each document and the story of each document. */
    public static Map<String, List<CorefMentions.Mention>> byStory(Map<String, String> storyOf,
            Map<String, List<CorefMentions.Mention>> byDocument) {
        Map<String, List<CorefMentions.Mention>> out = new LinkedHashMap<>();
        storyOf.forEach((doc, story) -> out.computeIfAbsent(story, k -> new ArrayList<>())
                .addAll(byDocument.getOrDefault(doc, List.of())));
        return out;
    }

    /** Trains on the stories of {@code pairs} whose topic is not a dev topic. */
    public static Result train(CorefPairs pairs) {
        List<String> topics = new ArrayList<>(new TreeSet<>(pairs.stories().stream().map(CorefTraining::topic)
                .filter(t -> !DEV_TOPICS.contains(t)).toList()));
        Map<Double, Map<String, String>> responses = new TreeMap<>();
        Map<String, String> key = new LinkedHashMap<>();
        Map<String, String> lemma = new LinkedHashMap<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            Set<String> held = new TreeSet<>();
            Set<String> fit = new TreeSet<>();
            for (String story : pairs.stories()) {
                String t = topic(story);
                if (DEV_TOPICS.contains(t)) {
                    continue;
                }
                (topics.indexOf(t) % FOLDS == fold ? held : fit).add(story);
            }
            LogisticModel model = fit(pairs, fit);
            for (double threshold : THRESHOLDS) {
                responses.computeIfAbsent(threshold, k -> new LinkedHashMap<>()).putAll(pairs.cluster(held, model, threshold));
            }
            key.putAll(pairs.key(held));
            lemma.putAll(pairs.lemma(held));
        }
        Map<Double, Double> cv = new TreeMap<>();
        responses.forEach((threshold, response) -> cv.put(threshold, CorefPairs.conll(key, response)));
        double best = cv.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Set<String> all = new TreeSet<>();
        pairs.stories().stream().filter(s -> !DEV_TOPICS.contains(topic(s))).forEach(all::add);
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        pairs.pairs(all, rows, labels);
        LogisticModel model = LogisticModel.train(CorefPairs.FEATURES, rows, labels, LAMBDA, true).with("threshold", best);
        return new Result(model, cv, CorefPairs.conll(key, lemma), rows.size());
    }

    private static LogisticModel fit(CorefPairs pairs, Set<String> stories) {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        pairs.pairs(stories, rows, labels);
        return LogisticModel.train(CorefPairs.FEATURES, rows, labels, LAMBDA, true);
    }
}
