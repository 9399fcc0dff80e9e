package dev.dateline.nlp;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Configuration of the NLP stage: which CoreNLP models to load and how long a sentence may get
 * before it is cut for the tagger and parser.
 *
 * @param posModel class-path location of the part-of-speech tagger model
 * @param dependencyModel class-path location of the neural dependency parser model
 * @param maxSentenceTokens longest sentence handed to the tagger and parser; longer runs of text
 *     without a sentence end (tables, lists) are cut into pieces of at most this many tokens
 * @param precomputedVectors how many frequent parser features have their hidden-layer products
 *     computed at load time; more is faster up to a point and costs memory
 */
public record NlpConfig(String posModel, String dependencyModel, int maxSentenceTokens, int precomputedVectors) {

    /** The tagger model that ships in CoreNLP's English models jar. */
    public static final String DEFAULT_POS_MODEL =
            "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    /** The Universal Dependencies parser model that ships in CoreNLP's English models jar. */
    public static final String DEFAULT_DEPENDENCY_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private static final Set<String> KEYS =
            Set.of("posModel", "dependencyModel", "maxSentenceTokens", "precomputedVectors");

    public NlpConfig {
        requireNonBlank(posModel, "posModel");
        requireNonBlank(dependencyModel, "dependencyModel");
        if (maxSentenceTokens < 10 || maxSentenceTokens > 1000) {
            throw new IllegalArgumentException("maxSentenceTokens must lie in [10, 1000]: " + maxSentenceTokens);
        }
        if (precomputedVectors < 0 || precomputedVectors > 1_000_000) {
            throw new IllegalArgumentException("precomputedVectors must lie in [0, 1000000]: " + precomputedVectors);
        }
    }

    /**
     * The models shipped in CoreNLP's English models jar, sentences cut at 150 tokens, and
     * CoreNLP's 20,000 precomputed parser vectors: 100,000 parse about 40% faster but double the
     * load time and add 600 MB at peak (measured; see docs/DECISIONS.md).
     */
    public static NlpConfig defaults() {
        return new NlpConfig(DEFAULT_POS_MODEL, DEFAULT_DEPENDENCY_MODEL, 150, 20_000);
    }

    /**
     * The defaults overridden by {@code settings}.
     *
     * @throws IllegalArgumentException naming any key that is not a setting of this stage
     */
    public static NlpConfig fromMap(Map<String, String> settings) {
        Set<String> unknown = new TreeSet<>(settings.keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown NLP settings " + unknown + "; the settings are " + new TreeSet<>(KEYS));
        }
        NlpConfig d = defaults();
        return new NlpConfig(settings.getOrDefault("posModel", d.posModel()),
                settings.getOrDefault("dependencyModel", d.dependencyModel()),
                wholeNumber(settings, "maxSentenceTokens", d.maxSentenceTokens()),
                wholeNumber(settings, "precomputedVectors", d.precomputedVectors()));
    }

    private static int wholeNumber(Map<String, String> settings, String key, int fallback) {
        String value = settings.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number: " + value, e);
        }
    }

    private static void requireNonBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
