package dev.dateline.events.internal;

import static dev.dateline.events.internal.Syntax.ACCUSE;
import static dev.dateline.events.internal.Syntax.SAY;

import dev.dateline.events.ActorMention;
import java.util.Optional;

/** Who a sentence says reports what it tells: "…, Georgian officials said", "according to", an accuser. */
public final class Attribution {

    private Attribution() {
    }

    /** Who the sentence says reports the event: the subject of a verb of saying above it, or "according to". */
    public static Optional<ActorMention> claimant(Tree tree, Actors actors, int predicate) {
        for (int i = predicate, steps = 0; i >= 0 && steps < 6; steps++) {
            for (int c : tree.children(i, "parataxis", "obl", "advcl")) {
                if (tree.base(c).equals("parataxis") && SAY.contains(tree.lemma(c))) {
                    Optional<Integer> s = tree.child(c, "nsubj");
                    if (s.isPresent()) {
                        return actors.phrase(tree, s.get()).stream().findFirst();
                    }
                }
                if (tree.preposition(c).startsWith("accord")) {
                    return actors.phrase(tree, c).stream().findFirst();
                }
            }
            String base = tree.base(i);
            int h = tree.head(i);
            boolean accused = ACCUSE.contains(h >= 0 ? tree.lemma(h) : "") && (base.equals("advcl") || base.equals("acl"));
            if (h >= 0 && ((base.equals("ccomp") || base.equals("parataxis") || base.equals("xcomp")
                    || base.equals("conj") || base.equals("dep")) && SAY.contains(tree.lemma(h)) || accused)) {
                Optional<Integer> s = tree.child(h, "nsubj");
                if (s.isPresent()) {
                    return actors.phrase(tree, s.get()).stream().findFirst();
                }
            }
            if (h >= 0 && SAY.contains(tree.lemma(i)) && base.equals("parataxis")) {
                return Optional.empty();
            }
            if (!(base.equals("ccomp") || base.equals("xcomp") || base.equals("conj") || base.equals("parataxis"))) {
                // The root may itself be the verb of saying with the event as its complement.
                if (h < 0) {
                    break;
                }
                if (!(base.equals("obj") || base.equals("nsubj") || base.equals("nsubj:pass"))) {
                    break;
                }
            }
            i = h;
        }
        return Optional.empty();
    }
}
