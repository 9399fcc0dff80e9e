package dev.dateline.app.report;

import dev.dateline.app.AnalyzedArticle;
import dev.dateline.app.Analysis;
import dev.dateline.merge.EventMerger;
import dev.dateline.merge.Framing;
import dev.dateline.merge.Ledger;
import dev.dateline.model.ArticleMetadata;
import dev.dateline.model.CleanArticle;
import dev.dateline.model.Problem;
import dev.dateline.model.Span;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes an analysis as a self-contained {@code story.html}: styles inline, no scripts, no
 * external requests; every piece of article text is escaped.
 */
public final class StoryHtml {

    private static final String STYLE = """
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d232a;background:#f6f7f9;overflow-wrap:anywhere}
            main{max-width:60rem;margin:0 auto;padding:1.5rem}
            h1{font-size:1.6rem;margin:.2rem 0 1rem}h2{font-size:1.25rem;margin:2rem 0 .6rem}
            table{border-collapse:collapse;width:100%;background:#fff;font-size:.9rem}
            th,td{border:1px solid #d8dde3;padding:.35rem .5rem;text-align:left;vertical-align:top;word-break:break-word}
            th{background:#eef1f4}code{font-size:.85em}
            article{background:#fff;border:1px solid #d8dde3;border-radius:6px;padding:1rem 1.2rem;margin:1rem 0}
            article h3{margin:.1rem 0 .5rem;font-size:1.1rem}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;font-size:.88rem;margin:0 0 .8rem}
            dt{color:#5b6570}dd{margin:0}
            figure.chart{margin:.6rem 0;background:#fff;border:1px solid #d8dde3}figure.chart svg{max-width:100%;height:auto}
            details p{margin:.4rem 0}.problems li{margin:.2rem 0}.warning{color:#8a5a00}.error{color:#a4161a}
            h3.differs{color:#8a5a00}
            """;

    /**
     * The page may load nothing and run nothing: no scripts, no requests, no forms; only its own
     * inline styles (the charts' SVG uses style attributes) and inline images.
     */
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
            + " form-action 'none'";

    private StoryHtml() {
    }

    /** Writes {@code analysis} to {@code out}. */
    public static void write(Analysis analysis, Writer out) throws IOException {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(POLICY).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Dateline story report</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>Dateline story report</h1>\n<p>").append(analysis.articles().size()).append(" articles");
        if (!analysis.problems().isEmpty()) {
            h.append(", ").append(analysis.errors().size()).append(" inputs failed, ")
                    .append(analysis.problems().size() - analysis.errors().size()).append(" warnings");
        }
        h.append(".</p>\n<table>\n<thead><tr><th>#</th><th>published</th><th>outlet</th><th>title</th><th>agencies</th>"
                + "<th>sentences</th></tr></thead>\n<tbody>\n");
        int n = 1;
        for (AnalyzedArticle a : analysis.articles()) {
            ArticleMetadata m = a.article().metadata();
            h.append("<tr><td><a href=\"#a-").append(a.article().id()).append("\">").append(n++).append("</a></td><td>")
                    .append(Text.html(Text.published(m.published()))).append("</td><td>")
                    .append(Text.html(m.outlet().orElse("-"))).append("</td><td>")
                    .append(Text.html(m.title().orElse("(untitled)"))).append("</td><td>")
                    .append(Text.html(Text.agencies(m))).append("</td><td>").append(a.sentences().size())
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n<h2>Events</h2>\n");
        List<String[]> events = Text.eventRows(analysis.articles());
        if (events.isEmpty()) {
            h.append("<p>No events coded.</p>\n");
        } else {
            h.append("<p>One row per mention; an event that is not <em>asserted</em> is not reported as having happened.</p>\n")
                    .append("<table class=\"events\">\n<thead><tr><th>when</th><th>source</th><th>action</th><th>target</th>"
                            + "<th>modality</th><th>confidence</th><th>article</th><th>evidence</th></tr></thead>\n<tbody>\n");
            for (String[] row : events) {
                h.append("<tr>");
                for (int i = 0; i < row.length; i++) {
                    String cell = Text.html(row[i]);
                    h.append("<td>").append(i == 6 ? "<a href=\"#a-" + articleId(analysis, row[i]) + "\">" + cell + "</a>" : cell)
                            .append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        Text.abstained(analysis).ifPresent(note -> h.append("<p>").append(Text.html(note)).append("</p>\n"));
        timeline(h, analysis);
        ledger(h, analysis);
        framing(h, analysis);
        h.append("<h2>Articles</h2>\n");
        for (AnalyzedArticle analyzed : analysis.articles()) {
            article(h, analyzed);
        }
        if (!analysis.problems().isEmpty()) {
            h.append("<h2>Problems</h2>\n<ul class=\"problems\">\n");
            for (Problem p : analysis.problems()) {
                h.append("<li class=\"").append(p.severity() == Problem.Severity.ERROR ? "error" : "warning").append("\">")
                        .append(Text.html(p.message())).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</main>\n</body>\n</html>\n");
        out.write(h.toString());
    }

    private static void article(StringBuilder h, AnalyzedArticle analyzed) {
        CleanArticle a = analyzed.article();
        ArticleMetadata m = a.metadata();
        h.append("<article id=\"a-").append(a.id()).append("\">\n<h3>").append(Text.html(m.title().orElse("(untitled)")))
                .append("</h3>\n<dl>\n");
        row(h, "id", a.id().value());
        row(h, "source", String.join(", ", analyzed.sources()));
        row(h, "outlet", m.outlet().orElse("unknown"));
        m.byline().ifPresent(b -> row(h, "byline", b));
        row(h, "agencies credited", Text.agencies(m));
        m.dateline().ifPresent(d -> row(h, "dateline", d));
        m.url().ifPresent(u -> row(h, "url", u));
        row(h, "published", Text.published(m.published()));
        row(h, "language", m.language());
        row(h, "sentences", analyzed.sentences().size() + " (" + analyzed.tokenCount() + " tokens)");
        row(h, "time expressions", Text.timexes(analyzed.timexes()));
        h.append("</dl>\n<details open>\n<summary>cleaned text</summary>\n");
        for (Span p : a.paragraphs()) {
            h.append("<p>").append(Text.html(p.in(a.text()))).append("</p>\n");
        }
        h.append("</details>\n</article>\n");
    }

    private static void timeline(StringBuilder h, Analysis analysis) {
        h.append("<h2>Timeline</h2>\n<p>Each story's events, mentions of one happening merged across articles, in date order; "
                + "sources/articles counts independent sources (reprints of one wire story are one); ★ marks the three most "
                + "important.</p>\n");
        Map<String, Integer> numbers = Text.articleNumbers(analysis.articles());
        for (Map.Entry<String, List<EventMerger.Merged>> story : analysis.events().entrySet()) {
            h.append("<h3>Story <code>").append(story.getKey()).append("</code></h3>\n<table class=\"timeline\">\n")
                    .append("<thead><tr><th>date</th><th>sources/articles</th><th></th><th>modality</th><th>event</th>")
                    .append("<th>articles</th></tr></thead>\n<tbody>\n");
            rows(h, Text.timelineRows(story.getValue(), numbers));
            h.append("</tbody>\n</table>\n");
        }
    }

    private static void ledger(StringBuilder h, Analysis analysis) {
        h.append("<h2>Claims ledger</h2>\n");
        if (analysis.ledgers().isEmpty()) {
            h.append("<p>No figures claimed.</p>\n");
            return;
        }
        h.append("<p>Each figure, by what it counts, in the order of the dates it is claimed for. A figure withheld is "
                + "<em>not disclosed</em>, never zero.</p>\n");
        Map<String, Integer> numbers = Text.articleNumbers(analysis.articles());
        int charts = 0;
        for (Map.Entry<String, List<Ledger.Line>> story : analysis.ledgers().entrySet()) {
            for (Ledger.Line line : story.getValue()) {
                String chart = "chart" + ++charts;
                h.append("<h3>").append(Text.html(line.title())).append(line.contested() ? " (contested)" : "")
                        .append("</h3>\n<p>Story <code>").append(story.getKey()).append("</code>. ")
                        .append(Text.html(Text.estimate(line))).append(".</p>\n");
                if (line.contested()) {
                    LedgerChart.svg(line, chart).ifPresent(svg -> h.append("<figure class=\"chart\">").append(svg).append("</figure>\n"));
                }
                h.append("<table class=\"ledger\">\n<thead><tr><th>as of</th><th>figure</th><th>claimant</th><th>article</th>"
                        + "<th>claim</th><th>relation</th><th>words</th></tr></thead>\n<tbody>\n");
                rows(h, Text.ledgerRows(line, numbers));
                h.append("</tbody>\n</table>\n");
            }
        }
    }

    private static void framing(StringBuilder h, Analysis analysis) {
        h.append("<h2>Framing</h2>\n");
        if (analysis.framing().isEmpty()) {
            h.append("<p>No framing words found.</p>\n");
            return;
        }
        h.append("<p>").append(Text.html(Text.FRAMING_INTRO)).append("</p>\n");
        Map<String, Integer> numbers = Text.articleNumbers(analysis.articles());
        for (Map.Entry<String, List<Framing.Group>> story : analysis.framing().entrySet()) {
            for (Framing.Group g : story.getValue()) {
                h.append("<h3").append(g.differs() ? " class=\"differs\"" : "").append(">").append(Text.html(Text.framingTitle(g)))
                        .append("</h3>\n<p>Story <code>").append(story.getKey()).append("</code>.</p>\n")
                        .append("<table class=\"framing\">\n<thead><tr><th>word</th><th>tone</th><th>outlets</th><th>uses</th>")
                        .append("<th>first use</th></tr></thead>\n<tbody>\n");
                rows(h, Text.framingRows(g, analysis.articles(), numbers));
                h.append("</tbody>\n</table>\n");
            }
        }
    }

    private static void rows(StringBuilder h, List<String[]> rows) {
        for (String[] row : rows) {
            h.append("<tr>");
            for (String cell : row) {
                h.append("<td>").append(Text.html(cell)).append("</td>");
            }
            h.append("</tr>\n");
        }
    }

    private static String articleId(Analysis analysis, String number) {
        return analysis.articles().get(Integer.parseInt(number) - 1).article().id().value();
    }

    private static void row(StringBuilder h, String name, String value) {
        h.append("<dt>").append(Text.html(name)).append("</dt><dd>").append(Text.html(value)).append("</dd>\n");
    }
}
