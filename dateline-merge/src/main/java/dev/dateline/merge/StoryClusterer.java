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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups articles into stories from their content: each article joins the story whose words it
 * shares most (TF-IDF cosine against the story's centroid, names and figures weighted up) when it
 * shares enough and was written within {@link #WINDOW_DAYS} of it, else starts a story. Two
 * earthquakes, or two ceasefires a year apart, differ in places, names, figures and dates.
 * Articles are taken in the order given, then each moves to the story it is closest to until none
 * moves; a story's id is the id of its first article.
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
     * Cosine an article must reach against a story to join it. This, {@link #NAME_WEIGHT} and the
     * number of terms were set on the ECB+ training topics (B3 F1 0.938 there), never on the dev topics.
     */
    public static final double THRESHOLD = 0.07;
    /** Articles written further apart than this are never one story. */
    public static final int WINDOW_DAYS = 30;
    /** How much more a name (a capitalized word inside a sentence) counts than another word. */
    private static final double NAME_WEIGHT = 3.0;
    /** Terms of an article that take part in matching: its heaviest. */
    private static final int TERMS = 100;
    /** Rounds of moving articles to their closest story, at most (two sufficed on the ECB+ training topics). */
    private static final int REFINE_ROUNDS = 3;
    /** Terms of an article that find the stories it may join. */
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
        List<Story> stories = new ArrayList<>();
        Map<String, List<Story>> postings = new HashMap<>();
        Map<String, String> out = new LinkedHashMap<>();
        List<Map<String, Double>> vectors = new ArrayList<>();
        List<Story> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Document d = documents.get(i);
            Map<String, Double> v = vector(counts.get(i), df, n);
            Story best = null;
            double bestScore = THRESHOLD;
            for (Story candidate : candidates(v, postings)) {
                if (!candidate.compatible(d.date())) {
                    continue; // the cheap test first: most stories of a long corpus lie outside the window
                }
                double score = candidate.cosine(v, null);
                if (score >= bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (best == null) {
                best = new Story(d.id());
                stories.add(best);
            }
            for (Map.Entry<String, Double> e : v.entrySet()) {
                if (best.add(e.getKey(), e.getValue())) {
                    postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(best);
                }
            }
            d.date().ifPresent(best::date);
            out.put(d.id(), best.id);
            vectors.add(v);
            members.add(best);
        }
        for (int round = 0; round < REFINE_ROUNDS && refine(documents, vectors, members, postings, out) > 0; round++) {
            // each round moves articles to the story now closest to them, until none moves
        }
        return out;
    }

    /** The stories that share one of the heaviest terms of {@code v}: the only ones it can be close to. */
    private static Set<Story> candidates(Map<String, Double> v, Map<String, List<Story>> postings) {
        List<Map.Entry<String, Double>> heaviest = new ArrayList<>(v.entrySet());
        heaviest.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        Set<Story> out = new LinkedHashSet<>();
        for (Map.Entry<String, Double> e : heaviest.subList(0, Math.min(CANDIDATE_TERMS, heaviest.size()))) {
            out.addAll(postings.getOrDefault(e.getKey(), List.of()));
        }
        return out;
    }

    /**
     * Moves each article to the story it is now closest to (its own story without it): the first
     * articles of a story joined before the story had its shape. Returns how many moved.
     */
    private static int refine(List<Document> documents, List<Map<String, Double>> vectors, List<Story> members,
            Map<String, List<Story>> postings, Map<String, String> out) {
        int moved = 0;
        for (int i = 0; i < documents.size(); i++) {
            Map<String, Double> v = vectors.get(i);
            Story current = members.get(i);
            Story best = current;
            double bestScore = -1;
            Set<Story> candidates = candidates(v, postings);
            candidates.add(current);
            for (Story s : candidates) {
                if (!s.compatible(documents.get(i).date())) {
                    continue;
                }
                double score = s.cosine(v, s == current ? v : null);
                if (score > bestScore) {
                    bestScore = score;
                    best = s;
                }
            }
            if (best != current && bestScore >= THRESHOLD) {
                for (Map.Entry<String, Double> e : v.entrySet()) {
                    current.add(e.getKey(), -e.getValue());
                    if (best.add(e.getKey(), e.getValue())) {
                        postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(best);
                    }
                }
                members.set(i, best);
                out.put(documents.get(i).id(), best.id);
                moved++;
            }
        }
        return moved;
    }

    /** Log-scaled counts of the content words of {@code text}: names (capitalized mid-sentence) count three times, figures half again. */
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

    /** A story being built: the sum of its articles' vectors, and the days they were written. */
    private static final class Story {
        final String id;
        final Map<String, Double> weights = new HashMap<>();
        double norm2;
        LocalDate earliest;
        LocalDate latest;

        Story(String id) {
            this.id = id;
        }

        /** Cosine of {@code v} with this story, leaving {@code without} (a member's own vector) out when given. */
        double cosine(Map<String, Double> v, Map<String, Double> without) {
            double dot = 0;
            double norm = norm2;
            for (Map.Entry<String, Double> e : v.entrySet()) {
                double w = weights.getOrDefault(e.getKey(), 0.0);
                if (without != null) {
                    double minus = w - without.getOrDefault(e.getKey(), 0.0);
                    norm += minus * minus - w * w;
                    w = minus;
                }
                dot += w * e.getValue();
            }
            return norm <= 1e-9 ? 0 : dot / Math.sqrt(norm);
        }

        /** Adds weight to a term; true when the term is new to the story. */
        boolean add(String term, double weight) {
            Double old = weights.get(term);
            double updated = (old == null ? 0 : old) + weight;
            weights.put(term, updated);
            norm2 += updated * updated - (old == null ? 0 : old * old);
            return old == null;
        }

        void date(LocalDate day) {
            earliest = earliest == null || day.isBefore(earliest) ? day : earliest;
            latest = latest == null || day.isAfter(latest) ? day : latest;
        }

        boolean compatible(Optional<LocalDate> day) {
            return day.isEmpty() || earliest == null
                    || (ChronoUnit.DAYS.between(day.get(), earliest) <= WINDOW_DAYS
                            && ChronoUnit.DAYS.between(latest, day.get()) <= WINDOW_DAYS);
        }
    }
}
