package dev.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.events.ActorMention;
import dev.dateline.events.Event;
import dev.dateline.events.EventConfidence;
import dev.dateline.model.LogisticModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fits the confidence model to the events the precision audits judged. A judgment is of one
 * coding (its CAMEO code, source and target codes and modality at one trigger): it is used only
 * while the coder still codes that trigger the same way, so a change of the coder drops the
 * judgments of what it changed instead of carrying a verdict over to a coding no one judged.
 */
public final class ConfidenceTraining {

    /** The L2 penalty: strong, for a few hundred examples. */
    static final double LAMBDA = 3.0;
    /** Cross-validation folds, by article. */
    static final int FOLDS = 5;
    /** Thresholds tried, and the weight of precision over recall in choosing one (F-beta). */
    static final double[] THRESHOLDS = {0.25, 0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60};
    static final double BETA = 0.5;

    /** Which article a judgment is of: its corpus and its record there. */
    public record Record(String corpus, String id) {
    }

    /** One judged coding, and the auditor's verdict on it. */
    public record Judgment(int round, Record record, String trigger, int triggerStart, String cameo,
            List<String> source, List<String> target, String modality, boolean right) {
    }

    /** Cross-validated figures at one threshold: the share of events kept, and how many of those are right. */
    public record Point(double threshold, double kept, double precision) {
    }

    /**
     * What training gave.
     *
     * @param model the model, with its threshold
     * @param used the judgments still matching the coder's coding
     * @param judged all judgments
     * @param baseRate the share of those used that are right
     * @param crossValidated the figures by threshold, from models fitted without each fold
     * @param auc the cross-validated area under the ROC curve
     */
    public record Result(LogisticModel model, int used, int judged, double baseRate, List<Point> crossValidated,
            double auc) {
    }

    private ConfidenceTraining() {
    }

    /** The judgments of {@code file} (JSON Lines: round, corpus, record, trigger, triggerStart, cameo, ...). */
    public static List<Judgment> read(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<Judgment> out = new ArrayList<>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode j = json.readTree(line);
                    out.add(new Judgment(j.path("round").asInt(), new Record(j.path("corpus").asText(),
                            j.path("record").asText()), j.path("trigger").asText(), j.path("triggerStart").asInt(),
                            j.path("cameo").asText(), strings(j.path("source")), strings(j.path("target")),
                            j.path("modality").asText(), j.path("right").asBoolean()));
                } catch (IOException | RuntimeException e) {
                    throw new IllegalArgumentException(file + ":" + n + ": not a judgment (" + e.getMessage() + ")", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out.stream().sorted().toList();
    }

    /** The event of {@code coded} that {@code j} judged, coded as it was then, if the coder still codes it so. */
    static Optional<Event> judged(Judgment j, List<Event> coded) {
        for (Event e : coded) {
            if (e.trigger().start() == j.triggerStart() && e.triggerText().equals(j.trigger())
                    && e.cameo().code().equals(j.cameo()) && codes(e.source()).equals(j.source())
                    && codes(e.target()).equals(j.target()) && e.modality().label().equals(j.modality())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static List<String> codes(List<ActorMention> actors) {
        return actors.stream().map(a -> a.code().map(Object::toString).orElse("UNRESOLVED")).sorted().toList();
    }

    /** Fits the model to {@code judgments} of the events {@code coded} gives each record (all it coded). */
    public static Result train(List<Judgment> judgments, Map<Record, List<Event>> coded) {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        List<Integer> folds = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (Judgment j : judgments) {
            Optional<Event> e = judged(j, coded.getOrDefault(j.record(), List.of()));
            if (e.isPresent()) {
                rows.add(EventConfidence.vector(e.get().confidence().features()));
                labels.add(j.right());
                folds.add(Math.floorMod((j.record().corpus() + "/" + j.record().id()).hashCode(), FOLDS));
                kinds.add(kind(j.record().corpus()));
            }
        }
        double[] scores = new double[rows.size()];
        for (int k = 0; k < FOLDS; k++) {
            List<double[]> trainRows = new ArrayList<>();
            List<Boolean> trainLabels = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (folds.get(i) != k) {
                    trainRows.add(rows.get(i));
                    trainLabels.add(labels.get(i));
                }
            }
            LogisticModel m = LogisticModel.train(EventConfidence.features(), trainRows, trainLabels, LAMBDA, false);
            for (int i = 0; i < rows.size(); i++) {
                if (folds.get(i) == k) {
                    scores[i] = m.probability(rows.get(i));
                }
            }
        }
        long right = labels.stream().filter(x -> x).count();
        List<Point> points = new ArrayList<>();
        double best = THRESHOLDS[0];
        double bestF = -1;
        for (double t : THRESHOLDS) {
            int kept = 0;
            int keptRight = 0;
            for (int i = 0; i < scores.length; i++) {
                if (scores[i] >= t) {
                    kept++;
                    keptRight += labels.get(i) ? 1 : 0;
                }
            }
            points.add(new Point(t, (double) kept / Math.max(1, scores.length), kept == 0 ? 0 : (double) keptRight / kept));
            // Each kind of news counts alike, however many of its events were judged.
            double f = new TreeSet<>(kinds).stream().mapToDouble(k -> fBeta(t, scores, labels, kinds, k))
                    .average().orElse(0);
            if (f > bestF + 1e-9) {
                bestF = f;
                best = t;
            }
        }
        LogisticModel model = LogisticModel.train(EventConfidence.features(), rows, labels, LAMBDA, false)
                .with("threshold", best);
        return new Result(model, rows.size(), judgments.size(), (double) right / Math.max(1, rows.size()), points,
                auc(scores, labels));
    }

    /** F-beta of keeping the events of kind {@code kind} scored at least {@code t}. */
    private static double fBeta(double t, double[] scores, List<Boolean> labels, List<String> kinds, String kind) {
        int kept = 0;
        int keptRight = 0;
        int right = 0;
        for (int i = 0; i < scores.length; i++) {
            if (kinds.get(i).equals(kind)) {
                right += labels.get(i) ? 1 : 0;
                if (scores[i] >= t) {
                    kept++;
                    keptRight += labels.get(i) ? 1 : 0;
                }
            }
        }
        double precision = kept == 0 ? 0 : (double) keptRight / kept;
        double recall = right == 0 ? 0 : (double) keptRight / right;
        double b2 = BETA * BETA;
        return precision + recall == 0 ? 0 : (1 + b2) * precision * recall / (b2 * precision + recall);
    }

    /** The kind of news a corpus holds: ECB+'s mixed news, GVA's local crime news, or the project's own wire copy. */
    private static String kind(String corpus) {
        return corpus.equals("ecbplus") || corpus.equals("gva") ? corpus : "own";
    }

    private static double auc(double[] scores, List<Boolean> labels) {
        long pairs = 0;
        double wins = 0;
        for (int i = 0; i < scores.length; i++) {
            for (int k = 0; k < scores.length; k++) {
                if (labels.get(i) && !labels.get(k)) {
                    pairs++;
                    wins += scores[i] > scores[k] ? 1 : scores[i] == scores[k] ? 0.5 : 0;
                }
            }
        }
        return pairs == 0 ? Double.NaN : wins / pairs;
    }

    /** The records each corpus must supply, in a stable order. */
    public static Map<String, List<String>> records(List<Judgment> judgments) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Judgment j : judgments) {
            List<String> ids = out.computeIfAbsent(j.record().corpus(), c -> new ArrayList<>());
            if (!ids.contains(j.record().id())) {
                ids.add(j.record().id());
            }
        }
        return out;
    }
}
