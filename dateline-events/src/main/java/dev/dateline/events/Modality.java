package dev.dateline.events;

import java.util.Locale;

/** Whether, by the text, an event happened: only {@link #ASSERTED} events are reported as done. */
public enum Modality {
    /** Reported as having happened or happening ("met on Friday"). */
    ASSERTED,
    /** Announced, intended or expected, not yet done ("will meet in Brussels next week"). */
    PLANNED,
    /** Called for or demanded by someone ("urged an immediate ceasefire"). */
    REQUESTED,
    /** Possible or conditional ("could send troops if ..."), including threats. */
    HYPOTHETICAL,
    /** Reported as not having happened ("did not meet face to face"). */
    NEGATED,
    /** Said by one side not to have happened ("denied shelling Gori"). */
    DENIED,
    /** Refused, ruled out or called off ("a three-way summit was ruled out"). */
    REFUSED;

    /** The lowercase name used in JSON and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
