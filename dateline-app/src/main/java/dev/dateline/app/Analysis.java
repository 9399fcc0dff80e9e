package dev.dateline.app;

import dev.dateline.merge.EventMerger;
import dev.dateline.merge.Reuse;
import dev.dateline.model.Problem;
import java.util.ArrayList;
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
 * @param problems every error and warning, in the order met
 * @param inputsRead number of articles read, duplicates included
 */
public record Analysis(List<AnalyzedArticle> articles, Map<String, String> stories, Reuse.Result reuse,
        List<Problem> problems, int inputsRead) {

    public Analysis {
        articles = List.copyOf(articles);
        stories = Map.copyOf(stories);
        Objects.requireNonNull(reuse, "reuse");
        problems = List.copyOf(problems);
    }

    /** The story of {@code a}. */
    public String storyOf(AnalyzedArticle a) {
        return stories.getOrDefault(a.article().id().value(), a.article().id().value());
    }

    /** The independent source of {@code a}: articles reprinting one another, or crediting one agency, share one. */
    public String sourceOf(AnalyzedArticle a) {
        return reuse.sourceOf().getOrDefault(a.article().id().value(), a.article().id().value());
    }

    /**
     * The events of each story, mentions that report one happening merged, by story id in
     * order of first article; mention ids are {@code <article>-e<n>}.
     */
    public Map<String, List<EventMerger.Merged>> events() {
        Map<String, List<EventMerger.Merged>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<AnalyzedArticle>> story : byStory().entrySet()) {
            List<EventMerger.Mention> mentions = new ArrayList<>();
            for (AnalyzedArticle a : story.getValue()) {
                String id = a.article().id().value();
                Optional<String> published = a.article().metadata().published().date().map(Object::toString);
                for (int n = 0; n < a.events().size(); n++) {
                    mentions.add(new EventMerger.Mention(id + "-e" + n, id, sourceOf(a), published, a.events().get(n)));
                }
            }
            out.put(story.getKey(), EventMerger.merge(mentions));
        }
        return out;
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
