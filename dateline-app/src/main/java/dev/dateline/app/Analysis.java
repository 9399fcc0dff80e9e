package dev.dateline.app;

import dev.dateline.merge.EventMerger;
import dev.dateline.merge.Framing;
import dev.dateline.merge.Ledger;
import dev.dateline.merge.Reuse;
import dev.dateline.model.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of analyzing a batch: the distinct articles in input order, the story each belongs
 * to, and the problems met.
 *
 * @param articles one entry per distinct article; an article read twice lists both sources
 * @param stories the story of each article, by article id (a story's id is its first article's)
 * @param reuse the passages articles share, and the independent source of each article
 * @param events the events of each story, mentions that report one happening merged, by story id
 *     in order of first article; mention ids are {@code <article>-e<n>}
 * @param claims every claim as a ledger entry: id {@code <article>-c<n>}, its source the article's
 *     independent source
 * @param ledgers the claims ledger of each story that has claims, by story id
 * @param framing how the outlets of each story frame it, by story id (stories with framing words only)
 * @param problems every error and warning, in the order met
 * @param inputsRead number of articles read, duplicates included
 */
public record Analysis(List<AnalyzedArticle> articles, Map<String, String> stories, Reuse.Result reuse,
        Map<String, List<EventMerger.Merged>> events, List<Ledger.Entry> claims, Map<String, List<Ledger.Line>> ledgers,
        Map<String, List<Framing.Group>> framing, List<Problem> problems, int inputsRead) {

    public Analysis {
        articles = List.copyOf(articles);
        stories = Map.copyOf(stories);
        Objects.requireNonNull(reuse, "reuse");
        events = Collections.unmodifiableMap(new LinkedHashMap<>(events));
        claims = List.copyOf(claims);
        ledgers = Collections.unmodifiableMap(new LinkedHashMap<>(ledgers));
        framing = Collections.unmodifiableMap(new LinkedHashMap<>(framing));
        problems = List.copyOf(problems);
    }

    /**
     * The analysis of {@code articles} grouped into {@code stories} with their text {@code reuse}:
     * merges each story's events and builds each story's claims ledger, once.
     */
    public static Analysis of(List<AnalyzedArticle> articles, Map<String, String> stories, Reuse.Result reuse,
            List<Problem> problems, int inputsRead) {
        Map<String, List<EventMerger.Mention>> mentions = new LinkedHashMap<>();
        Map<String, List<Ledger.Entry>> storyClaims = new LinkedHashMap<>();
        List<Ledger.Entry> claims = new ArrayList<>();
        Map<String, List<Framing.Source>> framingSources = new LinkedHashMap<>();
        for (AnalyzedArticle a : articles) {
            String id = a.article().id().value();
            String story = stories.getOrDefault(id, id);
            String source = reuse.sourceOf().getOrDefault(id, id);
            var date = a.article().metadata().published();
            Optional<String> published = date.date().map(Object::toString);
            Optional<String[]> range = date.date().isEmpty() && date.isKnown()
                    ? Optional.of(new String[] {date.earliest().get().toString(), date.latest().get().toString()})
                    : Optional.empty();
            List<EventMerger.Mention> storyMentions = mentions.computeIfAbsent(story, k -> new ArrayList<>());
            for (int n = 0; n < a.events().size(); n++) {
                storyMentions.add(new EventMerger.Mention(id + "-e" + n, id, source, published, a.events().get(n), range));
            }
            if (!a.framing().isEmpty()) {
                framingSources.computeIfAbsent(story, k -> new ArrayList<>()).add(new Framing.Source(id, outlet(a), a.framing()));
            }
            List<Ledger.Entry> entries = storyClaims.computeIfAbsent(story, k -> new ArrayList<>());
            for (int n = 0; n < a.claims().size(); n++) {
                Ledger.Entry entry = new Ledger.Entry(id + "-c" + n, id, source, a.claims().get(n));
                entries.add(entry);
                claims.add(entry);
            }
        }
        Map<String, List<EventMerger.Merged>> events = new LinkedHashMap<>();
        mentions.forEach((story, m) -> events.put(story, EventMerger.merge(m)));
        Map<String, List<Ledger.Line>> ledgers = new LinkedHashMap<>();
        storyClaims.forEach((story, entries) -> {
            List<Ledger.Line> lines = Ledger.build(entries);
            if (!lines.isEmpty()) {
                ledgers.put(story, lines);
            }
        });
        Map<String, List<Framing.Group>> framing = new LinkedHashMap<>();
        framingSources.forEach((story, sources) -> framing.put(story, Framing.build(sources)));
        return new Analysis(articles, stories, reuse, events, claims, ledgers, framing, problems, inputsRead);
    }

    /**
     * Who published {@code a}, as the framing names outlets: its outlet, else the agency it
     * credits, else the name of the file it was read from.
     */
    private static String outlet(AnalyzedArticle a) {
        var m = a.article().metadata();
        String source = a.article().source();
        return m.outlet().or(() -> m.agencies().stream().findFirst())
                .orElse(source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1));
    }

    /** The story of {@code a}. */
    public String storyOf(AnalyzedArticle a) {
        return stories.getOrDefault(a.article().id().value(), a.article().id().value());
    }

    /** The independent source of {@code a}: articles reprinting one another, or crediting one agency, share one. */
    public String sourceOf(AnalyzedArticle a) {
        return reuse.sourceOf().getOrDefault(a.article().id().value(), a.article().id().value());
    }

    /** The article with id {@code id}, if it is in the batch. */
    public Optional<AnalyzedArticle> article(String id) {
        return articles.stream().filter(a -> a.article().id().value().equals(id)).findFirst();
    }

    /** The stories in order of their first article, each with its articles in input order. */
    public Map<String, List<AnalyzedArticle>> byStory() {
        Map<String, List<AnalyzedArticle>> out = new LinkedHashMap<>();
        for (AnalyzedArticle a : articles) {
            out.computeIfAbsent(storyOf(a), k -> new ArrayList<>()).add(a);
        }
        return out;
    }

    /** The problems that made an input, or part of one, unusable. */
    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
    }
}
