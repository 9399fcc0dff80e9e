package dev.dateline.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    private final AtomicLong now = new AtomicLong();
    private final StringWriter err = new StringWriter();

    @Test
    void plainLines_atMostEveryFiveSeconds_withRateAndTimeLeft() {
        ConsoleProgress p = new ConsoleProgress(new PrintWriter(err), false, now::get);
        p.start(40);
        for (int i = 0; i < 10; i++) {
            now.addAndGet(1_000_000_000L);
            p.advance();
        }
        p.finish();
        assertThat(err.toString().lines()).containsExactly(
                "analyze: 5/40 inputs, 1.0/s, 0:35 left",
                "analyze: 10/40 inputs, 1.0/s, 0:30 left",
                "analyze: 10/40 inputs, 1.0/s, 0:30 left");
    }

    @Test
    void plainLines_withFailures_sayHowManyFailed() {
        ConsoleProgress p = new ConsoleProgress(new PrintWriter(err), false, now::get);
        p.start(3);
        now.addAndGet(1_000_000_000L);
        p.advance();
        p.fail();
        p.advance();
        p.finish();
        assertThat(err.toString().lines()).containsExactly("analyze: 3/3 inputs (1 failed), 3.0/s");
    }

    @Test
    void terminal_redrawsABarInPlace() {
        ConsoleProgress p = new ConsoleProgress(new PrintWriter(err), true, now::get);
        p.start(4);
        now.addAndGet(2_000_000_000L);
        p.advance();
        assertThat(err.toString()).contains("\r[#######.....................] 1/4 inputs, 0.5/s, 0:06 left");
        p.advance();
        p.advance();
        p.advance();
        p.finish();
        assertThat(err.toString()).contains("[############################] 4/4 inputs").endsWith("\n");
    }
}
