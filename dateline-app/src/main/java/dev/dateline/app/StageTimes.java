package dev.dateline.app;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/** Time spent in each stage of the pipeline, summed over threads, for benchmarks and logs. */
public final class StageTimes {

    /** The stages timed. */
    public enum Stage { READ, CLEAN, TIME, NLP, EVENTS, STORIES, STORE }

    private final AtomicLongArray nanos = new AtomicLongArray(Stage.values().length);

    /** Adds {@code elapsed} nanoseconds to {@code stage}. */
    public void add(Stage stage, long elapsed) {
        nanos.addAndGet(stage.ordinal(), elapsed);
    }

    /** Seconds spent in each stage. */
    public Map<Stage, Double> seconds() {
        Map<Stage, Double> out = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            out.put(s, nanos.get(s.ordinal()) / 1e9);
        }
        return out;
    }
}
