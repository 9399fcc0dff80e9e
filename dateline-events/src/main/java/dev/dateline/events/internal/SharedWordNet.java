package dev.dateline.events.internal;

import dev.dateline.semantics.WordNet;

/** One WordNet per process, opened on first use: every coder and extractor shares it. */
public final class SharedWordNet {

    private static volatile WordNet instance;

    private SharedWordNet() {
    }

    /** The shared WordNet. */
    public static WordNet get() {
        WordNet w = instance;
        if (w == null) {
            synchronized (SharedWordNet.class) {
                w = instance;
                if (w == null) {
                    w = WordNet.load();
                    instance = w;
                }
            }
        }
        return w;
    }
}
