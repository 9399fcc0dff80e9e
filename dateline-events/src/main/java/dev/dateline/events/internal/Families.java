package dev.dateline.events.internal;

import dev.dateline.events.CameoCode;
import dev.dateline.semantics.WordNet;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the CAMEO family of a word the trigger table lacks, through WordNet: a synonym of a
 * trigger ("castigate" shares a sense with "criticize"), a manner of one ("shell" is a manner of
 * "bombard", "pummel" of "attack"), or, for an event noun, the verb it derives from ("barrage" →
 * "bombard"). Seeds are the senses of the table's own triggers, read only where the sense belongs
 * to a class that fits the family (a sense of "strike" about labour is no seed of attack). Each
 * answer carries the path, for explanations. Thread-safe.
 */
public final class Families {

    /**
     * A family found, with how.
     *
     * @param code the code of the trigger reached
     * @param seed the trigger word reached
     * @param path the steps, in words ("shell → bombard (a manner of) → 194")
     */
    public record Found(CameoCode code, String seed, String path) {
    }

    /**
     * Senses tried, of the word and of each trigger: the most frequent only. Measured on the demo
     * corpus, second senses and second steps led "cross" to "meet", "push" to "urge" and "chair" to
     * "discuss".
     */
    private static final int SENSES = 1;
    /** Steps up the hypernyms: a direct manner of a trigger only. */
    private static final int DEPTH = 1;

    private final WordNet wordNet;
    /** Seed sense id → the trigger entry it stands for; null when triggers of different roots share it. */
    private final Map<String, Lexicon.Entry> seeds = new HashMap<>();

    /** Seeds from the entries of {@code lexicon} that need no other words and report a code. */
    public Families(WordNet wordNet, Lexicon lexicon) {
        this.wordNet = wordNet;
        for (Lexicon.Entry e : lexicon.all()) {
            if (!e.with().isEmpty() || e.code().isEmpty() || e.pos().equals("A")) {
                continue;
            }
            WordNet.Pos pos = e.pos().equals("V") ? WordNet.Pos.VERB : WordNet.Pos.NOUN;
            List<WordNet.Sense> senses = wordNet.senses(e.lemma(), pos);
            for (WordNet.Sense s : senses.subList(0, Math.min(SENSES, senses.size()))) {
                if (fits(s, e.code().get().root())) {
                    seed(s, e);
                }
            }
        }
    }

    private void seed(WordNet.Sense s, Lexicon.Entry e) {
        if (!seeds.containsKey(s.id())) {
            seeds.put(s.id(), e);
            return;
        }
        Lexicon.Entry other = seeds.get(s.id());
        if (other != null && !other.code().get().root().equals(e.code().get().root())) {
            seeds.put(s.id(), null); // "hit" seeds both a beating and an attack: no family from it
        }
    }

    /** The family of {@code lemma} as a verb ({@code "V"}) or noun ({@code "N"}), if WordNet leads to one. */
    public Optional<Found> find(String lemma, String pos) {
        WordNet.Pos wn = pos.equals("V") ? WordNet.Pos.VERB : WordNet.Pos.NOUN;
        List<WordNet.Sense> senses = wordNet.senses(lemma, wn);
        for (WordNet.Sense start : senses.subList(0, Math.min(SENSES, senses.size()))) {
            Optional<Found> found = pos.equals("V") ? climb(lemma, start, lemma)
                    : fromNoun(lemma, start);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** An event noun: its own sense if seeded, else the verbs it derives from. */
    private Optional<Found> fromNoun(String lemma, WordNet.Sense noun) {
        if (!noun.lexFile().equals("noun.act") && !noun.lexFile().equals("noun.event")
                && !noun.lexFile().equals("noun.communication")) {
            return Optional.empty(); // only nouns that name acts can be events
        }
        Lexicon.Entry direct = seeds.get(noun.id());
        if (direct != null) {
            return Optional.of(found(direct, lemma + " (a sense of '" + direct.lemma() + "')"));
        }
        // The derivation is the step: the verb itself must be a trigger's sense ("bombardment" → "bombard").
        for (WordNet.Sense verb : wordNet.derivations(noun, WordNet.Pos.VERB)) {
            Lexicon.Entry e = seeds.get(verb.id());
            if (e != null) {
                return Optional.of(found(e, lemma + " → " + verb.lemma() + " (its verb)"));
            }
        }
        return Optional.empty();
    }

    /** Breadth-first up the hypernyms of {@code start}, at most {@link #DEPTH} steps, to the nearest seed. */
    private Optional<Found> climb(String lemma, WordNet.Sense start, String path) {
        record Step(WordNet.Sense sense, int depth, String path) {
        }
        Deque<Step> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        queue.add(new Step(start, 0, path));
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            if (!seen.add(step.sense().id())) {
                continue;
            }
            if (seeds.containsKey(step.sense().id())) {
                Lexicon.Entry e = seeds.get(step.sense().id());
                if (e == null || !fits(start, e.code().get().root())) {
                    return Optional.empty(); // the nearest trigger is ambiguous or of another domain: no guess
                }
                String how = step.depth() == 0 && step.path().equals(lemma) ? lemma + " (a synonym of '" + e.lemma() + "')"
                        : step.path();
                return Optional.of(found(e, how));
            }
            if (step.depth() < DEPTH) {
                for (WordNet.Sense up : wordNet.hypernyms(step.sense())) {
                    queue.add(new Step(up, step.depth() + 1, step.path() + " → " + up.lemma() + " (a manner of)"));
                }
            }
        }
        return Optional.empty();
    }

    private static Found found(Lexicon.Entry e, String path) {
        return new Found(e.code().get(), e.lemma(), path + " → " + e.code().get().code());
    }

    /**
     * Whether a sense of class {@code lexFile} can report an act of CAMEO root {@code root}: talk
     * is communication, fighting is competition or contact, arrests and sanctions are social acts.
     */
    static boolean fits(WordNet.Sense sense, String root) {
        String f = sense.lexFile();
        int r = Integer.parseInt(root);
        if (sense.pos() == WordNet.Pos.NOUN) {
            return f.equals("noun.act") || f.equals("noun.event") || f.equals("noun.communication");
        }
        return switch (r) {
            case 1, 2, 3, 5, 10, 11, 12, 13 -> f.equals("verb.communication") || f.equals("verb.social")
                    || (r == 3 && f.equals("verb.cognition"));
            case 4 -> f.equals("verb.communication") || f.equals("verb.social") || f.equals("verb.motion");
            case 6, 7, 16 -> f.equals("verb.social") || f.equals("verb.possession") || f.equals("verb.communication");
            case 8 -> f.equals("verb.social") || f.equals("verb.motion") || f.equals("verb.possession")
                    || f.equals("verb.change");
            case 9 -> f.equals("verb.cognition") || f.equals("verb.perception") || f.equals("verb.social");
            case 14 -> f.equals("verb.communication") || f.equals("verb.social") || f.equals("verb.motion");
            case 15 -> f.equals("verb.motion") || f.equals("verb.social") || f.equals("verb.change");
            case 17 -> f.equals("verb.social") || f.equals("verb.contact") || f.equals("verb.possession");
            case 18, 19, 20 -> f.equals("verb.competition") || f.equals("verb.contact") || f.equals("verb.change")
                    || f.equals("verb.body");
            default -> false;
        };
    }
}
