package dev.dateline.app.cli;

import dev.dateline.app.Progress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress on stderr: a bar redrawn in place when stderr is a terminal, plain lines (at most one
 * every five seconds, and at the end) when it is not. Shows done/total, rate and time left.
 */
final class ConsoleProgress implements Progress {

    private static final int WIDTH = 28;
    private static final long LINE_INTERVAL_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier clock;
    private int total;
    private int done;
    private int failed;
    private long started;
    private long lastLine;

    ConsoleProgress(PrintWriter err, boolean terminal, LongSupplier nanoClock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = nanoClock;
    }

    /** Progress on {@code err}, as a bar when the process has a terminal. */
    static ConsoleProgress forStderr(PrintWriter err) {
        String term = System.getenv("TERM");
        boolean terminal = System.console() != null && term != null && !term.equals("dumb");
        return new ConsoleProgress(err, terminal, System::nanoTime);
    }

    @Override
    public synchronized void start(int total) {
        this.total = total;
        this.started = clock.getAsLong();
        this.lastLine = started;
    }

    @Override
    public synchronized void advance() {
        done++;
        show();
    }

    @Override
    public synchronized void fail() {
        failed++;
        done++;
        show();
    }

    private void show() {
        long now = clock.getAsLong();
        if (terminal) {
            draw();
        } else if (now - lastLine >= LINE_INTERVAL_NANOS) {
            lastLine = now;
            err.println("analyze: " + status(now));
            err.flush();
        }
    }

    @Override
    public synchronized void finish() {
        if (terminal) {
            draw();
            err.println();
        } else {
            err.println("analyze: " + status(clock.getAsLong()));
        }
        err.flush();
    }

    /** "12/40 inputs, 3.1/s, 0:09 left", or with failures "12/40 inputs (2 failed), 3.1/s, 0:09 left". */
    String status(long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        double rate = done / seconds;
        String left = done == 0 || done >= total ? "" : ", " + clock((long) Math.ceil((total - done) / rate)) + " left";
        String failures = failed == 0 ? "" : " (" + failed + " failed)";
        return String.format(Locale.ROOT, "%d/%d inputs%s, %.1f/s%s", done, Math.max(total, done), failures, rate, left);
    }

    private void draw() {
        int shown = Math.max(total, done);
        int filled = shown == 0 ? WIDTH : (int) ((long) WIDTH * done / shown);
        err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + status(clock.getAsLong()) + "   ");
        err.flush();
    }

    private static String clock(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
