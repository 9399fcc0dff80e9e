package dev.dateline.events;

import dev.dateline.model.Span;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A figure someone claims: how many were killed, wounded, displaced …, whose people, who says so,
 * and as of when. A figure withheld ("has not released figures for its own troops") is a claim
 * too, {@link Disclosure#WITHHELD} with no value: it is never read as zero; so is a figure someone
 * says they could not confirm ("could not independently verify the toll"), {@link
 * Disclosure#UNCONFIRMED}. A zero said as such ("no one was hurt") is a stated figure of 0.
 *
 * @param sentence the index of its sentence in the article
 * @param sentenceSpan the sentence in the original text
 * @param span the words of the figure and what it counts ("at least 2,000 civilians"), in the original text
 * @param text those words
 * @param measure what is counted
 * @param low the least the figure can mean ("at least 2,000": 2,000; "dozens": 24), empty when unknown
 * @param high the most it can mean ("up to 50": 50; "at least 2,000": empty, no upper bound)
 * @param disclosure whether the figure is stated, withheld or said to be unconfirmed
 * @param subject whose people: the actor code when known ({@code RUS}), and the words
 * @param category military, civilian or all
 * @param place the place whose people the figure counts, when the sentence names one narrower than a
 *     country ("killed in Tskhinvali"): a town's dead are not a country's
 * @param claimant who says so, when the sentence names someone
 * @param asOf the date the figure is claimed for: the sentence's own date, else the article's
 * @param asOfBasis {@code sentence}, {@code article} or {@code none}
 * @param since the start of the period the figure covers ("since Aug. 7"), when stated
 * @param rule how it was found
 */
public record Claim(
        int sentence,
        Span sentenceSpan,
        Span span,
        String text,
        Measure measure,
        OptionalLong low,
        OptionalLong high,
        Disclosure disclosure,
        Optional<ActorMention> subject,
        Category category,
        Optional<String> place,
        Optional<ActorMention> claimant,
        Optional<String> asOf,
        String asOfBasis,
        Optional<String> since,
        String rule) {

    /** What a figure counts. */
    public enum Measure {
        KILLED, WOUNDED, MISSING, CAPTURED,
        /** Arrested or detained by police or security forces. */
        ARRESTED,
        DISPLACED, REFUGEES, EVACUATED,
        /** "Shot", kept as written where the outcome is not said: the dead and the wounded together. */
        SHOT,
        /** "Casualties", kept as written: killed and wounded together, or either. */
        CASUALTIES;

        /** The lowercase name used in JSON. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How a claim gives its figure. */
    public enum Disclosure {
        /** The figure is stated ("64 were killed", "no one was hurt": 0). */
        STATED,
        /** Someone keeps the figure back ("has not released figures", "kept its toll secret"). */
        WITHHELD,
        /** Someone says the figures could not be checked ("could not independently confirm the toll"). */
        UNCONFIRMED;

        /** The lowercase name used in JSON and the store. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whose people a figure counts. */
    public enum Category {
        MILITARY, CIVILIAN, ALL;

        /** The lowercase name used in JSON. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Claim {
        Objects.requireNonNull(sentenceSpan, "sentenceSpan");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (low.isPresent() && high.isPresent() && low.getAsLong() > high.getAsLong()) {
            throw new IllegalArgumentException("claim low " + low.getAsLong() + " is above its high " + high.getAsLong());
        }
        Objects.requireNonNull(disclosure, "disclosure");
        if (disclosure != Disclosure.STATED && (low.isPresent() || high.isPresent())) {
            throw new IllegalArgumentException("a figure " + disclosure.label() + " has no value");
        }
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(asOfBasis, "asOfBasis");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(rule, "rule");
    }

    /** Whether the figure is stated: neither withheld nor said to be unconfirmed. */
    public boolean disclosed() {
        return disclosure == Disclosure.STATED;
    }

    /** Whether the figure is a stated zero ("no one was hurt"). */
    public boolean zero() {
        return disclosed() && low.isPresent() && low.getAsLong() == 0 && high.isPresent() && high.getAsLong() == 0;
    }

    /** The subject's country or organization code ({@code RUS}), when known. */
    public Optional<String> subjectCode() {
        return subject.flatMap(ActorMention::code).map(c -> c.base());
    }
}
