package dev.dateline.events.internal;

import dev.dateline.semantics.WordNet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a common noun names, by its WordNet classes (lexicographer files): someone who can act
 * (a person, a group, a polity or place), something that happens (a storm, an explosion), or a
 * thing (an artifact, a document, a time, an idea). Proper nouns and words WordNet does not know
 * are left to the knowledge base.
 */
public final class NounClasses {

    /** Classes of nouns that can name an actor: "leader", "troops", "government", "country". */
    private static final Set<String> ACTORS = Set.of("noun.person", "noun.group", "noun.location");

    /** Classes of things that happen rather than act: storms, explosions, crashes, fires. */
    private static final Set<String> HAPPENINGS = Set.of("noun.phenomenon", "noun.event", "noun.process", "noun.state");

    private NounClasses() {
    }

    /** Whether token {@code i} is a common noun whose first sense is something that happens. */
    public static boolean happening(Tree tree, int i) {
        List<WordNet.Sense> senses = senses(tree, i);
        return !senses.isEmpty() && HAPPENINGS.contains(senses.get(0).lexFile());
    }

    /**
     * Classes of inanimate things: artifacts ("tanks"), documents and messages ("the plan", "a
     * statement"), ideas, times and substances. Acts ("the administration", "the opposition"),
     * quantities ("thousands"), attributes ("authority", "force") and the top classes ("person",
     * "group") name actors too often.
     */
    private static final Set<String> THINGS = Set.of("noun.artifact", "noun.communication", "noun.cognition",
            "noun.time", "noun.substance", "noun.food", "noun.plant", "noun.shape");

    /**
     * Whether token {@code i} is a common noun that names an inanimate thing ("tanks", "a plan",
     * "hours"): its first sense is of such a class, and neither of its first two names an actor.
     */
    public static boolean inanimate(Tree tree, int i) {
        List<WordNet.Sense> senses = senses(tree, i);
        return !senses.isEmpty() && THINGS.contains(senses.get(0).lexFile())
                && senses.stream().limit(2).noneMatch(s -> ACTORS.contains(s.lexFile()));
    }

    private static final Set<String> IDEAS = Set.of("noun.attribute", "noun.cognition", "noun.communication");

    /**
     * Whether token {@code i} is a common noun whose first sense is an idea, a quality or a message
     * ("credibility", "the plan", "the report"), none of whose first two senses names an actor.
     */
    public static boolean idea(Tree tree, int i) {
        List<WordNet.Sense> senses = senses(tree, i);
        return !senses.isEmpty() && IDEAS.contains(senses.get(0).lexFile())
                && senses.stream().limit(2).noneMatch(s -> ACTORS.contains(s.lexFile()));
    }

    /** Whether token {@code i} is a common noun whose first sense is a made thing ("a revolver", "a car"), not an actor. */
    public static boolean artifact(Tree tree, int i) {
        List<WordNet.Sense> senses = senses(tree, i);
        return !senses.isEmpty() && senses.get(0).lexFile().equals("noun.artifact")
                && senses.stream().limit(2).noneMatch(s -> ACTORS.contains(s.lexFile()));
    }

    /**
     * Whether token {@code i} is a common noun none of whose first two senses names someone who
     * can act: "tanks", "hours", "a plan" are things; "artillery" (also an army unit) and
     * "authorities" are not.
     */
    public static boolean thing(Tree tree, int i) {
        if (topPerson(tree, i)) {
            return false;
        }
        List<WordNet.Sense> senses = senses(tree, i);
        return !senses.isEmpty() && senses.stream().limit(2).noneMatch(s -> ACTORS.contains(s.lexFile()));
    }

    /** Whether token {@code i} is a common noun whose first sense is a person ("man", "teenager", "17-year-old"). */
    public static boolean person(Tree tree, int i) {
        List<WordNet.Sense> senses = senses(tree, i);
        if (senses.isEmpty() && tree.token(i).word().toLowerCase(Locale.ROOT).matches("\\d+-(?:year|month|week|day)s?-olds?")) {
            return true; // "a 17-year-old", which WordNet does not list
        }
        return topPerson(tree, i) || !senses.isEmpty() && senses.get(0).lexFile().equals("noun.person");
    }

    /** The words for a person that WordNet files among its top classes (noun.Tops), not among persons. */
    private static final Set<String> TOP_PERSONS = Set.of("person", "individual", "someone", "somebody", "human");

    private static boolean topPerson(Tree tree, int i) {
        String pos = tree.token(i).pos();
        return pos.startsWith("NN") && !pos.startsWith("NNP") && TOP_PERSONS.contains(tree.lemma(i).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether token {@code i} is a common noun one of whose first two senses is a person
     * ("shooter", whose first sense in WordNet is a hired gun's, second one who shoots): a
     * looser test than {@link #person}, for nouns that a count of victims names.
     */
    public static boolean personish(Tree tree, int i) {
        return person(tree, i) || senses(tree, i).stream().limit(2).anyMatch(s -> s.lexFile().equals("noun.person"));
    }

    /** Words that make a "party" a gathering: "a house party", "a birthday party". */
    private static final Set<String> GATHERINGS = Set.of("house", "birthday", "block", "pool", "dinner", "graduation",
            "street", "holiday", "christmas", "halloween", "garden", "tea", "farewell", "fraternity", "frat", "costume",
            "dance", "private", "bachelor", "bachelorette", "wedding", "baby", "slumber", "launch", "welcome", "sweet");

    /** Whether token {@code i} is a party that people attend, not one they vote for. */
    public static boolean gathering(Tree tree, int i) {
        return tree.lemma(i).equals("party") && tree.token(i).pos().startsWith("NN") && !tree.token(i).pos().startsWith("NNP")
                && (tree.hasChild(i, GATHERINGS, "compound", "amod") || tree.preposition(i).equals("at"));
    }

    private static List<WordNet.Sense> senses(Tree tree, int i) {
        String pos = tree.token(i).pos();
        if (!pos.startsWith("NN") || pos.startsWith("NNP")) {
            return List.of();
        }
        return SharedWordNet.get().senses(tree.lemma(i), WordNet.Pos.NOUN);
    }
}
