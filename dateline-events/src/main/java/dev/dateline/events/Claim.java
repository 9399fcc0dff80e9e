package dev.dateline.events;

import dev.dateline.model.Span;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A figure someone claims: how many were killed, wounded, displaced …, whose people, who says so,
 * and as of when. A figure withheld ("has not released figures for its own troops") is a claim
 * too, with {@code disclosed} false and no value: it is never read as zero.
 *
 * @param sentence the index of its sentence in the article
 * @param sentenceSpan the sentence in the original text
 * @param span the words of the figure and what it counts ("at least 2,000 civilians"), in the original text
 * @param text those words
 * @param measure what is counted
 * @param low the least the figure can mean ("at least 2,000": 2,000; "dozens": 24), empty when unknown
 * @param high the most it can mean ("up to 50": 50; "at least 2,000": empty, no upper bound)
 * @param disclosed false for a figure withheld
 * @param subject whose people: the actor code when known ({@code RUS}), and the words
 * @param category military, civilian or all
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
        boolean disclosed,
        Optional<ActorMention> subject,
        Category category,
        Optional<ActorMention> claimant,
        Optional<String> asOf,
        String asOfBasis,
        Optional<String> since,
        String rule) {

    /** What a figure counts. */
    public enum Measure {
        KILLED, WOUNDED, MISSING, CAPTURED, DISPLACED, REFUGEES, EVACUATED,
        /** "Shot", kept as written where the outcome is not said: the dead and the wounded together. */
        SHOT,
        /** "Casualties", kept as written: killed and wounded together, or either. */
        CASUALTIES;

        /** The lowercase name used in JSON. */
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
        if (!disclosed && (low.isPresent() || high.isPresent())) {
            throw new IllegalArgumentException("a withheld figure has no value");
        }
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(asOfBasis, "asOfBasis");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(rule, "rule");
    }

    /** The subject's country or organization code ({@code RUS}), when known. */
    public Optional<String> subjectCode() {
        return subject.flatMap(ActorMention::code).map(c -> c.base());
    }
}
