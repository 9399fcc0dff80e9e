package dev.dateline.ingest.internal;

import dev.dateline.model.ArticleFormat;
import dev.dateline.model.ArticleMetadata;
import dev.dateline.model.DateBasis;
import dev.dateline.model.PublicationDate;
import dev.dateline.model.RawArticle;
import dev.dateline.model.SuppliedMetadata;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article's metadata from what came with it, its markup and the head and foot of its
 * text, preferring the most explicit source: supplied fields, then meta tags and JSON-LD or front
 * matter, then bylines, datelines and credit lines, then the URL. A publication date is only ever
 * one the article states; nothing is inferred from the body here.
 */
public final class MetadataReader {

    /** Confidence in a date from metadata, a byline or dateline, and a URL path. */
    static final double METADATA_CONFIDENCE = 0.95;
    static final double BYLINE_CONFIDENCE = 0.9;
    static final double URL_CONFIDENCE = 0.85;
    static final double URL_MONTH_CONFIDENCE = 0.6;

    private static final int HEAD_BLOCKS = 6;
    /** The first year of pages on the public web: a page's date line stating an earlier day tells of history. */
    private static final int FIRST_WEB_YEAR = 1994;
    /** How many closing blocks are read for a labelled date ("Published 9:42 AM, Aug 4, 2015"). */
    private static final int FOOT_BLOCKS = 3;
    private static final Pattern TITLE_SUFFIX = Pattern.compile("^(.{15,}?)\\s+[|–—-]\\s+([^|–—-]{2,40})$");
    private static final Pattern LABELLED_OUTLET = Pattern.compile(
            "(?i)^\\W*(?:source|publication|outlet|published (?:by|in))\\s*:\\s*([^:/]{2,60}?)\\W*$");
    private static final Pattern COPYRIGHT_OUTLET = Pattern.compile(
            "(?i)^\\W*(?:copyright|©|\\(c\\))\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*,?\\s*([\\p{L}][\\p{L}\\p{N}&.' -]{1,60}?)"
                    + "\\s*(?:[.,;]|all rights reserved|$)");
    private static final Pattern DATE_LABEL = Pattern.compile(
            "(?iu)\\b(?:published|posted|first published|released|date|erschienen|veröffentlicht|publiziert|publié|publiée"
                    + "|publicado|publicada|pubblicato|opublikowano|gepubliceerd)\\b\\s*(?:on\\b|at\\b|am\\b|le\\b|el\\b|il\\b"
                    + "|op\\b)?\\s*:?\\s*");

    private MetadataReader() {
    }

    /**
     * The metadata of {@code raw}, whose running text has been extracted as {@code extraction}.
     * Supplied values that cannot be read (a published date that is no date) are reported to
     * {@code warnings} and ignored.
     */
    public static ArticleMetadata read(RawArticle raw, Extraction extraction, Consumer<String> warnings) {
        SuppliedMetadata supplied = raw.supplied();
        MarkupMetadata markup = extraction.markup();
        List<Block> blocks = extraction.blocks();

        Optional<String> url = supplied.url().or(markup::url).filter(u -> u.matches("(?i)https?://\\S+"));
        Optional<String> markupOutlet = markup.outlet();
        Optional<String> title = supplied.title().map(MetadataReader::shown).or(() -> markup.title()
                        // A page's headline comes without its site's name already (Headlines); a Markdown title may not.
                        .map(t -> raw.format() == ArticleFormat.HTML ? t : stripSiteSuffix(t, markupOutlet)))
                .or(() -> headlineOf(blocks));
        Optional<String> outlet = supplied.outlet().or(() -> markupOutlet)
                .or(() -> markup.title().flatMap(MetadataReader::siteSuffix))
                .or(() -> labelledOutlet(blocks))
                .or(() -> url.flatMap(Outlets::fromUrl))
                .or(() -> copyrightOutlet(blocks));

        Optional<Datelines.Dateline> dateline = datelineOf(blocks);
        title = title.map(MetadataReader::shown).filter(t -> !t.isBlank());
        Optional<String> byline = markup.byline().map(MetadataReader::shown).flatMap(Bylines::withoutAgencies)
                .or(() -> blocks.stream().limit(8).map(b -> Bylines.parse(b.plain())).flatMap(Optional::stream).findFirst());

        Set<String> agencies = new LinkedHashSet<>();
        for (String credit : markup.credits()) {
            agencies.addAll(Agencies.named(credit));
        }
        supplied.outlet().flatMap(Agencies::canonical).ifPresent(agencies::add);
        outlet.flatMap(Agencies::canonical).ifPresent(agencies::add);
        dateline.ifPresent(d -> agencies.addAll(d.agencies()));
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).plain();
            if (i < 8 && Bylines.parse(text).isPresent()) {
                agencies.addAll(Agencies.named(text));
            } else if (Agencies.isCreditLine(text)) {
                agencies.addAll(Agencies.creditedBy(text));
            }
            if (i < HEAD_BLOCKS) {
                Agencies.leadCredit(text).ifPresent(agencies::add);
            }
            if (i >= blocks.size() - FOOT_BLOCKS) {
                Agencies.trailingCredit(text).ifPresent(agencies::add);
            }
        }

        PublicationDate stated = published(supplied, markup, dateline, blocks, url, warnings);
        // A web page's text that states a day before the web was in public use dates what it tells of, not the page.
        PublicationDate published = raw.format() == ArticleFormat.HTML && stated.basis() == DateBasis.BYLINE
                && stated.date().filter(d -> d.getYear() < FIRST_WEB_YEAR).isPresent() ? PublicationDate.none() : stated;
        String language = markup.language().flatMap(Languages::fromTag).orElse("und");
        Optional<LocalDate> modified = markup.modified().flatMap(Dates::parse)
                .filter(m -> published.earliest().map(e -> !m.isBefore(e)).orElse(true));
        return new ArticleMetadata(title, outlet, byline, List.copyOf(agencies), dateline.map(Datelines.Dateline::place), url,
                language, published, modified, supplied.fetched().flatMap(Dates::parse));
    }

    /** A metadata value as people should read it: references decoded and no Markdown syntax. */
    private static String shown(String value) {
        String decoded = Entities.decode(value);
        return decoded.matches("(?s).*(?:[*_]{2}|\\]\\(|^#{1,6}\\s|`).*") ? MarkdownExtractor.plainText(decoded) : decoded;
    }

    private static PublicationDate published(SuppliedMetadata supplied, MarkupMetadata markup,
            Optional<Datelines.Dateline> dateline, List<Block> blocks, Optional<String> url, Consumer<String> warnings) {
        if (supplied.published().isPresent()) {
            Optional<LocalDate> day = Dates.parse(supplied.published().get());
            if (day.isPresent()) {
                return PublicationDate.stated(day.get(), DateBasis.METADATA, METADATA_CONFIDENCE,
                        "supplied with the record: '" + supplied.published().get() + "'");
            }
            warnings.accept("the published date \"" + supplied.published().get() + "\" is not a date; it was ignored");
        }
        Optional<LocalDate> day = markup.published().flatMap(Dates::parse);
        if (day.isPresent()) {
            return PublicationDate.stated(day.get(), DateBasis.METADATA, METADATA_CONFIDENCE,
                    "the page's metadata: '" + markup.published().get() + "'");
        }
        boolean dayFirst = Dates.dayFirst(markup.language());
        Optional<LocalDate> shown = markup.dateLine().flatMap(d -> Dates.parseShown(d, dayFirst));
        if (shown.isPresent()) {
            return PublicationDate.stated(shown.get(), DateBasis.BYLINE, BYLINE_CONFIDENCE,
                    "the page's date line: '" + markup.dateLine().get() + "'");
        }
        Optional<Stated> stated = dateline.flatMap(d -> d.date().flatMap(Dates::parse).map(d2 -> new Stated(d2,
                "stated in the dateline: '" + d.date().get() + "'"))).or(() -> datedHeaderLine(blocks));
        if (stated.isPresent()) {
            return PublicationDate.stated(stated.get().day(), DateBasis.BYLINE, BYLINE_CONFIDENCE, stated.get().evidence());
        }
        if (url.isPresent()) {
            day = Dates.fromUrl(url.get());
            if (day.isPresent()) {
                return PublicationDate.stated(day.get(), DateBasis.URL, URL_CONFIDENCE, "the date in the URL's path");
            }
            Optional<LocalDate> month = Dates.monthFromUrl(url.get());
            if (month.isPresent()) {
                LocalDate first = month.get();
                return new PublicationDate(Optional.empty(), Optional.of(first),
                        Optional.of(first.withDayOfMonth(first.lengthOfMonth())), DateBasis.URL, URL_MONTH_CONFIDENCE,
                        List.of("the month in the URL's path"));
            }
        }
        return PublicationDate.none();
    }

    /** A stated publication date and how it is stated ("stated: 'Posted: Friday, March 7, 2014'"). */
    private record Stated(LocalDate day, String evidence) {
    }

    /**
     * A date near the top that is stated as the publication date: one after a "Posted",
     * "Published" or "First published" label in any of the head blocks (a page's text often runs
     * the headline and its date line together), else a short line that is a full date or a dated
     * byline. "Updated" alone dates the last change, not the publication: not taken.
     */
    private static Optional<Stated> datedHeaderLine(List<Block> blocks) {
        List<Block> head = blocks.subList(0, Math.min(HEAD_BLOCKS, blocks.size()));
        List<Block> foot = blocks.subList(Math.max(head.size(), blocks.size() - FOOT_BLOCKS), blocks.size());
        for (List<Block> part : List.of(head, foot)) {
            for (Block block : part) {
                String text = block.plain();
                Matcher label = DATE_LABEL.matcher(text);
                while (label.find()) {
                    int end = Math.min(text.length(), label.end() + LABELLED_REACH);
                    Optional<LocalDate> day = Dates.parse(text.substring(label.end(), end));
                    if (day.isPresent()) {
                        return Optional.of(new Stated(day.get(), "stated: '" + text.substring(label.start(), end).strip() + "'"));
                    }
                }
            }
        }
        for (Block block : head) {
            String text = block.plain();
            // A paragraph that opens with its date ("01.02.2022 – The council said …").
            Matcher opening = OPENING_DATE.matcher(text);
            Optional<LocalDate> opens = opening.lookingAt() ? Dates.parse(opening.group(1)) : Optional.empty();
            if (opens.isPresent()) {
                return Optional.of(new Stated(opens.get(), "stated at the start of a paragraph: '" + opening.group(1) + "'"));
            }
            // A date line or a dated byline, not a caption or a sentence that names a day.
            boolean dateLine = text.length() <= 90 && text.strip().split("\\s+").length <= DATE_LINE_WORDS;
            Optional<LocalDate> day = dateLine ? Dates.parse(text) : Optional.empty();
            if (day.isPresent() && !text.matches("(?i).*\\bupdated\\b.*")) {
                return Optional.of(new Stated(day.get(), "stated in a date line: '" + text.strip() + "'"));
            }
        }
        return Optional.empty();
    }

    /** A full date, numeric or ISO, that opens a paragraph and is followed by a dash, a colon or a quote. */
    private static final Pattern OPENING_DATE = Pattern.compile(
            "\\s*(\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s*(?:[-–—:|]|[„\"“«])");

    /** How many words an unlabelled date line may have: "By JANE DOE | August 12, 2008" has six. */
    private static final int DATE_LINE_WORDS = 8;

    /** How far after its label a stated date is read ("Posted: Friday, March 7, 2014 7:14 PM EST"). */
    private static final int LABELLED_REACH = 40;

    private static Optional<Datelines.Dateline> datelineOf(List<Block> blocks) {
        for (Block block : blocks.subList(0, Math.min(HEAD_BLOCKS, blocks.size()))) {
            if (block.kind() == Block.Kind.HEADING) {
                continue;
            }
            Optional<Datelines.Dateline> d = Datelines.parse(block.plain());
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The first block, when it reads as a headline: a heading, or a short line that is no sentence. */
    private static Optional<String> headlineOf(List<Block> blocks) {
        if (blocks.isEmpty()) {
            return Optional.empty();
        }
        Block first = blocks.get(0);
        String text = first.plain();
        if (first.kind() == Block.Kind.HEADING && text.length() <= 250) {
            return Optional.of(text);
        }
        boolean headline = text.length() <= 160 && !text.matches("(?s).*[.;:]$") && Bylines.parse(text).isEmpty()
                && Datelines.parse(text).isEmpty() && Dates.parse(text).filter(d -> text.length() < 40).isEmpty()
                && !Agencies.isCreditLine(text) && blocks.size() > 1;
        return headline ? Optional.of(text) : Optional.empty();
    }

    private static String stripSiteSuffix(String title, Optional<String> outlet) {
        Matcher m = TITLE_SUFFIX.matcher(title);
        if (m.matches() && (outlet.isEmpty() || outlet.get().equalsIgnoreCase(m.group(2).strip())
                || title.contains(" | "))) {
            return m.group(1).strip();
        }
        return title;
    }

    private static Optional<String> siteSuffix(String title) {
        Matcher m = TITLE_SUFFIX.matcher(title);
        return m.matches() && title.contains(" | ") ? Optional.of(m.group(2).strip()) : Optional.empty();
    }

    private static Optional<String> labelledOutlet(List<Block> blocks) {
        for (Block block : blocks) {
            Matcher m = LABELLED_OUTLET.matcher(block.plain());
            if (m.matches() && Agencies.named(m.group(1)).isEmpty()) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> copyrightOutlet(List<Block> blocks) {
        for (int i = blocks.size() - 1; i >= Math.max(0, blocks.size() - 4); i--) {
            Matcher m = COPYRIGHT_OUTLET.matcher(blocks.get(i).plain());
            if (m.find() && Agencies.canonical(m.group(1)).isEmpty() && !m.group(1).isBlank()) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }
}
