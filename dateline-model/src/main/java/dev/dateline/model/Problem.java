package dev.dateline.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Something wrong with one input, reported without stopping the batch.
 *
 * @param source the file or URL, as given
 * @param line the line, when the problem is on one line (a JSON Lines record, an HTML tag)
 * @param reason what is wrong, in words a user can act on
 * @param severity whether the input was skipped ({@link Severity#ERROR}) or used anyway
 */
public record Problem(String source, OptionalInt line, String reason, Severity severity) {

    /** The longest reason a message gives whole. */
    public static final int MAX_REASON = 500;

    /** How bad a problem is. */
    public enum Severity {
        /** The input was used, with a caveat. */
        WARNING,
        /** The input, or that part of it, was skipped. */
        ERROR
    }

    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(severity, "severity");
        if (line.isPresent() && line.getAsInt() < 1) {
            throw new IllegalArgumentException("line numbers start at 1, not " + line.getAsInt());
        }
    }

    /** An error in a whole input. */
    public static Problem error(String source, String reason) {
        return new Problem(source, OptionalInt.empty(), reason, Severity.ERROR);
    }

    /** An error on one line of an input. */
    public static Problem error(String source, int line, String reason) {
        return new Problem(source, OptionalInt.of(line), reason, Severity.ERROR);
    }

    /**
     * The one-line message a user sees: {@code "dump.jsonl:17: invalid JSON (...)"}. Control
     * characters, bidirectional overrides and unpaired surrogates, in a file name or in text quoted
     * from the input, are written as escapes ({@code \n}, {@code \\u001b}), so a message is always
     * one line and never drives the terminal; a reason longer than {@value #MAX_REASON} characters
     * is cut.
     */
    public String message() {
        String where = line.isPresent() ? source + ":" + line.getAsInt() : source;
        String said = reason.length() <= MAX_REASON ? reason
                : reason.substring(0, MAX_REASON) + "... (" + (reason.length() - MAX_REASON) + " more characters)";
        return (severity == Severity.WARNING ? "warning: " : "error: ") + Printable.of(where) + ": " + Printable.of(said);
    }
}
