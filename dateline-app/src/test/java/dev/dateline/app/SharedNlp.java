package dev.dateline.app;

import dev.dateline.nlp.Annotator;
import dev.dateline.nlp.NlpConfig;

/** One CoreNLP pipeline for every integration test of this module (they share a JVM). */
public final class SharedNlp {

    private static Annotator annotator;

    private SharedNlp() {
    }

    /** The shared annotator, loaded on first use. */
    public static synchronized Annotator get() {
        if (annotator == null) {
            annotator = new Annotator(NlpConfig.defaults());
        }
        return annotator;
    }
}
