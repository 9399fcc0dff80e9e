package dev.dateline.ingest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the elements of a page that hold its main text, in the manner of trafilatura: boilerplate
 * is pruned first (by tag, by role, and by class and id names, unless such an element holds most
 * of the page's prose), then a fallback chain picks the container: an element the markup marks as
 * the article body, else the element that paragraph scoring (length, commas, link density) favours,
 * with its well-scoring siblings, else the whole body.
 */
final class MainContent {

    private static final String NOISE_TAGS = "script, style, template, svg, iframe, object, embed,"
            + " button, input, select, textarea, option, label, nav, aside, figure, figcaption, picture, img, video, audio,"
            + " canvas, menu, dialog, map, [hidden], [aria-hidden=true], [role=navigation], [role=complementary],"
            + " [role=contentinfo], [role=banner], [role=search], [role=dialog], [role=alert], [role=menu],"
            + " blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed";
    /** Class and id words of boilerplate, each a whole word of a name ("share" in "post-share-bar", not in "shared"). */
    private static final Pattern NOISE_CLASS = Pattern.compile(
            "(?i)(?:^|[-_\\s])(?:share|shares|sharing|sharer|social|socials|related\\w*|recommend|recommended"
                    + "|recommendations|comment|comments|commentlist|respond|reply|replies|discussion|disqus|footer|subscribe"
                    + "|subscription|newsletter|promo|promotion|advert|advertisement|adverts|ads?|adsense|ad-slot|sponsor"
                    + "|sponsored|sidebar|sidenav|breadcrumbs?|nav|navbar|navigation|menu|menubar|cookies?|consent|gdpr"
                    + "|popup|modal|overlay|caption|tags|tagcloud|tag-list|toolbar|masthead|widget-area|widgetarea|outbrain|taboola"
                    + "|plista|most-?read|most-?popular|trending|signup|login|disclaimer|skip|pagination|pager"
                    + "|print-only|printfooter|rating|teaser-list|author-box|authorbox|about-author|post-meta|entry-meta|entry-footer"
                    + "|post-footer|article-footer|byline-share|banner|jump-link|skiplink|copyright|sharedaddy"
                    + "|wp-block-latest-posts|yarpp|crp_related|jp-relatedposts|navlinks|post-navigation|nav-links|postmetadata|postmeta"
                    + "|entryfooter|noprint|similar|rec-posts|ratings?|post-ratings|author-info|author-bio|authorinfo"
                    + "|saboxplugin-wrap|buybox|affiliate|affiliate-info|werbung|abowerbung|anzeige|titlebar|nextstory"
                    + "|next-post|prev-post|read-more|readmore|more-articles|further-reading|newsletter-teaser|infobox-share|teasers"
                    + "|recirculation|recirculation-box|more-from)"
                    + "(?:$|[-_\\s])");
    private static final Pattern CONTENT_MARK = Pattern.compile(
            "(?i).*(?:article|story|post|entry|blog|news)[-_]?(?:body|content|text|inner|entry)"
                    + "|.*(?:^|[-_\\s])(?:articlebody|entry-content|post-content|content-body|text-content|rich-text"
                    + "|article__content|article__body)(?:$|[-_\\s]).*");
    private static final Pattern BODY_CLASS = Pattern.compile(
            "(?i)(?:^|[-_\\s])(?:entry-content|post-content|post-body|article-body|articlebody|article-content"
                    + "|article__body|article__content|article-text|story-body|story-content|storycontent|post-text|post-entry"
                    + "|entry-body|single-content|content-body|blog-content|post_content|postcontent|articletext"
                    + "|text-content|body-text|bodytext|article_body|news-content|newscontent|td-post-content"
                    + "|field-name-body|field--name-body|rich-text|blogpost|post-inner|entry-inner)(?:$|[-_\\s])");
    private static final Pattern BODY_ID = Pattern.compile(
            "(?i)article-?body|post-?body|story-?body|entry-?content|post-?content|article-?content|articletext"
                    + "|content-?body|article-?text");
    private static final Pattern MAIN_ID = Pattern.compile("(?i)content|main-?content|maincontent|main|primary|page-content");
    /** How the markup marks an article body, most specific first. */
    private static final List<Predicate<Element>> BODY_MARKS = List.of(
            e -> e.attr("itemprop").equalsIgnoreCase("articleBody"),
            e -> BODY_CLASS.matcher(e.className()).find() || BODY_ID.matcher(e.id()).matches(),
            e -> e.normalName().equals("article"),
            e -> e.normalName().equals("main") || e.attr("role").equals("main"),
            e -> MAIN_ID.matcher(e.id()).matches() || MAIN_ID.matcher(e.className()).matches());
    private static final int MIN_BODY_CHARS = 250;
    /** How far above a marked body its lead is looked for: templates put the standfirst in the article's header. */
    private static final int LEAD_LEVELS = 4;
    /** Class and id words of a standfirst, intro or summary. */
    private static final Pattern LEAD_NAME = Pattern.compile(
            "(?i)(?:^|[-_\\s])(?:lead|leader|intro|introtext|intro-text|standfirst|summary|excerpt|entry-summary|article-lead"
                    + "|dek|deck|abstract|subline|teaser-text|chapeau|chapo|sapo|entradilla|bajada|zajawka|vorspann)(?:$|[-_\\s])");

    private MainContent() {
    }

    /** Removes the page's boilerplate elements from {@code doc}, in place. */
    static void prune(Document doc) {
        doc.select(NOISE_TAGS).remove();
        Element body = doc.body();
        // Some templates render the post by script and keep its text in a noscript element as well.
        for (Element noscript : body.select("noscript")) {
            if (proseLength(noscript) < 200) {
                noscript.remove();
            }
        }
        for (Element form : body.select("form")) {
            String marks = (form.className() + " " + form.id()).toLowerCase();
            // Whole pages sit inside one form on some sites, so only small or marked forms go.
            if (form.parent() != null && (marks.matches(".*(?:search|comment|login|newsletter|subscribe|contact).*")
                    || form.text().length() < 200)) {
                form.remove();
            }
        }
        int bodyText = proseLength(body);
        for (Element e : body.select("*")) {
            if (!attached(e, body) || !isNoise(e)) {
                continue;
            }
            // A noise name on an element that holds most of the page's prose is a misfire ("has-sidebar" on a wrapper).
            // A noise name on an element that wraps the article body is a misfire ("vce-sid-right" on a wrapper).
            if (linkDensity(e) > 0.5 || !wrapsContent(e) && proseLength(e) < 0.6 * bodyText) {
                e.remove();
            }
        }
        // Footers go, and headers without a headline or a standfirst, unless a template wraps the article in one.
        for (Element e : body.select("footer, header")) {
            if (attached(e, body) && !wrapsContent(e)
                    && (e.normalName().equals("footer") || e.selectFirst("h1") == null && !holdsLead(e))) {
                e.remove();
            }
        }
    }

    /** Whether {@code e} holds a paragraph of prose with few links: an article header's standfirst. */
    private static boolean holdsLead(Element e) {
        for (Element p : e.select("p, div")) {
            String text = p.normalName().equals("p") ? p.text() : looseText(p);
            if (text.length() >= 100 && linkDensity(p) < 0.2) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} holds an element marked as the article body. */
    private static boolean wrapsContent(Element e) {
        for (Element inner : e.select("article, main, [itemprop=articleBody], [class], [id]")) {
            if (inner != e && (inner.normalName().equals("article") || inner.normalName().equals("main")
                    || inner.attr("itemprop").equalsIgnoreCase("articleBody")
                    || BODY_CLASS.matcher(inner.className()).find() || BODY_ID.matcher(inner.id()).matches())) {
                return true;
            }
        }
        return false;
    }

    private static boolean attached(Element e, Element body) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == body) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNoise(Element e) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("p") || tag.matches("h[1-6]")) {
            return false;
        }
        if (tag.equals("article") || tag.equals("main")) {
            return false;
        }
        String marks = names(e);
        return !marks.isEmpty() && NOISE_CLASS.matcher(marks).find() && !CONTENT_MARK.matcher(marks).matches();
    }

    /**
     * The class and id names of {@code e} that say what it is, not how it looks: state and
     * modifier names ("has-ads", "no-sidebar", "is-sticky", BEM's "section--ads") are left out,
     * since they describe the content's surroundings.
     */
    private static String names(Element e) {
        StringBuilder sb = new StringBuilder();
        for (String name : (e.className() + " " + e.id()).split("\\s+")) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (name.isEmpty() || lower.matches("(?:has|no|with|without|is|js|show|hide)[-_].*")) {
                continue;
            }
            int modifier = name.indexOf("--");
            // A modifier says how the element looks ("section--ads"), except Drupal's "field--name-…".
            String kept = modifier > 0 && !name.startsWith("name-", modifier + 2) ? name.substring(0, modifier) : name;
            // camelCase names hold words too: "postMeta", "BorlabsCookie".
            sb.append(kept.replaceAll("([a-z])([A-Z])", "$1-$2")).append(' ');
        }
        return sb.toString().strip();
    }

    /** The elements that hold the main text of the pruned {@code body}, in document order. */
    static List<Element> find(Element body) {
        List<Element> scored = scored(body);
        int scoredLength = scored.stream().mapToInt(MainContent::proseLength).sum();
        List<Element> all = body.select("*");
        for (Predicate<Element> mark : BODY_MARKS) {
            Element marked = bestMarked(all.stream().filter(mark).toList());
            if (marked != null) {
                int length = proseLength(marked);
                // A marked body that holds far less prose than scoring finds is a teaser or a part of the story.
                if (length >= MIN_BODY_CHARS && length >= 0.6 * scoredLength) {
                    return withLead(marked, body);
                }
            }
        }
        return scored.isEmpty() || scoredLength < MIN_BODY_CHARS / 2 ? List.of(body) : scored;
    }

    /**
     * The marked body, after the lead paragraphs that templates put before it, outside it (a
     * standfirst or intro in the article's header): paragraphs of prose with few links, or
     * elements named as a lead, intro or summary, within four levels above the body.
     */
    private static List<Element> withLead(Element marked, Element body) {
        Element scope = marked;
        for (int level = 0; level < LEAD_LEVELS && scope.parent() != null && scope.parent() != body; level++) {
            scope = scope.parent();
        }
        List<Element> roots = new ArrayList<>();
        for (Element e : scope.select("*")) {
            if (e == marked) {
                break;
            }
            if (marked.parents().contains(e) || roots.stream().anyMatch(r -> e.parents().contains(r))) {
                continue;
            }
            String tag = e.normalName();
            String text = tag.equals("p") ? e.text() : looseText(e);
            boolean lead = (tag.equals("p") || tag.equals("div")) && text.length() >= 100 && linkDensity(e) < 0.2
                    && text.matches("(?s).*[.!?:…\"“”»«]\\s*$");
            boolean named = LEAD_NAME.matcher(names(e)).find() && proseLength(e) >= 30 && linkDensity(e) < 0.2
                    && !tag.matches("h1|a|span|li|ul");
            if (lead || named) {
                roots.add(e);
            }
        }
        roots.add(marked);
        return roots;
    }

    /** Of {@code candidates}, the one with the most prose that is not a list of links (the outer one of equals), or null. */
    private static Element bestMarked(List<Element> candidates) {
        Element best = null;
        int most = 0;
        for (Element c : candidates) {
            int length = proseLength(c);
            if (length > most && linkDensity(c) <= 0.5) {
                best = c;
                most = length;
            }
        }
        return best;
    }

    /**
     * The best-scoring container and its siblings that score well or read as prose. Each
     * paragraph (or element with text of its own) adds its score to itself when it is a container
     * of loose text, to its parent, and half to its grandparent.
     */
    private static List<Element> scored(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element e : body.select("p, pre, td, blockquote, div, section, article, li, font, span")) {
            String tag = e.normalName();
            boolean paragraph = tag.equals("p") || tag.equals("pre") || tag.equals("blockquote");
            String text = paragraph ? e.text() : looseText(e);
            if (text.length() < 25) {
                continue;
            }
            double score = (1 + count(text, ',') + Math.min(3, text.length() / 100.0)) * (1 - linkDensity(e));
            if (!paragraph && !tag.equals("li") && !tag.equals("span") && !tag.equals("font")) {
                scores.merge(e, score, Double::sum);
            }
            Element parent = e.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    scores.merge(grand, score / 2, Double::sum);
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            Element e = entry.getKey();
            if (e.normalName().equals("span") || e.normalName().equals("a")) {
                continue;
            }
            String marks = e.className() + " " + e.id();
            double score = entry.getValue() * (1 - 0.5 * linkDensity(e));
            if (CONTENT_MARK.matcher(marks).matches() || e.normalName().equals("article")
                    || "articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
                score *= 1.25;
            }
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        if (best == null) {
            return List.of();
        }
        if (best == body || best.parent() == null) {
            return List.of(body);
        }
        // Templates often split one story across siblings: keep those that score well or read as prose.
        double threshold = Math.max(5, bestScore * 0.2);
        List<Element> roots = new ArrayList<>();
        for (Element sibling : best.parent().children()) {
            if (sibling == best || scores.getOrDefault(sibling, 0.0) >= threshold || isProse(sibling)) {
                roots.add(sibling);
            }
        }
        return roots;
    }

    private static boolean isProse(Element e) {
        String tag = e.normalName();
        if (!tag.equals("p") && !tag.matches("h[2-6]") && !tag.equals("blockquote") && !tag.equals("ul") && !tag.equals("ol")) {
            return false;
        }
        String text = e.text();
        double links = linkDensity(e);
        if (tag.matches("h[2-6]")) {
            return links < 0.5 && !text.isBlank();
        }
        return (text.length() >= 80 && links < 0.25) || (links == 0 && text.matches("(?s).*\\.(?:\\s|$).*"));
    }

    /** The text an element holds itself: its text nodes and those of its inline children, not of its blocks. */
    private static String looseText(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                sb.append(t.text());
            } else if (child instanceof Element c && isInline(c.normalName())) {
                sb.append(c.text());
            }
        }
        return sb.toString().strip();
    }

    private static boolean isInline(String tag) {
        return switch (tag) {
            case "a", "b", "strong", "i", "em", "span", "font", "u", "small", "sup", "sub", "abbr", "cite", "q", "mark",
                    "time", "code", "br" -> true;
            default -> false;
        };
    }

    /** The length of the text under {@code e} that is not link text. */
    static int proseLength(Element e) {
        int all = e.text().length();
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.max(0, all - links);
    }

    static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1, links / (double) all);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
