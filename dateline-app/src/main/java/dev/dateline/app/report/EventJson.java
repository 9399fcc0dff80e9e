package dev.dateline.app.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.dateline.app.Analysis;
import dev.dateline.events.ActorMention;
import dev.dateline.events.CameoCode;
import dev.dateline.events.Event;
import dev.dateline.merge.EventMerger;
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
            g.writeObjectFieldStart("date");
            nullable(g, "value", e.time().value());
            g.writeStringField("basis", e.time().basis());
            if (e.time().span().isPresent()) {
                span(g, e.time().span().get());
            }
            g.writeEndObject();
            g.writeStringField("summary", e.summary());
        } else {
            g.writeStringField("trigger", e.triggerText());
        }
        g.writeEndObject();
    }

    /** Writes event {@code e} of article {@code article}, whose sentence reads {@code sentence}, with every field. */
    public static void write(JsonGenerator g, String article, String sentence, Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("article", article);
        g.writeStringField("sentence", sentence);
        core(g, e, true);
        details(g, e);
        g.writeObjectFieldStart("date");
        nullable(g, "value", e.time().value());
        g.writeStringField("basis", e.time().basis());
        g.writeEndObject();
        g.writeStringField("summary", e.summary());
        g.writeEndObject();
    }

    /**
     * Writes merged event {@code m} as story.json lists events (the {@code dateline/1} contract:
     * id, date, cameo, plover, goldstein, quadClass, source, target, location, modality, claimedBy,
     * summary, mentions, numArticles, numSources): the latest mention stands for it, every mention
     * is listed with its own code, modality and date, and values the mentions disagree on are kept.
     */
    public static void write(JsonGenerator g, Analysis analysis, String story, EventMerger.Merged m) throws IOException {
        Event e = m.representative().event();
        g.writeStartObject();
        g.writeStringField("id", m.id());
        g.writeStringField("story", story);
        g.writeStringField("article", m.representative().article());
        core(g, e, true);
        details(g, e);
        g.writeObjectFieldStart("date");
        nullable(g, "value", m.date());
        g.writeStringField("basis", m.mentions().stream().anyMatch(x -> x.event().time().basis().equals("sentence"))
                ? "sentence" : e.time().basis());
        g.writeEndObject();
        g.writeStringField("summary", e.summary());
        g.writeArrayFieldStart("mentions");
        for (EventMerger.Mention x : m.mentions()) {
            Event me = x.event();
            g.writeStartObject();
            g.writeStringField("event", x.id());
            g.writeStringField("article", x.article());
            span(g, me.sentenceSpan());
            String sentence = analysis.article(x.article()).map(a -> Text.evidence(a, me)).orElse("");
            g.writeStringField("sentence", sentence);
            g.writeStringField("trigger", me.triggerText());
            g.writeNumberField("triggerStart", me.trigger().start());
            g.writeNumberField("triggerEnd", me.trigger().end());
            g.writeStringField("cameo", me.cameo().code());
            g.writeStringField("modality", me.modality().label());
            nullable(g, "date", me.time().value());
            nullable(g, "background", me.background());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("numArticles", m.numArticles());
        g.writeNumberField("numSources", m.numSources());
        g.writeArrayFieldStart("disagreements");
        for (EventMerger.Disagreement d : m.disagreements()) {
            g.writeStartObject();
            g.writeStringField("field", d.field());
            g.writeArrayFieldStart("values");
            for (var v : d.values().entrySet()) {
                g.writeStartObject();
                g.writeStringField("value", v.getKey());
                g.writeArrayFieldStart("mentions");
                for (String id : v.getValue()) {
                    g.writeString(id);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
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
        g.writeNumberField("confidence", Math.round(e.confidence().score() * 100) / 100.0);
        if (full) {
            g.writeBooleanField("abstained", e.confidence().abstained());
            g.writeArrayFieldStart("doubts");
            for (String doubt : e.confidence().doubts()) {
                g.writeString(doubt);
            }
            g.writeEndArray();
        }
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
        if (e.place().isPresent()) {
            g.writeObjectFieldStart("location");
            g.writeStringField("name", e.place().get());
            nullable(g, "country", e.placeCountry());
            span(g, e.placeSpan().get());
            g.writeEndObject();
        } else {
            g.writeNullField("location");
        }
        nullable(g, "background", e.background());
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
