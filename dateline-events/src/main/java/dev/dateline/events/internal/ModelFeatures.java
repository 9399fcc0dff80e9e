package dev.dateline.events.internal;

import dev.dateline.semantics.SentenceEncoder;
import dev.dateline.semantics.WordNet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the event-type model sees of one candidate predicate: the sentence's embedding, the
 * trigger table's and WordNet's family for the word, the word itself (hashed), its WordNet class,
 * and cues of syntax and modality. The layout is part of the model file's identity
 * ({@link #LAYOUT}): a model trained on another layout is refused.
 */
public final class ModelFeatures {

    /** Names the layout; change it whenever the features change. */
    public static final String LAYOUT = "embedding384+table20+wordnet19+lemma256+class45+cues16+dependents256+pairs512/2";

    /** CAMEO roots 02 to 20, the families a candidate can belong to. */
    public static final List<String> ROOTS = List.of("02", "03", "04", "05", "06", "07", "08", "09", "10", "11",
            "12", "13", "14", "15", "16", "17", "18", "19", "20");
    private static final int FAMILY = ROOTS.size() + 1; // the last slot: a stance entry with no act of its own
    private static final int LEMMA_BUCKETS = 256;
    private static final List<String> CLASSES = List.of("verb.body", "verb.change", "verb.cognition",
            "verb.communication", "verb.competition", "verb.consumption", "verb.contact", "verb.creation",
            "verb.emotion", "verb.motion", "verb.perception", "verb.possession", "verb.social", "verb.stative",
            "verb.weather", "noun.act", "noun.animal", "noun.artifact", "noun.attribute", "noun.body",
            "noun.cognition", "noun.communication", "noun.event", "noun.feeling", "noun.food", "noun.group",
            "noun.location", "noun.motive", "noun.object", "noun.person", "noun.phenomenon", "noun.plant",
            "noun.possession", "noun.process", "noun.quantity", "noun.relation", "noun.shape", "noun.state",
            "noun.substance", "noun.time", "noun.Tops", "adj.all", "adj.pert", "adj.ppl", "other");
    private static final int CUES = 16;
    private static final int DEPENDENT_BUCKETS = 256;
    private static final int PAIR_BUCKETS = 512;
    /** Relations whose words say what kind of act a predicate is: "launched missiles", "took control", "shot to fame". */
    private static final Set<String> DEPENDENTS = Set.of("obj", "nsubj", "nsubj:pass", "obl", "compound:prt", "xcomp",
            "iobj", "nmod", "amod", "compound");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "shall", "should",
            "must", "can", "wo", "ca");
    private static final Set<String> FUTURE = Set.of("due", "set", "expect", "plan", "schedule", "intend", "hope",
            "prepare", "aim", "seek", "want", "propose", "consider");

    /** Numbers per candidate. */
    public static final int SIZE = SentenceEncoder.DIMENSIONS + 2 * FAMILY - 1 + LEMMA_BUCKETS + CLASSES.size() + CUES
            + DEPENDENT_BUCKETS + PAIR_BUCKETS;

    private ModelFeatures() {
    }

    /**
     * The features of the candidate at {@code token} of {@code tree}.
     *
     * @param embedding the sentence's embedding
     * @param tableRoot the root the trigger table gives the word, if it lists it
     * @param stance whether the table lists it as a stance (agree to, call for, refuse)
     * @param familyRoot the root WordNet leads the word to, if any
     * @param subjectActor whether its subject names a known actor
     * @param objectActor whether its object names a known actor
     */
    public static float[] vector(float[] embedding, Tree tree, int token, Optional<String> tableRoot, boolean stance,
            Optional<String> familyRoot, WordNet wordNet, boolean subjectActor, boolean objectActor) {
        float[] v = new float[SIZE];
        int at = 0;
        for (int i = 0; i < SentenceEncoder.DIMENSIONS; i++) {
            v[at + i] = round(embedding[i]);
        }
        at += SentenceEncoder.DIMENSIONS;
        tableRoot.ifPresent(r -> v[SentenceEncoder.DIMENSIONS + ROOTS.indexOf(r)] = 1);
        if (stance) {
            v[at + FAMILY - 1] = 1;
        }
        at += FAMILY;
        int offset = at;
        familyRoot.ifPresent(r -> v[offset + ROOTS.indexOf(r)] = 1);
        at += FAMILY - 1;
        String lemma = tree.lemma(token);
        v[at + Math.floorMod(lemma.hashCode(), LEMMA_BUCKETS)] = 1;
        at += LEMMA_BUCKETS;
        String pos = tree.token(token).pos();
        WordNet.Pos wn = pos.startsWith("VB") ? WordNet.Pos.VERB : pos.startsWith("JJ") ? WordNet.Pos.ADJECTIVE
                : WordNet.Pos.NOUN;
        List<WordNet.Sense> senses = wordNet.senses(lemma, wn);
        int cls = senses.isEmpty() ? -1 : CLASSES.indexOf(senses.get(0).lexFile());
        v[at + (cls < 0 ? CLASSES.size() - 1 : cls)] = 1;
        at += CLASSES.size();
        int head = tree.head(token);
        cue(v, at, 0, head < 0);
        cue(v, at, 1, head >= 0 && Syntax.SAY.contains(tree.lemma(head)));
        cue(v, at, 2, tree.child(token, "nsubj", "nsubj:pass").isPresent());
        cue(v, at, 3, subjectActor);
        cue(v, at, 4, objectActor);
        cue(v, at, 5, Syntax.agent(tree, token).isPresent());
        cue(v, at, 6, !tree.children(token, "aux:pass", "nsubj:pass").isEmpty());
        cue(v, at, 7, tree.children(token, "advmod").stream().anyMatch(c -> Set.of("not", "n't", "never")
                .contains(tree.lemma(c))));
        cue(v, at, 8, tree.children(token, "aux").stream().anyMatch(c -> MODALS.contains(tree.lemma(c))));
        cue(v, at, 9, tree.children(token, "mark").stream().anyMatch(c -> tree.lemma(c).equals("to")));
        cue(v, at, 10, wn == WordNet.Pos.NOUN);
        cue(v, at, 11, wn == WordNet.Pos.ADJECTIVE);
        cue(v, at, 12, head >= 0 && FUTURE.contains(tree.lemma(head)));
        cue(v, at, 13, tree.token(token).pos().equals("VBN") && tree.relation(token).equals("acl"));
        cue(v, at, 14, tree.relation(token).startsWith("obj") || tree.relation(token).startsWith("nsubj"));
        cue(v, at, 15, tree.children(token, "mark").stream().anyMatch(c -> Set.of("if", "unless").contains(tree.lemma(c))));
        at += CUES;
        // The words around the predicate, alone and paired with it: what "launched" or "shot" is here.
        for (int c : tree.children(token)) {
            String rel = tree.relation(c);
            if (DEPENDENTS.contains(rel) || DEPENDENTS.contains(tree.base(c))) {
                String dependent = tree.lemma(c).toLowerCase(java.util.Locale.ROOT);
                v[at + Math.floorMod((tree.base(c) + ":" + dependent).hashCode(), DEPENDENT_BUCKETS)] = 1;
                v[at + DEPENDENT_BUCKETS + Math.floorMod((lemma + "|" + dependent).hashCode(), PAIR_BUCKETS)] = 1;
            }
        }
        return v;
    }

    private static void cue(float[] v, int at, int i, boolean on) {
        if (on) {
            v[at + i] = 1;
        }
    }

    /** Four decimals: enough for the model, and the same on every run whatever the last bits of ONNX's sums. */
    private static float round(float x) {
        return Math.round(x * 10_000f) / 10_000f;
    }
}
