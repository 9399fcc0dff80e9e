package dev.dateline.ingest.internal;

import java.util.List;
import java.util.Optional;

/**
 * Metadata that an article's markup states outside its running text: HTML meta tags and JSON-LD,
 * Markdown front matter. Values are raw strings, normalized later.
 *
 * @param title headline
 * @param outlet publication name
 * @param byline authors
 * @param url canonical URL
 * @param published publication date or time as written
 * @param language language as declared ({@code <html lang>})
 * @param credits names found in credit fields (author, publisher, source), to match against agencies
 * @param dateLine the text of an element of the page that shows its date ("Posted 12. Mai 2014"), when
 *     the markup states none in its metadata
 * @param modified the last modification date or time as written
 */
public record MarkupMetadata(
        Optional<String> title,
        Optional<String> outlet,
        Optional<String> byline,
        Optional<String> url,
        Optional<String> published,
        Optional<String> language,
        List<String> credits,
        Optional<String> dateLine,
        Optional<String> modified) {

    private static final MarkupMetadata NONE = new MarkupMetadata(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty());

    public MarkupMetadata {
        title = clean(title);
        outlet = clean(outlet);
        byline = clean(byline);
        url = clean(url);
        published = clean(published);
        language = clean(language);
        credits = List.copyOf(credits);
        dateLine = clean(dateLine);
        modified = clean(modified);
    }

    /** Metadata with no date line and no modification date. */
    public MarkupMetadata(Optional<String> title, Optional<String> outlet, Optional<String> byline, Optional<String> url,
            Optional<String> published, Optional<String> language, List<String> credits) {
        this(title, outlet, byline, url, published, language, credits, Optional.empty(), Optional.empty());
    }

    /** Nothing stated. */
    public static MarkupMetadata none() {
        return NONE;
    }

    private static Optional<String> clean(Optional<String> value) {
        return value.map(v -> v.replaceAll("\\s+", " ").strip()).filter(v -> !v.isEmpty());
    }
}
