package dev.dateline.app;

/** Receives progress while a batch is analyzed. */
public interface Progress {

    /** Called once the number of articles to analyze is known. */
    void start(int total);

    /** Called after each article, whatever its outcome. */
    void advance();

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
            public void finish() {
            }
        };
    }
}
