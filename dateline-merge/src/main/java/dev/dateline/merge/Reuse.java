package dev.dateline.merge;

import dev.dateline.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the passages articles share — wire copy reprinted, lightly edited — sentence by sentence:
 * a sentence is shared when most of its word 6-grams stand in the other article. Each article is
 * compared with the earlier articles that share its 6-grams, and only the first few holders of a
 * 6-gram are kept, so thousands of reprints of one story cost linear time. Articles joined by
 * shared passages, or crediting one wire agency, count as one source.
 *
 * <pre>{@code
 * Reuse.Result r = Reuse.find(articles);
 * int independent = r.sources(storyArticleIds);
 * }</pre>
 */
public final class Reuse {

    /**
     * An article to compare.
     *
     * @param id its id
     * @param sentences its sentences' texts, markup removed
     * @param spans where each sentence stands in the original text
     * @param published when it was published, when known
     * @param wire whether it is itself a wire agency's copy (its outlet is the agency it credits)
     * @param agencies the wire agencies it credits: articles crediting one agency are one source
     */
    public record Article(String id, List<String> sentences, List<Span> spans, Optional<LocalDate> published, boolean wire,
            List<String> agencies) {
        public Article {
            agencies = List.copyOf(agencies);
            Objects.requireNonNull(id, "id");
            sentences = List.copyOf(sentences);
            spans = List.copyOf(spans);
            if (sentences.size() != spans.size()) {
                throw new IllegalArgumentException("article " + id + " has " + sentences.size() + " sentences and "
                        + spans.size() + " spans");
            }
            Objects.requireNonNull(published, "published");
        }
    }

    /**
     * A passage two articles share: runs of shared sentences, as spans of each original text.
     *
     * @param first the article read first
     * @param second the other article
     * @param firstSpans the shared passage in the first article
     * @param secondSpans the same passage in the second
     * @param original the likely original: the one published earlier, else the wire's own copy, else the one read first
     */
    public record Passage(String first, String second, Span firstSpans, Span secondSpans, String original) {
    }

    /**
     * What was found.
     *
     * @param passages every shared passage
     * @param sourceOf the source of each article: articles joined by shared passages have one
     */
    public record Result(List<Passage> passages, Map<String, String> sourceOf) {

        /** Number of independent sources among {@code articles}. */
        public int sources(List<String> articles) {
            return (int) articles.stream().map(a -> sourceOf.getOrDefault(a, a)).distinct().count();
        }
    }

    private static final int N = 6;
    /** Holders kept per 6-gram: the originals come first; later reprints need not all be compared. */
    private static final int HOLDERS = 8;
    /** Share of a sentence's 6-grams that must stand in the other article. */
    private static final double SHARED = 0.5;

    private Reuse() {
    }

    /** The passages {@code articles} share, comparing each with those before it. */
    public static Result find(List<Article> articles) {
        Map<Long, List<Integer>> holders = new HashMap<>();
        List<Passage> passages = new ArrayList<>();
        Map<String, String> parent = new LinkedHashMap<>();
        articles.forEach(a -> parent.put(a.id(), a.id()));
        for (Article a : articles) {
            for (String agency : a.agencies()) {
                parent.putIfAbsent("agency:" + agency, "agency:" + agency);
                union(parent, a.id(), "agency:" + agency);
            }
        }
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            List<long[]> grams = new ArrayList<>();
            for (String s : a.sentences()) {
                grams.add(grams(s));
            }
            // For each earlier article, which sentences of this one it shares.
            Map<Integer, boolean[]> shared = new LinkedHashMap<>();
            Map<Integer, Map<Integer, Integer>> where = new HashMap<>();
            for (int s = 0; s < grams.size(); s++) {
                long[] g = grams.get(s);
                if (g.length < 3) {
                    continue; // too short to tell copying from a common phrase
                }
                Map<Integer, Integer> hits = new HashMap<>();
                for (long x : g) {
                    for (int other : holders.getOrDefault(x, List.of())) {
                        hits.merge(other, 1, Integer::sum);
                    }
                }
                for (Map.Entry<Integer, Integer> h : hits.entrySet()) {
                    if (h.getValue() >= SHARED * g.length) {
                        shared.computeIfAbsent(h.getKey(), k -> new boolean[grams.size()])[s] = true;
                    }
                }
            }
            for (Map.Entry<Integer, boolean[]> e : shared.entrySet()) {
                Article b = articles.get(e.getKey());
                passages.addAll(passages(a, b, e.getValue()));
                union(parent, a.id(), b.id());
            }
            for (long[] g : grams) {
                for (long x : g) {
                    List<Integer> list = holders.computeIfAbsent(x, k -> new ArrayList<>(2));
                    if (list.size() < HOLDERS && (list.isEmpty() || list.get(list.size() - 1) != i)) {
                        list.add(i);
                    }
                }
            }
        }
        Map<String, String> sourceOf = new LinkedHashMap<>();
        articles.forEach(a -> sourceOf.put(a.id(), find(parent, a.id())));
        return new Result(passages, sourceOf);
    }

    /** Runs of consecutive shared sentences of {@code a}, each with the matching run in {@code b}. */
    private static List<Passage> passages(Article a, Article b, boolean[] shared) {
        List<Passage> out = new ArrayList<>();
        String original = original(a, b);
        int s = 0;
        while (s < shared.length) {
            if (!shared[s]) {
                s++;
                continue;
            }
            int end = s;
            while (end + 1 < shared.length && shared[end + 1]) {
                end++;
            }
            Span inA = Span.of(a.spans().get(s).start(), a.spans().get(end).end());
            Span inB = locate(b, a.sentences().subList(s, end + 1));
            out.add(new Passage(b.id(), a.id(), inB, inA, original));
            s = end + 1;
        }
        return out;
    }

    /** The span of {@code b} whose sentences share most 6-grams with {@code sentences}. */
    private static Span locate(Article b, List<String> sentences) {
        Set<Long> wanted = new HashSet<>();
        for (String s : sentences) {
            for (long x : grams(s)) {
                wanted.add(x);
            }
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < b.sentences().size(); i++) {
            long[] g = grams(b.sentences().get(i));
            int hits = 0;
            for (long x : g) {
                hits += wanted.contains(x) ? 1 : 0;
            }
            if (g.length > 0 && hits >= SHARED * g.length) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? Span.of(0, 0) : Span.of(b.spans().get(first).start(), b.spans().get(last).end());
    }

    private static String original(Article later, Article earlier) {
        if (later.published().isPresent() && earlier.published().isPresent()
                && !later.published().get().equals(earlier.published().get())) {
            return later.published().get().isBefore(earlier.published().get()) ? later.id() : earlier.id();
        }
        if (later.wire() != earlier.wire()) {
            return later.wire() ? later.id() : earlier.id();
        }
        return earlier.id();
    }

    /** Hashes of the word 6-grams of a sentence (lowercased letters and digits). */
    static long[] grams(String sentence) {
        String[] words = sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> w = new ArrayList<>();
        for (String x : words) {
            if (!x.isEmpty()) {
                w.add(x);
            }
        }
        if (w.size() < N) {
            return new long[0];
        }
        long[] out = new long[w.size() - N + 1];
        for (int i = 0; i + N <= w.size(); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + N; j++) {
                h = 31 * h + w.get(j).hashCode();
                h ^= h >>> 29;
            }
            out[i] = h;
        }
        return out;
    }

    private static String find(Map<String, String> parent, String id) {
        String root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(id, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }
}
