package dev.dateline.app.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.dateline.app.AnalyzedArticle;
import dev.dateline.events.ActorMention;
import dev.dateline.events.CameoCode;
import dev.dateline.events.Event;
import dev.dateline.model.Span;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Writes events as JSON: the compact form of {@code dateline code} and the full form of story.json. */
public final class EventJson {

    private EventJson() {
    }

    /**
     * Writes {@code e} in the compact form of {@code dateline code}: {@code cameo}, {@code label},
     * {@code plover} {type, mode}, {@code source}, {@code target} ({code, text}), {@code modality},
     * {@code trigger}; with {@code full}, every field of story.json's events but those that need
     * the article (id, mentions).
     */
    public static void write(JsonGenerator g, Event e, boolean full) throws IOException {
        g.writeStartObject();
        core(g, e, full);
        if (full) {
            details(g, e);
        } else {
            g.writeStringField("trigger", e.triggerText());
        }
        g.writeEndObject();
    }

    /**
     * Writes event {@code e}, the {@code n}th of article {@code a}, as story.json lists events
     * (the {@code dateline/1} contract: id, date, cameo, plover, goldstein, quadClass, source,
     * target, location, modality, claimedBy, summary, mentions, numArticles, numSources), with
     * the act, the evidence offsets and the rule besides.
     */
    public static void write(JsonGenerator g, AnalyzedArticle a, int n, Event e) throws IOException {
        String articleId = a.article().id().value();
        g.writeStartObject();
        g.writeStringField("id", articleId + "-e" + n);
        g.writeStringField("article", articleId);
        core(g, e, true);
        details(g, e);
        g.writeStringField("summary", e.summary());
        g.writeArrayFieldStart("mentions");
        g.writeStartObject();
        g.writeStringField("article", articleId);
        span(g, e.sentenceSpan());
        g.writeStringField("sentence", Text.evidence(a, e));
        g.writeStringField("trigger", e.triggerText());
        g.writeNumberField("triggerStart", e.trigger().start());
        g.writeNumberField("triggerEnd", e.trigger().end());
        g.writeEndObject();
        g.writeEndArray();
        // One mention per event until events are merged across articles.
        g.writeNumberField("numArticles", 1);
        g.writeNumberField("numSources", 1);
        g.writeEndObject();
    }

    private static void core(JsonGenerator g, Event e, boolean full) throws IOException {
        g.writeStringField("cameo", e.cameo().code());
        g.writeStringField("label", e.cameo().label());
        g.writeObjectFieldStart("plover");
        nullable(g, "type", e.cameo().plover());
        nullable(g, "mode", e.cameo().mode());
        g.writeEndObject();
        actors(g, "source", e.source(), full);
        actors(g, "target", e.target(), full);
        g.writeStringField("modality", e.modality().label());
    }

    private static void details(JsonGenerator g, Event e) throws IOException {
        act(g, e.act());
        g.writeNumberField("goldstein", e.cameo().goldstein());
        g.writeNumberField("quadClass", e.cameo().quadClass());
        g.writeArrayFieldStart("claimedBy");
        if (e.claimant().isPresent()) {
            actor(g, e.claimant().get(), true);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("date");
        nullable(g, "value", e.time().value());
        g.writeStringField("basis", e.time().basis());
        if (e.time().span().isPresent()) {
            span(g, e.time().span().get());
        }
        g.writeEndObject();
        if (e.place().isPresent()) {
            g.writeObjectFieldStart("location");
            g.writeStringField("name", e.place().get());
            nullable(g, "country", e.placeCountry());
            span(g, e.placeSpan().get());
            g.writeEndObject();
        } else {
            g.writeNullField("location");
        }
        g.writeObjectFieldStart("evidence");
        g.writeNumberField("sentence", e.sentence());
        g.writeNumberField("sentenceStart", e.sentenceSpan().start());
        g.writeNumberField("sentenceEnd", e.sentenceSpan().end());
        g.writeStringField("trigger", e.triggerText());
        g.writeNumberField("triggerStart", e.trigger().start());
        g.writeNumberField("triggerEnd", e.trigger().end());
        g.writeStringField("rule", e.rule());
        g.writeEndObject();
    }

    private static void act(JsonGenerator g, CameoCode act) throws IOException {
        g.writeObjectFieldStart("act");
        g.writeStringField("cameo", act.code());
        g.writeStringField("label", act.label());
        g.writeEndObject();
    }

    private static void actors(JsonGenerator g, String field, List<ActorMention> actors, boolean full) throws IOException {
        g.writeArrayFieldStart(field);
        for (ActorMention a : actors) {
            actor(g, a, full);
        }
        g.writeEndArray();
    }

    private static void actor(JsonGenerator g, ActorMention a, boolean full) throws IOException {
        g.writeStartObject();
        nullable(g, "code", a.code().map(Object::toString));
        g.writeStringField("text", a.text());
        if (full) {
            nullable(g, "name", a.name());
            span(g, a.span());
            g.writeArrayFieldStart("why");
            for (String reason : a.reasons()) {
                g.writeString(reason);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void span(JsonGenerator g, Span s) throws IOException {
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
    }

    private static void nullable(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        } else {
            g.writeNullField(field);
        }
    }
}
