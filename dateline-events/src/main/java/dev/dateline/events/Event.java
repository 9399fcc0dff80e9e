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
 * @param time when it happened
 * @param rule how it was coded: the trigger entry and the syntax that gave source and target
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
        EventTime time,
        String rule) {

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
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(rule, "rule");
    }

    /** A copy with another time. */
    public Event withTime(EventTime newTime) {
        return new Event(sentence, sentenceSpan, trigger, triggerText, cameo, act, source, target, modality,
                claimant, place, placeSpan, newTime, rule);
    }
}
