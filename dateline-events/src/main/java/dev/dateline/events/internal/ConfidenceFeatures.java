package dev.dateline.events.internal;

import dev.dateline.events.ActorMention;
import dev.dateline.events.Event;
import dev.dateline.events.Modality;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The inputs of the confidence model: what the coder knew when it coded an event (how the trigger
 * was found and how sure the event-type model was of it, how polysemous the trigger is, how each
 * actor resolved, the sentence around it). Every feature lies in [0, 1]; {@link #DOUBTS} says in
 * words what each one that lowers the score means.
 */
public final class ConfidenceFeatures {

    /** What the coder knew of an event's trigger beyond the event itself. */
    public record Trigger(String basis, double modelRoot, double modelNone, boolean modelAgrees, String pos,
            boolean phrase, int senses) {
    }

    /** The feature names, in the model's order. */
    public static final List<String> NAMES;

    /** Each feature, as a doubt in words: shown when it lowers an event's score. */
    public static final Map<String, String> DOUBTS;

    static {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("model.absent", "the event-type model did not weigh the trigger");
        d.put("model.root", "the event-type model gives the code's root a low probability");
        d.put("model.none", "the event-type model thinks the word may report no event");
        d.put("model.disagrees", "the event-type model prefers another root");
        d.put("basis.family", "the trigger is not in the trigger table, only in its WordNet family");
        d.put("basis.model", "the trigger is in neither the table nor WordNet: the model alone coded it");
        d.put("trigger.noun", "the trigger is a noun");
        d.put("trigger.adjective", "the trigger is an adjective");
        d.put("trigger.phrase", "the trigger needs words around it");
        d.put("trigger.senses", "the trigger word has many senses");
        d.put("trigger.monosemous", "the trigger word has one sense");
        d.put("trigger.position", "the trigger stands late in a long sentence");
        d.put("act.held", "the act is held by another word (agreed to, refused to)");
        d.put("root.verbal", "verbal cooperation codes (01-08) are often ordinary words");
        d.put("root.violent", "violence codes (18-20) are often accidents or crime");
        for (int q = 1; q <= 4; q++) {
            d.put("quad." + q, "QuadClass " + q);
        }
        for (String side : List.of("source", "target")) {
            d.put(side + ".none", "no " + side + " was found");
            d.put(side + ".unresolved", "the " + side + " did not resolve");
            d.put(side + ".place", "the " + side + "'s country comes from a place name");
            d.put(side + ".earlier", "the " + side + " is a name given earlier in the article");
            d.put(side + ".person", "the " + side + " is a person of the knowledge base");
            d.put(side + ".demonym", "the " + side + "'s country comes from an adjective of nationality");
            d.put(side + ".roleOnly", "the " + side + " is named by its role only");
            d.put(side + ".countryOnly", "the " + side + " is a country with no role");
            d.put(side + ".pronoun", "the " + side + " is a pronoun");
            d.put(side + ".capitalized", "the " + side + " is a proper name");
            d.put(side + ".words", "the " + side + "'s phrase is long");
            d.put(side + ".several", "several " + side + "s");
        }
        d.put("modality.asserted", "the act is reported as done");
        d.put("claimed", "someone is cited as claiming it");
        d.put("sentence.length", "a long sentence");
        d.put("sentence.first", "the headline or first sentence");
        d.put("sentence.quoted", "the sentence quotes someone");
        d.put("sentence.events", "several events in one sentence");
        DOUBTS = Map.copyOf(d);
        NAMES = List.copyOf(d.keySet());
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her",
            "them", "who", "which", "that", "us", "this", "these", "those");

    private ConfidenceFeatures() {
    }

    /**
     * The features of {@code e}, found as {@code trigger} says, one of {@code events} events of its
     * sentence, whose text is {@code sentence}.
     */
    public static Map<String, Double> of(Event e, Trigger trigger, int events, String sentence) {
        Map<String, Double> f = new LinkedHashMap<>();
        boolean weighed = !Double.isNaN(trigger.modelRoot());
        put(f, "model.absent", !weighed);
        f.put("model.root", weighed ? trigger.modelRoot() : 0);
        f.put("model.none", weighed ? trigger.modelNone() : 0);
        put(f, "model.disagrees", weighed && !trigger.modelAgrees());
        put(f, "basis.family", trigger.basis().equals("wordnet"));
        put(f, "basis.model", trigger.basis().equals("model"));
        put(f, "trigger.noun", trigger.pos().equals("N"));
        put(f, "trigger.adjective", trigger.pos().equals("A"));
        put(f, "trigger.phrase", trigger.phrase());
        f.put("trigger.senses", Math.min(1, Math.log1p(trigger.senses()) / 3));
        put(f, "trigger.monosemous", trigger.senses() == 1);
        int sentenceLength = e.sentenceSpan().length();
        f.put("trigger.position", Math.min(300, e.trigger().start() - e.sentenceSpan().start()) / 300.0);
        put(f, "act.held", !e.act().equals(e.cameo()));
        String root = e.cameo().root();
        put(f, "root.verbal", root.compareTo("09") < 0);
        put(f, "root.violent", root.compareTo("18") >= 0);
        for (int q = 1; q <= 4; q++) {
            put(f, "quad." + q, e.cameo().quadClass() == q);
        }
        side(f, "source", e.source());
        side(f, "target", e.target());
        put(f, "modality.asserted", e.modality() == Modality.ASSERTED);
        put(f, "claimed", e.claimant().isPresent());
        f.put("sentence.length", Math.min(400, sentenceLength) / 400.0);
        put(f, "sentence.first", e.sentence() == 0);
        put(f, "sentence.quoted", sentence.indexOf('"') >= 0 || sentence.indexOf('\u201C') >= 0
                || sentence.contains("``"));
        f.put("sentence.events", Math.min(4, events) / 4.0);
        return f;
    }

    private static void side(Map<String, Double> f, String side, List<ActorMention> actors) {
        ActorMention a = actors.isEmpty() ? null : actors.get(0);
        String why = a == null ? "" : String.join(" ", a.reasons());
        put(f, side + ".none", a == null);
        put(f, side + ".unresolved", a != null && !a.resolved());
        boolean resolved = a != null && a.resolved();
        // The actor resolver's reasons, as it words them (dateline-actors and Actors).
        put(f, side + ".place", resolved && why.contains("place '") && why.contains("GeoNames"));
        put(f, side + ".earlier", resolved && why.contains("named before"));
        put(f, side + ".person", resolved && why.contains("person '"));
        put(f, side + ".demonym", resolved && why.contains("demonym"));
        put(f, side + ".roleOnly", resolved && why.contains("role only"));
        put(f, side + ".countryOnly", resolved && a.code().get().toString().length() == 3);
        put(f, side + ".pronoun", a != null && PRONOUNS.contains(a.text().toLowerCase(Locale.ROOT)));
        put(f, side + ".capitalized", a != null && !a.text().isEmpty() && Character.isUpperCase(a.text().charAt(0)));
        f.put(side + ".words", a == null ? 0 : Math.min(8, a.text().split("\\s+").length) / 8.0);
        put(f, side + ".several", actors.size() > 1);
    }

    private static void put(Map<String, Double> f, String name, boolean value) {
        f.put(name, value ? 1.0 : 0.0);
    }
}
