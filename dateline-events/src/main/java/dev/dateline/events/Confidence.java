package dev.dateline.events;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How likely an event is to be coded right (its type, source, target and modality), by the
 * confidence model ({@link EventConfidence}), and whether the coder therefore abstains from it.
 * An event abstained from is kept, with its doubts, but not reported as an event: it joins no
 * merged event, timeline or count.
 *
 * @param score the estimated probability that the coding is right, 0 to 1
 * @param abstained whether the score is below the model's threshold
 * @param doubts what lowers the score most, in words ("the source is named by its role only")
 * @param features the model's inputs, by name, for training and explanations
 */
public record Confidence(double score, boolean abstained, List<String> doubts, Map<String, Double> features) {

    /** No score: an event coded before scoring (or by a test). */
    public static final Confidence NONE = new Confidence(1, false, List.of(), Map.of());

    public Confidence {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must lie in [0, 1]: " + score);
        }
        doubts = List.copyOf(doubts);
        features = Map.copyOf(Objects.requireNonNull(features, "features"));
    }
}
