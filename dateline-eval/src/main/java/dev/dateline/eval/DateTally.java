package dev.dateline.eval;

import dev.dateline.model.PublicationDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Publication dates given against the true ones: how many documents, how many got a date or
 * range, how many ranges hold the truth, their widths, and how many single days are right. Also
 * the one split of each evaluation's data into a tuning half and a test half.
 */
final class DateTally {

    int documents;
    int ranged;
    int inside;
    int exact;
    int exactRight;
    private final List<Long> widths = new ArrayList<>();

    /**
     * The half a document or incident falls in by the parity of its key's hash: {@code tune},
     * whose errors may be read, or {@code test}, the figure to report.
     */
    static String part(String key) {
        return Math.floorMod(key.hashCode(), 2) == 0 ? "tune" : "test";
    }

    /** Whether {@code truth} lies in the range of {@code p}, which is known. */
    static boolean inside(PublicationDate p, LocalDate truth) {
        return !truth.isBefore(p.earliest().orElseThrow()) && !truth.isAfter(p.latest().orElseThrow());
    }

    void add(PublicationDate p, LocalDate truth) {
        documents++;
        if (p.isKnown()) {
            ranged++;
            inside += inside(p, truth) ? 1 : 0;
            widths.add(ChronoUnit.DAYS.between(p.earliest().orElseThrow(), p.latest().orElseThrow()) + 1);
            if (p.date().isPresent()) {
                exact++;
                exactRight += p.date().get().equals(truth) ? 1 : 0;
            }
        }
    }

    /** The median width of the ranges in days, or "-" for none. */
    String medianWidth() {
        List<Long> sorted = widths.stream().sorted().toList();
        return sorted.isEmpty() ? "-" : sorted.get(sorted.size() / 2).toString();
    }
}
