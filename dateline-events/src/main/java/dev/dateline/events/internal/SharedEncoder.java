package dev.dateline.events.internal;

import dev.dateline.semantics.SentenceEncoder;

/** One sentence encoder per process, loaded on first use. */
public final class SharedEncoder {

    private static volatile SentenceEncoder instance;

    private SharedEncoder() {
    }

    /** The shared encoder. */
    public static SentenceEncoder get() {
        SentenceEncoder e = instance;
        if (e == null) {
            synchronized (SharedEncoder.class) {
                e = instance;
                if (e == null) {
                    e = SentenceEncoder.load();
                    instance = e;
                }
            }
        }
        return e;
    }
}
