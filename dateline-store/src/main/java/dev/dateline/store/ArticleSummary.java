package dev.dateline.store;

import dev.dateline.model.ArticleId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the store's article list.
 *
 * @param id the article's identity
 * @param published its publication day, when known to the day
 * @param outlet its publication
 * @param title its headline
 */
public record ArticleSummary(ArticleId id, Optional<LocalDate> published, Optional<String> outlet, Optional<String> title) {

    public ArticleSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(title, "title");
    }
}
