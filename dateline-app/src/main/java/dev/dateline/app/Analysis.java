package dev.dateline.app;

import dev.dateline.merge.Reuse;
import dev.dateline.model.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
