package dev.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PrintableTest {

    @Test
    void of_controlsBidiAndUnpairedSurrogates_areEscapedOnOneLine() {
        assertThat(Printable.of("bad\nname\u001b[31m\t.txt")).isEqualTo("bad\\nname\\u001b[31m\\t.txt");
        assertThat(Printable.of("evil\u202Etxt.exe")).isEqualTo("evil\\u202etxt.exe");
        assertThat(Printable.of("half \uD800 pair")).isEqualTo("half \\ud800 pair");
        assertThat(Printable.of("caf\u00e9 \uD83D\uDE00 \u4e2d")).isEqualTo("caf\u00e9 \uD83D\uDE00 \u4e2d");
    }

    @Test
    void message_namesTheFileEscapedAndCutsAnEndlessReason() {
        Problem p = new Problem("a\nb.txt", OptionalInt.of(3), "x".repeat(2_000), Problem.Severity.ERROR);
        assertThat(p.message()).startsWith("error: a\\nb.txt:3: xxx").endsWith("... (1500 more characters)")
                .doesNotContain("\n");
    }
}
