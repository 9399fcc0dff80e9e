package dev.dateline.app;

import dev.dateline.model.Problem;
import java.util.List;

/**
 * The outcome of analyzing a batch: the distinct articles in input order and the problems met.
 *
 * @param articles one entry per distinct article; an article read twice lists both sources
 * @param problems every error and warning, in the order met
 * @param inputsRead number of articles read, duplicates included
 */
public record Analysis(List<AnalyzedArticle> articles, List<Problem> problems, int inputsRead) {

    public Analysis {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    /** The problems that made an input, or part of one, unusable. */
    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
    }
}
