package dev.dateline.events;

import dev.dateline.nlp.Annotator;
import dev.dateline.nlp.NlpConfig;

/** One CoreNLP pipeline for every integration test of this module (they share a JVM). */
final class SharedNlp {

    private static Annotator annotator;

    private SharedNlp() {
    }

    static synchronized Annotator get() {
        if (annotator == null) {
            annotator = new Annotator(NlpConfig.defaults());
        }
        return annotator;
    }
}
