package dev.dateline.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published, as precisely as the evidence allows: a day when it is stated,
 * a range {@code [earliest, latest]} when it is inferred, or nothing.
 *
 * @param date the day, when known to the day
 * @param earliest the first day it can have been published
 * @param latest the last day it can have been published
 * @param basis where the evidence came from
 * @param confidence how sure the evidence is, 0 to 1
 * @param evidence each step of the reasoning, for people: the statement or expressions used, with
 *     their offsets in the text ("'Posted: Friday, March 7, 2014' at 71-110")
 */
public record PublicationDate(
        Optional<LocalDate> date,
        Optional<LocalDate> earliest,
        Optional<LocalDate> latest,
        DateBasis basis,
        double confidence,
        List<String> evidence) {

    private static final PublicationDate NONE =
            new PublicationDate(Optional.empty(), Optional.empty(), Optional.empty(), DateBasis.NONE, 0, List.of());

    public PublicationDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(basis, "basis");
        evidence = List.copyOf(evidence);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
        }
        if (earliest.isPresent() != latest.isPresent()) {
            throw new IllegalArgumentException("earliest and latest go together: " + earliest + ", " + latest);
        }
        if (earliest.isPresent() && earliest.get().isAfter(latest.get())) {
            throw new IllegalArgumentException("earliest " + earliest.get() + " is after latest " + latest.get());
        }
        if (date.isPresent() && (earliest.isEmpty()
                || date.get().isBefore(earliest.get()) || date.get().isAfter(latest.get()))) {
            throw new IllegalArgumentException("date " + date.get() + " lies outside its range");
        }
        if ((basis == DateBasis.NONE) != earliest.isEmpty()) {
            throw new IllegalArgumentException("basis none goes with no date, and only with no date");
        }
    }

    /** A date or range with no evidence recorded beyond its basis. */
    public PublicationDate(Optional<LocalDate> date, Optional<LocalDate> earliest, Optional<LocalDate> latest,
            DateBasis basis, double confidence) {
        this(date, earliest, latest, basis, confidence, List.of());
    }

    /** No publication date is known. */
    public static PublicationDate none() {
        return NONE;
    }

    /** A date the article states, known to the day. */
    public static PublicationDate stated(LocalDate day, DateBasis basis, double confidence) {
        return new PublicationDate(Optional.of(day), Optional.of(day), Optional.of(day), basis, confidence);
    }

    /** A date the article states, known to the day, with the statement it comes from. */
    public static PublicationDate stated(LocalDate day, DateBasis basis, double confidence, String evidence) {
        return new PublicationDate(Optional.of(day), Optional.of(day), Optional.of(day), basis, confidence,
                List.of(evidence));
    }

    /** Whether any date or range is known. */
    public boolean isKnown() {
        return basis != DateBasis.NONE;
    }
}
