package dev.dateline.time;

import dev.dateline.model.Timex;
import dev.dateline.time.internal.Tagging;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Finds the time expressions of English news text and normalizes them to TIMEX3 values: dates,
 * times, durations and sets, with relative expressions ("on Friday", "last week", "a year
 * earlier") anchored to the reference time. Without a reference time, relative values stay
 * underspecified ({@code XXXX-08-12}, {@code XXXX-WXX-5}) rather than wrong. Stateless and
 * thread-safe; linear in the length of the text.
 *
 * <pre>{@code
 * List<Timex> found = new TimeTagger().tag("The talks ended on Friday.", Optional.of(LocalDate.of(2008, 8, 18)));
 * // one DATE "Friday" with value 2008-08-15
 * }</pre>
 */
public final class TimeTagger {

    /** The time expressions of {@code text}, in text order, anchored to {@code reference} when given. */
    public List<Timex> tag(String text, Optional<LocalDate> reference) {
        return Tagging.tag(text, reference);
    }
}
