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
 */
public record NlpConfig(String posModel, String dependencyModel, int maxSentenceTokens) {

    /** The tagger model that ships in CoreNLP's English models jar. */
    public static final String DEFAULT_POS_MODEL =
            "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    /** The Universal Dependencies parser model that ships in CoreNLP's English models jar. */
    public static final String DEFAULT_DEPENDENCY_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private static final Set<String> KEYS = Set.of("posModel", "dependencyModel", "maxSentenceTokens");

    public NlpConfig {
        requireNonBlank(posModel, "posModel");
        requireNonBlank(dependencyModel, "dependencyModel");
        if (maxSentenceTokens < 10 || maxSentenceTokens > 1000) {
            throw new IllegalArgumentException("maxSentenceTokens must lie in [10, 1000]: " + maxSentenceTokens);
        }
    }

    /** The models shipped in CoreNLP's English models jar, sentences cut at 150 tokens. */
    public static NlpConfig defaults() {
        return new NlpConfig(DEFAULT_POS_MODEL, DEFAULT_DEPENDENCY_MODEL, 150);
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
        String max = settings.getOrDefault("maxSentenceTokens", Integer.toString(d.maxSentenceTokens()));
        try {
            return new NlpConfig(settings.getOrDefault("posModel", d.posModel()),
                    settings.getOrDefault("dependencyModel", d.dependencyModel()), Integer.parseInt(max.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("maxSentenceTokens must be a whole number: " + max, e);
        }
    }

    private static void requireNonBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
