package dev.dateline.events.internal;

import dev.dateline.actors.KnowledgeBase;
import dev.dateline.model.AnnotatedArticle;
import dev.dateline.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The walk over an English article's sentences that claim extraction and framing share: one parse
 * tree a sentence, the article's actors moved along with it, sentences of more than 200 tokens
 * skipped, and a sentence that cannot be read costing only its own findings.
 */
public final class SentenceWalk {

    /** Longer sentences are lists or run-together pages, not reporting. */
    private static final int MAX_TOKENS = 200;

    private SentenceWalk() {
    }

    /**
     * What {@code perSentence} finds in each sentence of {@code article}, in order; nothing for an
     * article in a language other than English (or undetermined). Actors resolve as of {@code reference}.
     */
    public static <T> List<T> findings(KnowledgeBase kb, AnnotatedArticle article, Optional<LocalDate> reference,
            BiFunction<Tree, Actors, List<T>> perSentence) {
        String language = article.article().metadata().language();
        if (!language.equals("en") && !language.equals("und")) {
            return List.of();
        }
        Actors actors = new Actors(kb, reference, article.article().text(), article.article().metadata().dateline());
        List<T> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (s.tokens().size() > MAX_TOKENS) {
                continue;
            }
            Tree tree = new Tree(s);
            actors.sentence(tree);
            try {
                out.addAll(perSentence.apply(tree, actors));
            } catch (RuntimeException e) {
                // One sentence that cannot be read costs only its own findings.
                continue;
            }
        }
        return out;
    }
}
