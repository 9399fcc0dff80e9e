package dev.dateline.eval;

import dev.dateline.merge.Agglomerative;
import dev.dateline.model.LogisticModel;
import dev.dateline.semantics.SentenceEncoder;
import dev.dateline.semantics.WordNet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Event coreference of gold mentions by a learned mention-pair model: the features of two
 * mentions of one story (their heads, embeddings of their words, windows and sentences, the
 * names and numbers their sentences share, same document), a logistic regression over them,
 * and average-link clustering of each story's mentions.
 *
 * <pre>{@code
 * CorefPairs pairs = CorefPairs.of(mentionsByStory, SentenceEncoder.load(), WordNet.load());
 * Map<String, String> clusterOf = pairs.cluster(model, threshold);
 * }</pre>
 */
public final class CorefPairs {

    /** The features, in the order the model takes them. */
    public static final List<String> FEATURES = List.of("same_key", "same_stem", "head_cos", "window_cos", "sentence_cos",
            "names_overlap", "same_document", "same_sentence", "same_key_x_sentence_cos", "head_cos_x_names",
            "same_key_x_same_document", "head_cos_squared", "sentence_cos_x_names", "window_cos_x_head_cos",
            "wordnet_related", "wordnet_related_x_sentence_cos");

    /** The resource of the shipped model. */
    public static final String RESOURCE = "/dev/dateline/merge/coref-model.tsv";

    private static final int WINDOW = 5;

    private record Prepared(CorefMentions.Mention mention, String key, String stem, float[] head, float[] window,
            float[] sentence, Set<String> names, Set<String> synsets) {
    }

    private final Map<String, List<Prepared>> byStory;

    private CorefPairs(Map<String, List<Prepared>> byStory) {
        this.byStory = byStory;
    }

    /** The mentions of each story (by story id), with their embeddings from {@code encoder}. */
    public static CorefPairs of(Map<String, List<CorefMentions.Mention>> mentionsByStory, SentenceEncoder encoder,
            WordNet wordNet) {
        Map<String, float[]> cache = new HashMap<>();
        List<String> texts = new ArrayList<>();
        for (List<CorefMentions.Mention> ms : mentionsByStory.values()) {
            for (CorefMentions.Mention m : ms) {
                texts.add(String.join(" ", m.words()));
                texts.add(window(m));
                texts.add(String.join(" ", m.context()));
            }
        }
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(texts));
        for (int i = 0; i < distinct.size(); i += 64) {
            List<String> batch = distinct.subList(i, Math.min(distinct.size(), i + 64));
            List<float[]> vectors = encoder.embed(batch);
            for (int k = 0; k < batch.size(); k++) {
                cache.put(batch.get(k), vectors.get(k));
            }
        }
        Map<String, List<Prepared>> out = new LinkedHashMap<>();
        mentionsByStory.forEach((story, ms) -> {
            List<Prepared> prepared = new ArrayList<>();
            for (CorefMentions.Mention m : ms) {
                prepared.add(new Prepared(m, MentionHeads.key(m.words()), MentionHeads.stemOf(m.words()),
                        cache.get(String.join(" ", m.words())), cache.get(window(m)), cache.get(String.join(" ", m.context())),
                        names(m.context()), synsets(wordNet, MentionHeads.headWord(m.words()))));
            }
            out.put(story, prepared);
        });
        return new CorefPairs(out);
    }

    /** The words around a mention: its own and {@value #WINDOW} on each side. */
    private static String window(CorefMentions.Mention m) {
        int from = Math.max(0, m.start() - WINDOW);
        int to = Math.min(m.context().size(), m.start() + m.words().size() + WINDOW);
        return String.join(" ", m.context().subList(from, to));
    }

    /**
     * The WordNet synsets a head word may name as an event: the first three senses of each base
     * form it may have (as a verb and as a noun), and the senses derived from them across parts
     * of speech ("killing" and "kill"). Two mentions whose heads share one are related in meaning.
     */
    private static Set<String> synsets(WordNet wordNet, String word) {
        Set<String> out = new HashSet<>();
        Set<String> bases = new LinkedHashSet<>(List.of(word));
        for (String suffix : List.of("s", "es", "ed", "d", "ing")) {
            if (word.endsWith(suffix) && word.length() > suffix.length() + 2) {
                String base = word.substring(0, word.length() - suffix.length());
                bases.add(base);
                bases.add(base + "e");
                if (base.length() > 2 && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)) {
                    bases.add(base.substring(0, base.length() - 1)); // "shipped" -> "ship"
                }
            }
        }
        for (String base : bases) {
            for (WordNet.Pos pos : List.of(WordNet.Pos.VERB, WordNet.Pos.NOUN)) {
                for (WordNet.Sense s : wordNet.senses(base, pos).stream().limit(3).toList()) {
                    out.add(s.id());
                    WordNet.Pos other = pos == WordNet.Pos.VERB ? WordNet.Pos.NOUN : WordNet.Pos.VERB;
                    wordNet.derivations(s, other).stream().limit(3).forEach(d -> out.add(d.id()));
                }
            }
        }
        return out;
    }

    /** The names and numbers of a sentence: capitalized words after its first, and words with digits, lowercased. */
    private static Set<String> names(List<String> sentence) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < sentence.size(); i++) {
            String w = sentence.get(i);
            boolean name = i > 0 && !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.length() > 1;
            if (name || w.chars().anyMatch(Character::isDigit)) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static double[] features(Prepared a, Prepared b) {
        double sameKey = a.key().equals(b.key()) ? 1 : 0;
        double headCos = SentenceEncoder.cosine(a.head(), b.head());
        double sentenceCos = SentenceEncoder.cosine(a.sentence(), b.sentence());
        Set<String> both = new HashSet<>(a.names());
        both.retainAll(b.names());
        Set<String> either = new HashSet<>(a.names());
        either.addAll(b.names());
        double names = either.isEmpty() ? 0 : both.size() / (double) either.size();
        boolean sameDocument = a.mention().document().equals(b.mention().document());
        return new double[] {sameKey, a.stem().equals(b.stem()) ? 1 : 0, headCos,
            SentenceEncoder.cosine(a.window(), b.window()), sentenceCos, names, sameDocument ? 1 : 0,
            sameDocument && a.mention().sentence() == b.mention().sentence() ? 1 : 0, sameKey * sentenceCos,
            headCos * names, sameKey * (sameDocument ? 1 : 0), headCos * headCos, sentenceCos * names,
            SentenceEncoder.cosine(a.window(), b.window()) * headCos, related(a, b), related(a, b) * sentenceCos};
    }

    private static double related(Prepared a, Prepared b) {
        return a.synsets().stream().anyMatch(b.synsets()::contains) ? 1 : 0;
    }

    /** Every pair of mentions of one story among {@code stories}: its features and whether it is one gold chain. */
    public void pairs(Set<String> stories, List<double[]> rows, List<Boolean> labels) {
        for (String story : stories) {
            List<Prepared> ms = byStory.getOrDefault(story, List.of());
            for (int i = 0; i < ms.size(); i++) {
                for (int j = i + 1; j < ms.size(); j++) {
                    rows.add(features(ms.get(i), ms.get(j)));
                    labels.add(ms.get(i).mention().chain().equals(ms.get(j).mention().chain()));
                }
            }
        }
    }

    /** The stories of these mentions. */
    public Set<String> stories() {
        return byStory.keySet();
    }

    /**
     * The cluster of each mention of {@code stories} ({@code <story>|<n>}, by mention id): the
     * mentions of a story clustered by average link over the model's probabilities, down to
     * {@code threshold}.
     */
    public Map<String, String> cluster(Set<String> stories, LogisticModel model, double threshold) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String story : stories) {
            List<Prepared> ms = byStory.getOrDefault(story, List.of());
            double[][] scores = new double[ms.size()][ms.size()];
            for (int i = 0; i < ms.size(); i++) {
                for (int j = i + 1; j < ms.size(); j++) {
                    scores[i][j] = model.probability(features(ms.get(i), ms.get(j)));
                    scores[j][i] = scores[i][j];
                }
            }
            List<List<Integer>> clusters = Agglomerative.cluster(scores, threshold);
            for (int c = 0; c < clusters.size(); c++) {
                for (int i : clusters.get(c)) {
                    out.put(ms.get(i).mention().id(), story + "|" + c);
                }
            }
        }
        return out;
    }

    /** The plain same-lemma clustering of the mentions of {@code stories}: one cluster per story and stem, by mention id. */
    public Map<String, String> lemma(Set<String> stories) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String story : stories) {
            for (Prepared p : byStory.getOrDefault(story, List.of())) {
                out.put(p.mention().id(), story + "|" + p.stem());
            }
        }
        return out;
    }

        /** The gold chain of each mention of {@code stories}, by mention id. */
    public Map<String, String> key(Set<String> stories) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String story : stories) {
            for (Prepared p : byStory.getOrDefault(story, List.of())) {
                out.put(p.mention().id(), p.mention().chain());
            }
        }
        return out;
    }

    /** CoNLL F1 (the mean of MUC, B3 and CEAF-e F1) of {@code response} against {@code key}, both by mention id. */
    public static double conll(Map<String, String> key, Map<String, String> response) {
        List<Set<String>> k = CorefScores.clusters(key);
        List<Set<String>> r = CorefScores.clusters(response);
        return (CorefScores.muc(k, r).f1() + CorefScores.b3(k, r).f1() + CorefScores.ceafE(k, r).f1()) / 3;
    }
}
