package dev.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * A cleaned article with its sentences, tokens, parts of speech, lemmas and dependency parses.
 *
 * @param article the cleaned article
 * @param sentences its sentences in order
 */
public record AnnotatedArticle(CleanArticle article, List<Sentence> sentences) {

    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        int length = article.originalText().length();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.index() != i) {
                throw new IllegalArgumentException("sentence " + i + " has index " + s.index());
            }
            if (s.span().end() > length) {
                throw new IllegalArgumentException("sentence " + i + " runs past the original text");
            }
        }
    }

    /** The article's identity. */
    public ArticleId id() {
        return article.id();
    }

    /** Number of tokens over all sentences. */
    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
