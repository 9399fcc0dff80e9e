package dev.dateline.ingest.internal;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.dateline.model.ArticleFormat;
import dev.dateline.model.Problem;
import dev.dateline.model.RawArticle;
import dev.dateline.model.SuppliedMetadata;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.xml.sax.InputSource;

/**
 * Reads the items of an RSS (0.9x, 1.0, 2.0) or Atom feed, with Rome: each item with text becomes
 * an article whose original text is the item's full content where the feed carries it, else its
 * description, with the item's title, link and date as supplied metadata. Nothing is fetched: a
 * feed that carries only links gives articles of their descriptions, and document type
 * declarations are refused, so no external entity is ever read.
 */
public final class FeedArticles {

    private static final Pattern FEED_START = Pattern.compile(
            "\\A\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*|<\\?xml-stylesheet[^>]*>\\s*|<!DOCTYPE[^>\\[]*(?:\\[.*?\\])?\\s*>\\s*)*"
                    + "<(?:rss|feed|rdf:RDF)\\b",
            Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(?:p|div|br|a|b|i|em|strong|span|img|ul|li|h[1-6])\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);

    private FeedArticles() {
    }

    /** Whether {@code text} opens as an RSS or Atom feed. */
    public static boolean isFeed(String text) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        return FEED_START.matcher(head).find();
    }

    /** How many items {@code text} holds, cheaply, for progress only. */
    public static int countItems(String text) {
        int n = 0;
        for (String tag : List.of("<item", "<entry")) {
            for (int i = text.indexOf(tag); i >= 0; i = text.indexOf(tag, i + 1)) {
                char next = i + tag.length() < text.length() ? text.charAt(i + tag.length()) : ' ';
                n += next == '>' || Character.isWhitespace(next) ? 1 : 0;
            }
        }
        return Math.max(1, n);
    }

    /**
     * Reads the items of the feed {@code text}, read from {@code source}, into {@code articles}; a
     * feed that does not parse, and items with no text, go to {@code problems}. Each article is
     * named {@code SOURCE:N}, N its item's number in the feed.
     */
    public static void read(String source, String text, Consumer<RawArticle> articles, Consumer<Problem> problems) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new InputSource(new StringReader(text)));
        } catch (FeedException | IllegalArgumentException e) {
            String reason = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            problems.accept(Problem.error(source, "not a valid RSS or Atom feed (" + reason + ")"));
            return;
        }
        Optional<String> outlet = Optional.ofNullable(feed.getTitle()).map(String::strip).filter(t -> !t.isEmpty());
        int index = 0;
        int empty = 0;
        for (SyndEntry entry : feed.getEntries()) {
            index++;
            Optional<String> body = content(entry);
            if (body.isEmpty()) {
                empty++;
                continue;
            }
            Optional<Date> date = Optional.ofNullable(entry.getPublishedDate()).or(() -> Optional.ofNullable(entry.getUpdatedDate()));
            SuppliedMetadata supplied = new SuppliedMetadata(Optional.ofNullable(entry.getUri()),
                    Optional.ofNullable(entry.getLink()), Optional.ofNullable(entry.getTitle()), outlet,
                    date.map(d -> d.toInstant().atOffset(ZoneOffset.UTC).toString()));
            String original = body.get();
            ArticleFormat format = TAG.matcher(original).find() ? ArticleFormat.HTML : ArticleFormat.TEXT;
            articles.accept(new RawArticle(source, OptionalInt.of(index), original, format, supplied));
        }
        if (empty > 0) {
            problems.accept(new Problem(source, OptionalInt.empty(), String.format(Locale.ROOT,
                    "%d of the feed's %d items carry no text (only a link, which is not fetched); skipped", empty, index),
                    Problem.Severity.WARNING));
        }
        if (index == 0) {
            problems.accept(Problem.error(source, "the feed has no items"));
        }
    }

    /** The item's full content where the feed carries it (Atom content, RSS content:encoded), else its description. */
    private static Optional<String> content(SyndEntry entry) {
        String best = null;
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank() && (best == null || c.getValue().length() > best.length())) {
                best = c.getValue();
            }
        }
        if (best == null && entry.getDescription() != null && entry.getDescription().getValue() != null
                && !entry.getDescription().getValue().isBlank()) {
            best = entry.getDescription().getValue();
        }
        return Optional.ofNullable(best).map(String::strip);
    }
}
