package dev.dateline.events.internal;

import dev.dateline.semantics.SentenceEncoder;

/** One sentence encoder per process, loaded on first use. */
public final class SharedEncoder {

    private static final Lazy<SentenceEncoder> INSTANCE = new Lazy<>(SentenceEncoder::load);

    private SharedEncoder() {
    }

    /** The shared encoder. */
    public static SentenceEncoder get() {
        return INSTANCE.get();
    }
}
