package dev.dateline.app.report;

import dev.dateline.app.AnalyzedArticle;
import dev.dateline.app.Analysis;
import dev.dateline.model.ArticleMetadata;
import dev.dateline.model.CleanArticle;
import dev.dateline.model.Problem;
import dev.dateline.model.Span;
import java.io.IOException;
import dev.dateline.merge.EventMerger;
import dev.dateline.merge.Framing;
import dev.dateline.merge.Ledger;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.List;

/** Writes an analysis as {@code story.md}: the events, the claims ledger with charts, then the articles with their metadata and cleaned text. */
public final class StoryMarkdown {

    private StoryMarkdown() {
    }

    /** Writes {@code analysis} to {@code out}. */
    public static void write(Analysis analysis, Writer out) throws IOException {
        out.write("# Dateline story report\n\n");
        out.write(analysis.articles().size() + " articles");
        if (!analysis.problems().isEmpty()) {
            out.write(", " + analysis.errors().size() + " inputs failed, "
                    + (analysis.problems().size() - analysis.errors().size()) + " warnings");
        }
        out.write(".\n\n| # | id | published | outlet | title | agencies | sentences |\n|---|---|---|---|---|---|---|\n");
        int n = 1;
        for (AnalyzedArticle a : analysis.articles()) {
            ArticleMetadata m = a.article().metadata();
            out.write("| " + n++ + " | `" + a.article().id() + "` | " + Text.published(m.published()) + " | "
                    + Text.markdown(m.outlet().orElse("-")) + " | " + Text.markdown(m.title().orElse("(untitled)"))
                    + " | " + Text.agencies(m) + " | " + a.sentences().size() + " |\n");
        }
        List<String[]> events = Text.eventRows(analysis.articles());
        out.write("\n## Events\n\n");
        if (events.isEmpty()) {
            out.write("No events coded.\n");
        } else {
            out.write("One row per mention; an event that is not `asserted` is not reported as having happened.\n\n"
                    + "| when | source | action | target | modality | confidence | article | evidence |\n"
                    + "|---|---|---|---|---|---|---|---|\n");
            rows(out, events);
        }
        Text.abstained(analysis).ifPresent(note -> write(out, "\n" + note + "\n"));
        timeline(analysis, out);
        ledger(analysis, out);
        framing(analysis, out);
        out.write("\n## Articles\n");
        n = 1;
        for (AnalyzedArticle analyzed : analysis.articles()) {
            CleanArticle a = analyzed.article();
            ArticleMetadata m = a.metadata();
            out.write("\n### " + n++ + ". " + Text.markdown(m.title().orElse("(untitled)")) + "\n\n");
            out.write("- id: `" + a.id() + "`\n");
            out.write("- source: " + Text.markdown(String.join(", ", analyzed.sources())) + "\n");
            out.write("- outlet: " + Text.markdown(m.outlet().orElse("unknown")) + "\n");
            m.byline().ifPresent(b -> write(out, "- byline: " + Text.markdown(b) + "\n"));
            out.write("- agencies credited: " + Text.agencies(m) + "\n");
            m.dateline().ifPresent(d -> write(out, "- dateline: " + Text.markdown(d) + "\n"));
            m.url().ifPresent(u -> write(out, "- url: <" + u.replace(">", "%3E") + ">\n"));
            out.write("- published: " + Text.published(m.published()) + "\n");
            out.write("- language: " + m.language() + "; " + analyzed.sentences().size() + " sentences, "
                    + analyzed.tokenCount() + " tokens\n");
            out.write("- time expressions: " + Text.markdown(Text.timexes(analyzed.timexes())) + "\n\n");
            for (Span p : a.paragraphs()) {
                out.write("> " + Text.markdown(p.in(a.text())) + "\n>\n");
            }
        }
        if (!analysis.problems().isEmpty()) {
            out.write("\n## Problems\n\n");
            for (Problem p : analysis.problems()) {
                out.write("- " + Text.markdown(p.message()) + "\n");
            }
        }
    }

    private static void timeline(Analysis analysis, Writer out) throws IOException {
        out.write("\n## Timeline\n\nEach story's events, mentions of one happening merged across articles, in date order; "
                + "sources/articles counts independent sources (reprints of one wire story are one); ★ marks the three "
                + "most important.\n");
        Map<String, Integer> numbers = Text.articleNumbers(analysis.articles());
        for (Map.Entry<String, List<EventMerger.Merged>> story : analysis.events().entrySet()) {
            out.write("\n### Story `" + story.getKey() + "`\n\n| date | sources/articles | | modality | event | articles |\n"
                    + "|---|---|---|---|---|---|\n");
            rows(out, Text.timelineRows(story.getValue(), numbers));
        }
    }

    private static void ledger(Analysis analysis, Writer out) throws IOException {
        out.write("\n## Claims ledger\n\n");
        if (analysis.ledgers().isEmpty()) {
            out.write("No figures claimed.\n");
            return;
        }
        out.write("Each figure, by what it counts, in the order of the dates it is claimed for. A figure withheld is"
                + " `not disclosed`, never zero.\n");
        Map<String, Integer> numbers = Text.articleNumbers(analysis.articles());
        int charts = 0;
        for (Map.Entry<String, List<Ledger.Line>> story : analysis.ledgers().entrySet()) {
            for (Ledger.Line line : story.getValue()) {
                String chart = "chart" + ++charts;
                out.write("\n### " + Text.markdown(line.title()) + (line.contested() ? " (contested)" : "") + "\n\n");
                out.write("Story `" + story.getKey() + "`. ");
                out.write(Text.markdown(Text.estimate(line)) + ".\n\n");
                out.write("| as of | figure | claimant | article | claim | relation | words |\n|---|---|---|---|---|---|---|\n");
                rows(out, Text.ledgerRows(line, numbers));
                Optional<String> svg = line.contested() ? LedgerChart.svg(line, chart) : Optional.empty();
                if (svg.isPresent()) {
                    out.write("\n![" + Text.markdown(line.title()) + " over time](data:image/svg+xml;base64,"
                            + Base64.getEncoder().encodeToString(svg.get().getBytes(StandardCharsets.UTF_8)) + ")\n");
                }
            }
        }
    }

    private static void framing(Analysis analysis, Writer out) throws IOException {
        out.write("\n## Framing\n\n");
        if (analysis.framing().isEmpty()) {
            out.write("No framing words found.\n");
            return;
        }
        out.write(Text.FRAMING_INTRO + "\n");
        Map<String, Integer> numbers = Text.articleNumbers(analysis.articles());
        for (Map.Entry<String, List<Framing.Group>> story : analysis.framing().entrySet()) {
            for (Framing.Group g : story.getValue()) {
                out.write("\n### " + Text.markdown(Text.framingTitle(g)) + "\n\nStory `" + story.getKey() + "`.\n\n"
                        + "| word | tone | outlets | uses | first use |\n|---|---|---|---|---|\n");
                rows(out, Text.framingRows(g, analysis.articles(), numbers));
            }
        }
    }

    private static void rows(Writer out, List<String[]> rows) throws IOException {
        for (String[] row : rows) {
            out.write("|");
            for (String cell : row) {
                out.write(" " + Text.markdown(cell) + " |");
            }
            out.write("\n");
        }
    }

    private static void write(Writer out, String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
