package dev.dateline.model;

/** The TIMEX3 {@code mod} of a time expression: which part of it, or how approximately. */
public enum TimexMod {
    START, END, MID, APPROX, BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER, LESS_THAN, MORE_THAN, EQUAL_OR_LESS,
    EQUAL_OR_MORE
}
