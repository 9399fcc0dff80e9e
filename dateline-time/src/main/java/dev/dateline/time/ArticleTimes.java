package dev.dateline.time;

import dev.dateline.model.ArticleMetadata;
import dev.dateline.model.CleanArticle;
import dev.dateline.model.PublicationDate;
import dev.dateline.model.Span;
import dev.dateline.model.Timex;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** A web archive's copy, whose address holds its crawl time: {@code web.archive.org/web/20151221135217/http://…}. */
    private static final Pattern ARCHIVED = Pattern.compile("(?i)^https?://(?:web\\.)?archive\\.org/web/(\\d{4})(\\d{2})(\\d{2})\\d*");

    private final TimeTagger tagger = new TimeTagger();
    private final ReferenceTime reference = new ReferenceTime();

    /** Dates and time expressions of {@code article}. */
    public Result analyze(CleanArticle article) {
        PublicationDate published = article.metadata().published();
        String text = article.text();
        List<Timex> unanchored = null;
        if (!published.isKnown()) {
            unanchored = tagger.tag(text, Optional.empty());
            published = reference.infer(text, unanchored, crawled(article.metadata()));
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

    /**
     * The day the article was fetched, by then published: a WARC record's date, else the crawl
     * time in a web archive's address.
     */
    public static Optional<ReferenceTime.Bound> crawled(ArticleMetadata metadata) {
        return metadata.fetched().map(day -> new ReferenceTime.Bound(day, "on or before " + day + ": the day it was fetched"))
                .or(() -> metadata.url().flatMap(ArticleTimes::crawled));
    }

    /** The day a web archive copied the page at {@code url}: it was published by then. */
    public static Optional<ReferenceTime.Bound> crawled(String url) {
        Matcher m = ARCHIVED.matcher(url);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return Optional.of(new ReferenceTime.Bound(day, "on or before " + day + ": the web archive's crawl time"));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
