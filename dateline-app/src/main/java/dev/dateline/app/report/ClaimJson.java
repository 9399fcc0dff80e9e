package dev.dateline.app.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.dateline.app.Analysis;
import dev.dateline.events.ActorMention;
import dev.dateline.events.Claim;
import dev.dateline.merge.Ledger;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** The claims of an analysis and their ledger, as story.json and the reports show them. */
public final class ClaimJson {

    private ClaimJson() {
    }

    /**
     * Writes the {@code claims} list of story.json (the {@code dateline/1} contract: id, measure,
     * value, subject, claimant, asOf, period, mentions, relations) and the {@code ledger} list,
     * one ledger per story.
     */
    public static void write(JsonGenerator g, Analysis analysis) throws IOException {
        List<Ledger.Entry> entries = analysis.claims();
        Map<String, List<Ledger.Line>> ledgers = analysis.ledgers();
        Map<String, List<Ledger.Link>> linksFrom = new HashMap<>();
        for (List<Ledger.Line> lines : ledgers.values()) {
            for (Ledger.Line line : lines) {
                for (Ledger.Link l : line.links()) {
                    linksFrom.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l);
                }
            }
        }
        g.writeArrayFieldStart("claims");
        for (Ledger.Entry e : entries) {
            Claim c = e.claim();
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("article", e.article());
            g.writeStringField("measure", c.measure().label());
            g.writeBooleanField("disclosed", c.disclosed());
            g.writeStringField("disclosure", c.disclosure().label());
            g.writeObjectFieldStart("value");
            bound(g, "low", c.low());
            bound(g, "high", c.high());
            g.writeStringField("text", c.text());
            g.writeEndObject();
            g.writeObjectFieldStart("subject");
            nullable(g, "code", c.subjectCode().orElse(null));
            g.writeStringField("category", c.category().label());
            nullable(g, "place", c.place().orElse(null));
            nullable(g, "text", c.subject().map(ActorMention::text).orElse(null));
            g.writeEndObject();
            if (c.claimant().isPresent()) {
                g.writeObjectFieldStart("claimant");
                nullable(g, "code", c.claimant().get().code().map(Object::toString).orElse(null));
                g.writeStringField("text", c.claimant().get().text());
                g.writeEndObject();
            } else {
                g.writeNullField("claimant");
            }
            g.writeObjectFieldStart("asOf");
            nullable(g, "value", c.asOf().orElse(null));
            nullable(g, "earliest", c.asOf().orElse(null));
            nullable(g, "latest", c.asOf().orElse(null));
            g.writeStringField("basis", c.asOfBasis());
            g.writeEndObject();
            g.writeObjectFieldStart("period");
            nullable(g, "earliest", c.since().orElse(null));
            nullable(g, "latest", c.since().isPresent() ? c.asOf().orElse(null) : null);
            g.writeEndObject();
            g.writeArrayFieldStart("mentions");
            g.writeStartObject();
            g.writeStringField("article", e.article());
            g.writeNumberField("start", c.span().start());
            g.writeNumberField("end", c.span().end());
            g.writeNumberField("sentenceStart", c.sentenceSpan().start());
            g.writeNumberField("sentenceEnd", c.sentenceSpan().end());
            g.writeEndObject();
            g.writeEndArray();
            g.writeArrayFieldStart("relations");
            for (Ledger.Link l : linksFrom.getOrDefault(e.id(), List.of())) {
                g.writeStartObject();
                g.writeStringField("type", l.relation().label());
                g.writeStringField("claim", l.to());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("rule", c.rule());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("ledger");
        for (Map.Entry<String, List<Ledger.Line>> story : ledgers.entrySet()) {
            for (Ledger.Line line : story.getValue()) {
                g.writeStartObject();
                g.writeStringField("story", story.getKey());
                g.writeStringField("measure", line.measure().label());
                nullable(g, "subject", line.subject().orElse(null));
                g.writeStringField("category", line.category().label());
                nullable(g, "place", line.place().orElse(null));
                g.writeBooleanField("contested", line.contested());
                g.writeArrayFieldStart("claims");
                for (Ledger.Entry e : line.entries()) {
                    g.writeString(e.id());
                }
                g.writeEndArray();
                g.writeObjectFieldStart("estimate");
                bound(g, "value", line.estimate().value());
                bound(g, "low", line.estimate().low());
                bound(g, "high", line.estimate().high());
                g.writeNumberField("claimants", line.estimate().claimants());
                g.writeArrayFieldStart("zeroStatedBy");
                for (String z : line.estimate().zeros()) {
                    g.writeString(z);
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static void bound(JsonGenerator g, String field, OptionalLong v) throws IOException {
        if (v.isPresent()) {
            g.writeNumberField(field, v.getAsLong());
        } else {
            g.writeNullField(field);
        }
    }

    private static void nullable(JsonGenerator g, String field, String v) throws IOException {
        if (v == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, v);
        }
    }
}
