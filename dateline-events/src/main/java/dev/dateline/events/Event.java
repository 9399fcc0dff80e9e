package dev.dateline.events;

import dev.dateline.model.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event as one sentence reports it: who did what to whom, coded in CAMEO and PLOVER, whether
 * it happened, when and where, with the evidence for each part.
 *
 * @param sentence the index of its sentence in the article
 * @param sentenceSpan the sentence in the article's original text
 * @param trigger the word reporting the act ("shelled", "talks") in the original text
 * @param triggerText that word
 * @param cameo the event's CAMEO code as CAMEO codes the sentence: an act announced or agreed is
 *     coded as the intent ("agreed to meet": 036), one called for as the appeal, one refused as the rejection
 * @param act the code of the act itself ("meet": 040), equal to {@code cameo} for a plain report
 * @param source who acts, one mention per actor ("Russia and Georgia" is two)
 * @param target whom the act is aimed at
 * @param modality whether the act happened
 * @param claimant who the sentence says reports it ("Georgia said ..."), when someone does
 * @param place where it happened, as the sentence names it ("Tbilisi")
 * @param placeSpan that name in the original text
 * @param placeCountry the country code of the place, when the knowledge base knows it
 * @param time when it happened
 * @param background why the event is history the article recalls ("dated 2008, 12 years before
 *     the article"; "in a 'since' phrase") rather than news: kept as evidence, never a new current
 *     event; empty for news
 * @param rule how it was coded: the trigger entry and the syntax that gave source and target
 * @param confidence how likely the coding is right, and whether the coder abstains from it
 */
public record Event(
        int sentence,
        Span sentenceSpan,
        Span trigger,
        String triggerText,
        CameoCode cameo,
        CameoCode act,
        List<ActorMention> source,
        List<ActorMention> target,
        Modality modality,
        Optional<ActorMention> claimant,
        Optional<String> place,
        Optional<Span> placeSpan,
        Optional<String> placeCountry,
        EventTime time,
        Optional<String> background,
        String rule,
        Confidence confidence) {

    public Event {
        Objects.requireNonNull(sentenceSpan, "sentenceSpan");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(triggerText, "triggerText");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(act, "act");
        source = List.copyOf(source);
        target = List.copyOf(target);
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(placeSpan, "placeSpan");
        Objects.requireNonNull(placeCountry, "placeCountry");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(confidence, "confidence");
    }

    /**
     * One line for people: "Russia (military): Employ aerial weapons — Georgia, in Gori (planned)".
     */
    public String summary() {
        StringBuilder sb = new StringBuilder(names(source).isEmpty() ? "someone" : names(source));
        sb.append(": ").append(cameo.label());
        if (!target.isEmpty()) {
            sb.append(" — ").append(names(target));
        }
        place.ifPresent(p -> sb.append(", in ").append(p));
        if (modality != Modality.ASSERTED) {
            sb.append(" (").append(modality.label()).append(")");
        }
        if (background.isPresent()) {
            sb.append(" [background]");
        }
        return sb.toString();
    }

    private static String names(List<ActorMention> actors) {
        StringBuilder sb = new StringBuilder();
        for (ActorMention a : actors) {
            sb.append(sb.length() == 0 ? "" : ", ").append(a.name().orElse(a.text()));
        }
        return sb.toString();
    }

    /** A copy with {@code newConfidence}. */
    public Event withConfidence(Confidence newConfidence) {
        return new Event(sentence, sentenceSpan, trigger, triggerText, cameo, act, source, target, modality,
                claimant, place, placeSpan, placeCountry, time, background, rule, newConfidence);
    }

    /** A copy with another time. */
    public Event withTime(EventTime newTime) {
        return new Event(sentence, sentenceSpan, trigger, triggerText, cameo, act, source, target, modality,
                claimant, place, placeSpan, placeCountry, newTime, background, rule, confidence);
    }

    /** A copy with another code and modality, and the rule that set them. */
    public Event withModality(CameoCode newCameo, Modality newModality, String newRule) {
        return new Event(sentence, sentenceSpan, trigger, triggerText, newCameo, act, source, target, newModality,
                claimant, place, placeSpan, placeCountry, time, background, newRule, confidence);
    }

    /** A copy marked as background for {@code reason}, or as news when it is empty. */
    public Event withBackground(Optional<String> reason) {
        return new Event(sentence, sentenceSpan, trigger, triggerText, cameo, act, source, target, modality,
                claimant, place, placeSpan, placeCountry, time, reason, rule, confidence);
    }

    /**
     * The same coding of the same words standing {@code delta} characters later, in sentence
     * {@code newSentence} of another article (a reprint), with no time yet.
     */
    public Event moved(int delta, int newSentence) {
        return new Event(newSentence, sentenceSpan.shift(delta), trigger.shift(delta), triggerText, cameo, act,
                moved(source, delta), moved(target, delta), modality, claimant.map(c -> c.moved(delta)), place,
                placeSpan.map(p -> p.shift(delta)), placeCountry, EventTime.NONE, background, rule, confidence);
    }

    private static List<ActorMention> moved(List<ActorMention> actors, int delta) {
        return actors.stream().map(a -> a.moved(delta)).toList();
    }
}
