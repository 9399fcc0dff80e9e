package dev.dateline.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A time expression found in a text, normalized.
 *
 * @param span where it stands in the text it was found in
 * @param text the words, as written
 * @param type DATE, TIME, DURATION or SET
 * @param value its TIMEX3 value, anchored to the reference time where it is relative
 * @param mod which part of the value, or how approximately ("early August" is START of 2008-08)
 */
public record Timex(Span span, String text, TimexType type, TimexValue value, Optional<TimexMod> mod) {

    public Timex {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(mod, "mod");
        if (span.length() != text.length()) {
            throw new IllegalArgumentException("timex text \"" + text + "\" does not fit its span " + span);
        }
    }
}
