package dev.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Timex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every line of {@code fixtures/time/*.tsv}: a reference date ({@code -} for none), a sentence
 * with the expected expression in {@code [[ ]]}, and its type, value and mod; or {@code NONE}
 * for a sentence that holds no time expression at all.
 */
class TimeTaggerFixturesTest {

    private static final Path DIR = Path.of("src/test/resources/fixtures/time");
    private final TimeTagger tagger = new TimeTagger();

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        out.add(Arguments.of(file.getFileName() + ": " + line.split("\t")[1], line));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void tag_fixture_findsTheExpectedExpression(String name, String line) {
        String[] cols = line.split("\t");
        Optional<LocalDate> reference = cols[0].equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(cols[0]));
        String marked = cols[1];
        String text = marked.replace("[[", "").replace("]]", "");
        List<Timex> found = tagger.tag(text, reference);
        if (cols[2].equals("NONE")) {
            assertThat(found).isEmpty();
            return;
        }
        int start = marked.indexOf("[[");
        int end = marked.indexOf("]]") - 2;
        assertThat(found).as("found %s", found)
                .anySatisfy(t -> {
                    assertThat(t.span().start()).isEqualTo(start);
                    assertThat(t.span().end()).isEqualTo(end);
                    assertThat(t.type().name()).isEqualTo(cols[2]);
                    assertThat(t.value().value()).isEqualTo(cols[3]);
                    assertThat(t.mod().map(Enum::name).orElse("")).isEqualTo(cols.length > 4 ? cols[4] : "");
                });
    }
}
