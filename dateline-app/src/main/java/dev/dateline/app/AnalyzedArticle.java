package dev.dateline.app;

import dev.dateline.events.Claim;
import dev.dateline.events.Event;
import dev.dateline.events.EventCoder;
import dev.dateline.events.FramingTerm;
import dev.dateline.model.AnnotatedArticle;
import dev.dateline.model.CleanArticle;
import dev.dateline.model.Span;
import dev.dateline.model.Timex;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a report needs of one analyzed article: the cleaned article, its sentence spans, its
 * token count, and every place it was read from in this batch. Tokens are not kept, so a batch
 * of many articles stays small in memory.
 *
 * @param article the cleaned article
 * @param sentences its sentences, as spans of the original text
 * @param tokenCount number of tokens
 * @param timexes its time expressions, spans in the original text
 * @param coding its events, and the actors in them that did not resolve
 * @param claims the figures it claims
 * @param framing the words by which it frames actors, places and acts
 * @param sources every place it was read from in this batch ({@code "dump.jsonl:3"}, {@code "a.html"})
 * @param reused whether its analysis came from the store instead of being made anew
 */
public record AnalyzedArticle(CleanArticle article, List<Span> sentences, int tokenCount, List<Timex> timexes,
        EventCoder.Result coding, List<Claim> claims, List<FramingTerm> framing, List<String> sources, boolean reused) {

    public AnalyzedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        timexes = List.copyOf(timexes);
        Objects.requireNonNull(coding, "coding");
        claims = List.copyOf(claims);
        framing = List.copyOf(framing);
        sources = List.copyOf(sources);
    }

    /** The report view of {@code annotated} with its time expressions and events, read from {@code source}. */
    static AnalyzedArticle of(AnnotatedArticle annotated, List<Timex> timexes, EventCoder.Result coding,
            List<Claim> claims, List<FramingTerm> framing, String source, boolean reused) {
        return new AnalyzedArticle(annotated.article(),
                annotated.sentences().stream().map(s -> s.span()).toList(), annotated.tokenCount(), timexes,
                coding, claims, framing, List.of(source), reused);
    }

    /** Its events, in text order. */
    public List<Event> events() {
        return coding.events();
    }

    /** The same article also read from {@code source}. */
    AnalyzedArticle withSource(String source) {
        List<String> all = new ArrayList<>(sources);
        if (!all.contains(source)) {
            all.add(source);
        }
        return new AnalyzedArticle(article, sentences, tokenCount, timexes, coding, claims, framing, all, reused);
    }
}
