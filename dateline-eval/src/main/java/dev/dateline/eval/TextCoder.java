package dev.dateline.eval;

import dev.dateline.events.Event;
import dev.dateline.events.EventCoder;
import dev.dateline.ingest.ArticleException;
import dev.dateline.ingest.Cleaner;
import dev.dateline.model.AnnotatedArticle;
import dev.dateline.model.ArticleFormat;
import dev.dateline.model.CleanArticle;
import dev.dateline.model.DateBasis;
import dev.dateline.model.PublicationDate;
import dev.dateline.model.RawArticle;
import dev.dateline.nlp.Annotator;
import dev.dateline.time.ArticleTimes;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Codes the events of a short text (a sentence or a paragraph) outside any article batch: the
 * engine of {@code dateline code} and {@code dateline eval plover}.
 */
public final class TextCoder {

    /**
     * A coded text.
     *
     * @param annotated its sentences and parses
     * @param events the events coded, in text order
     */
    public record Coded(AnnotatedArticle annotated, EventCoder.Result events) {

        /** The event the text is chiefly about (see {@link EventCoder#main}). */
        public Optional<Event> main() {
            return EventCoder.main(events.events(), annotated);
        }
    }

    private final Cleaner cleaner = new Cleaner();
    private final ArticleTimes time = new ArticleTimes();
    private final Supplier<Annotator> annotator;
    private final EventCoder coder;

    public TextCoder(Supplier<Annotator> annotator, EventCoder coder) {
        this.annotator = annotator;
        this.coder = coder;
    }

    /**
     * Codes {@code text}, written on {@code date} when given (the reference for relative dates).
     *
     * @throws ArticleException when the text has no words to code
     */
    public Coded code(String id, String text, Optional<LocalDate> date) throws ArticleException {
        CleanArticle clean = cleaner.clean(RawArticle.ofFile(id, text, ArticleFormat.TEXT), p -> { });
        if (date.isPresent()) {
            clean = clean.withMetadata(clean.metadata().withPublished(
                    PublicationDate.stated(date.get(), DateBasis.METADATA, 1.0)));
        }
        ArticleTimes.Result dated = time.analyze(clean);
        AnnotatedArticle annotated = annotator.get().annotate(clean);
        return new Coded(annotated, coder.code(annotated, dated.timexes(), dated.published().date()));
    }
}
