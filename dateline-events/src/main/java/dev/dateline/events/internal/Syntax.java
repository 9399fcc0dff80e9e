package dev.dateline.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where the parts of a clause are: its subject (through control, coordination, relative and
 * adverbial clauses), its passive agent, the modifiers that name who did a nominal event, whether
 * it is reported speech or an obligation, and the place it names.
 */
public final class Syntax {

    private Syntax() {
    }

    /** Verbs of saying: an event in their complement is attributed to their subject. */
    public static final Set<String> SAY = Set.of("say", "tell", "announce", "report", "claim", "state", "add",
            "confirm", "declare", "insist", "allege", "assert", "write", "note", "indicate", "reveal", "acknowledge",
            "admit", "stress", "explain", "reiterate", "conclude");

    /** Verbs of accusing: the act they hold is the accused's, and the accuser claims it. */
    public static final Set<String> ACCUSE = Set.of("accuse", "blame", "charge", "suspect");

    /** Verbs whose object is the one who is to act in their complement ("urged Russia to withdraw"). */
    private static final Set<String> OBJECT_CONTROL = Set.of("urge", "ask", "order", "call", "force", "persuade",
            "tell", "invite", "press", "encourage", "allow", "permit", "request", "instruct", "warn", "appeal",
            "convince", "compel", "help");

    private static final Set<String> LOCATION_PREPOSITIONS = Set.of("in", "at", "near", "outside", "inside");

    public static final Set<String> NOMINAL_EVENT_PREPOSITIONS = Set.of("in", "into", "as", "for");

    /** Nouns that hold an event named by their modifier: "a mediation effort", "a peace initiative". */
    public static final Set<String> HOLDERS = Set.of("effort", "bid", "initiative", "attempt", "process", "mission",
            "campaign", "operation", "round", "drive");

    private static final Set<String> OBLIGATION = Set.of("must", "should");

    /**
     * The noun that stands for a nominal trigger in its clause: the first of conjoined nouns
     * ("artillery, mortar and rocket fire"), and the holder of a modifier ("mediation effort").
     */
    public static int nominalHead(Tree tree, int trigger) {
        int noun = trigger;
        for (int steps = 0; steps < 5 && tree.head(noun) >= 0 && !tree.isVerb(tree.head(noun)); steps++) {
            String base = tree.base(noun);
            if (base.equals("conj") || (base.equals("compound") && HOLDERS.contains(tree.lemma(tree.head(noun))))) {
                noun = tree.head(noun);
            } else {
                break;
            }
        }
        return noun;
    }

    /** The subject of a clause, following control ("agreed to meet"), coordination and relative clauses. */
    /**
     * The subject of {@code at}; of two (a parse that takes a dateline, "WASHINGTON (AP) —", for
     * a subject too), the one nearest before the verb.
     */
    private static Optional<Integer> nearestSubject(Tree tree, int at) {
        List<Integer> subjects = tree.children(at, "nsubj", "nsubj:pass");
        Optional<Integer> before = subjects.stream().filter(s -> s < at).max(Integer::compare);
        return before.isPresent() ? before : subjects.stream().findFirst();
    }

    public static Optional<Integer> subject(Tree tree, int predicate) {
        int at = predicate;
        for (int steps = 0; at >= 0 && steps < 5; steps++) {
            Optional<Integer> s = nearestSubject(tree, at);
            if (s.isPresent() && tree.relation(at).equals("acl:relcl")
                    && Set.of("WP", "WDT").contains(tree.token(s.get()).pos()) && tree.head(at) >= 0) {
                return Optional.of(tree.head(at)); // "Rice, who flew to Tbilisi": Rice flew
            }
            // A passive subject is shared with an active conjunct: "was indicted ... and will resign".
            boolean sharedPassive = at != predicate && tree.relation(s.orElse(at)).equals("nsubj:pass")
                    && tree.children(predicate, "aux:pass").isEmpty() && tree.base(predicate).equals("conj");
            if (s.isPresent() && (!(at != predicate && tree.relation(s.get()).equals("nsubj:pass")) || sharedPassive)) {
                if (tree.relation(s.get()).equals("nsubj:pass") && at == predicate) {
                    return Optional.empty();
                }
                return s;
            }
            String base = tree.base(at);
            int h = tree.head(at);
            if (h < 0) {
                return Optional.empty();
            }
            if (tree.relation(at).equals("acl:relcl")) {
                return Optional.of(h); // "the forces that shelled Gori"
            }
            if (ACCUSE.contains(tree.lemma(h)) && (base.equals("advcl") || base.equals("acl"))
                    && tree.child(h, "obj").isPresent()) {
                return tree.child(h, "obj"); // "accused Russia of trying to destroy": Russia would destroy
            }
            if (base.equals("acl")) {
                String pos = tree.token(at).pos();
                if (pos.equals("VBG")) {
                    // "issued a statement demanding ...": who issued it demands; "guilty of violating": who is guilty.
                    int governor = tree.head(h);
                    if (tree.token(h).pos().startsWith("JJ")) {
                        at = h;
                        continue;
                    }
                    if (governor >= 0 && tree.isVerb(governor)) {
                        at = governor;
                        continue;
                    }
                    return Optional.empty();
                }
                // "groups donated ..." (a past tense parsed as a modifier) acts; "a truce brokered in Moscow" does not.
                return pos.equals("VBN") && tree.children(at, "obj").isEmpty() ? Optional.empty() : Optional.of(h);
            }
            if (base.equals("xcomp") || base.equals("dep")) {
                // Object control: "urged Russia to withdraw" - Russia is who would withdraw; and
                // "said Georgia must return ...", misparsed with Georgia as the object of "said".
                Optional<Integer> o = tree.child(h, "obj");
                if (o.isPresent() && o.get() != at
                        && (OBJECT_CONTROL.contains(tree.lemma(h)) || SAY.contains(tree.lemma(h)))) {
                    return o;
                }
                at = h;
            } else if (base.equals("conj") || base.equals("advcl")) {
                // A clause without a subject of its own shares its governor's: "shunned work to protest",
                // "guilty of violating".
                at = h;
            } else {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The passive agent of a clause: its "by" phrase. */
    public static Optional<Integer> agent(Tree tree, int predicate) {
        for (int c : tree.children(predicate, "obl")) {
            if (tree.relation(c).equals("obl:agent") || tree.preposition(c).equals("by")) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Who did a nominal event, as its modifiers say: "Russian air strikes", "Georgia's attack", "an attack by rebels". */
    public static Optional<Integer> nominalSource(Tree tree, int noun) {
        for (int c : tree.children(noun, "nmod:poss", "amod", "compound")) {
            if (tree.isProperNoun(c) || Character.isUpperCase(tree.token(c).word().charAt(0))) {
                return Optional.of(c);
            }
        }
        for (int c : tree.children(noun, "nmod")) {
            if (tree.preposition(c).equals("by")) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Whether a clause is reported speech: a verb of saying stands above it within a few steps. */
    public static boolean reported(Tree tree, int predicate) {
        for (int i = predicate, steps = 0; i >= 0 && steps < 4; i = tree.head(i), steps++) {
            int h = tree.head(i);
            if (h >= 0 && SAY.contains(tree.lemma(h))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a clause says its subject must or should act. */
    public static boolean obliged(Tree tree, int predicate) {
        return tree.children(predicate, "aux").stream().anyMatch(a -> OBLIGATION.contains(tree.lemma(a)));
    }

    /**
     * The place the clause names ("in Tbilisi"): a proper noun after "in", "at" or "near", on the
     * clause or, two levels down, on its phrases ("on worshippers at two mosques in Christchurch").
     */
    public static Optional<int[]> place(Tree tree, int predicate, int trigger) {
        List<Integer> candidates = new ArrayList<>(tree.children(predicate, "obl", "nmod"));
        if (trigger != predicate) {
            candidates.addAll(tree.children(trigger, "nmod", "obl"));
        }
        for (int level = 0, from = 0; level < 2; level++) {
            int to = candidates.size();
            List<Integer> roots = new ArrayList<>(candidates.subList(from, to));
            if (level == 0) {
                roots.addAll(tree.children(predicate, "obj"));
            }
            for (int c : roots) {
                candidates.addAll(tree.children(c, "nmod"));
            }
            from = to;
        }
        for (int c : candidates) {
            if (LOCATION_PREPOSITIONS.contains(tree.preposition(c)) && !tree.relation(c).endsWith("tmod")) {
                Optional<int[]> name = placeName(tree, c);
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    /** Names of days and months, which name times, never places or parties ("a Sunday shooting", "in March"). */
    public static final Set<String> DAYS_AND_MONTHS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.");

    /**
     * The place name a phrase's head gives: the head with the names before it ("in South
     * Ossetia"), or, for a common noun, the names that modify it ("in a Miami nightclub", "at a
     * Bellflower barbershop"); else none.
     */
    private static Optional<int[]> placeName(Tree tree, int c) {
        int last = c;
        if (!tree.isProperNoun(c)) {
            last = c - 1; // "a Miami nightclub": the names right before the head that modify it
            if (last < 0 || !tree.isProperNoun(last) || tree.head(last) != c || !tree.relation(last).equals("compound")) {
                return Optional.empty();
            }
        }
        List<Integer> run = new ArrayList<>();
        for (int j = last; j >= 0 && tree.isProperNoun(j) && (j == last || tree.head(j) == c || tree.head(j) == last); j--) {
            if (DAYS_AND_MONTHS.contains(tree.token(j).word().toLowerCase(Locale.ROOT))) {
                return Optional.empty(); // "in a Sunday shooting", "in March"
            }
            run.add(0, j);
        }
        return Optional.of(run.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Every place the sentence names after "in", "at", "near" and the like: proper nouns with the names before them. */
    public static List<int[]> places(Tree tree) {
        List<int[]> out = new ArrayList<>();
        for (int c = 0; c < tree.size(); c++) {
            if (LOCATION_PREPOSITIONS.contains(tree.preposition(c)) && !tree.relation(c).endsWith("tmod")) {
                placeName(tree, c).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The words of {@code tokens}, space-separated. */
    public static String words(Tree tree, int[] tokens) {
        StringBuilder sb = new StringBuilder();
        for (int t : tokens) {
            sb.append(sb.length() == 0 ? "" : " ").append(tree.token(t).word());
        }
        return sb.toString();
    }
}
