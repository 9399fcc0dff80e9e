package dev.dateline.ingest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts the running text of a web page and the metadata its markup states.
 *
 * <p>Main text is found in the manner of trafilatura ({@link MainContent}): boilerplate is pruned
 * by tag, role and class or id names, then a fallback chain picks the container (a marked article
 * body with its lead, else paragraph scoring, else the body), and short blocks of links are
 * dropped. When that finds too little, the whole body is used. Positions are tracked through
 * jsoup, so every extracted character maps back into the HTML source, entities included. The
 * metadata (headline, outlet, author, URL, dates, language) comes from JSON-LD, meta tags and the
 * page's own headline and date elements.
 */
public final class HtmlExtractor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MIN_BODY_CHARS = 140;
    /** Deeper nesting than real pages use (the deepest of 1,032 measured nests 42 levels). */
    static final int MAX_DEPTH = 128;
    /** Eight times the elements of the largest of 1,032 real pages measured (12,153). */
    static final int MAX_TAGS = 100_000;
    private static final Pattern BLOCK_TAGS = Pattern.compile(
            "p|div|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|pre|table|tr|td|th|section|article|main|header|address|center"
                    + "|hr|figure|details|summary");

    private HtmlExtractor() {
    }

    /** The blocks, metadata and markup warnings of the page {@code html}. */
    public static Extraction extract(String html) {
        return extract(html, Optional.empty());
    }

    /** The blocks, metadata and markup warnings of the page {@code html}, fetched from {@code url} when known. */
    public static Extraction extract(String html, Optional<String> url) {
        Parser parser = Parser.htmlParser().setTrackPosition(true).setTrackErrors(50);
        int cut = cutAfterTags(html, MAX_TAGS);
        Document doc = Jsoup.parse(cut < html.length() ? html.substring(0, cut) : html, "", parser);
        List<Extraction.Warning> warnings = new ArrayList<>(warnings(html, parser.getErrors()));
        if (cut < html.length()) {
            warnings.add(new Extraction.Warning(lineOf(html, cut), String.format(Locale.ROOT,
                    "long page: only its first %,d characters (%,d tags) were read", cut, MAX_TAGS)));
        }
        int flattened = flatten(doc);
        if (flattened > 0) {
            warnings.add(new Extraction.Warning(1, "markup nested more than " + MAX_DEPTH + " elements deep; "
                    + flattened + " elements below that depth were read as plain text"));
        }
        MarkupMetadata markup = metadata(doc, url);
        Optional<Element> headline = doc.select("h1").stream().filter(h -> !h.text().isBlank()).findFirst();

        MainContent.prune(doc);
        List<Element> content = MainContent.find(doc.body());
        List<Block> blocks = withoutLinkLists(collect(html, content));
        if (textLength(blocks) < MIN_BODY_CHARS && !content.equals(List.of(doc.body()))) {
            blocks = withoutLinkLists(collect(html, List.of(doc.body())));
        }
        if (headline.isPresent() && content.stream().noneMatch(c -> c == headline.get() || headline.get().parents().contains(c))) {
            List<Block> head = collect(html, List.of(headline.get()));
            if (!head.isEmpty()
                    && blocks.stream().noneMatch(b -> b.plain().equals(head.get(0).plain()))) {
                List<Block> all = new ArrayList<>(head.subList(0, 1));
                all.addAll(blocks);
                blocks = all;
            }
        }
        return new Extraction(blocks, markup, warnings);
    }

    /**
     * Why the page {@code html}, in which no running text was found, has none, when the markup
     * says so: " (a frameset …)", " (the page is all scripts …)", " (its body is empty)"; else "".
     */
    public static String whyNoText(String html) {
        int cut = cutAfterTags(html, MAX_TAGS);
        Document doc = Jsoup.parse(html.substring(0, cut));
        if (doc.selectFirst("frameset, frame") != null) {
            return " (a frameset page: its text is in the frames it loads, which are not fetched)";
        }
        Element body = doc.body();
        boolean scripts = doc.selectFirst("script") != null;
        if (cut < html.length() && (body == null || body.text().isBlank())) {
            return String.format(Locale.ROOT, " (only the page's first %,d tags are read, and they hold no text)", MAX_TAGS);
        }
        if (body == null || body.text().isBlank()) {
            return scripts ? " (the page is all scripts: its text would be made by JavaScript, which is not run)"
                    : " (its body is empty)";
        }
        return "";
    }

    /**
     * Where the page must be cut to hold at most {@code max} tags: before the next one, or its
     * length when it has no more. The parser builds a node for every tag, so tags bound memory.
     */
    private static int cutAfterTags(String html, int max) {
        int tags = 0;
        for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            char next = html.charAt(i + 1);
            if ((next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z') && ++tags > max) {
                return i;
            }
        }
        return html.length();
    }

    /**
     * Flattens the markup below {@link #MAX_DEPTH}: each element at that depth keeps the text
     * under it (with each text's place in the source) and a line break where a block began, but
     * no elements; returns how many elements were dropped. Scoring reads the text under each
     * candidate element, so nesting without a bound would make it quadratic.
     */
    private static int flatten(Document doc) {
        List<Element> atLimit = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (depth == MAX_DEPTH && node instanceof Element e && e.childrenSize() > 0) {
                atLimit.add(e);
            }
        }, doc);
        int dropped = 0;
        for (Element top : atLimit) {
            List<Node> leaves = new ArrayList<>();
            List<Element> inner = new ArrayList<>();
            NodeTraversor.traverse((node, depth) -> {
                if (node == top) {
                    return;
                }
                if (node instanceof Element e) {
                    inner.add(e);
                    if (e.normalName().equals("br") || BLOCK_TAGS.matcher(e.normalName()).matches()) {
                        leaves.add(new Element("br"));
                    }
                } else if (node instanceof TextNode) {
                    leaves.add(node);
                }
            }, top);
            // Emptying every element first orphans the text nodes, so moving them costs nothing per node.
            inner.forEach(Element::empty);
            top.empty();
            top.appendChildren(leaves);
            dropped += inner.size();
        }
        return dropped;
    }

    /**
     * The blocks less those that are mostly link text and short (menus, tag lists, "read more"
     * lines left inside the content), which no reader takes for running text.
     */
    private static List<Block> withoutLinkLists(List<Block> blocks) {
        boolean[] linkList = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            linkList[i] = b.linkDensity() > 0.6 && b.plain().length() < 400
                    || b.linkDensity() > 0.35 && b.plain().length() < 40 && b.kind() != Block.Kind.HEADING;
        }
        List<Block> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (linkList[i]) {
                continue;
            }
            // A heading over nothing but links ("Related posts", "More on this") goes with them.
            if (blocks.get(i).kind() == Block.Kind.HEADING) {
                int j = i + 1;
                while (j < blocks.size() && linkList[j]) {
                    j++;
                }
                if (j > i + 1 && (j == blocks.size() || blocks.get(j).kind() == Block.Kind.HEADING)) {
                    continue;
                }
            }
            kept.add(blocks.get(i));
        }
        // Headings left at the end stood over what was pruned ("Related posts", "Comments").
        while (kept.size() > 1 && kept.get(kept.size() - 1).kind() == Block.Kind.HEADING) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }

    private static int textLength(List<Block> blocks) {
        return blocks.stream().mapToInt(b -> b.plain().length()).sum();
    }

    /** Walks {@code roots} in order and cuts their text into blocks at block-level elements and line breaks. */
    private static List<Block> collect(String html, List<Element> roots) {
        Collector collector = new Collector(html);
        for (Element root : roots) {
            NodeTraversor.traverse(collector, root);
        }
        collector.flush();
        return collector.blocks;
    }

    /**
     * Cuts text into blocks in one iterative pass over the tree (jsoup's traversor keeps no call
     * stack), so that no depth of nesting can overflow the stack.
     */
    private static final class Collector implements NodeVisitor {
        /** What an element passes down to what it holds. */
        private record Context(Block.Kind kind, boolean inLink) {
        }

        final String html;
        final List<Block> blocks = new ArrayList<>();
        final Deque<Context> open = new ArrayDeque<>();
        BlockText current = new BlockText();
        Block.Kind kind = Block.Kind.PARAGRAPH;
        int linkChars;

        Collector(String html) {
            this.html = html;
        }

        private Context context() {
            return open.isEmpty() ? new Context(Block.Kind.PARAGRAPH, false) : open.peek();
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                int before = current.length();
                if (current.isEmpty()) {
                    kind = context().kind();
                }
                appendAligned(text);
                if (context().inLink()) {
                    linkChars += current.length() - before;
                }
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (tag.equals("br")) {
                flush();
            }
            boolean block = BLOCK_TAGS.matcher(tag).matches();
            Context outer = context();
            if (block) {
                flush();
            }
            open.push(new Context(block ? kindOf(tag, outer.kind()) : outer.kind(), outer.inLink() || tag.equals("a")));
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            open.pop();
            String tag = e.normalName();
            if (BLOCK_TAGS.matcher(tag).matches()) {
                flush();
            } else if (tag.equals("td") || tag.equals("th")) {
                current.space(0);
            }
        }

        void flush() {
            if (!current.isEmpty()) {
                blocks.add(new Block(kind, current.build(), Math.min(linkChars, current.length())));
            }
            current = new BlockText();
            linkChars = 0;
        }

        private static Block.Kind kindOf(String tag, Block.Kind inherited) {
            return switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
                case "li", "dt", "dd" -> Block.Kind.LIST_ITEM;
                case "blockquote" -> Block.Kind.QUOTE;
                case "pre" -> Block.Kind.PRE;
                case "p" -> inherited == Block.Kind.QUOTE ? Block.Kind.QUOTE : Block.Kind.PARAGRAPH;
                default -> inherited;
            };
        }

        /**
         * Appends a text node's decoded text, aligning each character with its place in the raw
         * source: characters that stand as written map one to one, the characters an entity such as
         * {@code &amp;} decodes to all map to the entity's {@code &}.
         */
        private void appendAligned(TextNode node) {
            String decoded = node.getWholeText();
            Range range = node.sourceRange();
            if (!range.isTracked()) {
                int anchor = anchorOf(node);
                for (int i = 0; i < decoded.length(); i++) {
                    current.add(decoded.charAt(i), anchor);
                }
                return;
            }
            int r = range.startPos();
            int rawEnd = Math.min(range.endPos(), html.length());
            int i = 0;
            while (i < decoded.length()) {
                char d = decoded.charAt(i);
                if (r < rawEnd && html.charAt(r) == d && d != '&') {
                    current.add(d, r++);
                    i++;
                    continue;
                }
                // An ampersand is an entity when it decodes to what comes next, else a literal one.
                if (r < rawEnd && html.charAt(r) == '&') {
                    int entityEnd = entityEnd(r, rawEnd);
                    String entity = html.substring(r, entityEnd);
                    String value = Parser.unescapeEntities(entity, false);
                    if (!value.equals(entity) && !value.isEmpty() && decoded.startsWith(value, i)) {
                        for (int k = 0; k < value.length(); k++) {
                            current.add(value.charAt(k), r);
                        }
                        i += value.length();
                        r = entityEnd;
                        continue;
                    }
                }
                if (r < rawEnd && html.charAt(r) == d) {
                    current.add(d, r++);
                    i++;
                    continue;
                }
                if (r < rawEnd && html.charAt(r) == '\r') {
                    r++;
                    continue;
                }
                current.add(d, Math.max(range.startPos(), Math.min(r, rawEnd - 1)));
                i++;
                if (r < rawEnd) {
                    r++;
                }
            }
        }

        private int entityEnd(int amp, int rawEnd) {
            int limit = Math.min(rawEnd, amp + 34);
            for (int j = amp + 1; j < limit; j++) {
                char c = html.charAt(j);
                if (c == ';') {
                    return j + 1;
                }
                if (!Character.isLetterOrDigit(c) && c != '#') {
                    return j;
                }
            }
            return limit;
        }

        private static int anchorOf(Node node) {
            for (Node n = node; n != null; n = n.parent()) {
                if (n.sourceRange().isTracked()) {
                    return n.sourceRange().startPos();
                }
            }
            return 0;
        }
    }

    private static List<Extraction.Warning> warnings(String html, List<ParseError> errors) {
        if (errors.isEmpty()) {
            return List.of();
        }
        ParseError first = errors.get(0);
        String count = errors.size() == 1 ? "1 parse error" : errors.size() + (errors.size() >= 50 ? "+" : "") + " parse errors";
        String reason = "malformed HTML (" + count + ", the first: " + first.getErrorMessage()
                + "); the text was extracted after recovery";
        return List.of(new Extraction.Warning(lineOf(html, first.getPosition()), reason));
    }

    private static int lineOf(String text, int position) {
        int line = 1;
        for (int i = 0; i < Math.min(position, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static MarkupMetadata metadata(Document doc, Optional<String> suppliedUrl) {
        Map<String, String> meta = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            if (!key.isEmpty()) {
                meta.putIfAbsent(key.toLowerCase(Locale.ROOT), Entities.decode(m.attr("content")));
            }
        }
        JsonLd ld = JsonLd.find(doc);
        List<String> credits = new ArrayList<>();
        ld.author.ifPresent(credits::add);
        ld.publisher.ifPresent(credits::add);
        for (String key : List.of("author", "article:author", "dc.creator", "dc.publisher", "publisher", "source",
                "og:site_name", "twitter:site", "dc.source", "syndication-source", "original-source")) {
            Optional.ofNullable(meta.get(key)).ifPresent(credits::add);
        }

        Optional<String> outlet = first(meta, "og:site_name", "application-name", "dc.publisher", "publisher")
                .or(() -> ld.publisher);
        Optional<String> byline = ld.author.filter(a -> !a.startsWith("http"))
                .or(() -> first(meta, "author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author")
                        .filter(a -> !a.startsWith("http")))
                .or(() -> doc.select("[itemprop=author] [itemprop=name], [rel=author], [itemprop=author], .byline, .author,"
                        + " .article-author, [class~=(?i)^(?:author|autor|byline|entry-author|post-author|author-name"
                        + "|article__author|byline__name|author__name)$], a[href*=/author/], a[href*=/autor/]").stream()
                        .map(e -> authorName(e.text())).filter(t -> !t.isBlank() && t.length() < 80).findFirst())
                .map(HtmlExtractor::authorName).filter(a -> !a.isBlank());
        Optional<String> url = Optional.ofNullable(doc.selectFirst("link[rel=canonical][href]"))
                .map(l -> l.attr("href"))
                .or(() -> first(meta, "og:url", "twitter:url"))
                .or(() -> ld.url);
        List<String> siteNames = new ArrayList<>();
        for (String key : List.of("og:site_name", "application-name", "dc.publisher", "publisher", "twitter:site")) {
            Optional.ofNullable(meta.get(key)).map(v -> v.replaceFirst("^@", "")).ifPresent(siteNames::add);
        }
        ld.publisher.ifPresent(siteNames::add);
        Optional<String> title = Headlines.of(doc, ld.headline,
                first(meta, "og:title", "twitter:title", "dc.title", "headline").or(() -> ld.name),
                siteNames, suppliedUrl.or(() -> url));
        // A key whose value is no date ("date": "today") must not hide the next one that is.
        // Open Graph's article:published_time is right more often than JSON-LD's datePublished (91% and 84% of
        // the pages of the tuning half of the extraction set that have each), which templates fill with other dates.
        Optional<String> published = firstDate(meta, "article:published_time", "og:article:published_time",
                        "shareaholic:article_published_time", "cxenseparse:recs:publishtime")
                .or(() -> ld.datePublished.filter(d -> Dates.parse(d).isPresent()))
                // Microdata on the article's own date element is right more often (48 of 52 tuning pages that have it)
                // than the generic "date" and Dublin Core keys (20 of 25, 5 of 7), which content systems fill with the day a page was built.
                .or(() -> doc.select("[itemprop=datePublished][datetime], [itemprop=datePublished][content]").stream()
                        .map(t -> t.hasAttr("datetime") ? t.attr("datetime") : t.attr("content"))
                        .filter(t -> Dates.parse(t).isPresent()).findFirst())
                .or(() -> firstDate(meta, "og:published_time", "datepublished", "pubdate",
                        "publishdate", "publish-date", "publish_date", "date", "dc.date.issued", "dc.date", "dcterms.created",
                        "dcterms.date", "dc.date.created", "citation_publication_date", "citation_date", "datecreated",
                        "article:published", "og:article:published_time", "publication_date", "release_date", "date_published",
                        "displaydate", "created",
                        "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published", "original-publish-date",
                        "uploaddate"))
                .or(() -> doc.select("time[datetime][pubdate], [itemprop=datePublished][datetime], [itemprop=datePublished][content],"
                        + " [itemprop=dateCreated][datetime], time[datetime]").stream()
                        .map(t -> t.hasAttr("datetime") ? t.attr("datetime") : t.attr("content"))
                        .filter(t -> Dates.parse(t).isPresent()).findFirst());
        published = published.map(chosen -> localTime(chosen, dateCandidates(doc, meta, ld)));
        Optional<String> modified = ld.dateModified
                .or(() -> first(meta, "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
                        "last-modified", "lastmod", "dc.date.modified"));
        Element root = doc.selectFirst("html");
        Optional<String> language = Optional.ofNullable(root).map(h -> h.hasAttr("lang") ? h.attr("lang") : h.attr("xml:lang"))
                .filter(l -> !l.isBlank())
                .or(() -> first(meta, "og:locale", "content-language", "language"))
                .or(() -> ld.language);
        Optional<String> dateLine = published.isPresent() ? Optional.empty() : dateLine(doc, Dates.dayFirst(language));
        return new MarkupMetadata(title, outlet, byline, url, published, language, credits, dateLine, modified);
    }

    /** Class and id words of the elements that show a page's date ("entry-date", "post-meta", "datum"). */
    private static final Pattern DATE_CLASS = Pattern.compile(
            "(?i)date|time|publish|posted|meta|byline|datum|fecha|data|info|author|dateline|stamp|created|topline|kicker"
                    + "|submitted");

    /**
     * The text of the first element of the body whose class or id names it a date, time, byline
     * or post-meta element and whose short text states a date, or of the first {@code time}
     * element that does.
     */
    private static Optional<String> dateLine(Document doc, boolean dayFirst) {
        for (Element e : doc.body().select("time, [class], [id]")) {
            if (!e.normalName().equals("time") && !DATE_CLASS.matcher(e.className() + " " + e.id()).find()) {
                continue;
            }
            String text = e.text();
            if (text.length() >= 6 && text.length() <= 120 && Dates.parseShown(text, dayFirst).isPresent() && !isUpdate(text)) {
                return Optional.of(text);
            }
        }
        // A short line set next to the headline that states a date ("31.01.2022 | Handball" above the h1).
        Element h1 = doc.body().select("h1").stream().filter(h -> !h.text().isBlank()).findFirst().orElse(null);
        for (Element around = h1; around != null && around != doc.body() && around != h1.parent().parent(); around = around.parent()) {
            Element before = around;
            Element after = around;
            for (int i = 0; i < NEAR_HEADLINE; i++) {
                before = before == null ? null : before.previousElementSibling();
                after = after == null ? null : after.nextElementSibling();
                for (Element e : new Element[] {before, after}) {
                    String text = e == null ? "" : e.text();
                    if (text.length() >= 6 && text.length() <= 80 && Dates.parseShown(text, dayFirst).isPresent() && !isUpdate(text)) {
                        return Optional.of(text);
                    }
                }
            }
        }
        // A labelled date anywhere in the page ("Erschienen am: 01.11.2023" in a footer).
        String all = doc.body().text();
        Matcher label = PUBLISHED_LABEL.matcher(all);
        while (label.find()) {
            String after = all.substring(label.end(), Math.min(all.length(), label.end() + 40));
            if (Dates.parse(after).isPresent()) {
                return Optional.of(all.substring(label.start(), Math.min(all.length(), label.end() + 40)).strip());
            }
        }
        return Optional.empty();
    }

    /** How many elements before and after the headline (or what holds it) are read for its date. */
    private static final int NEAR_HEADLINE = 3;

    private static boolean isUpdate(String text) {
        return text.matches("(?is).*\\b(?:updated|aktualisiert|modifi|actualiz|mis à jour)\\w*\\b.*");
    }

    /**
     * Every timestamp the page states, in metadata, JSON-LD and its {@code time} elements: any of
     * them that is the same instant as the publication time (a modification time too, where
     * there was none) tells the zone it was written in.
     */
    private static List<String> dateCandidates(Document doc, Map<String, String> meta, JsonLd ld) {
        List<String> all = new ArrayList<>();
        ld.datePublished.ifPresent(all::add);
        ld.dateModified.ifPresent(all::add);
        meta.forEach((k, v) -> {
            if (k.matches(".*(?:publish|date|time|created|issued|modif).*")) {
                all.add(v);
            }
        });
        for (Element e : doc.select("time[datetime], [itemprop~=^date][content], [itemprop~=^date][datetime]")) {
            all.add(e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"));
        }
        return all;
    }

    /**
     * {@code chosen}, or where it is a UTC timestamp and the page states the same instant in its
     * own zone (or in local time), that one: a page published at 00:04 in Vienna is dated by
     * Vienna's day, not by the UTC day before.
     */
    static String localTime(String chosen, List<String> candidates) {
        Optional<Dates.Stamp> utc = Dates.stamp(chosen).filter(st -> st.offset().filter(o -> o.getTotalSeconds() == 0).isPresent());
        if (utc.isEmpty()) {
            return chosen;
        }
        for (String c : candidates) {
            Optional<Dates.Stamp> local = Dates.stamp(c)
                    .filter(st -> st.offset().map(o -> o.getTotalSeconds() != 0).orElse(true));
            if (local.isPresent() && local.get().sameInstant(utc.get())
                    && !local.get().local().toLocalDate().equals(utc.get().local().toLocalDate())) {
                return c;
            }
        }
        return chosen;
    }

    /** Words that label a publication date, in the languages news pages are most often in. */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(?iu)\\b(?:published|first published|posted|erschienen|veröffentlicht|publiziert|publié|publiée|publicado|publicada"
                    + "|pubblicato|opublikowano|gepubliceerd|pressemitteilung vom|meldung vom)\\b\\s*(?:on|am|le|el|il|op)?\\s*:?\\s*");

    /** Labels and prepositions before an author's name, in the languages news pages are most often in. */
    private static final Pattern AUTHOR_LABEL = Pattern.compile(
            "(?iu)^(?:(?:written |posted |reported )?by|von|vom|par|por|di|da|door|przez|av|af|author|autor|auteur|autore"
                    + "|autorin|text|texte|interview|redaktion|reporter)\\b\\s*[:：]?\\s*");
    /** What follows a name in a byline: a date, a place, a count of articles or shares, a separator. */
    private static final Pattern AUTHOR_TAIL = Pattern.compile(
            "(?iu)\\s*(?:[|·•]|\\s(?:am|le|on|el|il|op)\\s+\\d|,\\s*\\d|\\s\\d{1,2}\\.\\s?\\d{1,2}\\.|\\s(?:alle artikel|all posts"
                    + "|shares?|mehr artikel|more articles)\\b).*$");

    /** An author's name as a byline element or field states it, without its label and what follows the name. */
    static String authorName(String text) {
        String name = text.strip();
        for (int i = 0; i < 2; i++) {
            name = AUTHOR_LABEL.matcher(name).replaceFirst("");
        }
        return AUTHOR_TAIL.matcher(name).replaceFirst("").strip();
    }

    private static Optional<String> firstDate(Map<String, String> meta, String... keys) {
        for (String key : keys) {
            String value = meta.get(key);
            if (value != null && Dates.parse(value).isPresent()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> first(Map<String, String> meta, String... keys) {
        for (String key : keys) {
            String value = meta.get(key);
            if (value != null && !value.isBlank()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The article fields of the page's JSON-LD, if any. */
    private static final class JsonLd {
        Optional<String> headline = Optional.empty();
        /** A page's name, which is often its whole title, site and all, where its headline is the editors'. */
        Optional<String> name = Optional.empty();
        Optional<String> datePublished = Optional.empty();
        Optional<String> dateModified = Optional.empty();
        Optional<String> author = Optional.empty();
        Optional<String> publisher = Optional.empty();
        Optional<String> url = Optional.empty();
        Optional<String> language = Optional.empty();

        static JsonLd find(Document doc) {
            JsonLd found = new JsonLd();
            for (Element script : doc.select("script[type=application/ld+json]")) {
                try {
                    JsonNode root = JSON.readTree(script.data());
                    found.visit(root, 0);
                } catch (Exception malformed) {
                    // A page's broken JSON-LD is its own problem; the other metadata still counts.
                }
            }
            return found;
        }

        private void visit(JsonNode node, int depth) {
            if (node == null || depth > 6) {
                return;
            }
            if (node.isArray()) {
                node.forEach(n -> visit(n, depth + 1));
                return;
            }
            if (!node.isObject()) {
                return;
            }
            if (node.has("@graph")) {
                visit(node.get("@graph"), depth + 1);
            }
            String type = node.path("@type").isArray() ? node.path("@type").toString() : node.path("@type").asText("");
            if (!type.matches("(?s).*(?:Article|BlogPosting|Report|WebPage).*")) {
                return;
            }
            headline = headline.or(() -> text(node.get("headline")));
            name = name.or(() -> text(node.get("name")));
            datePublished = datePublished.or(() -> text(node.get("datePublished"))).or(() -> text(node.get("dateCreated")));
            dateModified = dateModified.or(() -> text(node.get("dateModified")));
            author = author.or(() -> names(node.get("author")));
            publisher = publisher.or(() -> names(node.get("publisher")));
            url = url.or(() -> text(node.get("url")).or(() -> text(node.path("mainEntityOfPage").get("@id"))));
            language = language.or(() -> text(node.get("inLanguage")));
        }

        private static Optional<String> names(JsonNode node) {
            if (node == null) {
                return Optional.empty();
            }
            List<String> names = new ArrayList<>();
            for (JsonNode n : node.isArray() ? node : List.of(node)) {
                (n.isObject() ? text(n.get("name")) : text(n)).ifPresent(names::add);
            }
            return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
        }

        private static Optional<String> text(JsonNode node) {
            return node == null || !node.isValueNode() || node.asText().isBlank()
                    ? Optional.empty() : Optional.of(Entities.decode(node.asText()).strip());
        }
    }
}
