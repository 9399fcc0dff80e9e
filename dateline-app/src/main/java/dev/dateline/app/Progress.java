package dev.dateline.app;

/** Receives progress while a batch is analyzed. */
public interface Progress {

    /** Called once the number of articles to analyze is known. */
    void start(int total);

    /** Called after each input that was read as an article (analyzed, loaded from the store, or a copy of another). */
    void advance();

    /** Called after each input that failed. */
    void fail();

    /** Called when the batch is done. */
    void finish();

    /** Progress that goes nowhere. */
    static Progress none() {
        return new Progress() {
            @Override
            public void start(int total) {
            }

            @Override
            public void advance() {
            }

            @Override
            public void fail() {
            }

            @Override
            public void finish() {
            }
        };
    }
}
