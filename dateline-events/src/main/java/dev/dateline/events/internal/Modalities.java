package dev.dateline.events.internal;

import dev.dateline.events.Modality;
import dev.dateline.events.internal.Lexicon.Entry;
import java.util.Set;

/** Whether a clause reports its act as done, planned, possible, conditional or not done. */
public final class Modalities {

    private Modalities() {
    }

    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no");

    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");

    private static final Set<String> POSSIBLE = Set.of("could", "might", "may", "can", "would", "should", "must");

    private static final Set<String> CONDITION = Set.of("if", "unless");

    private static final Set<String> PLANNED_MODIFIERS = Set.of("planned", "proposed", "upcoming", "scheduled",
            "expected", "possible", "future", "prospective", "potential");

    /**
     * The modality of the act a {@code trigger} reports in the clause of {@code predicate}:
     * negated ("did not meet", "failed to"), planned ("will meet", "the planned summit", "is
     * going to"), hypothetical ("could send", a condition with "if" or "unless"), else asserted.
     */
    public static Modality modality(Tree tree, int predicate, int trigger) {
        if (tree.hasChild(trigger, NEGATION, "advmod", "det") || tree.hasChild(predicate, NEGATION, "advmod", "det")) {
            return Modality.NEGATED;
        }
        int h = tree.head(predicate);
        if (h >= 0 && tree.base(predicate).equals("xcomp") && tree.lemma(h).equals("fail")) {
            return Modality.NEGATED;
        }
        if (!tree.isVerb(predicate) && tree.hasChild(trigger, PLANNED_MODIFIERS, "amod")) {
            return Modality.PLANNED;
        }
        boolean conditional = tree.hasChild(predicate, CONDITION, "mark")
                || tree.children(predicate, "advcl").stream().anyMatch(c -> tree.hasChild(c, CONDITION, "mark"));
        for (int a : tree.children(predicate, "aux")) {
            String aux = tree.lemma(a);
            String word = tree.token(a).word().toLowerCase();
            if (FUTURE.contains(aux) || FUTURE.contains(word)) {
                return conditional ? Modality.HYPOTHETICAL : Modality.PLANNED;
            }
            if (word.equals("would") && !conditional && Syntax.reported(tree, predicate)) {
                return Modality.PLANNED; // "said they would meet": the future of reported speech
            }
            if (POSSIBLE.contains(aux) || POSSIBLE.contains(word)) {
                return Modality.HYPOTHETICAL;
            }
        }
        if (conditional) {
            return Modality.HYPOTHETICAL;
        }
        // "is going to meet", "are to meet"
        if (h >= 0 && tree.base(predicate).equals("xcomp") && tree.lemma(h).equals("go")
                && tree.token(h).pos().equals("VBG")) {
            return Modality.PLANNED;
        }
        if (tree.isVerb(predicate) && tree.hasChild(predicate, Set.of("to"), "mark")
                && tree.children(predicate, "aux").stream().anyMatch(a -> tree.lemma(a).equals("be"))) {
            return Modality.PLANNED;
        }
        return Modality.ASSERTED;
    }

    /** Whether a clause speaks of what will or may be done, or holds its act with a stance: "will not accept". */
    public static boolean futureOrStance(Tree tree, int predicate, Entry entry) {
        return entry.stance().isPresent() || tree.children(predicate, "aux").stream()
                .anyMatch(a -> FUTURE.contains(tree.lemma(a)) || POSSIBLE.contains(tree.lemma(a)));
    }
}
