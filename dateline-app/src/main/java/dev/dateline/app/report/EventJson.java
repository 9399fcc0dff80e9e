package dev.dateline.app.report;

import com.fasterxml.jackson.core.JsonGenerator;
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
     * Writes {@code e} as an object: {@code cameo}, {@code plover} {type, mode}, {@code source},
     * {@code target}, {@code modality}; with {@code full}, also the act, Goldstein weight,
     * QuadClass, claimant, time, place, evidence offsets and the rule that coded it.
     */
    public static void write(JsonGenerator g, Event e, boolean full) throws IOException {
        write(g, Optional.empty(), e, full);
    }

    /** Writes {@code e} of article {@code articleId} in full, as story.json lists events. */
    public static void write(JsonGenerator g, String articleId, Event e) throws IOException {
        write(g, Optional.of(articleId), e, true);
    }

    private static void write(JsonGenerator g, Optional<String> articleId, Event e, boolean full) throws IOException {
        g.writeStartObject();
        if (articleId.isPresent()) {
            g.writeStringField("article", articleId.get());
        }
        g.writeStringField("cameo", e.cameo().code());
        g.writeStringField("label", e.cameo().label());
        g.writeObjectFieldStart("plover");
        nullable(g, "type", e.cameo().plover());
        nullable(g, "mode", e.cameo().mode());
        g.writeEndObject();
        actors(g, "source", e.source(), full);
        actors(g, "target", e.target(), full);
        g.writeStringField("modality", e.modality().label());
        if (full) {
            act(g, e.act());
            g.writeNumberField("goldstein", e.cameo().goldstein());
            g.writeNumberField("quadClass", e.cameo().quadClass());
            if (e.claimant().isPresent()) {
                g.writeFieldName("claimant");
                actor(g, e.claimant().get(), true);
            } else {
                g.writeNullField("claimant");
            }
            g.writeObjectFieldStart("time");
            nullable(g, "value", e.time().value());
            g.writeStringField("basis", e.time().basis());
            if (e.time().span().isPresent()) {
                span(g, e.time().span().get());
            }
            g.writeEndObject();
            if (e.place().isPresent()) {
                g.writeObjectFieldStart("place");
                g.writeStringField("text", e.place().get());
                span(g, e.placeSpan().get());
                g.writeEndObject();
            } else {
                g.writeNullField("place");
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
        } else {
            g.writeStringField("trigger", e.triggerText());
        }
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
