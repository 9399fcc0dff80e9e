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

        /** The event the text is chiefly about (see {@link EventCoder#main}), of those reported. */
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
        Annotated a = annotate(id, text, date);
        return new Coded(a.article(), coder.code(a.article(), a.times().timexes(), a.times().published().date()));
    }

    /**
     * A text annotated, with its time expressions and reference day.
     *
     * @param article its sentences and parses
     * @param times its time expressions and publication date
     */
    public record Annotated(AnnotatedArticle article, ArticleTimes.Result times) {
    }

    /**
     * Cleans, dates and annotates {@code text}, written on {@code date} when given, without coding it.
     *
     * @throws ArticleException when the text has no words
     */
    public Annotated annotate(String id, String text, Optional<LocalDate> date) throws ArticleException {
        CleanArticle clean = cleaner.clean(RawArticle.ofFile(id, text, ArticleFormat.TEXT), p -> { });
        if (date.isPresent()) {
            clean = clean.withMetadata(clean.metadata().withPublished(
                    PublicationDate.stated(date.get(), DateBasis.METADATA, 1.0)));
        }
        ArticleTimes.Result dated = time.analyze(clean);
        return new Annotated(annotator.get().annotate(clean), dated);
    }

    /** The event coder it codes with. */
    public EventCoder coder() {
        return coder;
    }
}
