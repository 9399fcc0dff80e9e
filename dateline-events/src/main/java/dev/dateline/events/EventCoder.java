package dev.dateline.events;

import dev.dateline.actors.KnowledgeBase;
import dev.dateline.actors.Resolution;
import dev.dateline.events.Codebook.Stance;
import dev.dateline.events.internal.Actors;
import dev.dateline.events.internal.Attribution;
import dev.dateline.events.internal.ConfidenceFeatures;
import dev.dateline.events.internal.Families;
import dev.dateline.events.internal.Lexicon.Entry;
import dev.dateline.events.internal.Lexicon;
import dev.dateline.events.internal.Modalities;
import dev.dateline.events.internal.ModelFeatures;
import dev.dateline.events.internal.NounClasses;
import dev.dateline.events.internal.SharedEncoder;
import dev.dateline.events.internal.SharedWordNet;
import dev.dateline.events.internal.Syntax;
import dev.dateline.events.internal.Tree;
import dev.dateline.model.ActorCode;
import dev.dateline.model.AnnotatedArticle;
import dev.dateline.model.Sentence;
import dev.dateline.model.Span;
import dev.dateline.model.Timex;
import dev.dateline.model.TimexType;
import dev.dateline.model.TimexValue;
import dev.dateline.semantics.SentenceEncoder;
import dev.dateline.semantics.WordNet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Codes the events each sentence reports, from its dependency parse: a trigger word from the
 * trigger table ({@code triggers.tsv}), the CAMEO code it reports, source and target from the
 * syntax around it, the modality of the act, who the sentence says reports it, and its time and
 * place. Thread-safe; {@link #code} keeps what it learns of people's names within one article.
 *
 * <pre>{@code
 * EventCoder coder = EventCoder.load(KnowledgeBase.load(Optional.empty()), Optional.empty());
 * EventCoder.Result coded = coder.code(annotatedArticle, timexes, Optional.of(referenceDay));
 * }</pre>
 */
public final class EventCoder {

    /**
     * What coding an article found.
     *
     * @param events the events reported, in sentence order
     * @param abstained the events coded with too little confidence to report, in sentence order
     * @param unresolved actors found in event roles that the knowledge base could not resolve
     * @param skipped why the article was not coded at all (not in English), when it was not
     * @param failures sentences whose coding failed, each with the reason; the others are coded
     */
    public record Result(List<Event> events, List<Event> abstained, List<UnresolvedActor> unresolved,
            Optional<String> skipped, List<String> failures) {
        public Result {
            events = List.copyOf(events);
            abstained = List.copyOf(abstained);
            if (events.stream().anyMatch(e -> e.confidence().abstained())
                    || abstained.stream().anyMatch(e -> !e.confidence().abstained())) {
                throw new IllegalArgumentException("events abstained from go in 'abstained', the others in 'events'");
            }
            unresolved = List.copyOf(unresolved);
            Objects.requireNonNull(skipped, "skipped");
            failures = List.copyOf(failures);
        }

        /** A result of {@code coded} (every event, in sentence order) split into reported and abstained. */
        public static Result of(List<Event> coded, List<UnresolvedActor> unresolved, Optional<String> skipped,
                List<String> failures) {
            List<Event> reported = new ArrayList<>();
            List<Event> abstained = new ArrayList<>();
            for (Event e : coded) {
                (e.confidence().abstained() ? abstained : reported).add(e);
            }
            return new Result(reported, abstained, unresolved, skipped, failures);
        }

        /** Every event coded, reported or not, in sentence order. */
        public List<Event> coded() {
            List<Event> all = new ArrayList<>(events);
            all.addAll(abstained);
            all.sort(Comparator.comparingInt(e -> e.trigger().start()));
            return all;
        }
    }

    /** An actor in an event role that did not resolve, with its sentence. */
    public record UnresolvedActor(int sentence, ActorMention actor) {
    }

    /** Verbs that hold a nominal event without adding a code of their own ("held talks", "launched an attack"). */
    private static final Set<String> LIGHT = Set.of("hold", "launch", "stage", "conduct", "carry", "make", "begin",
            "start", "resume", "continue", "mount", "have", "open", "announce", "order", "organize", "organise",
            "wage", "step", "intensify", "end", "finish", "complete", "attend", "join", "take", "lead", "go",
            "unleash", "use", "engage", "declare", "reach", "seal", "conclude", "strike", "agree");

    /**
     * Verbs too general to take a family from WordNet: auxiliaries, reporting and light verbs,
     * whose hypernyms lead anywhere ("take" to "seize", "give" to "aid").
     */
    private static final Set<String> NO_FAMILY = Set.of("be", "have", "do", "say", "tell", "add", "report", "state",
            "make", "take", "give", "get", "go", "come", "put", "see", "know", "think", "want", "use", "find", "show",
            "become", "seem", "include", "keep", "let", "leave", "bring", "set", "run", "turn", "move", "call", "try",
            "need", "look", "help", "play", "hold", "carry", "stand", "follow", "remain", "appear", "expect", "believe",
            "hear", "read", "write", "speak", "mean", "allow", "provide", "lose", "pay", "meet", "live", "die", "happen",
            "begin", "start", "continue", "end", "receive", "work", "change", "send", "build", "spend", "cut",
            "reach", "face", "raise", "pass", "sell", "win", "buy", "serve", "lead", "open", "close", "drive", "return");

    /** A listed trigger is dropped only when the model is this sure the word reports no event here ("shot to fame"). */
    static final double VETO = 0.80;
    /** A word WordNet alone puts in a family is kept only when the model gives that family at least this. */
    static final double FAMILY_SUPPORT = 0.15;
    /** A word neither the table nor WordNet knows becomes a trigger when the model is this sure of its family. */
    static final double MODEL_ALONE = 0.40;

    private final KnowledgeBase kb;
    private final Codebook codebook;
    private final Lexicon lexicon;
    private final Families families;
    private final Optional<EventModel> model;
    private final Mode mode;
    private final Supplier<SentenceEncoder> encoder;
    private final EventConfidence confidence;

    /** Who decides an event's type. */
    public enum Mode {
        /** The trigger table and WordNet alone. */
        RULES,
        /** The model alone: the rules find the roles, the model says whether and what. */
        MODEL,
        /** The rules where they are sure, the model where they are silent or unsure: the default. */
        BOTH
    }

    private EventCoder(KnowledgeBase kb, Codebook codebook, Lexicon lexicon, Families families,
            Optional<EventModel> model, Mode mode, EventConfidence confidence) {
        this.kb = kb;
        this.codebook = codebook;
        this.lexicon = lexicon;
        this.families = families;
        this.model = model;
        this.mode = model.isEmpty() ? Mode.RULES : mode;
        this.encoder = SharedEncoder::get;
        this.confidence = confidence;
    }

    /**
     * The same coder abstaining from events scored under {@code least} instead of the confidence
     * model's threshold: 0 reports every event coded, higher values trade events for precision.
     *
     * @throws IllegalArgumentException when {@code least} is not in [0, 1]
     */
    public EventCoder withMinConfidence(double least) {
        return new EventCoder(kb, codebook, lexicon, families, model, mode, confidence.withThreshold(least));
    }

    /**
     * A coder with the shipped codebook and trigger table, extended by {@code cameo.tsv},
     * {@code stances.tsv} and {@code triggers.tsv} in {@code userFolder} when given.
     *
     * @throws IllegalArgumentException naming the file and row of a malformed entry
     */
    public static EventCoder load(KnowledgeBase kb, Optional<Path> userFolder) {
        return load(kb, userFolder, Optional.of(EventModel.shipped()), Mode.BOTH);
    }

    /**
     * A coder as {@link #load(KnowledgeBase, Optional)} with {@code model} in place of the shipped
     * event-type model (the rules alone when empty), deciding as {@code mode} says (for training
     * and comparisons).
     */
    public static EventCoder load(KnowledgeBase kb, Optional<Path> userFolder, Optional<EventModel> model, Mode mode) {
        Codebook codebook = Codebook.load(userFolder);
        Lexicon lexicon = Lexicon.load(codebook, userFolder);
        return new EventCoder(kb, codebook, lexicon, new Families(SharedWordNet.get(), lexicon), model, mode,
                EventConfidence.shipped());
    }

    /**
     * A predicate the event-type model weighs: where it stands and what the model sees of it.
     *
     * @param sentence the index of its sentence
     * @param token its index in the sentence
     * @param span the word in the original text
     * @param lemma its lemma
     * @param light whether it is a light verb that may hold a nominal event ("held talks")
     * @param stance whether the trigger table lists it as a stance word ("agreed to", "urged")
     * @param features its features, in the model's layout
     */
    public record Candidate(int sentence, int token, Span span, String lemma, boolean light, boolean stance,
            float[] features) {
    }

    /**
     * Every candidate predicate of {@code article} with its features, for training the model:
     * the verbs, event nouns and listed adjectives of each sentence that names a known actor.
     */
    public List<Candidate> candidates(AnnotatedArticle article, Optional<LocalDate> reference) {
        Actors actors = new Actors(kb, reference, article.article().text(), article.article().metadata().dateline());
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            Tree tree = new Tree(s);
            if (tree.size() > MAX_TOKENS || !namesActor(tree)) {
                continue;
            }
            float[] embedding = encoder.get().embed(plain(tree));
            for (int i : candidates(tree)) {
                Optional<Frame> frame = match(tree, i);
                out.add(new Candidate(s.index(), i, tree.token(i).span(), tree.lemma(i),
                        tree.isVerb(i) && LIGHT.contains(tree.lemma(i)),
                        frame.flatMap(f -> f.entry().stance()).isPresent(), features(tree, i, frame, actors, embedding)));
            }
        }
        return out;
    }

    /** The codebook in use. */
    public Codebook codebook() {
        return codebook;
    }

    /**
     * The events of every sentence of {@code article}. Each gets the time of the nearest date or
     * time expression of its own sentence ({@code timexes}, spans in the original text), else
     * {@code reference} (the article's reference day), else none.
     */
    public Result code(AnnotatedArticle article, List<Timex> timexes, Optional<LocalDate> reference) {
        String language = article.article().metadata().language();
        if (!language.equals("en") && !language.equals("und")) {
            return Result.of(List.of(), List.of(), Optional.of("not coded: the text seems to be in '" + language
                    + "', and the trigger table is English"), List.of());
        }
        Actors actors = new Actors(kb, reference, article.article().text(), article.article().metadata().dateline());
        List<Event> events = new ArrayList<>();
        List<UnresolvedActor> unresolved = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> places = new ArrayList<>();
        List<Tree> trees = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            Tree tree = null;
            try {
                Tree t = new Tree(s);
                tree = t;
                Syntax.places(t).forEach(p -> places.add(Syntax.words(t, p)));
            } catch (RuntimeException e) {
                // the sentence's coding below fails the same way and says so
            }
            trees.add(tree);
        }
        actors.settle(places);
        for (int n = 0; n < article.sentences().size(); n++) {
            Sentence s = article.sentences().get(n);
            try {
                Tree tree = trees.get(n) != null ? trees.get(n) : new Tree(s);
                actors.sentence(tree);
                events.addAll(dated(tree, code(tree, actors), timexes, reference));
            } catch (RuntimeException e) {
                // One sentence the coder cannot handle must not cost the article its other events.
                failures.add("sentence " + (s.index() + 1) + ": event coding failed (" + e + ")");
            }
        }
        if (tellsOfGunAccident(trees)) {
            // "the shooting appears to have been accidental", "a hunting accident": the article's
            // violence by no one armed is the accident it tells of, not an assault.
            events.removeIf(e -> VIOLENT_ROOTS.contains(e.cameo().root()) && e.source().stream().noneMatch(this::forceUser));
        }
        events = carriedTimes(events, article.article().originalText());
        return Result.of(events, unresolved(events), Optional.empty(), failures);
    }

    /** Roots counted as one family of acts when the time of one act of an article dates another: violence. */
    private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");

    /**
     * {@code events} (in text order) with the time an act has only from the article (basis
     * {@code article}, or {@code none} before the article is dated) replaced, when it is told as done
     * and is no background, from the acts of its family with the same parties ({@link #sameParties})
     * dated by their own words, by:
     *
     * <ul>
     *   <li>basis {@code paragraph}: the time of the last act of its family dated by its own words
     *       earlier in the same paragraph (narrative time: "A man was shot Saturday night. He was
     *       hit twice in the chest.");</li>
     *   <li>basis {@code happening}: else, the one day that every act of its family dated by its own
     *       words in the article falls on ("A man was shot Saturday night" ... "the victim was
     *       wounded", "Police found him"): the article tells of one happening then. Articles
     *       whose dated acts of that family fall on several days date nothing this way.</li>
     * </ul>
     *
     * A family is violence (roots 18, 19, 20), else the act's own root. The time's span stays that of
     * the expression that dated the other act, so that a new reference day re-dates it alike.
     */
    static List<Event> carriedTimes(List<Event> events, String text) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            Event carried = e;
            if (!e.time().basis().equals("sentence") && e.modality() == Modality.ASSERTED && e.background().isEmpty()) {
                List<Event> dated = events.stream().filter(x -> ownlyDated(x) && family(x).equals(family(e))
                        && sameParties(x, e)).toList();
                Optional<Event> before = dated.stream().filter(x -> x.trigger().start() < e.trigger().start()
                        && sameParagraph(text, x.sentenceSpan(), e.sentenceSpan())).reduce((a, b) -> b);
                if (before.isPresent()) {
                    carried = e.withTime(new EventTime(before.get().time().value(), "paragraph", before.get().time().span()));
                } else if (!dated.isEmpty() && dated.stream().map(x -> day(x.time().value().get())).distinct().count() == 1) {
                    carried = e.withTime(new EventTime(dated.get(0).time().value(), "happening", dated.get(0).time().span()));
                }
            }
            out.add(carried);
        }
        return out;
    }

    /**
     * Whether two acts may be one happening told twice: the same sources (none known in either, or
     * a code in common) and targets that agree (a code in common, or none known in one). "Georgian
     * troops shelled Tskhinvali on Thursday night" does not date "Russian tanks crossed into South
     * Ossetia".
     */
    private static boolean sameParties(Event a, Event b) {
        Set<String> sa = codes(a.source());
        Set<String> sb = codes(b.source());
        Set<String> ta = codes(a.target());
        Set<String> tb = codes(b.target());
        boolean sources = sa.isEmpty() && sb.isEmpty() || sa.stream().anyMatch(sb::contains);
        boolean targets = ta.isEmpty() || tb.isEmpty() || ta.stream().anyMatch(tb::contains);
        return sources && targets;
    }

    private static Set<String> codes(List<ActorMention> actors) {
        Set<String> out = new HashSet<>();
        actors.forEach(m -> m.code().ifPresent(c -> out.add(c.toString())));
        return out;
    }

    private static String family(Event e) {
        String root = e.cameo().root();
        return VIOLENT_ROOTS.contains(root) ? "violence" : root;
    }

    /** Whether {@code e} is dated to a day by a time expression of its own clause, told as done and no background. */
    private static boolean ownlyDated(Event e) {
        return e.time().basis().equals("sentence") && e.modality() == Modality.ASSERTED && e.background().isEmpty()
                && e.time().value().filter(v -> DAY_VALUE.matcher(v).lookingAt()).isPresent();
    }

    /** A value of day precision, or finer, of a known or not yet known year: "2008-08-12", "XXXX-WXX-6T20:00". */
    private static final Pattern DAY_VALUE = Pattern.compile("(?:\\d{4}|XXXX)-(?:\\d{2}-\\d{2}|WXX-\\d|W\\d{2}-\\d)");

    private static String day(String value) {
        Matcher m = DAY_VALUE.matcher(value);
        return m.lookingAt() ? m.group() : value;
    }

    /** Whether no line break stands between the two sentences (paragraphs are lines or blocks of the text). */
    private static boolean sameParagraph(String text, Span earlier, Span later) {
        return earlier.end() <= later.start() && text.substring(earlier.end(), later.start()).indexOf('\n') < 0;
    }

    /**
     * When the predicate at each of {@code predicates} (spans of the original text, any word: "met",
     * "talks") took place, dated as events are: by a time expression of its own clause, else
     * {@code reference}. For evaluating event dates on annotated corpora; a span in no sentence gets
     * {@link EventTime#NONE}.
     */
    public static List<EventTime> times(AnnotatedArticle article, List<Span> predicates, List<Timex> timexes,
            Optional<LocalDate> reference) {
        List<EventTime> out = new ArrayList<>();
        for (Span p : predicates) {
            Optional<Sentence> s = article.sentences().stream().filter(x -> x.span().contains(p)).findFirst();
            out.add(s.map(x -> time(new Tree(x), x.span(), p, timexes, reference)).orElse(EventTime.NONE));
        }
        return out;
    }

    /**
     * {@code result} with the events of the sentences {@code coded} gives a coding for replaced by
     * that coding, dated anew in {@code article}: how a reprint takes the coding of the first copy
     * of its sentences ({@link ReprintCoding}).
     */
    Result recoded(AnnotatedArticle article, Result result, Map<Integer, List<Event>> coded, List<Timex> timexes,
            Optional<LocalDate> reference) {
        if (coded.isEmpty()) {
            return result;
        }
        List<Event> events = new ArrayList<>();
        for (Event e : result.coded()) {
            if (!coded.containsKey(e.sentence())) {
                events.add(e);
            }
        }
        coded.forEach((index, list) -> events.addAll(dated(new Tree(article.sentences().get(index)), list, timexes,
                reference)));
        events.sort(Comparator.comparingInt((Event e) -> e.trigger().start()));
        List<Event> carried = carriedTimes(events, article.article().originalText());
        return Result.of(carried, unresolved(carried), result.skipped(), result.failures());
    }

    /** {@code events} of one sentence, each with its time and, when it is history, why. */
    private static List<Event> dated(Tree tree, List<Event> events, List<Timex> timexes, Optional<LocalDate> reference) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            Event timed = e.withTime(time(tree, e.sentenceSpan(), e.trigger(), timexes, reference));
            out.add(timed.withBackground(background(tree, timed, timexes, reference)));
        }
        return out;
    }

    private static List<UnresolvedActor> unresolved(List<Event> events) {
        List<UnresolvedActor> out = new ArrayList<>();
        for (Event e : events) {
            for (ActorMention a : concat(e.source(), e.target())) {
                if (!a.resolved() && out.stream().noneMatch(u -> u.actor().span().equals(a.span()))) {
                    out.add(new UnresolvedActor(e.sentence(), a));
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------
    // Background

    /** Days before the article's reference day after which a dated event is history, not news. */
    static final int HISTORY_DAYS = 180;

    private static final Set<String> SINCE = Set.of("since");

    /**
     * Why {@code e} is background, when it is: its clause is dated more than {@link #HISTORY_DAYS}
     * before the article's reference day ("a war in the 1980s that left 10,000 dead", "the 2008
     * war"), or it stands in a "since" phrase ("since the 1975 accords"). A date that starts a state
     * ("has kept troops there since 2008") dates no event.
     */
    private static Optional<String> background(Tree tree, Event e, List<Timex> timexes, Optional<LocalDate> reference) {
        int t = tokenAt(tree, e.trigger());
        if (t < 0) {
            return Optional.empty();
        }
        int clause = tree.clause(t);
        for (int x = t; x >= 0; x = tree.head(x)) {
            if (tree.hasChild(x, SINCE, "case", "mark")) {
                return Optional.of("in a 'since' phrase: history the sentence recalls");
            }
            if (x == clause) {
                break;
            }
        }
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        LocalDate limit = reference.get().minusDays(HISTORY_DAYS);
        for (Timex x : timexes) {
            if (x.type() != TimexType.DATE || !e.sentenceSpan().contains(x.span())) {
                continue;
            }
            Optional<LocalDate> last = lastDay(x.value().value());
            int head = tokenAt(tree, x.span());
            if (last.isEmpty() || !last.get().isBefore(limit) || head < 0 || tree.preposition(head).equals("since")) {
                continue;
            }
            if (tree.clause(head) == clause || above(tree, t, head)) {
                long days = ChronoUnit.DAYS.between(last.get(), reference.get());
                String age = days >= 730 ? days / 365 + " years" : days / 30 + " months";
                return Optional.of("dated " + x.value().value() + ", " + age + " before the article");
            }
        }
        return Optional.empty();
    }

    /** The last day a date value covers: a day, month, week, quarter or year, a decade ("198") or a century ("19"). */
    private static Optional<LocalDate> lastDay(String value) {
        Optional<LocalDate[]> range = new TimexValue(value).range();
        if (range.isPresent()) {
            return Optional.of(range.get()[1]);
        }
        if (value.matches("\\d{3}")) {
            return Optional.of(LocalDate.of(Integer.parseInt(value) * 10 + 9, 12, 31));
        }
        if (value.matches("\\d{2}")) {
            return Optional.of(LocalDate.of(Integer.parseInt(value) * 100 + 99, 12, 31));
        }
        return Optional.empty();
    }

    /** Whether {@code ancestor} is {@code i} or stands above it. */
    private static boolean above(Tree tree, int ancestor, int i) {
        for (int x = i, steps = 0; x >= 0 && steps <= tree.size(); x = tree.head(x), steps++) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The last token of {@code span} in the sentence (a phrase's head, mostly), or -1. */
    /**
     * WordNet's files of verbs of knowing, perceiving and feeling. Not of saying: "declared a
     * ceasefire", "proposed talks" are the act.
     */
    private static final Set<String> MENTAL = Set.of("verb.cognition", "verb.perception", "verb.emotion");

    /**
     * Whether the verb at {@code i}, which holds a nominal event, only judges it ("police believe the
     * shooting was a robbery", "witnesses saw the attack"): by its most common WordNet sense, a verb
     * of knowing, perceiving or feeling. Its subject did not do the act.
     */
    private static boolean judges(Tree tree, int i) {
        List<WordNet.Sense> senses = SharedWordNet.get().senses(tree.lemma(i), WordNet.Pos.VERB);
        return !senses.isEmpty() && MENTAL.contains(senses.get(0).lexFile());
    }

    /**
     * Whether {@code m} names several ("police", "officials"): then "he" or "she" in what it says is
     * someone else ("police said he pulled out a gun").
     */
    private static boolean plural(Tree tree, ActorMention m) {
        int head = tokenAt(tree, m.span());
        return head >= 0 && (tree.token(head).pos().startsWith("NNS") || tree.token(head).pos().equals("NNPS")
                || Set.of("police", "authorities", "military").contains(tree.lemma(head)));
    }

    private static int tokenAt(Tree tree, Span span) {
        int found = -1;
        for (int i = 0; i < tree.size(); i++) {
            Span w = tree.token(i).span();
            if (w.start() >= span.start() && w.start() < span.end()) {
                found = i;
            }
        }
        return found;
    }

    /**
     * The event a text is chiefly about: the one whose trigger stands highest in its sentence's
     * parse (a matrix verb before the clauses it embeds), the first of equals.
     */
    public static Optional<Event> main(List<Event> events, AnnotatedArticle article) {
        return events.stream().min(Comparator.comparingInt((Event e) -> e.sentence())
                .thenComparingInt(e -> depth(article.sentences().get(e.sentence()), e.trigger())));
    }

    private static int depth(Sentence s, Span trigger) {
        for (var t : s.tokens()) {
            if (t.span().equals(trigger)) {
                return new Tree(s).depth(t.index());
            }
        }
        return Integer.MAX_VALUE;
    }

    // ---------------------------------------------------------------------------------------------
    // One sentence

    /**
     * A trigger found in the sentence: the entry it matched, what decided its family ("table",
     * "wordnet" or "model"), the WordNet path when WordNet did, and the model's view of it when the
     * model weighed it, with the probability the model gives its family (NaN when it did not).
     */
    /**
     * A trigger found: its entry, how it was found ({@code table}, {@code wordnet}, {@code model}),
     * and the event-type model's view of it ({@code score}: the probability of its root, {@code none}:
     * of no event, NaN when the model did not weigh it; {@code top}: the root is the model's first).
     */
    private record Frame(int token, Entry entry, String basis, Optional<String> via, Optional<String> view,
            double score, double none, boolean top) {
        Frame(int token, Entry entry) {
            this(token, entry, "table", Optional.empty(), Optional.empty(), Double.NaN, Double.NaN, false);
        }

        Frame withView(String newView, double newScore, double newNone, boolean newTop) {
            return new Frame(token, entry, basis, via, Optional.of(newView), newScore, newNone, newTop);
        }
    }

    private List<Event> code(Tree tree, Actors actors) {
        if (tree.size() > MAX_TOKENS) {
            return List.of(); // a run-on of this length is a list or table, not a sentence
        }
        Map<Integer, Frame> frames = new LinkedHashMap<>();
        for (int i = 0; i < tree.size(); i++) {
            match(tree, i).ifPresent(f -> frames.put(f.token(), f));
        }
        if (mode != Mode.RULES && namesActor(tree)) {
            weigh(tree, actors, frames);
        }
        // "X said Y must ...": a demand even when what Y must do is no trigger.
        for (int i = 0; i < tree.size(); i++) {
            if (!frames.containsKey(i) && tree.isVerb(i) && Syntax.obliged(tree, i) && tree.head(i) >= 0
                    && Syntax.SAY.contains(tree.lemma(tree.head(i))) && tree.child(i, "nsubj").isPresent()) {
                frames.put(i, new Frame(i, new Entry(tree.lemma(i), "V", Set.of(OBLIGATION_MARK), codebook.code("100"),
                        Optional.empty())));
            }
        }
        // A stance trigger takes the act in its complement: "agreed to meet", "refused to release".
        Map<Integer, Integer> actOf = new HashMap<>();
        Set<Integer> consumed = new HashSet<>();
        List<Integer> order = new ArrayList<>(frames.keySet());
        order.sort(Comparator.comparingInt(tree::depth));
        for (int i : order) {
            Frame f = frames.get(i);
            if (f.entry().stance().isPresent() && !consumed.contains(i)) {
                Optional<Integer> act = embeddedAct(tree, i, frames, consumed);
                act.ifPresent(a -> {
                    actOf.put(i, a);
                    consumed.add(a);
                });
            }
        }
        // A noun trigger that is the object of a coded verb is part of that verb's event
        // ("signed a ceasefire agreement", "violated the truce").
        for (Frame f : frames.values()) {
            int h = tree.head(f.token());
            if (!f.entry().pos().equals("V") && h >= 0 && frames.containsKey(h) && !actOf.containsKey(h)
                    && frames.get(h).entry().code().isPresent() && tree.base(f.token()).equals("obj")) {
                consumed.add(f.token());
            }
        }
        // A listed phrase that reports no event keeps its complement from being one: "pleaded guilty".
        for (Frame f : frames.values()) {
            Frame h = frames.get(tree.head(f.token()));
            if (h != null && h.entry().code().isEmpty() && h.entry().stance().isEmpty()) {
                consumed.add(f.token());
            }
        }
        List<Event> out = new ArrayList<>();
        Map<Integer, Event> holder = new HashMap<>(); // trigger and held act tokens -> their event
        for (int i : order) {
            if (consumed.contains(i)) {
                continue;
            }
            Optional<Event> built = build(tree, actors, frames.get(i), Optional.ofNullable(actOf.get(i)).map(frames::get))
                    .map(e -> governed(tree, frames.get(i).token(), predicate(tree, frames.get(i).token()), e, holder));
            built.ifPresent(e -> {
                out.add(e);
                holder.put(i, e);
                Optional.ofNullable(actOf.get(i)).ifPresent(a -> holder.put(a, e));
            });
        }
        out.sort(Comparator.comparingInt(e -> e.trigger().start()));
        return scored(tree, onePerClause(tree, out), frames);
    }

    /** {@code events} of one sentence, each with its confidence. */
    private List<Event> scored(Tree tree, List<Event> events, Map<Integer, Frame> frames) {
        List<Event> out = new ArrayList<>(events.size());
        String text = plain(tree);
        for (Event e : events) {
            Frame f = frames.get(tokenAt(tree, e.trigger()));
            if (f == null) {
                out.add(e);
                continue;
            }
            String pos = f.entry().pos();
            WordNet.Pos wnPos = pos.equals("V") ? WordNet.Pos.VERB : pos.equals("N") ? WordNet.Pos.NOUN
                    : WordNet.Pos.ADJECTIVE;
            ConfidenceFeatures.Trigger trigger = new ConfidenceFeatures.Trigger(f.basis(), f.score(), f.none(), f.top(),
                    pos, !f.entry().with().isEmpty(), SharedWordNet.get().senses(tree.lemma(f.token()), wnPos).size());
            out.add(e.withConfidence(confidence.score(ConfidenceFeatures.of(e, trigger, events.size(), text))));
        }
        return out;
    }

    /**
     * The main event of each clause: the one whose trigger stands highest in the clause, the first
     * of equals ("killed two soldiers in clashes" is the killing). Events of one trigger (a meeting
     * of three split source by source) stay together.
     */
    private static List<Event> onePerClause(Tree tree, List<Event> events) {
        if (events.size() < 2) {
            return events;
        }
        Map<Integer, Integer> main = new HashMap<>();
        for (Event e : events) {
            int t = tokenAt(tree, e.trigger());
            main.merge(tree.clause(t), t, (a, b) -> tree.depth(b) < tree.depth(a) ? b : a);
        }
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            int t = tokenAt(tree, e.trigger());
            if (main.get(tree.clause(t)) == t) {
                out.add(e);
            }
        }
        return out;
    }

    /** The trigger entry token {@code i} matches, if any. */
    private Optional<Frame> match(Tree tree, int i) {
        String pos = tree.token(i).pos();
        String rel = tree.relation(i);
        boolean held = rel.equals("compound") && i < tree.size() && tree.head(i) >= 0
                && Syntax.HOLDERS.contains(tree.lemma(tree.head(i)));
        if ((rel.equals("compound") && !held) || rel.equals("amod") || rel.startsWith("flat")) {
            return Optional.empty(); // "ceasefire monitors", "the besieged town": a modifier, not an event
        }
        List<String> kinds = new ArrayList<>();
        if (pos.startsWith("VB")) {
            kinds.add("V");
            if (pos.equals("VBN")) {
                // "is committed to", "are prepared to": an adjective, whose subject is the one committed.
                kinds.add(tree.children(i, "aux:pass", "cop").isEmpty() ? 1 : 0, "A");
            }
        } else if (pos.startsWith("NN")) {
            kinds.add("N");
        } else if (pos.startsWith("JJ")) {
            kinds.add("A");
        }
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        Set<String> words = null;
        for (String kind : kinds) {
            // An adjective is listed as written ("committed", "prepared"); its lemma may be the verb's.
            List<Entry> entries = kind.equals("A") && lexicon.entries(tree.lemma(i), kind).isEmpty()
                    ? lexicon.entries(tree.token(i).word(), kind) : lexicon.entries(tree.lemma(i), kind);
            for (Entry e : entries) {
                if (e.with().isEmpty()) {
                    return Optional.of(new Frame(i, e));
                }
                if (words == null) {
                    words = phraseWords(tree, i);
                }
                for (String w : e.with()) {
                    if (words.contains(w)) {
                        return Optional.of(new Frame(i, e));
                    }
                }
            }
            if (!entries.isEmpty()) {
                return Optional.empty(); // a listed trigger whose words are missing takes no family either
            }
        }
        return family(tree, i, kinds.get(0));
    }

    /** Tokens longer than this make no sentence but a list or a table: not coded. */
    private static final int MAX_TOKENS = 200;

    /**
     * Lets the model weigh each candidate of the sentence: it may drop a listed trigger it is sure
     * reports nothing here, keeps a WordNet family only when it supports it, and adds a trigger of
     * its own where neither the table nor WordNet knows the word. Each frame kept is told the
     * model's view, for explanations.
     */
    private void weigh(Tree tree, Actors actors, Map<Integer, Frame> frames) {
        float[] embedding = encoder.get().embed(plain(tree));
        for (int i : candidates(tree)) {
            Optional<Frame> frame = Optional.ofNullable(frames.get(i));
            double[] p = model.get().probabilities(features(tree, i, frame, actors, embedding));
            int best = 0;
            for (int c = 1; c < p.length; c++) {
                best = p[c] > p[best] ? c : best;
            }
            String view = "model: " + (best == 0 ? "no event" : "root " + EventModel.CLASSES.get(best))
                    + String.format(Locale.ROOT, " %.2f, no event %.2f", p[best], p[0]);
            if (mode == Mode.MODEL) {
                decideAlone(tree, frames, i, frame, p, best, view);
            } else if (frame.isPresent() && frame.get().entry().code().isPresent()) {
                Frame f = frame.get();
                String root = f.entry().code().get().root();
                int mine = EventModel.CLASSES.indexOf(root);
                boolean keep = f.basis().equals("table") ? p[0] < VETO : mine > 0 && p[mine] >= FAMILY_SUPPORT;
                if (keep) {
                    frames.put(i, f.withView(view + String.format(Locale.ROOT, ", root %s %.2f", root,
                            mine > 0 ? p[mine] : 0.0), mine > 0 ? p[mine] : 0.0, p[0], mine == best));
                } else {
                    frames.remove(i);
                }
            } else if (frame.isEmpty() && best > 0 && p[best] >= MODEL_ALONE) {
                modelFrame(tree, i, EventModel.CLASSES.get(best), view, p[best], p[0]).ifPresent(f -> frames.put(f.token(), f));
            }
        }
    }

    /** The model alone decides: a frame of the family it names, keeping a listed one of that family for its code and stance. */
    private void decideAlone(Tree tree, Map<Integer, Frame> frames, int i, Optional<Frame> frame, double[] p, int best,
            String view) {
        if (frame.isPresent() && frame.get().entry().code().isEmpty()) {
            return; // a stance with no act of its own ("plans to"): it only holds the act it governs
        }
        if (best == 0 || p[best] < MODEL_ALONE) {
            frames.remove(i);
            return;
        }
        String root = EventModel.CLASSES.get(best);
        if (frame.isPresent() && frame.get().entry().code().get().root().equals(root)) {
            frames.put(i, frame.get().withView(view, p[best], p[0], true));
            return;
        }
        Optional<Frame> made = modelFrame(tree, i, root, view, p[best], p[0]);
        if (made.isPresent()) {
            frames.put(i, made.get());
        } else {
            frames.remove(i);
        }
    }

    /** A frame the model makes for token {@code i}: the general code of {@code root} ("190" for 19). */
    private Optional<Frame> modelFrame(Tree tree, int i, String root, String view, double score, double none) {
        Optional<CameoCode> code = codebook.code(root + "0").or(() -> codebook.code(root));
        String kind = tree.isVerb(i) ? "V" : "N";
        return code.map(c -> new Frame(i, new Entry(tree.lemma(i), kind, Set.of(), Optional.of(c), Optional.empty()),
                "model", Optional.empty(), Optional.of(view), score, none, true));
    }

    /** The predicates the model weighs: verbs that are no auxiliary, event nouns, and listed adjectives. */
    private List<Integer> candidates(Tree tree) {
        List<Integer> out = new ArrayList<>();
        for (int i = tree.contentStart(); i < tree.size(); i++) {
            String pos = tree.token(i).pos();
            String rel = tree.relation(i);
            if (rel.startsWith("aux") || rel.equals("cop") || rel.equals("compound") || rel.startsWith("flat")) {
                continue;
            }
            String lemma = tree.lemma(i);
            if (pos.startsWith("VB") && !Set.of("be", "have", "do").contains(lemma)) {
                out.add(i);
            } else if (pos.startsWith("NN") && !pos.startsWith("NNP")
                    && (!lexicon.entries(lemma, "N").isEmpty() || isEventNoun(lemma))) {
                out.add(i);
            } else if (pos.startsWith("JJ") && !lexicon.entries(tree.token(i).word(), "A").isEmpty()) {
                out.add(i);
            }
        }
        return out;
    }

    private static boolean isEventNoun(String lemma) {
        List<WordNet.Sense> senses = SharedWordNet.get().senses(lemma, WordNet.Pos.NOUN);
        return !senses.isEmpty() && (senses.get(0).lexFile().equals("noun.act") || senses.get(0).lexFile().equals("noun.event"));
    }

    private float[] features(Tree tree, int i, Optional<Frame> frame, Actors actors, float[] embedding) {
        Optional<Frame> listed = frame.filter(f -> f.basis().equals("table"));
        Optional<String> table = listed.flatMap(f -> f.entry().code()).map(CameoCode::root)
                .filter(ModelFeatures.ROOTS::contains);
        boolean stance = listed.flatMap(f -> f.entry().stance()).isPresent();
        Optional<String> family = frame.filter(f -> f.basis().equals("wordnet")).flatMap(f -> f.entry().code())
                .map(CameoCode::root).filter(ModelFeatures.ROOTS::contains);
        if (frame.isEmpty()) {
            family = family(tree, i, tree.isVerb(i) ? "V" : "N").flatMap(f -> f.entry().code()).map(CameoCode::root)
                    .filter(ModelFeatures.ROOTS::contains);
        }
        boolean subject = Syntax.subject(tree, i).map(h -> actors.namesKnown(tree, h)).orElse(false);
        boolean object = tree.child(i, "obj").map(h -> actors.namesKnown(tree, h)).orElse(false);
        return ModelFeatures.vector(embedding, tree, i, table, stance, family, SharedWordNet.get(), subject, object);
    }

    /** Whether the sentence names any actor the knowledge base knows: else it can code no event, and needs no model. */
    private boolean namesActor(Tree tree) {
        return kb.resolve(plain(tree)).isPresent();
    }

    /** The sentence's words, without markup: what the sentence encoder reads. */
    private static String plain(Tree tree) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tree.size(); i++) {
            sb.append(i == 0 ? "" : " ").append(tree.token(i).word());
        }
        return sb.toString();
    }

    /** A word the table lacks, taken into a trigger's family through WordNet ("shelled → bombard → 194"). */
    private Optional<Frame> family(Tree tree, int i, String kind) {
        String lemma = tree.lemma(i);
        if (kind.equals("A") || NO_FAMILY.contains(lemma) || tree.token(i).pos().startsWith("NNP")
                || Syntax.SAY.contains(lemma) || LIGHT.contains(lemma) || lemma.length() < 3) {
            return Optional.empty();
        }
        return families.find(lemma, kind).map(f -> new Frame(i, new Entry(lemma, kind, Set.of(), Optional.of(f.code()),
                Optional.empty()), "wordnet", Optional.of(f.path()), Optional.empty(), Double.NaN, Double.NaN, false));
    }

    /** Whether token {@code i} names a time ("on Saturday", "at breakfast time", "in 1999"), not a party to an act. */
    private static boolean when(Tree tree, int i) {
        String word = tree.token(i).word();
        String pos = tree.token(i).pos();
        if ((pos.startsWith("NNP") && Syntax.DAYS_AND_MONTHS.contains(word.toLowerCase(Locale.ROOT))) || pos.equals("CD")) {
            return true; // "on Saturday", "in March" (not "called for a march")
        }
        if (!pos.startsWith("NN") || pos.startsWith("NNP")) {
            return false;
        }
        List<WordNet.Sense> senses = SharedWordNet.get().senses(tree.lemma(i), WordNet.Pos.NOUN);
        return !senses.isEmpty() && senses.get(0).lexFile().equals("noun.time");
    }

    /** Lemmas of the trigger's own phrase: objects, particles, prepositions, compounds, two levels down (three through an object's "of"). */
    private static Set<String> phraseWords(Tree tree, int i) {
        Set<String> words = new HashSet<>();
        for (int c : tree.children(i, "obj", "iobj", "obl", "nmod", "compound", "amod", "xcomp", "nsubj:pass",
                "case", "det", "advmod")) {
            if (tree.relation(c).startsWith("obl") && when(tree, c)) {
                continue; // "was called ... on Saturday": the time's preposition is no part of the phrase ("call on")
            }
            words.add(tree.lemma(c));
            for (int g : tree.children(c, "compound", "amod", "case", "nmod", "obj")) {
                words.add(tree.lemma(g));
                if (tree.base(c).equals("obj") && tree.base(g).equals("nmod")) {
                    // "suspended part of a military aid program", "mobilized supporters against the government"
                    tree.children(g, "compound", "amod", "case").forEach(x -> words.add(tree.lemma(x)));
                }
            }
        }
        for (int c : tree.children(i, "obj", "nsubj:pass")) {
            // The object's WordNet class, for entries that need one: "captured 26 pirates" (@person)
            String pos = tree.token(c).pos();
            if (pos.startsWith("NN") && !pos.startsWith("NNP")) {
                SharedWordNet.get().senses(tree.lemma(c), WordNet.Pos.NOUN).stream().findFirst()
                        .ifPresent(sense -> words.add("@" + sense.lexFile().substring("noun.".length())));
            }
        }
        for (int c : tree.children(i, "advcl", "ccomp", "xcomp")) {
            // "called on Sudan's government to let ...", parsed with "on" marking the clause
            tree.children(c, "mark").stream().filter(m -> m == i + 1).forEach(m -> words.add(tree.lemma(m)));
        }
        return words;
    }

    /**
     * {@code e}, or {@code e} with the modality of what governs it: an act a verb prevented
     * ("thwarted an attack": negated); a stance word modifying it ("was due to fly"); or, for an
     * infinitive, an event that did not happen, a stance word, a verb of trying or a modal on the
     * governing verb ("refused to allow the convoy to cross", "are due to sign a treaty", "tried
     * to talk", "would begin to pull back"). {@code holder} has the events built so far (shallower
     * first) by their trigger and held act.
     */
    private Event governed(Tree tree, int trigger, int predicate, Event e, Map<Integer, Event> holder) {
        if (e.modality() != Modality.ASSERTED) {
            return e;
        }
        if (prevented(tree, trigger)) {
            return held(e, Modality.NEGATED, "prevented ('" + tree.token(tree.head(trigger)).word() + "')");
        }
        for (int c : tree.children(predicate, "advmod", "amod")) {
            // "was due to fly", parsed with "due" modifying the act
            Optional<Stance> stance = match(tree, c).flatMap(f -> f.entry().stance());
            if (stance.isPresent()) {
                return held(e, stanceModality(stance.get(), Modality.ASSERTED), "held by '" + tree.token(c).word() + "'");
            }
        }
        int node = predicate;
        for (int step = 0; step < 3; step++) {
            int h = tree.head(node);
            if (h < 0 || !tree.hasChild(node, Set.of("to"), "mark")
                    || !Set.of("xcomp", "acl", "advcl", "ccomp").contains(tree.base(node))) {
                break;
            }
            Event g = holder.get(h);
            Optional<Frame> f = g == null ? match(tree, h) : Optional.empty();
            int head = h;
            Modality held = g != null ? g.modality()
                    : f.flatMap(x -> x.entry().stance()).map(st -> stanceModality(st, Modality.ASSERTED))
                            .orElseGet(() -> CONATIVE.contains(tree.lemma(head)) ? Modality.PLANNED
                                    : tree.isVerb(head) ? Modalities.modality(tree, head, head) : Modality.ASSERTED);
            if (held != Modality.ASSERTED) {
                return held(e, held, "in the complement of '" + tree.token(h).word() + "'");
            }
            node = h;
        }
        return e;
    }

    /** {@code e} with {@code modality}; an act announced or possible is coded as the intent, as {@link #build} does. */
    private Event held(Event e, Modality modality, String why) {
        String rule = e.rule() + "; " + why + ", " + modality.label();
        Optional<CameoCode> intent = intent(e.cameo(), modality);
        return e.withModality(intent.orElse(e.cameo()), modality,
                rule + intent.map(i -> ": coded as the intent " + i.code()).orElse(""));
    }

    /** The code of the intent to do {@code act}, when it is announced or possible and CAMEO codes the intent apart. */
    private Optional<CameoCode> intent(CameoCode act, Modality modality) {
        if (modality != Modality.PLANNED && modality != Modality.HYPOTHETICAL) {
            return Optional.empty();
        }
        return codebook.withStance(act, Stance.INTENDED).filter(i -> !i.code().equals(act.code()));
    }

    /** Roots of violence, which an accident or a wound to oneself is not. */
    private static final Set<String> VIOLENCE = Set.of("18", "19", "20");
    private static final Set<String> ACCIDENTAL = Set.of("accidentally", "accidental", "unintentionally",
            "unintentional", "inadvertently", "inadvertent", "mistakenly", "self-inflicted");
    private static final Set<String> REFLEXIVE = Set.of("himself", "herself", "themselves", "myself", "yourself");

    /** Words of guns and shooting, with which an accident word tells of a gun accident. */
    private static final Set<String> GUN_WORDS = Set.of("shoot", "shooting", "shot", "gun", "handgun", "rifle", "shotgun",
            "pistol", "firearm", "gunshot", "discharge", "hunting", "hunter", "weapon", "bullet", "fire");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");

    /**
     * Whether a sentence of the article calls a shooting an accident: "a hunting accident", "a gun
     * accident", or a word of accident ("accidental", "accidentally", "unintentionally",
     * "self-inflicted") not negated ("was not accidental") in a sentence with a word of guns or
     * shooting.
     */
    private static boolean tellsOfGunAccident(List<Tree> trees) {
        for (Tree tree : trees) {
            if (tree == null) {
                continue;
            }
            boolean gun = false;
            boolean accident = false;
            for (int i = 0; i < tree.size(); i++) {
                String lemma = tree.lemma(i).toLowerCase(Locale.ROOT);
                gun |= GUN_WORDS.contains(lemma);
                boolean word = lemma.equals("accident") ? tree.hasChild(i, GUN_WORDS, "compound", "amod")
                        : ACCIDENTAL.contains(lemma) && !lemma.equals("mistakenly");
                if (word && !negated(tree, i)) {
                    accident = true;
                }
            }
            if (gun && accident) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the two words before token {@code i}, or its head's negation, negates it. */
    private static boolean negated(Tree tree, int i) {
        for (int j = Math.max(0, i - 2); j < i; j++) {
            if (NEGATIONS.contains(tree.lemma(j).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        int h = tree.head(i);
        return h >= 0 && tree.hasChild(h, NEGATIONS, "advmod");
    }

    /**
     * Whether the event noun at {@code trigger} is said to be an accident: the subject of "accidental"
     * ("the shooting was accidental", "determined that a shooting was accidental") or of a verb that
     * takes it ("the shooting appears to be accidental").
     */
    private static boolean judgedAccidental(Tree tree, int trigger) {
        int h = tree.head(trigger);
        return h >= 0 && tree.relation(trigger).startsWith("nsubj")
                && (ACCIDENTAL.contains(tree.lemma(h)) || tree.hasChild(h, ACCIDENTAL, "xcomp", "ccomp"));
    }

    /**
     * Whether {@code m} is an actor that uses military force: an armed force or group (by its
     * sector: "LBNREBHEZ" too), a state named as such (a code with no sector, or a government), an
     * international organization or militant group, or an office holder of the knowledge base.
     */
    private boolean forceUser(ActorMention m) {
        if (m.code().isEmpty()) {
            return kb.sector(m.text()).filter(ARMED::contains).isPresent(); // "air force jets", "militiamen"
        }
        ActorCode code = m.code().get();
        Optional<String> sector = code.sector();
        return sector.isEmpty() || Set.of("IGO", "IMG").contains(code.base()) || code.groups().stream().anyMatch(ARMED::contains)
                || sector.get().equals("GOV")
                || Actors.knownPerson(m.reasons());
    }

    /** {@code mentions} without towns: "the Houston shooting" was not done by Houston, "the Russian attack" by Russia. */
    private static List<ActorMention> notTown(List<ActorMention> mentions) {
        return mentions.stream().filter(m -> m.reasons().stream().noneMatch(r -> r.startsWith("place '"))).toList();
    }

    /** Codes of military force that only an armed force or a state uses: military force and small-arms fighting. */
    private static final Set<String> MILITARY_FORCE = Set.of("190", "193");
    /** Verbs of attack that also attack ideas. */
    private static final Set<String> VERBAL_ATTACKS = Set.of("attack", "assail", "assault", "hit", "blast", "slam",
            "target", "strike");

    /** Sectors of armed state or armed-group actors, who use force as forces do. */
    private static final Set<String> ARMED = Set.of("MIL", "REB", "SEP", "INS", "SPY");

    /** Verbs of trying and wanting: "tried to talk to witnesses" does not report the talk. */
    private static final Set<String> CONATIVE = Set.of("try", "attempt", "seek", "hope", "want", "wish", "aim",
            "strive", "struggle", "endeavour", "endeavor", "scramble");

    /** The nearest act in the complement of stance trigger {@code i}, if there is one. */
    private static Optional<Integer> embeddedAct(Tree tree, int i, Map<Integer, Frame> frames, Set<Integer> consumed) {
        Deque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {i, 0});
        while (!queue.isEmpty()) {
            int[] at = queue.poll();
            for (int c : tree.children(at[0], "xcomp", "ccomp", "obj", "obl", "nmod", "acl", "nsubj:pass",
                    "advcl", "dep")) {
                String base = tree.base(c);
                boolean infinitive = tree.hasChild(c, Set.of("to"), "mark") || tree.children(c, "mark").contains(i + 1);
                if ((base.equals("advcl") && at[0] == i && !infinitive) || (base.equals("obl") && at[0] != i)) {
                    // "rejected the plan after the attack", "warned it would respond to any attack":
                    // the attack is neither rejected nor threatened; "called on X to let" is the call's act
                    continue;
                }
                Frame f = frames.get(c);
                if (f != null && !consumed.contains(c)
                        && (f.entry().code().isPresent() || f.entry().stance().isPresent())) {
                    return Optional.of(c);
                }
                if (at[1] < 2) {
                    queue.add(new int[] {c, at[1] + 1});
                }
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------------------------------------
    // Building an event

    private Optional<Event> build(Tree tree, Actors actors, Frame frame, Optional<Frame> act) {
        Entry entry = frame.entry();
        int predicate = predicate(tree, frame.token());
        Optional<CameoCode> actCode = act.flatMap(a -> a.entry().code());
        Modality modality = Modalities.modality(tree, predicate, frame.token());
        CameoCode cameo;
        CameoCode actCoded;
        List<String> rule = new ArrayList<>();
        rule.add("trigger '" + tree.token(frame.token()).word() + "' = " + entry.describe()
                + frame.via().map(v -> " by WordNet: " + v).orElseGet(() -> entry.code().map(c -> " -> " + c.code()).orElse(""))
                + frame.view().map(v -> " [" + v + "]").orElse(""));
        if (entry.stance().isPresent() && actCode.isPresent()) {
            Stance stance = entry.stance().get();
            actCoded = actCode.get();
            // A denial is of the act itself: "denied shelling the town" is the shelling, denied.
            cameo = stance == Stance.DENIED ? actCoded
                    : codebook.withStance(actCoded, stance).or(() -> entry.code()).orElse(actCoded);
            rule.add("holds the act '" + tree.token(act.get().token()).word() + "' (" + actCoded.code()
                    + ") as " + stance.name().toLowerCase() + " -> " + cameo.code());
            modality = stanceModality(stance, modality);
        } else if (entry.code().isPresent()) {
            cameo = entry.code().get();
            actCoded = cameo;
            if (entry.stance().isPresent() && entry.stance().get() != Stance.DENIED) {
                // "called on Iraq to let them go", "rejected the request": the appeal or refusal says what
                // becomes of an act even when the act itself is no trigger.
                modality = stanceModality(entry.stance().get(), modality);
            }
            Optional<CameoCode> intent = intent(cameo, modality);
            if (intent.isPresent()) {
                rule.add("announced, not done: coded as the intent " + intent.get().code());
                cameo = intent.get();
            }
        } else {
            return Optional.empty(); // a stance with nothing to hold ("plans" with no act)
        }
        if (cameo.root().equals("13") && actCoded.root().equals("15") && protective(tree)) {
            // "will send troops to join the peacekeeping force": an offer of protection, not a threat.
            Optional<CameoCode> protection = codebook.code(modality == Modality.ASSERTED ? "074" : "0334");
            if (protection.isPresent()) {
                rule.add("troops sent to protect or keep the peace: " + protection.get().code() + ", not a threat");
                cameo = protection.get();
            }
        }
        boolean failed = tree.base(predicate).equals("xcomp") && tree.lemma(tree.head(predicate)).equals("fail");
        if (modality == Modality.NEGATED && COOPERATION.contains(cameo.root())
                && (failed || Modalities.futureOrStance(tree, predicate, entry))) {
            // "will not accept", "failed to reach agreement": CAMEO codes the refusal. A plain
            // past negation ("did not meet") stays the act, negated.
            Optional<CameoCode> refusal = codebook.withStance(actCoded, Stance.REFUSED);
            if (refusal.isPresent()) {
                rule.add("negated cooperation: coded as the rejection " + refusal.get().code());
                cameo = refusal.get();
                modality = failed ? Modality.NEGATED : Modality.REFUSED;
            }
        }

        // Source and target.
        Roles roles = roles(tree, actors, frame.token(), predicate, entry, rule);
        if (act.isPresent() && RAISING.contains(tree.lemma(frame.token()))) {
            // "Bush is set to meet Putin", "talks are expected to resume": the subject is who is to act.
            Optional<Integer> subject = tree.child(predicate, "nsubj", "nsubj:pass");
            if (subject.isPresent()) {
                List<ActorMention> who = actors.phrase(tree, subject.get());
                roles.target.removeIf(t -> who.stream().anyMatch(w -> w.span().equals(t.span())));
                roles.source.clear();
                add(roles.source, who, rule, "source from the subject of '" + tree.token(frame.token()).word() + " to'");
            }
        }
        if (act.isPresent()) {
            int actToken = act.get().token();
            // The held act is not a target ("a summit ... was ruled out", "postponed talks with Tbilisi").
            Span actSpan = tree.token(actToken).span();
            roles.target.removeIf(t -> t.span().contains(actSpan));
            int actPredicate = predicate(tree, actToken);
            Roles inner = roles(tree, actors, actToken, actPredicate, act.get().entry(), new ArrayList<>());
            Stance stance = entry.stance().orElse(Stance.INTENDED);
            boolean aimedAtOther = stance == Stance.APPEALED || stance == Stance.DEMANDED;
            if (roles.target.isEmpty()) {
                // An appeal or demand is aimed at who is to act; an agreement or refusal at whom the act concerns.
                List<ActorMention> from = !aimedAtOther ? inner.target
                        : !sameActors(inner.source, roles.source) ? inner.source : List.of();
                roles.target.addAll(from);
                if (!from.isEmpty()) {
                    rule.add("target from the held act's " + (from == inner.source ? "subject" : "object"));
                }
            }
            if (roles.source.isEmpty() && !aimedAtOther) {
                roles.source.addAll(inner.source);
            }
        }
        if (act.isEmpty() && roles.target.isEmpty() && entry.stance().filter(x -> x == Stance.APPEALED
                || x == Stance.DEMANDED).isPresent()) {
            // "demanded that Beijing grant universal suffrage": who is to act is whom the demand is aimed at.
            for (int c : tree.children(predicate, "ccomp", "xcomp")) {
                tree.child(c, "nsubj", "nsubj:pass").ifPresent(subject -> {
                    List<ActorMention> who = actors.phrase(tree, subject);
                    if (roles.target.isEmpty() && who.stream().anyMatch(ActorMention::resolved)) {
                        add(roles.target, who, rule, "target: who is to act, '" + who.get(0).text() + "'");
                    }
                });
            }
        }
        Optional<ActorMention> claimant = Attribution.claimant(tree, actors, predicate);
        if (claimant.isPresent() && !roles.source.isEmpty() && roles.source.stream().allMatch(
                a -> a.text().matches("(?i)it|they|he|she|we|its|their|who|which"))
                && !(roles.source.stream().allMatch(a -> a.text().matches("(?i)he|she")) && plural(tree, claimant.get()))) {
            roles.source.clear();
            roles.source.add(claimant.get());
            rule.add("source is who reports it: '" + claimant.get().text() + "'");
        }
        if (claimant.isPresent() && claimant.get().resolved() && Syntax.obliged(tree, predicate)
                && !sameActors(roles.source, List.of(claimant.get()))) {
            // "Russia said Sudan must return the helicopter": Russia demands it of Sudan.
            CameoCode demand = codebook.withStance(actCoded, Stance.DEMANDED).or(() -> codebook.code("100")).orElse(cameo);
            rule.add("'must' in what '" + claimant.get().text() + "' says: a demand, " + demand.code());
            cameo = demand;
            modality = Modality.REQUESTED;
            roles.target.clear();
            roles.target.addAll(roles.source);
            roles.source.clear();
            roles.source.add(claimant.get());
        }
        if (entry.with().contains(OBLIGATION_MARK) && modality != Modality.REQUESTED) {
            return Optional.empty(); // "must" with no known speaker is no demand anyone made
        }
        roles.target.removeIf(t -> roles.source.stream().anyMatch(s -> s.span().equals(t.span())));
        Optional<int[]> place = Syntax.place(tree, predicate, frame.token());
        if (place.isPresent() && ACTED_IN_PLACE.contains(cameo.root())) {
            String where = Syntax.words(tree, place.get());
            located(roles.source, where, actors, rule);
            located(roles.target, where, actors, rule);
            if (roles.source.isEmpty() && cameo.root().equals("17")) {
                // "was arrested in Lebanon": coercion by no one named is the authorities' of the place;
                // of a country or its capital, not of any town ("arrested in Detroit" names no state).
                actors.place(where).filter(r -> r.reasons().stream().noneMatch(x -> x.startsWith("place '"))).ifPresent(r -> {
                    roles.source.add(new ActorMention(where, Span.of(tree.token(place.get()[0]).span().start(),
                            tree.token(place.get()[place.get().length - 1]).span().end()), Optional.of(r.code()),
                            Optional.of(r.name()), List.of("coercion with no agent named: the authorities of the place, "
                                    + r.reasons().get(0))));
                    rule.add("source from the place '" + where + "'");
                });
            }
        }
        boolean violence = VIOLENCE.contains(cameo.root());
        actors.datelineHome().ifPresentOrElse(country -> ofHomeCountry(tree, roles, country, violence, actors, rule,
                "the dateline places the article in " + country.base()), () -> actors.placesCountry().ifPresent(
                        country -> ofHomeCountry(tree, roles, country, violence, actors, rule,
                                "the places the article names lie in " + country.base())));
        if (roles.source.stream().noneMatch(ActorMention::resolved) && roles.target.stream().noneMatch(ActorMention::resolved)) {
            return Optional.empty(); // no known actor takes part: nothing to code
        }
        boolean passive = passiveLike(tree, predicate) || tree.token(predicate).pos().equals("VBN");
        Optional<Integer> agent = passive ? Syntax.agent(tree, predicate) : Syntax.subject(tree, predicate);
        if (agent.filter(a -> NounClasses.happening(tree, a)).isPresent()) {
            return Optional.empty(); // "an earthquake struck", "the explosion killed": no one acted
        }
        if (VIOLENCE.contains(cameo.root()) && (tree.hasChild(predicate, ACCIDENTAL, "advmod", "amod")
                || tree.hasChild(frame.token(), ACCIDENTAL, "advmod", "amod") || judgedAccidental(tree, frame.token())
                || (tree.hasChild(predicate, REFLEXIVE, "obj") && !tree.hasChild(predicate, Set.of("up"), "compound:prt")))) {
            // "accidentally shot", "an accidental discharge", "shot himself": no one attacked; "blew
            // themselves up on a train" is a suicide bombing
            return Optional.empty();
        }
        if (cameo.code().startsWith("192") && tree.children(predicate, "obj", "nsubj:pass").stream().anyMatch(p ->
                tree.token(p).pos().equals("PRP") || NounClasses.personish(tree, p))) {
            return Optional.empty(); // "was taken to a hospital", "took the victims to hospital": people, no territory
        }
        if (VIOLENCE.contains(cameo.root()) && CONTESTS.contains(tree.lemma(frame.token()))
                && phraseWords(tree, predicate).stream().anyMatch(SPORT::contains)) {
            return Optional.empty(); // "fought on the boxing team", "fought as a light heavyweight": sport
        }
        if (cameo.root().equals("08") && tree.children(predicate, "obj").stream().anyMatch(o -> NounClasses.artifact(tree, o))) {
            return Optional.empty(); // "pulled out a revolver", "gave up his car": a thing, no concession or retreat
        }
        if (cameo.code().startsWith("084") && roles.source.stream().noneMatch(a -> a.resolved()
                && !a.code().get().toString().endsWith("CVL"))
                && IntStream.range(0, tree.size()).noneMatch(i -> CUSTODY.contains(tree.lemma(i)))) {
            return Optional.empty(); // "were treated at the scene and released": let go, from no one's custody
        }
        if (tree.lemma(frame.token()).equals("arm") && tree.token(frame.token()).pos().equals("VBN")
                && Syntax.agent(tree, predicate).isEmpty()) {
            return Optional.empty(); // "gunmen armed with rifles": what someone carries, not arms given by anyone
        }
        if (!FORCE.contains(cameo.root()) && agent.filter(a -> NounClasses.inanimate(tree, a)
                && actors.phrase(tree, a).stream().noneMatch(ActorMention::resolved)).isPresent()) {
            // "troops backed by tanks", "a plan to end the fighting": a thing does no act but force.
            return Optional.empty();
        }
        if (roles.source.stream().noneMatch(ActorMention::resolved) && !Double.isNaN(frame.none())
                && frame.none() >= UNKNOWN_SOURCE_VETO) {
            return Optional.empty(); // with no known actor acting, the model's doubt is enough
        }
        sameCountryAsOthers(roles, DOMESTIC.contains(cameo.root()), rule);
        if (roles.target.isEmpty() && IMPOSED_AT_HOME.stream().anyMatch(cameo.code()::startsWith)) {
            // "declared a state of emergency", "imposed a curfew": on the source's own country.
            roles.source.stream().filter(ActorMention::resolved).findFirst().ifPresent(src -> {
                roles.target.add(new ActorMention(src.text(), src.span(), Optional.of(ActorCode.of(src.code().get().base())),
                        Optional.empty(), List.of("a measure imposed at home: on the people of " + src.code().get().base())));
                rule.add("target: the source's own country");
            });
        }
        if (VIOLENCE.contains(cameo.root()) && VERBAL_ATTACKS.contains(tree.lemma(frame.token()))
                && tree.children(predicate, "obj").stream().anyMatch(o -> NounClasses.idea(tree, o))) {
            // "attacked the credibility of the witnesses", "assailed the plan": words against an idea
            Optional<CameoCode> criticize = codebook.code("111");
            if (criticize.isPresent()) {
                rule.add("its object is an idea, not someone or something: criticism, 111");
                cameo = criticize.get();
            }
        }
        if (MILITARY_FORCE.contains(cameo.code()) && roles.source.stream().noneMatch(this::forceUser)) {
            // "a gunman opened fire", "shots were fired at a party", "police shot a suspect": no army,
            // armed group or state is the source, so CAMEO's assault, not military force.
            Optional<CameoCode> assault = codebook.code("180");
            if (assault.isPresent()) {
                rule.add("no armed force or state as source: " + cameo.code() + " is military force, coded as assault 180");
                cameo = assault.get();
            }
        }
        Sentence s = tree.sentence();
        int t = frame.token();
        return Optional.of(new Event(s.index(), s.span(), tree.token(t).span(), tree.token(t).word(), cameo, actCoded,
                roles.source, roles.target, modality, claimant,
                place.map(p -> Syntax.words(tree, p)), place.map(p -> Span.of(tree.token(p[0]).span().start(),
                        tree.token(p[p.length - 1]).span().end())),
                place.flatMap(p -> actors.place(Syntax.words(tree, p))).map(r -> r.code().base()),
                EventTime.NONE, Optional.empty(), String.join("; ", rule), Confidence.NONE));
    }

    /**
     * Words through which a subject is the subject of the act they hold: "is set to meet", "are
     * expected to resume", "is due to fly", "is scheduled to hold talks".
     */
    private static final Set<String> RAISING = Set.of("expect", "set", "schedule", "due", "slate", "poise", "likely",
            "unlikely", "bound", "certain", "sure", "going", "plan", "intend", "prepare", "ready", "hope", "seek", "aim");

    /** Words that make a deployment one of protection or peacekeeping rather than of force. */
    private static final Set<String> PROTECTIVE = Set.of("peacekeeping", "peacekeeper", "peacekeepers", "protection",
            "protect", "stabilization", "stabilisation", "mission", "help", "assist", "support", "humanitarian",
            "multinational", "join", "reinforce", "monitor", "monitoring", "observer", "observers", "relief", "rescue");

    /** Whether the sentence speaks of protecting, helping or keeping the peace. */
    private static boolean protective(Tree tree) {
        for (int i = 0; i < tree.size(); i++) {
            if (PROTECTIVE.contains(tree.lemma(i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** With no known source, an event needs the model to give "no event" less than this. */
    static final double UNKNOWN_SOURCE_VETO = 0.50;

    /** Roots whose acts a weapon or a thing can be said to do: "rockets hit the town". */
    private static final Set<String> FORCE = Set.of("18", "19", "20");

    private static boolean passiveLike(Tree tree, int predicate) {
        return !tree.children(predicate, "aux:pass", "nsubj:pass").isEmpty();
    }

    /**
     * People named by role only ("the government", "police", "protesters", "a woman") in an article
     * whose dateline names a country's place ("BEIJING, April 27 (Xinhua) --"), or whose places all
     * but lie in one country ("outside a Manassas nightclub … in Prince William County"), are of
     * that country; {@code why} says which.
     */
    /**
     * A phrase that sums up actors named before ("both leaders", "the four ministers", "all sides"):
     * they may be of several countries, so it takes no home country.
     */
    private static final Pattern SUMMING_UP = Pattern.compile(
            "(?i)(both|all|each|the (two|three|four|five|six|seven|eight|nine|ten|\\d+))\\s");

    /** Words of sport: a fight or an attack among them is a contest, not violence. */
    private static final Set<String> SPORT = Set.of("boxing", "boxer", "bout", "heavyweight", "middleweight",
            "welterweight", "lightweight", "featherweight", "tournament", "championship", "league", "playoff",
            "wrestling", "wrestler", "karate", "judo", "football", "soccer", "basketball", "baseball", "hockey", "rugby",
            "cricket", "tennis");
    /** Verbs of violence that sport uses too ("beat", "crushed"); not of shooting or killing. */
    private static final Set<String> CONTESTS = Set.of("fight", "battle", "beat", "crush", "defeat", "attack", "hit",
            "punch", "knock", "clash", "rout", "thrash", "overpower", "wrestle", "spar");

    /** Words of captivity: a release of people is an event where someone held them. */
    private static final Set<String> CUSTODY = Set.of("prisoner", "hostage", "detainee", "captive", "custody", "jail",
            "prison", "detention", "bail", "parole", "inmate", "kidnap", "abduct", "arrest", "detain", "hold", "captor",
            "capture", "seize", "pow", "prisoner-of-war", "kidnapper", "abductor", "jailer", "sentence");

    private static final Pattern US_DEPUTIES = Pattern.compile("(?i)\\bdeput(y|ies)$");

    private void ofHomeCountry(Tree tree, Roles roles, ActorCode country, boolean violence, Actors actors, List<String> rule,
            String why) {
        for (List<ActorMention> side : List.of(roles.source, roles.target)) {
            for (int i = 0; i < side.size(); i++) {
                ActorMention a = side.get(i);
                Optional<String> sector = a.resolved() || SUMMING_UP.matcher(a.text()).lookingAt() ? Optional.empty()
                        : kb.sector(a.text());
                if (country.base().equals("USA") && sector.equals(Optional.of("LEG")) && US_DEPUTIES.matcher(a.text()).find()) {
                    sector = Optional.of("COP"); // in American news a deputy is a sheriff's, never a legislator
                }
                if (sector.isPresent()) {
                    side.set(i, new ActorMention(a.text(), a.span(), Optional.of(ActorCode.of(country.base()).with(sector.get())),
                            Optional.empty(), List.of("named by role only ('" + sector.get() + "'); " + why)));
                    rule.add("'" + a.text() + "' taken as of " + country.base() + ": " + why);
                } else if (violence && side == roles.target && !a.resolved()
                        && (privatePerson(a.text(), actors) || personHead(tree, a))) {
                    // "Lewis was shot in the back", "she and three others were shot", "a teenager was shot":
                    // a victim named by no office or role is a private person, a civilian of the country
                    // the article is set in.
                    side.set(i, new ActorMention(a.text(), a.span(), Optional.of(ActorCode.of(country.base()).with("CVL")),
                            Optional.empty(), List.of("a victim named by no office or role: a civilian; " + why)));
                    rule.add("victim '" + a.text() + "' taken as a civilian of " + country.base() + ": " + why);
                }
            }
        }
    }

    private static final Pattern PERSONS = Pattern.compile(
            "(?i)(?:he|she|him|her|they|them|(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|other)"
                    + "\\s+(?:others?|people|persons?|victims|men|women|teens?|teenagers|children|boys|girls|adults))");
    private static final Pattern PERSON_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,2}");

    /**
     * Whether the mention's last word is a common noun whose first sense in WordNet is a person
     * ("a man", "one person", "a 17-year-old", "two teenagers"), or is "people" ("fifteen people",
     * which WordNet files as a group): people, named by no role the
     * knowledge base knows.
     */
    private static final Set<String> PEOPLE = Set.of("people", "persons");

    private static boolean personHead(Tree tree, ActorMention a) {
        int last = tokenAt(tree, a.span());
        return last >= 0 && (NounClasses.person(tree, last) || PEOPLE.contains(tree.lemma(last).toLowerCase(Locale.ROOT)));
    }

    /** Whether {@code text} names people by pronoun, by count, or by a name that is no place. */
    private static boolean privatePerson(String text, Actors actors) {
        String t = text.strip();
        return PERSONS.matcher(t).matches() || (PERSON_NAME.matcher(t).matches() && actors.place(t).isEmpty());
    }

    /** What a stance makes of the act it holds: agreed to is planned, called for requested, refused refused. */
    private static Modality stanceModality(Stance stance, Modality clause) {
        return switch (stance) {
            case INTENDED -> clause == Modality.NEGATED ? Modality.NEGATED : Modality.PLANNED;
            case APPEALED, DEMANDED -> Modality.REQUESTED;
            case REFUSED -> Modality.REFUSED;
            case THREATENED -> Modality.HYPOTHETICAL;
            case DENIED -> Modality.DENIED;
        };
    }

    /**
     * Roots of acts mostly done at home (investigations, arrests and bans): an actor named only by
     * role in them is taken as of the one country the event names. Protests are not among them:
     * people protest against foreign troops and embassies as often as against their own rulers.
     */
    private static final Set<String> DOMESTIC = Set.of("09", "17");
    /**
     * Roots of acts done where their actors are (protests, force, coercion, violence): people
     * named only by role take the place's country. Elsewhere the place may be a destination
     * ("sought refuge in Russia").
     */
    private static final Set<String> ACTED_IN_PLACE = Set.of("14", "15", "17", "18", "19", "20");
    /** Sectors of groups that fight or oppose within their own country: rebels, separatists, insurgents, opposition, parties. */
    private static final Set<String> HOME_GROWN = Set.of("REB", "SEP", "INS", "OPP", "PTY");

    /** Marks the entry made for an obligation in reported speech that no trigger reports. */
    private static final String OBLIGATION_MARK = "(must, in reported speech)";

    /**
     * An actor named only by a role in an event whose other actors all belong to one country is
     * taken as of that country, in acts mostly done at home ({@code domestic}: "the judge opened
     * investigations against Chilean officials") and for rebels, separatists, insurgents and the
     * opposition in any act ("separatist fighters clashed with Georgian police").
     */
    private void sameCountryAsOthers(Roles roles, boolean domestic, List<String> rule) {
        Set<String> countries = new HashSet<>();
        for (ActorMention a : concat(roles.source, roles.target)) {
            a.code().ifPresent(c -> countries.add(c.base()));
        }
        if (countries.size() != 1 || countries.contains("IGO") || countries.contains("NGO")) {
            return;
        }
        String country = countries.iterator().next();
        for (List<ActorMention> side : List.of(roles.source, roles.target)) {
            for (int i = 0; i < side.size(); i++) {
                ActorMention a = side.get(i);
                Optional<String> sector = a.resolved() ? Optional.empty() : kb.sector(a.text());
                if (sector.isPresent() && (domestic || HOME_GROWN.contains(sector.get()))) {
                    side.set(i, new ActorMention(a.text(), a.span(), Optional.of(ActorCode.of(country).with(sector.get())),
                            Optional.empty(), List.of("named by role only ('" + sector.get() + "'); the only country the event names is "
                                    + country)));
                    rule.add("'" + a.text() + "' taken as of " + country);
                }
            }
        }
    }

    /** People named only by their role ("demonstrators", "residents") take the country of the place named. */
    private void located(List<ActorMention> mentions, String where, Actors actors, List<String> rule) {
        for (int i = 0; i < mentions.size(); i++) {
            ActorMention a = mentions.get(i);
            Optional<String> sector = a.resolved() ? Optional.empty() : kb.sector(a.text());
            Optional<Resolution> r = sector.isEmpty() ? Optional.empty() : actors.place(where);
            if (r.isPresent()) {
                List<String> reasons = new ArrayList<>(r.get().reasons());
                reasons.add(0, "named by role only ('" + sector.get() + "'); the place of the event, '" + where
                        + "', gives the country");
                mentions.set(i, new ActorMention(a.text(), a.span(), Optional.of(ActorCode.of(r.get().code().base())
                        .with(sector.get())), Optional.empty(), reasons));
                rule.add("'" + a.text() + "' located by '" + where + "'");
            }
        }
    }

    /** Roots whose object is the actor's own means: troops withdrawn, forces mobilized. */
    private static final Set<String> OWN_MEANS = Set.of("08", "15");

    private static final Set<String> COOPERATION = Set.of("03", "04", "05", "06", "07", "08");

    /**
     * The verb whose clause carries a trigger: the trigger itself for a verb; for a noun, the verb
     * it is the object or subject of ("held talks", "fighting erupted"), when that verb reports no
     * event of its own.
     */
    /**
     * Verbs whose subject lived through, saw or tells of the event in their object, and did not do
     * it: "one of the victims survived the shooting", "residents witnessed the attack".
     */
    private static final Set<String> UNDERGOERS = Set.of("survive", "witness", "suffer", "escape", "endure", "see",
            "watch", "hear", "describe", "recall", "remember", "mourn", "experience", "fear", "face", "flee", "film",
            "record", "recount", "narrate", "discuss", "mention", "detail", "explain", "predict", "recover");

    /** Verbs that keep the act in their object from happening: "thwarted an attack", "to avoid any attack". */
    private static final Set<String> PREVENTIVE = Set.of("thwart", "foil", "avert", "avoid", "prevent", "ward", "fend",
            "stave", "forestall", "preempt", "pre-empt", "deter", "frustrate", "scupper", "head");

    /** Whether noun trigger {@code trigger} is the object of a verb that kept it from happening. */
    private static boolean prevented(Tree tree, int trigger) {
        int h = tree.head(trigger);
        return !tree.isVerb(trigger) && h >= 0 && tree.base(trigger).equals("obj") && PREVENTIVE.contains(tree.lemma(h))
                && (!tree.lemma(h).equals("head") || tree.hasChild(h, Set.of("off"), "compound:prt"));
    }

    private int predicate(Tree tree, int trigger) {
        if (tree.isVerb(trigger) || tree.token(trigger).pos().startsWith("JJ") || prevented(tree, trigger)) {
            return trigger; // a prevented act is not done by whoever prevented it
        }
        int noun = Syntax.nominalHead(tree, trigger);
        int h = tree.head(noun);
        String base = tree.base(noun);
        // "engaged in fighting", "held them as human shields", "returned to Geneva for talks"
        boolean argument = base.equals("obj") || base.equals("nsubj")
                || (base.equals("obl") && Syntax.NOMINAL_EVENT_PREPOSITIONS.contains(tree.preposition(noun)));
        if (h >= 0 && tree.isVerb(h) && argument && (LIGHT.contains(tree.lemma(h))
                || (match(tree, h).isEmpty() && !UNDERGOERS.contains(tree.lemma(h))))) {
            return h;
        }
        return trigger;
    }

    // ---------------------------------------------------------------------------------------------
    // Modality

    // ---------------------------------------------------------------------------------------------
    // Source and target

    /** Source and target actors with the rule that found them. */
    private static final class Roles {
        final List<ActorMention> source = new ArrayList<>();
        final List<ActorMention> target = new ArrayList<>();
    }

    /**
     * Source and target around a trigger of {@code entry}. For withdrawals and mobilizations an
     * object of the source's own country is its means, not a target ("withdrew Russian troops from
     * Georgia"); for mediation the parties "between" are the targets.
     */
    private Roles roles(Tree tree, Actors actors, int trigger, int predicate, Entry entry, List<String> rule) {
        boolean adjective = entry.pos().equals("A");
        boolean ownMeans = entry.code().map(c -> OWN_MEANS.contains(c.root())).orElse(false);
        boolean mediation = entry.code().map(c -> c.code().startsWith("045")).orElse(false);
        Roles roles = new Roles();
        // "Serb forces were engaged in ethnic cleansing": a participle holding a nominal event is no passive.
        boolean holding = predicate != trigger && tree.base(Syntax.nominalHead(tree, trigger)).equals("obl");
        // "talks mediated by Russia": a participle modifying a noun is a passive whose subject is that noun.
        boolean participle = tree.token(predicate).pos().equals("VBN") && tree.children(predicate, "obj").isEmpty();
        boolean reduced = participle && tree.relation(predicate).equals("acl");
        // A participle with no auxiliary and a "by" phrase is a passive even when parsed with a subject.
        // So is one with a subject and no auxiliary at all below the main clause: "more than 200 people
        // arrested", "with at least 70 people injured" (a main verb tagged so is more often a past tense).
        boolean bare = participle && tree.children(predicate, "aux", "aux:pass", "cop").isEmpty()
                && tree.child(predicate, "nsubj").isPresent()
                && (Syntax.agent(tree, predicate).isPresent() || !tree.relation(predicate).equals("root"));
        // "were treated at the scene and released": a participle joined to a passive, with no subject
        // or auxiliary of its own, shares its passive and its subject.
        boolean shared = participle && tree.relation(predicate).equals("conj") && tree.head(predicate) >= 0
                && tree.children(predicate, "nsubj", "nsubj:pass", "aux", "aux:pass").isEmpty()
                && !tree.children(tree.head(predicate), "aux:pass").isEmpty();
        boolean passive = !adjective && !holding && (reduced || bare || shared
                || !tree.children(predicate, "nsubj:pass").isEmpty() || !tree.children(predicate, "aux:pass").isEmpty());
        Optional<Integer> subject = adjective || holding
                ? tree.child(predicate, "nsubj", "nsubj:pass").or(() -> Syntax.subject(tree, predicate))
                : Syntax.subject(tree, predicate);
        Optional<Integer> agent = Syntax.agent(tree, predicate);
        if (passive) {
            agent.ifPresent(a -> add(roles.source, actors.phrase(tree, a), rule, "source from the passive's 'by'"));
            Optional<Integer> patient = reduced ? Optional.of(tree.head(predicate))
                    : bare ? tree.child(predicate, "nsubj")
                    : shared ? tree.child(tree.head(predicate), "nsubj:pass") : tree.child(predicate, "nsubj:pass");
            patient.filter(s -> s != trigger && !(mediation && (reduced || bare)))
                    .ifPresent(s -> add(roles.target, actors.phrase(tree, s), rule, "target from the passive subject"));
        } else if (subject.isPresent() && subject.get() != trigger && !(predicate != trigger && judges(tree, predicate))) {
            add(roles.source, actors.phrase(tree, subject.get()), rule, "source from the subject");
        }
        if (predicate != trigger) {
            // A noun event: its own modifiers say who did it ("Russian air strikes", "Georgia's attack").
            if (roles.source.isEmpty()) {
                Syntax.nominalSource(tree, trigger).ifPresent(
                        s -> add(roles.source, notTown(actors.phrase(tree, s)), rule, "source from the event noun's modifier"));
            }
        } else if (!tree.isVerb(trigger) && roles.source.isEmpty()) {
            Syntax.nominalSource(tree, trigger).ifPresent(
                    s -> add(roles.source, notTown(actors.phrase(tree, s)), rule, "source from the event noun's modifier"));
            // "talks between Russia and Georgia": both sides act.
            for (int n : tree.children(trigger, "nmod")) {
                if (!mediation && (tree.preposition(n).equals("between") || tree.preposition(n).equals("among"))) {
                    add(roles.source, actors.phrase(tree, n), rule, "sources from 'between'");
                }
            }
        }
        if (!passive) {
            for (int o : tree.children(predicate, "obj", "iobj")) {
                if (o != trigger && roles.target.isEmpty()) {
                    List<ActorMention> found = actors.phrase(tree, o);
                    if (found.stream().anyMatch(ActorMention::resolved) && !(ownMeans && sameCountry(found, roles.source))) {
                        add(roles.target, found, rule, "target from the object");
                    }
                }
            }
        }
        if (mediation && roles.target.isEmpty()) {
            // "mediated between Moscow and Tbilisi", "a mediation effort between the Emirates and Saudi Arabia"
            List<Integer> around = new ArrayList<>(tree.children(predicate, "obl", "nmod"));
            around.addAll(tree.children(trigger, "nmod", "obl"));
            around.addAll(tree.children(Syntax.nominalHead(tree, trigger), "nmod", "obl"));
            if (reduced) {
                around.addAll(tree.children(tree.head(predicate), "nmod")); // "talks between X and Y mediated by Z"
            }
            if (bare) {
                tree.child(predicate, "nsubj").ifPresent(n -> around.addAll(tree.children(n, "nmod")));
            }
            for (int n : around) {
                if (roles.target.isEmpty() && tree.preposition(n).equals("between")) {
                    add(roles.target, actors.phrase(tree, n), rule, "targets: the parties 'between'");
                }
            }
        }
        if (roles.target.isEmpty()) {
            List<Integer> candidates = new ArrayList<>(tree.children(predicate, "obl", "nmod"));
            if (trigger != predicate) {
                candidates.addAll(tree.children(trigger, "nmod", "obl"));
            }
            for (int o : tree.children(predicate, "obj")) {
                candidates.addAll(tree.children(o, "nmod")); // "cut ties with Georgia"
            }
            for (int c : candidates) {
                String prep = tree.preposition(c);
                if (TARGET_PREPOSITIONS.contains(prep) && roles.target.isEmpty()) {
                    List<ActorMention> found = actors.phrase(tree, c);
                    // People named by role ("at student protesters") may take a country from the place later.
                    boolean named = found.stream().anyMatch(a -> a.resolved() || kb.sector(a.text()).isPresent());
                    if (named && !(ownMeans && sameCountry(found, roles.source))) {
                        add(roles.target, found, rule, "target from '" + prep + "'");
                    }
                }
            }
        }
        if (roles.source.size() > 1 && roles.target.isEmpty() && RECIPROCAL.contains(tree.lemma(trigger))) {
            // "X and Y met", "talks between X and Y": each acts on the other; CAMEO names the first the
            // source and the others its targets.
            roles.target.addAll(roles.source.subList(1, roles.source.size()));
            roles.source.subList(1, roles.source.size()).clear();
            rule.add("'X and Y " + tree.lemma(trigger) + "': each acts on the other; the first is the source");
        }
        String root = entry.code().map(CameoCode::root).orElse("");
        List<Integer> around = new ArrayList<>(tree.children(predicate, "obl", "nmod"));
        if (trigger != predicate) {
            around.addAll(tree.children(trigger, "nmod", "obl"));
        }
        boolean visit = entry.code().map(c -> c.code().startsWith("042") || c.code().startsWith("043")).orElse(false);
        if (roles.target.isEmpty() && (IN_PLACE_TARGET.contains(root) || visit)
                && roles.source.stream().anyMatch(ActorMention::resolved)) {
            // "arrived in India", "bombed targets in Baghdad": with no one named, the place's country;
            // only for a known source, so that an earthquake in Vanuatu codes nothing.
            for (int c : around) {
                if (roles.target.isEmpty() && Set.of("in", "inside", "near").contains(tree.preposition(c))) {
                    for (ActorMention m : actors.phrase(tree, c)) {
                        actors.place(m.text()).ifPresent(r -> add(roles.target, List.of(new ActorMention(m.text(),
                                m.span(), Optional.of(r.code()), Optional.of(r.name()), r.reasons())), rule,
                                "target: the country of the place"));
                    }
                }
            }
        }
        return roles;
    }

    /** Codes of measures a state imposes on its own people: curfews, emergency rule, martial law, crackdowns. */
    private static final Set<String> IMPOSED_AT_HOME = Set.of("172", "175");

    /**
     * Roots whose act, when it names no one it is done to, is done to the country where it happens:
     * deployments and force (and visits, 042 and 043; a meeting in Brussels is not aimed at Belgium).
     */
    private static final Set<String> IN_PLACE_TARGET = Set.of("15", "18", "19", "20");

    private static final Set<String> TARGET_PREPOSITIONS = Set.of("with", "to", "against", "on", "at", "into",
            "from", "toward", "towards", "for", "of", "over", "upon");
    private static final Set<String> RECIPROCAL = Set.of("meet", "talk", "negotiate", "agree", "clash", "fight",
            "sign", "discuss", "cooperate", "talks", "meeting", "summit", "negotiation", "consultation", "discussion",
            "fighting", "battle", "war", "agreement", "deal", "accord", "pact", "treaty", "exercise", "cooperation",
            "confer", "consult", "speak", "phone", "call", "trade", "exchange", "swap", "establish", "restore", "normalize",
            "normalise", "sever", "cut", "break");

    private static void add(List<ActorMention> into, List<ActorMention> found, List<String> rule, String how) {
        if (!found.isEmpty()) {
            into.addAll(found);
            rule.add(how + ": '" + found.get(0).text() + "'" + (found.size() > 1 ? " and " + (found.size() - 1) + " more" : ""));
        }
    }

    private static boolean sameCountry(List<ActorMention> a, List<ActorMention> b) {
        return a.stream().anyMatch(x -> x.code().isPresent() && b.stream().anyMatch(
                y -> y.code().isPresent() && y.code().get().base().equals(x.code().get().base())));
    }

    private static boolean sameActors(List<ActorMention> a, List<ActorMention> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> y.span().equals(x.span())));
    }

    // ---------------------------------------------------------------------------------------------
    // Place and time

    /** Prepositions by which a time expression bounds an act instead of dating it: "since 1975", "until Friday". */
    private static final Set<String> BOUNDING = Set.of("since", "until", "till", "by", "before", "after");

    /**
     * When {@code e} took place: a time expression of its own clause in the parse (the clause of
     * its trigger, or of the verb a nominal trigger stands in: "the shooting happened Tuesday"),
     * a day before a time of day, never one of another clause ("said on Tuesday that troops had
     * attacked") nor one that bounds it ("since 1975", "until Friday"); else the article's
     * reference day; else none.
     */
    private static EventTime time(Tree tree, Span sentence, Span triggerSpan, List<Timex> timexes,
            Optional<LocalDate> reference) {
        int trigger = tokenAt(tree, triggerSpan);
        Timex best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Timex t : timexes) {
            if ((t.type() != TimexType.DATE && t.type() != TimexType.TIME) || !sentence.contains(t.span())
                    || t.value().isDuration() || t.value().value().endsWith("_REF")) {
                continue;
            }
            int head = tokenAt(tree, t.span());
            if (trigger >= 0 && (head < 0 || tree.clause(head) != tree.clause(trigger)
                    || BOUNDING.contains(tree.preposition(head)))) {
                continue;
            }
            // A day before a time of day, then the nearer.
            int rank = (t.type() == TimexType.DATE ? 0 : 1_000_000) + Math.abs(t.span().start() - triggerSpan.start());
            if (rank < bestRank) {
                best = t;
                bestRank = rank;
            }
        }
        if (best != null) {
            return new EventTime(Optional.of(best.value().value()), "sentence", Optional.of(best.span()));
        }
        return reference.map(r -> new EventTime(Optional.of(r.toString()), "article", Optional.empty()))
                .orElse(EventTime.NONE);
    }

    private static List<ActorMention> concat(List<ActorMention> a, List<ActorMention> b) {
        List<ActorMention> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
