package dev.dateline.ingest;

import dev.dateline.ingest.internal.Block;
import dev.dateline.ingest.internal.Entities;
import dev.dateline.ingest.internal.Extraction;
import dev.dateline.ingest.internal.HtmlExtractor;
import dev.dateline.ingest.internal.Languages;
import dev.dateline.ingest.internal.MarkdownExtractor;
import dev.dateline.ingest.internal.MetadataReader;
import dev.dateline.ingest.internal.TextExtractor;
import dev.dateline.ingest.internal.rules.BlockContext;
import dev.dateline.ingest.internal.rules.BlockRule;
import dev.dateline.model.ArticleFormat;
import dev.dateline.model.ArticleMetadata;
import dev.dateline.model.CleanArticle;
import dev.dateline.model.MappedText;
import dev.dateline.model.Problem;
import dev.dateline.model.RawArticle;
import dev.dateline.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Turns a raw article into a clean one: extracts the running text from its markup, reads its
 * metadata, drops boilerplate blocks (repeated headlines, captions and photo credits, social
 * embeds, source footers, share and subscribe lines, related links, credit lines, the byline)
 * and joins the remaining paragraphs with blank lines. The cleaned text keeps an offset map back
 * to the original. Stateless and thread-safe.
 *
 * <pre>{@code
 * CleanArticle clean = new Cleaner().clean(raw, problem -> System.err.println(problem.message()));
 * }</pre>
 */
public final class Cleaner {

    /**
     * The most cleaned text one article keeps, in characters: some 30,000 words, far more than
     * the longest news article. The rest of a longer text is cut, with a warning, so that the work
     * and memory an article takes stay bounded whatever its size.
     */
    public static final int MAX_TEXT_CHARS = 200_000;

    /** The most blocks (paragraphs, list items, headings) of one article that are read, for the same reason. */
    static final int MAX_BLOCKS = 50_000;

    private final List<BlockRule> rules = BlockRule.defaults();

    /**
     * Cleans {@code raw}. Problems that did not stop cleaning (malformed HTML, an unreadable
     * supplied date) go to {@code warnings}.
     *
     * @throws ArticleException when no running text is left
     */
    public CleanArticle clean(RawArticle raw, Consumer<Problem> warnings) throws ArticleException {
        // Plain text and Markdown map almost one to one onto cleaned text, so a prefix a few times
        // the text kept is all that can be kept; reading no more bounds the work on a huge file.
        String original = raw.originalText();
        int read = raw.format() == ArticleFormat.HTML ? original.length() : lineEnd(original, 5 * MAX_TEXT_CHARS);
        String source = read < original.length() ? original.substring(0, read) : original;
        Extraction extraction = switch (raw.format()) {
            case HTML -> HtmlExtractor.extract(source, raw.supplied().url());
            case MARKDOWN -> MarkdownExtractor.extract(source);
            case TEXT -> TextExtractor.extract(source);
        };
        for (Extraction.Warning w : extraction.warnings()) {
            warnings.accept(raw.sourceLine().isPresent()
                    ? warning(raw, raw.sourceLine(), w.reason() + " (line " + w.line() + " of the record's HTML)")
                    : warning(raw, OptionalInt.of(w.line()), w.reason()));
        }
        // Text is often escaped twice (a page's "&amp;amp;"), and plain text and Markdown carry references too.
        extraction = Entities.decode(extraction);
        if (extraction.blocks().isEmpty()) {
            throw new ArticleException("no article text found"
                    + (raw.format() == ArticleFormat.HTML ? HtmlExtractor.whyNoText(source) : ""));
        }
        ArticleMetadata metadata = MetadataReader.read(raw, extraction,
                reason -> warnings.accept(warning(raw, raw.sourceLine(), reason)));

        List<Block> blocks = extraction.blocks();
        BlockContext context = new BlockContext(metadata.title());
        MappedText.Builder text = MappedText.builder();
        List<Span> paragraphs = new ArrayList<>();
        int previousEnd = 0;
        boolean cut = false;
        for (Block block : blocks.subList(0, Math.min(blocks.size(), MAX_BLOCKS))) {
            boolean dropped = rules.stream().anyMatch(rule -> rule.drops(block, context));
            context.advance(block.plain(), !dropped);
            if (dropped) {
                continue;
            }
            int room = MAX_TEXT_CHARS - text.length() - (text.length() > 0 ? 2 : 0);
            MappedText kept = block.text();
            if (kept.text().length() > room) {
                cut = true;
                if (room < 100) {
                    break;
                }
                kept = kept.prefix(wordEnd(kept.text(), room));
            }
            if (text.length() > 0) {
                text.insert("\n\n", previousEnd);
            }
            int start = text.length();
            text.append(kept);
            paragraphs.add(new Span(start, text.length()));
            previousEnd = kept.offsets().toOriginalEnd(kept.text().length());
        }
        if (paragraphs.isEmpty()) {
            throw new ArticleException("no article text left after removing boilerplate");
        }
        if (read < original.length()) {
            warnings.accept(warning(raw, raw.sourceLine(), String.format(Locale.ROOT,
                    "long article: only the first %,d of its %,d characters were read", read, original.length())));
        } else if (cut) {
            warnings.accept(warning(raw, raw.sourceLine(), String.format(Locale.ROOT,
                    "long article: its text was cut after %,d characters (the source has %,d)",
                    text.length(), original.length())));
        } else if (blocks.size() > MAX_BLOCKS) {
            warnings.accept(warning(raw, raw.sourceLine(), String.format(Locale.ROOT,
                    "long article: only its first %,d paragraphs were read (it has %,d)", MAX_BLOCKS, blocks.size())));
        }
        MappedText clean = text.build();
        if (metadata.language().equals("und")) {
            metadata = new ArticleMetadata(metadata.title(), metadata.outlet(), metadata.byline(), metadata.agencies(),
                    metadata.dateline(), metadata.url(), Languages.guess(clean.text()), metadata.published(), metadata.modified(), metadata.fetched());
        }
        return new CleanArticle(raw.id(), raw.source(), raw.sourceLine(), raw.format(), raw.originalText(),
                clean, paragraphs, metadata);
    }

    /** The end of the last line that ends within {@code limit} characters of {@code text}, or its length if shorter. */
    private static int lineEnd(String text, int limit) {
        if (text.length() <= limit) {
            return text.length();
        }
        int newline = text.lastIndexOf('\n', limit);
        return newline > 0 ? newline : limit;
    }

    /** Where to cut {@code text} at most {@code limit} characters in: after the last space before it, if any is near. */
    private static int wordEnd(String text, int limit) {
        int space = text.lastIndexOf(' ', limit);
        return space > limit - 100 ? space : limit;
    }

    private static Problem warning(RawArticle raw, OptionalInt line, String reason) {
        return new Problem(raw.source(), line, reason, Problem.Severity.WARNING);
    }
}
