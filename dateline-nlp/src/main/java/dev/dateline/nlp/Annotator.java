package dev.dateline.nlp;

import dev.dateline.model.AnnotatedArticle;
import dev.dateline.model.CleanArticle;
import dev.dateline.nlp.internal.CoreNlpPipeline;

/**
 * Splits an article into sentences and annotates each token with its part of speech, lemma and
 * dependency relation, using Stanford CoreNLP. Loading the models takes a few seconds and about
 * half a gigabyte, so make one and share it; {@link #annotate} is thread-safe.
 *
 * <pre>{@code
 * Annotator nlp = new Annotator(NlpConfig.defaults());
 * AnnotatedArticle annotated = nlp.annotate(cleanArticle);
 * }</pre>
 */
public final class Annotator {

    private final CoreNlpPipeline pipeline;

    /** Loads the models named in {@code config}. */
    public Annotator(NlpConfig config) {
        this.pipeline = new CoreNlpPipeline(config);
    }

    /** The sentences of {@code article} with tokens, parts of speech, lemmas and dependencies. */
    public AnnotatedArticle annotate(CleanArticle article) {
        return new AnnotatedArticle(article, pipeline.sentences(article));
    }
}
