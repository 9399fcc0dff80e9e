package dev.dateline.time;

import dev.dateline.model.CleanArticle;
import dev.dateline.model.PublicationDate;
import dev.dateline.model.Span;
import dev.dateline.model.Timex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The time stage for an article: its publication date (the stated one, else one inferred from
 * the text) and every time expression of its cleaned text, anchored to that date when it is
 * known to the day, with spans into the <em>original</em> text. Stateless and thread-safe.
 */
public final class ArticleTimes {

    /**
     * What the time stage found in one article.
     *
     * @param published the stated publication date, or one inferred from the text ({@code basis: text})
     * @param timexes the time expressions, spans in the original text
     */
    public record Result(PublicationDate published, List<Timex> timexes) {
        public Result {
            timexes = List.copyOf(timexes);
        }
    }

    private final TimeTagger tagger = new TimeTagger();
    private final ReferenceTime reference = new ReferenceTime();

    /** Dates and time expressions of {@code article}. */
    public Result analyze(CleanArticle article) {
        PublicationDate published = article.metadata().published();
        String text = article.text();
        List<Timex> unanchored = null;
        if (!published.isKnown()) {
            unanchored = tagger.tag(text, Optional.empty());
            published = reference.infer(text, unanchored);
        }
        Optional<LocalDate> anchor = published.date();
        List<Timex> found = anchor.isPresent() || unanchored == null ? tagger.tag(text, anchor) : unanchored;
        List<Timex> out = new ArrayList<>(found.size());
        for (Timex t : found) {
            Span original = article.toOriginal(t.span());
            if (!original.isEmpty()) {
                out.add(new Timex(original, original.in(article.originalText()), t.type(), t.value(), t.mod()));
            }
        }
        return new Result(published, out);
    }
}
