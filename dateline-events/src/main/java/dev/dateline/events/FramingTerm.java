package dev.dateline.events;

import dev.dateline.model.Span;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One use of a framing word in an article: how the text names an armed actor ("separatists",
 * "militants"), qualifies a place ("breakaway", "occupied") or names an act ("invasion", "peace
 * enforcement"), and what the word refers to.
 *
 * @param sentenceSpan the sentence in the original text
 * @param span the word or phrase in the original text
 * @param term the word as the term table lists it ("separatists")
 * @param kind what it frames
 * @param tone how it colours its referent: {@code condemning}, {@code neutral} or {@code approving}
 * @param family the words that say the same as it ("forces" for "troops"), by the table; itself when none
 * @param referent what it refers to: the actor or place named with it ("South Ossetian
 *     separatists": the separatist authority), empty when the text names none
 */
public record FramingTerm(Span sentenceSpan, Span span, String term, Kind kind, String tone, String family,
        Optional<ActorMention> referent) {

    /** What a framing word frames. */
    public enum Kind {
        /** A name for an armed group or force. */
        ACTOR,
        /** A word that qualifies a place. */
        PLACE,
        /** A name for what one side does. */
        ACT;

        /** The lowercase name used in JSON. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public FramingTerm {
        Objects.requireNonNull(sentenceSpan, "sentenceSpan");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(referent, "referent");
    }
}
