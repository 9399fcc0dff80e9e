package dev.dateline.app;

import dev.dateline.actors.KnowledgeBase;
import dev.dateline.events.Claim;
import dev.dateline.events.ClaimExtractor;
import dev.dateline.events.Event;
import dev.dateline.events.EventCoder;
import dev.dateline.events.Framer;
import dev.dateline.events.FramingTerm;
import dev.dateline.events.EventTime;
import dev.dateline.events.ReprintCoding;
import dev.dateline.ingest.ArticleException;
import dev.dateline.ingest.Cleaner;
import dev.dateline.ingest.InputReader;
import dev.dateline.merge.EventMerger;
import dev.dateline.merge.Reuse;
import dev.dateline.merge.StoryClusterer;
import dev.dateline.model.AnnotatedArticle;
import dev.dateline.model.ArticleId;
import dev.dateline.model.CleanArticle;
import dev.dateline.model.DateBasis;
import dev.dateline.model.Problem;
import dev.dateline.model.PublicationDate;
import dev.dateline.model.RawArticle;
import dev.dateline.model.Span;
import dev.dateline.model.Timex;
import dev.dateline.nlp.Annotator;
import dev.dateline.store.Store;
import dev.dateline.time.ArticleTimes;
import dev.dateline.time.ReferenceTime;
import dev.dateline.time.StoryDates;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs the stages over a batch: read, clean, annotate (in parallel), store, one article at a
 * time in input order. An article whose analysis by this pipeline version is already stored is
 * loaded instead of analyzed again; an article read twice in a batch is analyzed once and keeps
 * both sources. No single bad article stops the batch.
 */
public final class Pipeline implements AutoCloseable {

    /**
     * Version of the analysis an article gets; stored analyses of another version are redone.
     * Raise it whenever cleaning or annotation changes what is stored.
     */
    public static final String VERSION = "5";

    /**
     * Articles stored per transaction. Each commit syncs DuckDB's log to disk, so grouping saves
     * time; a crash loses at most this many analyses, which the next run redoes.
     */
    private static final int SAVE_GROUP = 16;

    /** Places that stored articles were read from again, written per transaction (reprints and repeated records). */
    private static final int SOURCE_GROUP = 2_000;

    private final InputReader reader = new InputReader();
    private final Cleaner cleaner = new Cleaner();
    private final ArticleTimes time = new ArticleTimes();
    private final Supplier<Annotator> annotators;
    private final EventCoder coder;
    private final ClaimExtractor claims;
    private final Framer framer;
    private Annotator annotator;
    private final ExecutorService workers;
    private final int threads;
    private final StageTimes times = new StageTimes();
    private int storedNeighbors;

    /**
     * A pipeline annotating on {@code threads} threads with the annotator {@code annotators}
     * gives; it is asked for one only when an article needs annotating.
     */
    public Pipeline(Supplier<Annotator> annotators, int threads) {
        this(annotators, threads, KnowledgeBase.load(Optional.empty()));
    }

    private Pipeline(Supplier<Annotator> annotators, int threads, KnowledgeBase kb) {
        this(annotators, threads, EventCoder.load(kb, Optional.empty()), ClaimExtractor.load(kb, Optional.empty()),
                Framer.load(kb, Optional.empty()));
    }

    /**
     * A pipeline as {@link #Pipeline(Supplier, int)} that codes events with {@code coder}, finds
     * claims with {@code claims} and framing words with {@code framer}.
     */
    public Pipeline(Supplier<Annotator> annotators, int threads, EventCoder coder, ClaimExtractor claims, Framer framer) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.annotators = annotators;
        this.coder = coder;
        this.claims = claims;
        this.framer = framer;
        this.threads = threads;
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dateline-nlp");
            t.setDaemon(true);
            return t;
        });
    }

    /** How many stored articles outside the last batch were clustered with it (its stories may reach them). */
    public int storedNeighbors() {
        return storedNeighbors;
    }

    /** Time spent per stage so far. */
    public StageTimes times() {
        return times;
    }

    /**
     * Analyzes the articles under {@code inputs}, storing each in {@code store} when one is given,
     * and reports each problem to {@code problems} as it is met.
     */
    public Analysis run(List<Path> inputs, Optional<Store> store, Progress progress, Consumer<Problem> problems) {
        List<Problem> met = new ArrayList<>();
        Consumer<Problem> report = p -> {
            met.add(p);
            problems.accept(p);
        };
        long t0 = System.nanoTime();
        List<Path> files = reader.list(inputs, report);
        int total = files.stream().mapToInt(reader::countArticles).sum();
        times.add(StageTimes.Stage.READ, System.nanoTime() - t0);
        progress.start(total);

        Batch batch = new Batch(store, progress, report);
        for (Path file : files) {
            // Records stream from the reader into the batch, so a large dump is never held whole;
            // the time between records is the reader's.
            long[] mark = {System.nanoTime()};
            try {
                reader.read(file, raw -> {
                    times.add(StageTimes.Stage.READ, System.nanoTime() - mark[0]);
                    batch.accept(raw);
                    mark[0] = System.nanoTime();
                }, p -> {
                    report.accept(p);
                    if (p.severity() == Problem.Severity.ERROR) {
                        progress.fail();
                    }
                });
            } catch (RuntimeException | StackOverflowError e) {
                // A reader's own defect must cost one file, never the batch.
                report.accept(Problem.error(file.toString(), "cannot read (internal error: " + e + ")"));
                progress.fail();
            }
            times.add(StageTimes.Stage.READ, System.nanoTime() - mark[0]);
        }
        batch.drain(0);
        progress.finish();
        List<AnalyzedArticle> results = new ArrayList<>();
        long reload = System.nanoTime();
        List<AnalyzedArticle> batchResults = batch.results();
        // Stored articles the batch's stories may reach are clustered with it, so a new article joins its
        // story and no story's timeline is rewritten from part of its articles.
        List<AnalyzedArticle> neighbors = batch.neighbors(batchResults);
        storedNeighbors = neighbors.size();
        times.add(StageTimes.Stage.STORE, System.nanoTime() - reload);
        results.addAll(neighbors);
        results.addAll(batchResults);
        return finish(results, store, report, met, batch.read);
    }

    /**
     * The analysis of the stored articles (those of {@code story} only, when given), as one batch:
     * each loaded from {@code store} with its findings made anew, then clustered, merged and
     * stored as {@code analyze} does. An article analyzed by another pipeline version is left out,
     * with a warning to analyze it again.
     */
    public Analysis fromStore(Store store, Optional<String> story, Consumer<Problem> problems) {
        List<Problem> met = new ArrayList<>();
        Consumer<Problem> report = p -> {
            met.add(p);
            problems.accept(p);
        };
        Batch batch = new Batch(Optional.of(store), Progress.none(), report);
        Map<String, String> storyOf = store.stories();
        List<AnalyzedArticle> results = new ArrayList<>();
        long begin = System.nanoTime();
        for (ArticleId article : store.inReadOrder()) {
            String id = article.value();
            if (story.isPresent() && !story.get().equals(storyOf.getOrDefault(id, id))) {
                continue;
            }
            List<String> sources = store.sources(article);
            String source = sources.isEmpty() ? id : sources.get(0);
            Optional<AnnotatedArticle> stored = store.load(article, VERSION);
            if (stored.isPresent()) {
                results.add(batch.reanalyzed(stored.get(), source));
            } else {
                report.accept(new Problem(source, OptionalInt.empty(), "article " + id + " was analyzed by another"
                        + " version of Dateline and is left out; analyze it again", Problem.Severity.WARNING));
            }
        }
        times.add(StageTimes.Stage.STORE, System.nanoTime() - begin);
        return finish(results, Optional.of(store), report, met, results.size());
    }

    /** The cross-article steps of a batch: stories, reuse, story dates, merged events and the timeline, stored. */
    private Analysis finish(List<AnalyzedArticle> batchAndNeighbors, Optional<Store> store, Consumer<Problem> report,
            List<Problem> met, int read) {
        List<AnalyzedArticle> results = batchAndNeighbors;
        long start = System.nanoTime();
        Map<String, String> stories = StoryClusterer.cluster(results.stream()
                .map(a -> new StoryClusterer.Document(a.article().id().value(), a.article().text(),
                        a.article().metadata().published().date()))
                .toList());
        Reuse.Result reuse = Reuse.find(results.stream().map(Pipeline::reuseView).toList());
        results = storyDated(results, stories, reuse, store, report);
        times.add(StageTimes.Stage.STORIES, System.nanoTime() - start);
        store.ifPresent(s -> {
            long begin = System.nanoTime();
            try {
                s.saveStories(stories);
            } catch (RuntimeException e) {
                report.accept(new Problem("(stories)", OptionalInt.empty(), "stories not stored: " + e.getMessage(),
                        Problem.Severity.ERROR));
            }
            times.add(StageTimes.Stage.STORE, System.nanoTime() - begin);
        });
        long merging = System.nanoTime();
        Analysis analysis = Analysis.of(results, stories, reuse, met, read);
        times.add(StageTimes.Stage.STORIES, System.nanoTime() - merging);
        store.ifPresent(s -> {
            long begin = System.nanoTime();
            try {
                s.saveTimeline(timeline(analysis));
            } catch (RuntimeException e) {
                report.accept(new Problem("(timeline)", OptionalInt.empty(), "timeline not stored: " + e.getMessage(),
                        Problem.Severity.ERROR));
            }
            times.add(StageTimes.Stage.STORE, System.nanoTime() - begin);
        });
        return analysis;
    }

    /** How much of a copy the passage it shares with another must be for it to be a reprint of it. */
    private static final double REPRINTED_SHARE = 0.3;

    /**
     * {@code results} with the articles that have no day of their own dated from their stories
     * ({@link StoryDates}): a reprint takes its original's day, and with it its relative time
     * expressions and its events are dated anew; others take the span of their story's dates.
     * Each change is stored too.
     */
    private List<AnalyzedArticle> storyDated(List<AnalyzedArticle> results, Map<String, String> stories,
            Reuse.Result reuse, Optional<Store> store, Consumer<Problem> report) {
        // A copy reprints its original when the passage they share is a good part of it, not a
        // site's boilerplate line or one quoted paragraph.
        Map<String, Integer> lengths = new HashMap<>();
        results.forEach(a -> lengths.put(a.article().id().value(), a.article().originalText().length()));
        Map<String, String> originalOf = new HashMap<>();
        for (Reuse.Passage p : reuse.passages()) {
            boolean firstIsOriginal = p.original().equals(p.first());
            String copy = firstIsOriginal ? p.second() : p.first();
            Span shared = firstIsOriginal ? p.secondSpans() : p.firstSpans();
            if (shared.length() >= REPRINTED_SHARE * lengths.getOrDefault(copy, Integer.MAX_VALUE)) {
                originalOf.putIfAbsent(copy, p.original());
            }
        }
        List<StoryDates.Member> members = results.stream().map(a -> {
            String id = a.article().id().value();
            return new StoryDates.Member(id, stories.getOrDefault(id, id), a.article().metadata().published(),
                    Optional.ofNullable(originalOf.get(id)), ArticleTimes.crawled(a.article().metadata())
                            .map(ReferenceTime.Bound::day), StoryDates.datelineDay(a.article().text()));
        }).toList();
        Map<String, PublicationDate> changed = StoryDates.infer(members);
        if (changed.isEmpty()) {
            return results;
        }
        List<AnalyzedArticle> out = new ArrayList<>(results.size());
        for (AnalyzedArticle a : results) {
            PublicationDate date = changed.get(a.article().id().value());
            if (date == null) {
                out.add(a);
                continue;
            }
            CleanArticle clean = a.article().withMetadata(a.article().metadata().withPublished(date));
            List<Timex> timexes = date.date().isPresent() ? time.analyze(clean).timexes() : a.timexes();
            List<Event> events = a.events().stream().map(e -> redated(e, timexes, date)).toList();
            List<Event> abstained = a.coding().abstained().stream().map(e -> redated(e, timexes, date)).toList();
            AnalyzedArticle dated = new AnalyzedArticle(clean, a.sentences(), a.tokenCount(), timexes,
                    new EventCoder.Result(events, abstained, a.coding().unresolved(), a.coding().skipped(),
                            a.coding().failures()),
                    a.claims(), a.framing(), a.sources(), a.reused());
            store.ifPresent(s -> {
                try {
                    s.redate(clean.id(), date, events, a.claims());
                } catch (RuntimeException e) {
                    report.accept(Problem.error(a.sources().get(0), "the date from its story was not stored: "
                            + e.getMessage()));
                }
            });
            out.add(dated);
        }
        return out;
    }

    /**
     * {@code e} dated anew once its article is dated {@code date}: by the time expression that
     * dated it (its own, or its paragraph's or happening's) as tagged again from that day, else by that day when it is known to the day.
     */
    private static Event redated(Event e, List<Timex> timexes, PublicationDate date) {
        if (date.date().isEmpty()) {
            return e;
        }
        if (e.time().span().isPresent()) {
            return timexes.stream().filter(t -> t.span().equals(e.time().span().get())).findFirst()
                    .map(t -> e.withTime(new EventTime(Optional.of(t.value().value()), e.time().basis(), Optional.of(t.span()))))
                    .orElse(e);
        }
        return e.withTime(new EventTime(Optional.of(date.date().get().toString()), "article", Optional.empty()));
    }

    /** The merged events of every story of {@code analysis}, as the store keeps timelines. */
    private static List<Store.TimelineEntry> timeline(Analysis analysis) {
        List<Store.TimelineEntry> out = new ArrayList<>();
        analysis.events().forEach((story, events) -> {
            for (EventMerger.Merged m : events) {
                out.add(new Store.TimelineEntry(story, m.id(), m.date(), m.representative().event().summary(),
                        m.modality().label(), m.numArticles(), m.numSources(), m.importance(),
                        m.mentions().stream().map(EventMerger.Mention::id).toList(), m.background()));
            }
        });
        return out;
    }

    /** An article as text reuse compares it: its sentences without markup, and whether it is wire copy. */
    private static Reuse.Article reuseView(AnalyzedArticle a) {
        String original = a.article().originalText();
        List<String> sentences = a.sentences().stream()
                .map(s -> s.in(original).replaceAll("<[^>]*>", " ").replaceAll("&[a-z#0-9]+;", " ")).toList();
        var m = a.article().metadata();
        boolean wire = m.outlet().isPresent() && m.agencies().stream().anyMatch(ag -> ag.equalsIgnoreCase(m.outlet().get()));
        return new Reuse.Article(a.article().id().value(), sentences, a.sentences(), m.published().date(), wire,
                m.agencies());
    }

    private Annotator annotator() {
        if (annotator == null) {
            annotator = annotators.get();
        }
        return annotator;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** One batch in flight: articles being annotated, in input order, and those done. */
    private final class Batch {
        final Optional<Store> store;
        final Progress progress;
        final Consumer<Problem> problems;
        /** Every distinct article accepted, in input order, with every place it was read from. */
        final Map<ArticleId, List<Origin>> seen = new LinkedHashMap<>();
        final Map<ArticleId, AnalyzedArticle> done = new HashMap<>();
        /** Why each article that could not be analyzed failed, so that its copies fail alike. */
        final Map<ArticleId, String> failed = new HashMap<>();
        final Deque<Pending> inFlight = new ArrayDeque<>();
        /** Articles analyzed but not yet written to the store. */
        final List<AnnotatedArticle> unsaved = new ArrayList<>();
        /** More places stored articles were read from, not yet written to the store. */
        final List<Store.Source> unsavedSources = new ArrayList<>();
        /** Articles known to be in the store. */
        final Set<ArticleId> persisted = new HashSet<>();
        int read;

        /** The coding of each sentence the batch has seen, for its reprints. */
        final ReprintCoding reprints = new ReprintCoding(coder);

        Batch(Optional<Store> store, Progress progress, Consumer<Problem> problems) {
            this.store = store;
            this.progress = progress;
            this.problems = problems;
        }

        /** A place an article was read from; a duplicate keeps only this, not its text. */
        record Origin(String source, OptionalInt line) {
            static Origin of(RawArticle raw) {
                return new Origin(raw.source(), raw.sourceLine());
            }

            String location() {
                return line.isPresent() ? source + ":" + line.getAsInt() : source;
            }
        }

        record Pending(RawArticle raw, Future<Timed> result) {
        }

        /** An annotated article with its time expressions and events. */
        record Timed(AnnotatedArticle annotated, List<Timex> timexes, Optional<LocalDate> reference,
                EventCoder.Result events, List<Claim> claims, List<FramingTerm> framing) {
        }

        /**
         * The analysis of the stored article {@code annotated}, read again from {@code source}: its
         * annotation is the store's, its findings are made anew (the coder may have changed since
         * it was stored) and stored in place of the old ones; a date its story gave it is dropped,
         * for the story to give again.
         */
        AnalyzedArticle reanalyzed(AnnotatedArticle annotated, String source) {
            AnnotatedArticle stored = annotated;
            CleanArticle article = annotated.article();
            if (article.metadata().published().basis() == DateBasis.STORY) {
                // A date its story gave it is the story's to give again: the article starts from its own.
                CleanArticle own = article.withMetadata(article.metadata().withPublished(PublicationDate.none()));
                own = own.withMetadata(own.metadata().withPublished(time.analyze(own).published()));
                stored = new AnnotatedArticle(own, annotated.sentences());
            }
            ArticleTimes.Result dated = time.analyze(stored.article());
            Optional<LocalDate> day = dated.published().date();
            EventCoder.Result events = reprints.apply(stored, coder.code(stored, dated.timexes(), day), dated.timexes(), day);
            List<Claim> found = claims.extract(stored, dated.timexes(), day);
            store.orElseThrow().replaceFindings(stored.article().id(), events.events(), found);
            return AnalyzedArticle.of(stored, dated.timexes(), events, found, framer.terms(stored, day), source, true);
        }

        /**
         * The stored articles the batch's stories may reach, not in the batch, in the order they
         * were first stored: those of the stories its articles were in, and those published
         * within the story window of one of its articles' days.
         */
        List<AnalyzedArticle> neighbors(List<AnalyzedArticle> batchArticles) {
            if (store.isEmpty() || batchArticles.isEmpty()) {
                return List.of();
            }
            Set<ArticleId> in = new HashSet<>();
            List<LocalDate> days = new ArrayList<>();
            for (AnalyzedArticle a : batchArticles) {
                in.add(a.article().id());
                a.article().metadata().published().date().ifPresent(days::add);
            }
            List<AnalyzedArticle> out = new ArrayList<>();
            for (ArticleId id : store.get().neighbors(in, days, StoryClusterer.WINDOW_DAYS)) {
                Optional<AnnotatedArticle> stored = store.get().load(id, VERSION);
                if (stored.isPresent()) {
                    List<String> sources = store.get().sources(id);
                    out.add(reanalyzed(stored.get(), sources.isEmpty() ? id.value() : sources.get(0)));
                }
            }
            return out;
        }

        /** The analyzed articles in input order, each with every source it was read from. */
        List<AnalyzedArticle> results() {
            List<AnalyzedArticle> out = new ArrayList<>();
            for (Map.Entry<ArticleId, List<Origin>> e : seen.entrySet()) {
                AnalyzedArticle a = done.get(e.getKey());
                if (a != null) {
                    for (Origin again : e.getValue().subList(1, e.getValue().size())) {
                        a = a.withSource(again.location());
                    }
                    out.add(a);
                }
            }
            return out;
        }

        void accept(RawArticle raw) {
            read++;
            ArticleId id = raw.id();
            List<Origin> earlier = seen.get(id);
            if (earlier != null) {
                // The same text again under another name: one article, one more source.
                earlier.add(Origin.of(raw));
                if (failed.containsKey(id)) {
                    failCopy(id, Origin.of(raw), true);
                    return;
                }
                if (persisted.contains(id)) {
                    unsavedSources.add(new Store.Source(id, raw.source(), raw.sourceLine()));
                    if (unsavedSources.size() >= SOURCE_GROUP) {
                        saveSources();
                    }
                }
                progress.advance();
                return;
            }
            seen.put(id, new ArrayList<>(List.of(Origin.of(raw))));
            if (store.isPresent()) {
                long start = System.nanoTime();
                Optional<AnnotatedArticle> stored = store.get().load(id, VERSION);
                if (stored.isPresent()) {
                    unsavedSources.add(new Store.Source(id, raw.source(), raw.sourceLine()));
                    done.put(id, reanalyzed(stored.get(), raw.location()));
                    persisted.add(id);
                }
                times.add(StageTimes.Stage.STORE, System.nanoTime() - start);
                if (stored.isPresent()) {
                    progress.advance();
                    return;
                }
            }
            long start = System.nanoTime();
            CleanArticle clean;
            try {
                clean = cleaner.clean(raw, problems);
            } catch (ArticleException e) {
                fail(raw, e.getMessage());
                return;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // A defect or an exhausted resource in cleaning one article must not end the batch.
                fail(raw, "cannot clean (internal error: " + e + ")");
                return;
            } finally {
                times.add(StageTimes.Stage.CLEAN, System.nanoTime() - start);
            }
            Annotator nlp = annotator();
            inFlight.add(new Pending(raw, workers.submit(() -> {
                long begin = System.nanoTime();
                ArticleTimes.Result dated = time.analyze(clean);
                CleanArticle withDate = clean.withMetadata(clean.metadata().withPublished(dated.published()));
                times.add(StageTimes.Stage.TIME, System.nanoTime() - begin);
                begin = System.nanoTime();
                AnnotatedArticle annotated;
                try {
                    annotated = nlp.annotate(withDate);
                } finally {
                    times.add(StageTimes.Stage.NLP, System.nanoTime() - begin);
                }
                begin = System.nanoTime();
                try {
                    return new Timed(annotated, dated.timexes(), dated.published().date(),
                            coder.code(annotated, dated.timexes(), dated.published().date()),
                            claims.extract(annotated, dated.timexes(), dated.published().date()),
                            framer.terms(annotated, dated.published().date()));
                } finally {
                    times.add(StageTimes.Stage.EVENTS, System.nanoTime() - begin);
                }
            })));
            drain(2 * threads);
        }

        /** Reports that {@code raw} could not be analyzed, and every copy of it read so far. */
        private void fail(RawArticle raw, String reason) {
            failed.put(raw.id(), reason);
            problems.accept(new Problem(raw.source(), raw.sourceLine(), reason, Problem.Severity.ERROR));
            progress.fail();
            List<Origin> origins = seen.get(raw.id());
            for (Origin copy : origins.subList(1, origins.size())) {
                // Copies read while the article was in flight were counted as read already.
                failCopy(raw.id(), copy, false);
            }
        }

        /** Reports a copy of an article that failed: it fails for the same reason, said of it. */
        private void failCopy(ArticleId id, Origin copy, boolean count) {
            problems.accept(new Problem(copy.source(), copy.line(), failed.get(id) + " (the same text as "
                    + seen.get(id).get(0).location() + ")", Problem.Severity.ERROR));
            if (count) {
                progress.fail();
            }
        }

        /**
         * Finishes articles in input order until at most {@code keep} are in flight; when none is
         * to be kept, also writes every analyzed article to the store.
         */
        void drain(int keep) {
            while (inFlight.size() > keep) {
                Pending next = inFlight.poll();
                RawArticle raw = next.raw();
                try {
                    Timed timed = next.result().get();
                    EventCoder.Result events = reprints.apply(timed.annotated(), timed.events(), timed.timexes(),
                            timed.reference());
                    done.put(raw.id(), AnalyzedArticle.of(timed.annotated(), timed.timexes(), events,
                            timed.claims(), timed.framing(), raw.location(), false));
                    for (String failure : timed.events().failures()) {
                        problems.accept(new Problem(raw.source(), raw.sourceLine(), failure, Problem.Severity.WARNING));
                    }
                    unsaved.add(timed.annotated());
                    progress.advance();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    fail(raw, "analysis failed (" + cause + ")");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while analyzing " + raw.location(), e);
                }
                if (unsaved.size() >= SAVE_GROUP) {
                    save();
                }
            }
            if (keep == 0) {
                save();
                saveSources();
            }
        }

        /** Writes the analyzed articles, and every other place each was read from, in one transaction. */
        private void save() {
            if (unsaved.isEmpty() || store.isEmpty()) {
                unsaved.clear();
                return;
            }
            long start = System.nanoTime();
            try {
                store.get().saveAll(unsaved, id -> done.get(id).events(), id -> done.get(id).claims(), VERSION);
                for (AnnotatedArticle a : unsaved) {
                    persisted.add(a.id());
                    List<Origin> reads = seen.get(a.id());
                    for (Origin again : reads.subList(1, reads.size())) {
                        unsavedSources.add(new Store.Source(a.id(), again.source(), again.line()));
                    }
                }
            } catch (RuntimeException e) {
                // The group was rolled back: the analyses stay in the report, each marked as not stored.
                for (AnnotatedArticle a : unsaved) {
                    CleanArticle c = a.article();
                    problems.accept(new Problem(c.source(), c.sourceLine(), "not stored: " + e.getMessage(),
                            Problem.Severity.ERROR));
                }
            } finally {
                unsaved.clear();
                times.add(StageTimes.Stage.STORE, System.nanoTime() - start);
            }
        }

        /** Writes the places stored articles were read from again, many in one transaction. */
        private void saveSources() {
            if (unsavedSources.isEmpty() || store.isEmpty()) {
                unsavedSources.clear();
                return;
            }
            long start = System.nanoTime();
            try {
                store.get().addSources(unsavedSources);
            } catch (RuntimeException e) {
                problems.accept(new Problem("(sources)", OptionalInt.empty(), unsavedSources.size()
                        + " places articles were read from again were not stored: " + e.getMessage(),
                        Problem.Severity.ERROR));
            } finally {
                unsavedSources.clear();
                times.add(StageTimes.Stage.STORE, System.nanoTime() - start);
            }
        }
    }
}
