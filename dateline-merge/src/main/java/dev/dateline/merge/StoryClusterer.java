package dev.dateline.merge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups articles into stories from their content, by average-link clustering of TF-IDF vectors
 * (names and figures weighted up): two stories are one when the mean cosine over all pairs of
 * their articles reaches {@link #THRESHOLD}, and articles written further apart than
 * {@link #WINDOW_DAYS} are never one story. Two earthquakes, or two ceasefires a year apart, share
 * the words of their kind of event but differ in places, names, figures and dates.
 *
 * <p>First each article, in the order given, joins a story it nearly repeats ({@link #REPRINT}:
 * reprints and rewrites of one report) or starts its own. Then, until nothing changes, the
 * closest pair of stories merges while it reaches the threshold, and each article moves to the
 * story now closest to it. Since the vectors have unit length, every mean is one dot product
 * with a story's summed vector: no two articles are ever compared directly, and thousands of
 * reprints make one story at the cost of one. A story's id is the id of its first article.
 *
 * <pre>{@code
 * Map<String, String> storyOf = StoryClusterer.cluster(documents);
 * }</pre>
 */
public final class StoryClusterer {

    /**
     * An article to cluster.
     *
     * @param id its id
     * @param text its cleaned text
     * @param date when it was written, when known
     */
    public record Document(String id, String text, Optional<LocalDate> date) {
        public Document {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * Mean cosine two stories' articles must reach with each other's to be one story (and an
     * article with a story's to move to it). This, {@link #NAME_WEIGHT} and the number of terms
     * were set on the ECB+ training topics (B3 F1 0.955 there), never on the dev topics.
     */
    public static final double THRESHOLD = 0.07;
    /** Mean cosine with a story at which an article joins it at once, as a reprint or rewrite of it. */
    private static final double REPRINT = 0.5;
    /** Articles written further apart than this are never one story. */
    public static final int WINDOW_DAYS = 30;
    /** How much more a name (a capitalized word inside a sentence) counts than another word. */
    private static final double NAME_WEIGHT = 6.0;
    /** Terms of an article that take part in matching: its heaviest. */
    private static final int TERMS = 100;
    /** Rounds of merging stories and moving articles, at most (on the ECB+ training topics no topic changed in its fourth). */
    private static final int REFINE_ROUNDS = 4;
    /** Terms of an article (or story) that find the stories it may join. */
    private static final int CANDIDATE_TERMS = 20;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*[\\p{L}\\p{N}]|\\p{N}");
    private static final Set<String> STOP = Set.copyOf(List.of(("a about above after again against all also am an and any are as at "
            + "be because been before being below between both but by can could did do does doing down during each few "
            + "for from further had has have having he her here hers herself him himself his how i if in into is it its "
            + "itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over "
            + "own same she should so some such than that the their theirs them themselves then there these they this those "
            + "through to too under until up very was we were what when where which while who whom why will with would you "
            + "your yours yourself said says say told tell according also one two three four first last new year years "
            + "week day time people would could may might must shall us mr mrs ms").split(" ")));

    private StoryClusterer() {
    }

    /** The story of each document, by document id, in the order given. */
    public static Map<String, String> cluster(List<Document> documents) {
        List<Map<String, Double>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (Document d : documents) {
            Map<String, Double> tf = terms(d.text());
            counts.add(tf);
            tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = documents.size();
        List<Map<String, Double>> vectors = new ArrayList<>(n);
        Story[] storyOf = new Story[n];
        Map<String, List<Story>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Document d = documents.get(i);
            Map<String, Double> v = vector(counts.get(i), df, n);
            vectors.add(v);
            Story best = null;
            double bestScore = REPRINT;
            for (Story candidate : candidates(v, postings)) {
                if (!candidate.compatible(d.date(), d.date())) {
                    continue; // the cheap test first: most stories of a long corpus lie outside the window
                }
                double score = candidate.meanCosine(v, false);
                if (score >= bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (best == null) {
                best = new Story();
            }
            best.add(i, v, d.date(), postings);
            storyOf[i] = best;
        }
        for (int round = 0; round < REFINE_ROUNDS; round++) {
            int changes = merge(storyOf, postings) + refine(documents, vectors, storyOf, postings);
            if (changes == 0) {
                break;
            }
        }
        Map<Story, String> names = new HashMap<>(); // a story is named by its first article in input order
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String id = documents.get(i).id();
            out.put(id, names.computeIfAbsent(storyOf[i], s -> id));
        }
        return out;
    }

    /** The live stories that share one of the heaviest terms of {@code v}: the only ones it can be close to. */
    private static Set<Story> candidates(Map<String, Double> v, Map<String, List<Story>> postings) {
        List<Map.Entry<String, Double>> heaviest = new ArrayList<>(v.entrySet());
        heaviest.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        Set<Story> out = new LinkedHashSet<>();
        for (Map.Entry<String, Double> e : heaviest.subList(0, Math.min(CANDIDATE_TERMS, heaviest.size()))) {
            for (Story s : postings.getOrDefault(e.getKey(), List.of())) {
                if (s.size() > 0) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /**
     * Moves each article to the story it is now closest to (its own story without it): the first
     * articles of a story joined before the story had its shape. Returns how many moved.
     */
    private static int refine(List<Document> documents, List<Map<String, Double>> vectors, Story[] storyOf,
            Map<String, List<Story>> postings) {
        int moved = 0;
        for (int i = 0; i < documents.size(); i++) {
            Map<String, Double> v = vectors.get(i);
            Optional<LocalDate> date = documents.get(i).date();
            Story current = storyOf[i];
            Story best = current;
            double bestScore = current.size() > 1 ? current.meanCosine(v, true) : -1;
            for (Story s : candidates(v, postings)) {
                if (s == current || !s.compatible(date, date)) {
                    continue;
                }
                double score = s.meanCosine(v, false);
                if (score > bestScore) {
                    bestScore = score;
                    best = s;
                }
            }
            if (best != current && bestScore >= THRESHOLD) {
                current.remove(i, v);
                best.add(i, v, date, postings);
                storyOf[i] = best;
                moved++;
            }
        }
        return moved;
    }

    /**
     * Merges stories, the closest pair first, while the mean cosine over all pairs of their
     * articles reaches the threshold. Returns how many merges were made.
     */
    private static int merge(Story[] storyOf, Map<String, List<Story>> postings) {
        PriorityQueue<Pair> queue = new PriorityQueue<>((x, y) -> Double.compare(y.score(), x.score()));
        Set<Story> live = new LinkedHashSet<>();
        for (Story s : storyOf) {
            live.add(s);
        }
        for (Story s : live) {
            offerPairs(s, postings, queue);
        }
        int merges = 0;
        while (!queue.isEmpty()) {
            Pair p = queue.poll();
            if (p.a().size() == 0 || p.b().size() == 0 || p.a().version != p.versionA() || p.b().version != p.versionB()) {
                continue; // one of them has changed since the pair was scored
            }
            Story keep = p.a().size() >= p.b().size() ? p.a() : p.b(); // the larger keeps its place: fewer to relabel
            Story gone = keep == p.a() ? p.b() : p.a();
            for (int i : gone.articles) {
                storyOf[i] = keep;
            }
            keep.absorb(gone, postings);
            merges++;
            offerPairs(keep, postings, queue);
        }
        return merges;
    }

    /** Two stories that may merge, scored when they had the versions given. */
    private record Pair(Story a, Story b, double score, int versionA, int versionB) {
    }

    /** Scores {@code s} against the stories sharing its heaviest terms and queues those that may merge with it. */
    private static void offerPairs(Story s, Map<String, List<Story>> postings, PriorityQueue<Pair> queue) {
        for (Story other : candidates(s.weights, postings)) {
            if (other == s || !other.compatible(Optional.ofNullable(s.earliest), Optional.ofNullable(s.latest))) {
                continue;
            }
            double score = s.meanCosine(other);
            if (score >= THRESHOLD) {
                queue.add(new Pair(s, other, score, s.version, other.version));
            }
        }
    }

    /**
     * Log-scaled counts of the content words of {@code text}: names (capitalized mid-sentence)
     * count {@link #NAME_WEIGHT} times, figures half again.
     */
    static Map<String, Double> terms(String text) {
        Map<String, Double> tf = new HashMap<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            String w = m.group();
            String key = w.toLowerCase(Locale.ROOT).replace('’', '\'');
            if (key.endsWith("'s")) {
                key = key.substring(0, key.length() - 2);
            }
            boolean number = Character.isDigit(w.charAt(0));
            if (STOP.contains(key) || (!number && key.length() < 3) || (number && key.length() < 2)) {
                previousEnd = m.end();
                continue;
            }
            String between = text.substring(previousEnd, m.start());
            boolean sentenceStart = previousEnd == 0 || between.matches("(?s).*[.!?\\n]\\s*[\"“(]?\\s*");
            double weight = number ? 1.5 : Character.isUpperCase(w.charAt(0)) && !sentenceStart ? NAME_WEIGHT : 1.0;
            tf.merge(key, weight, Double::sum);
            previousEnd = m.end();
        }
        tf.replaceAll((k, c) -> 1 + Math.log(c));
        return tf;
    }

    /** The unit TF-IDF vector of a document's heaviest terms. */
    private static Map<String, Double> vector(Map<String, Double> tf, Map<String, Integer> df, int n) {
        List<Map.Entry<String, Double>> weighted = new ArrayList<>();
        for (Map.Entry<String, Double> e : tf.entrySet()) {
            int documents = df.getOrDefault(e.getKey(), 1);
            if (documents > 1 || n <= 2) {
                weighted.add(Map.entry(e.getKey(), e.getValue() * Math.log((double) (n + 1) / documents)));
            }
        }
        weighted.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Double> e : weighted.subList(0, Math.min(TERMS, weighted.size()))) {
            v.put(e.getKey(), e.getValue());
            norm += e.getValue() * e.getValue();
        }
        double length = Math.sqrt(norm);
        if (length > 0) {
            v.replaceAll((k, x) -> x / length);
        }
        return v;
    }

    /** A story being built: the sum of its articles' unit vectors, which articles, and the days they were written. */
    private static final class Story {
        final Map<String, Double> weights = new HashMap<>();
        final Set<Integer> articles = new LinkedHashSet<>();
        LocalDate earliest;
        LocalDate latest;
        /** Changes with every change of membership, so that scores computed before can be told stale. */
        int version;

        int size() {
            return articles.size();
        }

        /**
         * The mean cosine of {@code v} with this story's articles; with {@code member}, {@code v} is
         * one of them and is left out.
         */
        double meanCosine(Map<String, Double> v, boolean member) {
            double dot = 0;
            double self = 0;
            for (Map.Entry<String, Double> e : v.entrySet()) {
                dot += weights.getOrDefault(e.getKey(), 0.0) * e.getValue();
                self += e.getValue() * e.getValue();
            }
            int others = member ? size() - 1 : size();
            return others <= 0 ? 0 : (member ? dot - self : dot) / others;
        }

        /** The mean cosine over all pairs of an article of this story and one of {@code other}. */
        double meanCosine(Story other) {
            Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
            Map<String, Double> large = small == weights ? other.weights : weights;
            double dot = 0;
            for (Map.Entry<String, Double> e : small.entrySet()) {
                dot += e.getValue() * large.getOrDefault(e.getKey(), 0.0);
            }
            return dot / ((double) size() * other.size());
        }

        void add(int article, Map<String, Double> v, Optional<LocalDate> date, Map<String, List<Story>> postings) {
            articles.add(article);
            addWeights(v, 1, postings);
            date.ifPresent(this::date);
            version++;
        }

        void remove(int article, Map<String, Double> v) {
            articles.remove(article);
            addWeights(v, -1, null);
            version++;
        }

        /** Takes every article of {@code other}, which is left empty. */
        void absorb(Story other, Map<String, List<Story>> postings) {
            articles.addAll(other.articles);
            addWeights(other.weights, 1, postings);
            if (other.earliest != null) {
                date(other.earliest);
                date(other.latest);
            }
            other.articles.clear();
            other.weights.clear();
            other.version++;
            version++;
        }

        private void addWeights(Map<String, Double> v, int sign, Map<String, List<Story>> postings) {
            for (Map.Entry<String, Double> e : v.entrySet()) {
                Double old = weights.put(e.getKey(), weights.getOrDefault(e.getKey(), 0.0) + sign * e.getValue());
                if (old == null && postings != null) {
                    postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(this);
                }
            }
        }

        private void date(LocalDate day) {
            earliest = earliest == null || day.isBefore(earliest) ? day : earliest;
            latest = latest == null || day.isAfter(latest) ? day : latest;
        }

        /** Whether articles written between {@code from} and {@code to} (when known) fall within the window of this story's days. */
        boolean compatible(Optional<LocalDate> from, Optional<LocalDate> to) {
            return from.isEmpty() || earliest == null
                    || (ChronoUnit.DAYS.between(to.get(), earliest) <= WINDOW_DAYS
                            && ChronoUnit.DAYS.between(latest, from.get()) <= WINDOW_DAYS);
        }
    }
}
