package dev.dateline.model;

/** The TIMEX3 type of a time expression. */
public enum TimexType {
    /** A calendar date or period: "Aug. 12", "2008", "last week", "the third quarter". */
    DATE,
    /** A time of day, possibly with its date: "06:00 local time", "Friday morning". */
    TIME,
    /** A length of time: "five hours", "two years". */
    DURATION,
    /** A recurrence: "daily", "every Monday". */
    SET
}
