package dev.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of an article with its tokens.
 *
 * @param index position in the article, from 0
 * @param span where the sentence stands in the article's <em>original</em> text
 * @param tokens its tokens in order; heads index into this list
 */
public record Sentence(int index, Span span, List<Token> tokens) {

    public Sentence {
        if (index < 0) {
            throw new IllegalArgumentException("sentence index must not be negative: " + index);
        }
        Objects.requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.index() != i) {
                throw new IllegalArgumentException("token " + i + " of sentence " + index + " has index " + t.index());
            }
            if (t.head() >= tokens.size()) {
                throw new IllegalArgumentException("token " + i + " of sentence " + index + " has head " + t.head()
                        + " beyond the sentence's " + tokens.size() + " tokens");
            }
        }
    }
}
