package dev.dateline.eval;

import dev.dateline.events.EventCoder;
import dev.dateline.events.EventModel;
import dev.dateline.ingest.ArticleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Trains the event-type model from the project's labelled sentences: each sentence is annotated
 * and its candidate predicates are taken with their features; the candidate at the labelled
 * trigger is an example of the labelled CAMEO root; every candidate of a sentence labelled with no
 * event, and every reporting verb, is an example of no event; the other candidates of a sentence
 * with an event are left out, since the label says nothing of them.
 */
public final class EventTraining {

    /** The seed of every shuffle: training twice gives the same model. */
    public static final long SEED = 20261201L;
    /** Passes over the examples. */
    public static final int EPOCHS = 40;
    /** L2 regularization. */
    public static final double L2 = 1e-4;

    private static final Set<String> REPORTING = Set.of("say", "tell", "add", "report", "state", "announce", "note",
            "write", "quote", "cite", "explain", "describe", "comment", "remark");

    /**
     * One example.
     *
     * @param sentence the labelled sentence it comes from
     * @param label its class, an index into {@link EventModel#CLASSES}
     * @param features what the model sees
     */
    public record Example(EventCorpus.Sentence sentence, int label, float[] features) {
    }

    private EventTraining() {
    }

    /**
     * The examples of {@code sentences}, whose annotations are {@code annotated} (in the same
     * order; empty for a sentence that could not be annotated), with the candidates and features
     * {@code rules} finds: a coder of the rules alone, since the model's own view is no feature.
     */
    public static List<Example> examples(List<EventCorpus.Sentence> sentences,
            List<Optional<TextCoder.Annotated>> annotated, EventCoder rules) {
        List<Example> out = new ArrayList<>();
        for (int n = 0; n < sentences.size(); n++) {
            if (annotated.get(n).isPresent()) {
                out.addAll(examples(sentences.get(n), annotated.get(n).get(), rules));
            }
        }
        return out;
    }

    /** Annotates every sentence once, on {@code threads} threads, in order. */
    public static List<Optional<TextCoder.Annotated>> annotate(List<EventCorpus.Sentence> sentences, TextCoder coder,
            int threads) {
        return Parallel.map(sentences, threads, s -> {
            try {
                return Optional.of(coder.annotate(s.id(), s.text(), s.date()));
            } catch (ArticleException e) {
                return Optional.<TextCoder.Annotated>empty();
            }
        }, "annotating the corpus");
    }

    private static List<Example> examples(EventCorpus.Sentence s, TextCoder.Annotated a, EventCoder rules) {
        List<EventCoder.Candidate> candidates = rules.candidates(a.article(), a.times().published().date());
        List<Example> out = new ArrayList<>();
        if (s.event().isEmpty()) {
            candidates.forEach(c -> out.add(new Example(s, 0, c.features())));
            return out;
        }
        EventCorpus.Gold gold = s.event().get();
        Optional<EventCoder.Candidate> at = atTrigger(s.text(), gold.trigger(), candidates);
        // The model names the family of the word it weighs: a stance word ("pledged") the stance's, the
        // act it holds ("set to meet": "meet") the act's own, which the stance table gives back.
        String root = at.isPresent() && !at.get().stance() ? rules.codebook().heldAct(gold.cameo())
                .map(act -> act.substring(0, 2)).orElse(gold.root()) : gold.root();
        int label = EventModel.CLASSES.indexOf(root);
        for (EventCoder.Candidate c : candidates) {
            if (at.isPresent() && c == at.get() && label > 0) {
                out.add(new Example(s, label, c.features()));
            } else if (REPORTING.contains(c.lemma()) && (at.isEmpty() || !at.get().lemma().equals(c.lemma()))) {
                out.add(new Example(s, 0, c.features()));
            }
        }
        return out;
    }

    /**
     * The candidate that stands for the labelled trigger: of those inside it, the last that is no
     * light verb ("held talks" is the talks), else the first.
     */
    static Optional<EventCoder.Candidate> atTrigger(String text, String trigger, List<EventCoder.Candidate> candidates) {
        int start = text.indexOf(trigger);
        if (start < 0 || trigger.isEmpty()) {
            return Optional.empty();
        }
        int end = start + trigger.length();
        List<EventCoder.Candidate> inside = candidates.stream()
                .filter(c -> c.span().start() < end && c.span().end() > start).toList();
        return inside.stream().filter(c -> !c.light()).reduce((first, second) -> second)
                .or(() -> inside.stream().findFirst());
    }

    /** The model trained on {@code examples}. */
    public static EventModel train(List<Example> examples, String fingerprint) {
        List<float[]> x = examples.stream().map(Example::features).toList();
        int[] y = examples.stream().mapToInt(Example::label).toArray();
        return EventModel.train(x, y, SEED, EPOCHS, L2, fingerprint);
    }

    /** A fingerprint of the training files: the SHA-256 of their names and bytes, in order, first 16 hex digits. */
    public static String fingerprint(List<Path> files) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                digest.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
