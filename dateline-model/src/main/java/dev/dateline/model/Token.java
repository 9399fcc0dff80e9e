package dev.dateline.model;

import java.util.Objects;

/**
 * One token of a sentence with its part of speech, lemma and dependency relation.
 *
 * @param index position in its sentence, from 0
 * @param span where the token stands in the article's <em>original</em> text
 * @param word the token as it appears in the cleaned text
 * @param pos its Penn Treebank part-of-speech tag
 * @param lemma its dictionary form
 * @param head index of its syntactic head in the sentence, {@code -1} for the root
 * @param relation its Universal Dependencies relation to the head ({@code "root"} for the root)
 */
public record Token(int index, Span span, String word, String pos, String lemma, int head, String relation) {

    public Token {
        if (index < 0) {
            throw new IllegalArgumentException("token index must not be negative: " + index);
        }
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(lemma, "lemma");
        if (head < -1 || head == index) {
            throw new IllegalArgumentException("token " + index + " cannot have head " + head);
        }
        Objects.requireNonNull(relation, "relation");
    }

    /** Whether this token heads its sentence. */
    public boolean isRoot() {
        return head == -1;
    }
}
