package dev.dateline.ingest.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a web page's headline among its {@code h1} elements, its JSON-LD headline, its Open
 * Graph title and its {@code <title>}, and cleans each of what publishers add to it: the site's
 * name ("Headline – Site", "Site | Section | Headline"), a section or kicker set inside the
 * headline element, a subtitle set in a smaller element.
 *
 * <p>The site's names are those the page states (Open Graph's {@code site_name},
 * {@code application-name}, the JSON-LD publisher, an {@code h1} that links to the home page)
 * and the name in the URL's host. Only a part of a title that is one of them is cut as the
 * site's; a dash inside a headline ("Hund vertreibt Einbrecher – Zeugenaufruf") stays.
 */
final class Headlines {

    /** Class and id words of a site's name or logo. */
    private static final Pattern SITE_TITLE = Pattern.compile(
            "(?i)site-?title|site-?name|blog-?title|blog-?name|logo|brand|masthead|site-?branding|header-?title");
    /** Class words of an element that is not shown. */
    private static final Pattern HIDDEN = Pattern.compile("(?i)(?:^|[\\s_-])(?:hidden|sr-only|visually-hidden|screen-reader-text|invisible)(?:$|\\s)");
    /** Class words of a kicker or overline set in a headline, above or before its words ("Corona-Pandemie"). */
    private static final Pattern KICKER = Pattern.compile(
            "(?i)kicker|topline|toptitle|overline|dachzeile|spitzmarke|eyebrow|roofline|supertitle|pretitle|pre-title|rubric"
                    + "|headline-?intro|title-?intro|label|category|section|flag");
    /** Class words of a subtitle set inside a headline element. */
    private static final Pattern SUBTITLE = Pattern.compile("(?i)sub-?title|sub-?heading|subline|standfirst|dek\\b");
    /** Class words of the element that holds a headline's own words inside the headline element. */
    private static final Pattern HEADLINE_PART = Pattern.compile("(?i)headline|(?:^|[\\s_-])title(?:$|[\\s_-])");
    /** Separators between parts of which one is a section or the site's name: "Site | News › Headline". */
    private static final Pattern STRONG = Pattern.compile("\\s*[|│]\\s*|\\s+(?:»|›|•|·|::|>>)\\s+");
    /** Separators that also join a headline's own parts ("Headline – a subtitle") and part a site's name. */
    private static final Pattern WEAK = Pattern.compile("\\s+(?:[–—-]{1,2}|/{1,2}|\\\\|:)\\s+");
    /** A site's name in brackets after the headline: "Headline (Site)". */
    private static final Pattern BRACKETED = Pattern.compile("^(.+?)\\s+\\(([^()]+)\\)$");

    private Headlines() {
    }

    /**
     * The headline of {@code doc}: the page's only headline {@code h1}, or the {@code h1} that
     * the metadata headline repeats, made equal to the metadata headline where the two differ
     * only by a kicker, section or subtitle at one end; else the JSON-LD headline, the Open Graph
     * title or the page title, less the site's name and sections.
     *
     * @param ldHeadline the JSON-LD headline, if any
     * @param ogTitle Open Graph's (or Twitter's) title, if any
     * @param siteNames names the page gives its site (Open Graph's site_name, the publisher)
     * @param url the page's URL, if known
     */
    static Optional<String> of(Document doc, Optional<String> ldHeadline, Optional<String> ogTitle, List<String> siteNames,
            Optional<String> url) {
        Set<String> sites = new LinkedHashSet<>();
        siteNames.stream().map(Headlines::compact).filter(s -> s.length() >= 2).forEach(sites::add);
        url.flatMap(Headlines::hostName).ifPresent(sites::add);

        List<String> h1 = new ArrayList<>();
        for (Element h : doc.select("h1")) {
            String text = Entities.decode(headlineText(h)).strip();
            if (text.isBlank() || isHidden(h)) {
                continue;
            }
            if (isHomeLink(h, url) || SITE_TITLE.matcher(h.className() + " " + h.id() + " " + h.parent().className() + " "
                    + h.parent().id()).find()) {
                sites.add(compact(text));
                continue;
            }
            if (!h1.contains(text)) {
                h1.add(text);
            }
        }
        h1.removeIf(t -> sites.contains(compact(t)));

        Optional<String> ld = ldHeadline.map(Entities::decode).map(t -> withoutSite(t, sites)).filter(t -> !t.isBlank());
        Optional<String> og = ogTitle.map(Entities::decode).map(t -> withoutSite(t, sites)).filter(t -> !t.isBlank());
        String pageTitle = withoutSite(Entities.decode(doc.title()), sites);
        Optional<String> chosen = Optional.empty();
        if (h1.size() == 1) {
            chosen = Optional.of(h1.get(0));
        } else {
            String stated = String.join(" \n ", ld.map(Headlines::key).orElse(""), og.map(Headlines::key).orElse(""),
                    key(pageTitle), key(Entities.decode(doc.title())));
            // The h1 the metadata repeats, the longest if several do (a section's name is also in the title).
            chosen = h1.stream().filter(h -> key(h).length() > 3 && stated.contains(key(h)))
                    .max((a, b) -> Integer.compare(key(a).length(), key(b).length()));
        }
        if (chosen.isPresent()) {
            String h = siteParts(chosen.get(), sites);
            // The editors' headline in the metadata, where the h1 adds a kicker or a section before it or a
            // subtitle after it, or drops a subtitle the metadata keeps.
            if (ld.isPresent() && sameHeadline(h, ld.get(), true)) {
                return ld;
            }
            if (og.isPresent() && sameHeadline(h, og.get(), false)) {
                return og;
            }
            return Optional.of(h);
        }
        return ld.or(() -> og).or(() -> Optional.of(pageTitle).filter(t -> !t.isBlank())).or(() -> h1.stream().findFirst());
    }

    /**
     * Whether {@code meta} is the headline {@code h1} with a kicker or section left out before
     * it, or (when {@code trusted}, as JSON-LD's headline is, whereas an Open Graph title often
     * adds words for search engines) with a subtitle added after it.
     * A headline cut short ("…") is never taken.
     */
    private static boolean sameHeadline(String h1, String meta, boolean trusted) {
        String h = key(h1);
        String m = key(meta);
        if (h.equals(m) || m.split(" ").length < 3 || meta.strip().matches("(?s).*(?:\\.\\.\\.|…)$")) {
            return false;
        }
        return h.endsWith(" " + m) || trusted && m.startsWith(h + " ");
    }

    /**
     * {@code title} less the parts that are the site's name, and, where strong separators
     * ("|", "»", "›") part it into a section and a headline, its longest part.
     */
    static String withoutSite(String title, Set<String> sites) {
        String t = normalSpace(title);
        List<String> strong = new ArrayList<>(List.of(STRONG.split(t)));
        strong.removeIf(String::isBlank);
        if (strong.size() > 1) {
            strong.removeIf(p -> isSite(p, sites) || isDate(p));
            String best = "";
            for (String p : strong) {
                if (p.strip().length() > best.length()) {
                    best = p.strip();
                }
            }
            if (best.isEmpty()) {
                return t;
            }
            t = best;
        }
        return siteParts(t, sites);
    }

    /**
     * {@code title} less the parts set off by a separator that name the site (and what follows
     * the site's name: "Headline – Site – its slogan") or only give a date; a dash or colon that
     * joins the headline's own parts stays.
     */
    static String siteParts(String title, Set<String> sites) {
        String t = normalSpace(title);
        Matcher bracketed = BRACKETED.matcher(t);
        if (bracketed.matches() && isSite(bracketed.group(2), sites)) {
            t = bracketed.group(1).strip();
        }
        List<String> parts = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        Matcher m = ANY_SEPARATOR.matcher(t);
        int start = 0;
        while (m.find()) {
            parts.add(t.substring(start, m.start()));
            separators.add(m.group());
            start = m.end();
        }
        parts.add(t.substring(start));
        if (parts.size() == 1) {
            return t;
        }
        int to = parts.size();
        for (int i = 1; i < parts.size(); i++) {
            if (isSite(parts.get(i), sites) || isDate(parts.get(i))) {
                to = i;
                break;
            }
        }
        int from = 0;
        while (from < to - 1 && (isSite(parts.get(from), sites) || isDate(parts.get(from)))) {
            from++;
        }
        StringBuilder kept = new StringBuilder(parts.get(from));
        for (int i = from + 1; i < to; i++) {
            kept.append(separators.get(i - 1)).append(parts.get(i));
        }
        return kept.toString().strip();
    }

    private static final Pattern ANY_SEPARATOR = Pattern.compile(STRONG.pattern() + "|" + WEAK.pattern());

    private static String normalSpace(String s) {
        return s.replace('\u00a0', ' ').replaceAll("[\\s\\u200b]+", " ").strip();
    }

    /** Whether a title's part only gives a date or a time ("06.11.2023, 11.41 Uhr"). */
    private static boolean isDate(String part) {
        String p = part.strip();
        return p.length() <= 30 && Dates.parse(p).isPresent() && p.replaceAll("\\p{L}{4,}", "").length() >= p.length() / 2;
    }

    /** Whether a title's part names the site: one of its names, a short part that opens or ends with one, or the start of one. */
    private static boolean isSite(String part, Set<String> sites) {
        String p = compact(part);
        if (p.isEmpty()) {
            return false;
        }
        for (String site : sites) {
            int at = p.indexOf(site);
            // The site's name opening or closing a short part ("BUND Naturschutz in Bayern e.V.", "Die Achse des Guten. achgut.com").
            boolean holds = site.length() >= 5 && at >= 0 && (at == 0 || p.length() - at - site.length() <= 4)
                    && part.strip().split("\\s+").length <= 6;
            if (p.equals(site) || holds || p.length() >= 5 && site.startsWith(p) && part.strip().split("\\s+").length <= 3) {
                return true;
            }
        }
        return false;
    }

    /** The name in a URL's host, without "www." and the top-level domain: "hildesheimerpresse". */
    private static Optional<String> hostName(String url) {
        Matcher archived = Pattern.compile("^https?://web\\.archive\\.org/web/[^/]+/(.+)$").matcher(url.strip());
        String u = archived.matches() ? archived.group(1) : url;
        return Outlets.host(u).map(h -> {
            String[] labels = h.split("\\.");
            String name = labels.length >= 2 ? labels[labels.length - 2] : labels[0];
            // "co.uk", "com.au": the name is the label before them.
            if (labels.length >= 3 && name.length() <= 3) {
                name = labels[labels.length - 3];
            }
            return compact(name);
        }).filter(n -> n.length() >= 3);
    }

    /** Whether {@code h1} is nothing but a link to the site's home page (the site's name). */
    private static boolean isHomeLink(Element h1, Optional<String> url) {
        List<Element> links = h1.select("a[href]");
        if (links.size() != 1 || !links.get(0).text().strip().equals(h1.text().strip())) {
            return false;
        }
        String href = links.get(0).attr("href").strip();
        String path = href.replaceFirst("^https?://web\\.archive\\.org/web/[^/]+/", "")
                .replaceFirst("^(?:https?:)?//[^/]+", "");
        return path.isEmpty() || path.equals("/") || path.matches("/(?:index\\.\\w+|home/?|[a-z]{2}/?)");
    }

    private static boolean isHidden(Element e) {
        return HIDDEN.matcher(e.className()).find() || e.attr("style").replace(" ", "").contains("display:none")
                || e.hasAttr("hidden");
    }

    /**
     * The text of a headline element without a kicker, section or subtitle set inside it; where a
     * child element is marked as the headline's own words, that child's text.
     */
    static String headlineText(Element h) {
        for (Element child : h.select("*")) {
            if (child != h && HEADLINE_PART.matcher(child.className()).find() && !KICKER.matcher(child.className()).find()
                    && !SUBTITLE.matcher(child.className()).find()
                    && child.text().length() >= h.text().length() / 2 && child.text().length() < h.text().length()) {
                return child.text();
            }
        }
        Element copy = h.clone();
        boolean kicker = false;
        for (Element child : copy.select("*")) {
            if (child != copy && child.parent() != null && isHidden(child)) {
                child.remove();
                kicker = true;
            }
        }
        for (Element child : copy.select("*")) {
            String marks = child.className() + " " + child.id();
            if (child != copy && child.parent() != null && (KICKER.matcher(marks).find() || SUBTITLE.matcher(marks).find())
                    && child.text().length() < copy.text().length() / 2) {
                child.remove();
                kicker = true;
            }
        }
        return kicker ? copy.text() : h.text();
    }

    /** A title as compared: lower case, without punctuation and symbols, single spaces. */
    static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}]+", " ").replaceAll("\\s+", " ").strip();
    }

    /** A name as compared with a host: letters and digits only, umlauts spelt out, no accents. */
    static String compact(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return t.replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
