package dev.dateline.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about an article besides its text.
 *
 * @param title the headline
 * @param outlet the publication ("Reuters", "Civil Georgia")
 * @param byline the authors as credited ("By Jane Doe and John Roe" gives "Jane Doe and John Roe")
 * @param agencies wire agencies the article credits, by canonical name ("AFP", "Reuters")
 * @param dateline the place in the dateline ("TBILISI (Reuters) -" gives "TBILISI")
 * @param url where it was published
 * @param language ISO 639-1 code, {@code "und"} when undetermined
 * @param published the publication date, when the article states one
 * @param modified the day it was last changed, when its metadata says so
 * @param fetched the day it was fetched (a WARC record's date), when known: it was published by then
 */
public record ArticleMetadata(
        Optional<String> title,
        Optional<String> outlet,
        Optional<String> byline,
        List<String> agencies,
        Optional<String> dateline,
        Optional<String> url,
        String language,
        PublicationDate published,
        Optional<LocalDate> modified,
        Optional<LocalDate> fetched) {

    public ArticleMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(byline, "byline");
        agencies = List.copyOf(agencies);
        Objects.requireNonNull(dateline, "dateline");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(fetched, "fetched");
    }

    /** Metadata with no modification date. */
    public ArticleMetadata(Optional<String> title, Optional<String> outlet, Optional<String> byline, List<String> agencies,
            Optional<String> dateline, Optional<String> url, String language, PublicationDate published) {
        this(title, outlet, byline, agencies, dateline, url, language, published, Optional.empty(), Optional.empty());
    }

    /** The same metadata with another publication date. */
    public ArticleMetadata withPublished(PublicationDate date) {
        return new ArticleMetadata(title, outlet, byline, agencies, dateline, url, language, date, modified, fetched);
    }
}
