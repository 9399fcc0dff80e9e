package dev.dateline.model;

import java.util.Objects;

/**
 * A citation: a span of an article's original text that supports something Dateline reports.
 *
 * @param article the article cited
 * @param span the cited text, in the article's original text
 */
public record Evidence(ArticleId article, Span span) {

    public Evidence {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(span, "span");
        if (span.isEmpty()) {
            throw new IllegalArgumentException("evidence must cite some text, not the empty span " + span);
        }
    }
}
