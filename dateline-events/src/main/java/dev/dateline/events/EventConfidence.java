package dev.dateline.events;

import dev.dateline.events.internal.ConfidenceFeatures;
import dev.dateline.model.LogisticModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The confidence model: a logistic regression from what the coder knew of an event
 * ({@link ConfidenceFeatures}) to the probability that the event is coded right, fitted by
 * {@code dateline train confidence} to the events the precision audits judged
 * ({@code training/confidence/judgments.jsonl}) and shipped as {@code confidence-model.tsv}. Below
 * its threshold the coder abstains: the event is kept with its doubts but not reported.
 *
 * <pre>{@code
 * EventConfidence confidence = EventConfidence.shipped();
 * Confidence c = confidence.score(features);   // c.score(), c.abstained(), c.doubts()
 * }</pre>
 */
public final class EventConfidence {

    /** Where the shipped model lives on the class path. */
    public static final String RESOURCE = "/dev/dateline/events/confidence-model.tsv";

    /** Contributions to the log-odds below this are named as doubts. */
    private static final double DOUBT = -0.2;

    private final LogisticModel model;
    private final double threshold;

    private EventConfidence(LogisticModel model) {
        this(model, model.parameter("threshold").orElseThrow(
                () -> new IllegalStateException("the confidence model has no (threshold) line")));
    }

    private EventConfidence(LogisticModel model, double threshold) {
        if (!model.names().equals(ConfidenceFeatures.NAMES)) {
            throw new IllegalStateException("the confidence model was trained on other features than this version's;"
                    + " retrain with 'dateline train confidence'");
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the least confidence must lie in [0, 1]: " + threshold);
        }
        this.model = model;
        this.threshold = threshold;
    }

    /** The same model, abstaining under {@code newThreshold} instead (0: never). */
    public EventConfidence withThreshold(double newThreshold) {
        return new EventConfidence(model, newThreshold);
    }

    /** The model {@code model}, with its {@code threshold} parameter. */
    public static EventConfidence of(LogisticModel model) {
        return new EventConfidence(model);
    }

    /**
     * The model shipped in the jar.
     *
     * @throws IllegalStateException naming the file when it is missing or damaged
     */
    public static EventConfidence shipped() {
        try {
            return new EventConfidence(LogisticModel.read(RESOURCE));
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read the confidence model " + RESOURCE + " (" + e.getMessage()
                    + "); rebuild, or recreate it with 'dateline train confidence'", e);
        }
    }

    /** The feature names the model takes, in order. */
    public static List<String> features() {
        return ConfidenceFeatures.NAMES;
    }

    /** The score under which the coder abstains. */
    public double threshold() {
        return threshold;
    }

    /** The confidence of an event with {@code features} (every name of {@link #features()}). */
    public Confidence score(Map<String, Double> features) {
        double[] x = vector(features);
        double p = model.probability(x);
        List<String> names = model.names();
        List<double[]> contributions = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            double c = model.weight(i) * x[i];
            if (c < DOUBT) {
                contributions.add(new double[] {i, c});
            }
        }
        contributions.sort(Comparator.comparingDouble(c -> c[1]));
        List<String> doubts = new ArrayList<>();
        for (double[] c : contributions.subList(0, Math.min(3, contributions.size()))) {
            doubts.add(ConfidenceFeatures.DOUBTS.get(names.get((int) c[0])));
        }
        return new Confidence(p, p < threshold, doubts, features);
    }

    /** {@code features} in the model's order. */
    public static double[] vector(Map<String, Double> features) {
        List<String> names = ConfidenceFeatures.NAMES;
        double[] x = new double[names.size()];
        for (int i = 0; i < x.length; i++) {
            Double v = features.get(names.get(i));
            if (v == null) {
                throw new IllegalArgumentException("no value for the feature '" + names.get(i) + "'");
            }
            x[i] = v;
        }
        return x;
    }
}
