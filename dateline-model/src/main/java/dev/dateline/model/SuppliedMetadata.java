package dev.dateline.model;

import java.util.Optional;

/**
 * Metadata that came with an article from outside its text, such as the fields of a JSON Lines
 * record. Values are taken as given; the ingest stage validates and normalizes them.
 *
 * @param id an identifier the supplier used, kept for reference only
 * @param url where the article was published
 * @param title its headline
 * @param outlet the publication
 * @param published the publication date or time as the supplier wrote it
 * @param fetched when the page was fetched (a WARC record's date), as written: it was published by then
 */
public record SuppliedMetadata(
        Optional<String> id,
        Optional<String> url,
        Optional<String> title,
        Optional<String> outlet,
        Optional<String> published,
        Optional<String> fetched) {

    private static final SuppliedMetadata NONE =
            new SuppliedMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());

    public SuppliedMetadata {
        id = blankToEmpty(id, "id");
        url = blankToEmpty(url, "url");
        title = blankToEmpty(title, "title");
        outlet = blankToEmpty(outlet, "outlet");
        published = blankToEmpty(published, "published");
        fetched = blankToEmpty(fetched, "fetched");
    }

    /** Metadata with no fetch time. */
    public SuppliedMetadata(Optional<String> id, Optional<String> url, Optional<String> title, Optional<String> outlet,
            Optional<String> published) {
        this(id, url, title, outlet, published, Optional.empty());
    }

    /** No supplied metadata at all. */
    public static SuppliedMetadata none() {
        return NONE;
    }

    private static Optional<String> blankToEmpty(Optional<String> value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must be an Optional, not null");
        }
        return value.map(String::strip).filter(s -> !s.isEmpty());
    }
}
