package dev.dateline.events.internal;

import dev.dateline.semantics.WordNet;

/** One WordNet per process, opened on first use: every coder and extractor shares it. */
public final class SharedWordNet {

    private static final Lazy<WordNet> INSTANCE = new Lazy<>(WordNet::load);

    private SharedWordNet() {
    }

    /** The shared WordNet. */
    public static WordNet get() {
        return INSTANCE.get();
    }
}
