package dev.dateline.events;

import dev.dateline.model.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * When an event took place, and where that comes from.
 *
 * @param value a TIMEX3 value ({@code 2008-08-12}, {@code 2008-W33}, {@code XXXX-08-12}); empty when unknown
 * @param basis {@code sentence} (a time expression of the event's own clause), {@code paragraph}
 *     (the time of an earlier act of its kind in its paragraph), {@code happening} (the one day the
 *     article's acts of its kind are dated to), {@code article} (the article's reference time) or
 *     {@code none}
 * @param span the time expression in the original text, for the first three bases
 */
public record EventTime(Optional<String> value, String basis, Optional<Span> span) {

    public static final EventTime NONE = new EventTime(Optional.empty(), "none", Optional.empty());

    public EventTime {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(span, "span");
    }
}
