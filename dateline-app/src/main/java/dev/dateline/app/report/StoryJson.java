package dev.dateline.app.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.dateline.app.Analysis;
import dev.dateline.app.AnalyzedArticle;
import dev.dateline.events.Event;
import dev.dateline.merge.EventMerger;
import dev.dateline.merge.Framing;
import dev.dateline.merge.Reuse;
import dev.dateline.model.ArticleMetadata;
import dev.dateline.model.CleanArticle;
import dev.dateline.model.Problem;
import dev.dateline.model.PublicationDate;
import dev.dateline.model.Span;
import dev.dateline.model.Timex;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an analysis as {@code story.json} in the {@code dateline/1} contract. Field names are
 * fixed; fields may be added, never renamed. Output is deterministic: the same input gives the
 * same bytes.
 */
public final class StoryJson {

    /** The schema identifier written in every file. */
    public static final String SCHEMA = "dateline/1";

    private StoryJson() {
    }

    /** Writes {@code analysis} to {@code out}, produced by Dateline {@code version}. */
    public static void write(Analysis analysis, String version, Writer out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeObjectFieldStart("generator");
            g.writeStringField("name", "dateline");
            g.writeStringField("version", version);
            g.writeEndObject();
            g.writeArrayFieldStart("articles");
            for (AnalyzedArticle a : analysis.articles()) {
                article(g, a);
            }
            g.writeEndArray();
            Map<String, List<EventMerger.Merged>> events = analysis.events();
            g.writeArrayFieldStart("events");
            for (Map.Entry<String, List<EventMerger.Merged>> story : events.entrySet()) {
                for (EventMerger.Merged m : story.getValue()) {
                    EventJson.write(g, analysis, story.getKey(), m);
                }
            }
            g.writeEndArray();
            // Events coded with too little confidence to report: kept, with their doubts, for review.
            g.writeArrayFieldStart("abstained");
            for (AnalyzedArticle a : analysis.articles()) {
                for (Event e : a.coding().abstained()) {
                    EventJson.write(g, a.article().id().value(), Text.evidence(a, e), e);
                }
            }
            g.writeEndArray();
            ClaimJson.write(g, analysis);
            framing(g, analysis);
            g.writeArrayFieldStart("stories");
            for (Map.Entry<String, List<AnalyzedArticle>> story : analysis.byStory().entrySet()) {
                g.writeStartObject();
                g.writeStringField("id", story.getKey());
                optional(g, "title", story.getValue().get(0).article().metadata().title());
                g.writeNumberField("numArticles", story.getValue().size());
                g.writeNumberField("numSources", (int) story.getValue().stream().map(analysis::sourceOf).distinct().count());
                g.writeArrayFieldStart("articles");
                for (AnalyzedArticle a : story.getValue()) {
                    g.writeString(a.article().id().value());
                }
                g.writeEndArray();
                g.writeArrayFieldStart("events");
                for (EventMerger.Merged m : events.getOrDefault(story.getKey(), List.of())) {
                    g.writeString(m.id());
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("reuse");
            for (Reuse.Passage p : analysis.reuse().passages()) {
                g.writeStartObject();
                g.writeArrayFieldStart("articles");
                g.writeString(p.first());
                g.writeString(p.second());
                g.writeEndArray();
                g.writeArrayFieldStart("spans");
                for (Span s : List.of(p.firstSpans(), p.secondSpans())) {
                    g.writeStartArray();
                    g.writeNumber(s.start());
                    g.writeNumber(s.end());
                    g.writeEndArray();
                }
                g.writeEndArray();
                g.writeStringField("original", p.original());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("problems");
            for (Problem p : analysis.problems()) {
                g.writeStartObject();
                g.writeStringField("source", p.source());
                if (p.line().isPresent()) {
                    g.writeNumberField("line", p.line().getAsInt());
                }
                g.writeStringField("severity", p.severity().name().toLowerCase(Locale.ROOT));
                g.writeStringField("reason", p.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** Each story's framing groups: what they refer to, the words, their outlets and every use. */
    private static void framing(JsonGenerator g, Analysis analysis) throws IOException {
        g.writeArrayFieldStart("framing");
        for (Map.Entry<String, List<Framing.Group>> story : analysis.framing().entrySet()) {
            for (Framing.Group group : story.getValue()) {
                g.writeStartObject();
                g.writeStringField("story", story.getKey());
                g.writeStringField("kind", group.kind().label());
                optional(g, "code", group.code());
                g.writeStringField("referent", group.referent());
                g.writeBooleanField("outletsDiffer", group.differs());
                g.writeArrayFieldStart("terms");
                for (Framing.Use u : group.uses()) {
                    g.writeStartObject();
                    g.writeStringField("term", u.term());
                    g.writeStringField("tone", u.tone());
                    g.writeStringField("family", u.family());
                    g.writeArrayFieldStart("outlets");
                    for (String o : u.outlets()) {
                        g.writeString(o);
                    }
                    g.writeEndArray();
                    g.writeArrayFieldStart("mentions");
                    for (Framing.Mention m : u.mentions()) {
                        g.writeStartObject();
                        g.writeStringField("article", m.article());
                        g.writeNumberField("start", m.span().start());
                        g.writeNumberField("end", m.span().end());
                        g.writeNumberField("sentenceStart", m.sentenceSpan().start());
                        g.writeNumberField("sentenceEnd", m.sentenceSpan().end());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static void article(JsonGenerator g, AnalyzedArticle analyzed) throws IOException {
        CleanArticle a = analyzed.article();
        ArticleMetadata m = a.metadata();
        g.writeStartObject();
        g.writeStringField("id", a.id().value());
        g.writeStringField("source", a.source());
        if (a.sourceLine().isPresent()) {
            g.writeNumberField("sourceLine", a.sourceLine().getAsInt());
        }
        g.writeArrayFieldStart("sources");
        for (String s : analyzed.sources()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeStringField("format", a.format().id());
        optional(g, "title", m.title());
        optional(g, "outlet", m.outlet());
        optional(g, "byline", m.byline());
        g.writeArrayFieldStart("agencies");
        for (String agency : m.agencies()) {
            g.writeString(agency);
        }
        g.writeEndArray();
        optional(g, "dateline", m.dateline());
        optional(g, "url", m.url());
        g.writeStringField("language", m.language());
        published(g, m.published());
        g.writeArrayFieldStart("timexes");
        for (Timex t : analyzed.timexes()) {
            g.writeStartObject();
            g.writeNumberField("start", t.span().start());
            g.writeNumberField("end", t.span().end());
            g.writeStringField("text", t.text());
            g.writeStringField("type", t.type().name());
            g.writeStringField("value", t.value().value());
            if (t.mod().isPresent()) {
                g.writeStringField("mod", t.mod().get().name());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("sentenceCount", analyzed.sentences().size());
        g.writeNumberField("tokenCount", analyzed.tokenCount());
        g.writeArrayFieldStart("sentences");
        for (Span s : analyzed.sentences()) {
            g.writeStartObject();
            g.writeNumberField("start", s.start());
            g.writeNumberField("end", s.end());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("paragraphs");
        for (Span p : a.paragraphs()) {
            Span original = a.toOriginal(p);
            g.writeStartObject();
            g.writeNumberField("start", original.start());
            g.writeNumberField("end", original.end());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("cleanText", a.text());
        g.writeEndObject();
    }

    private static void published(JsonGenerator g, PublicationDate p) throws IOException {
        g.writeObjectFieldStart("published");
        date(g, "date", p.date());
        date(g, "earliest", p.earliest());
        date(g, "latest", p.latest());
        g.writeStringField("basis", p.basis().id());
        g.writeNumberField("confidence", p.confidence());
        g.writeArrayFieldStart("evidence");
        for (String e : p.evidence()) {
            g.writeString(e);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void date(JsonGenerator g, String field, Optional<LocalDate> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get().toString());
        } else {
            g.writeNullField(field);
        }
    }

    private static void optional(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        } else {
            g.writeNullField(field);
        }
    }
}
