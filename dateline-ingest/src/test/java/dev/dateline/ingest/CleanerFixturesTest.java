package dev.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dateline.model.ArticleMetadata;
import dev.dateline.model.CleanArticle;
import dev.dateline.model.Problem;
import dev.dateline.model.RawArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every input in {@code fixtures/clean/} through reading and cleaning and compares the
 * format, metadata, paragraphs and warnings with {@code <case>.expected.json}. Run with
 * {@code -Dfixtures.update=true} to rewrite the expected files after a deliberate change, then
 * review the diff.
 */
class CleanerFixturesTest extends CleanContract {

    private static final Path DIR = Path.of("src/test/resources/fixtures/clean");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static Stream<Path> inputs() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> !p.getFileName().toString().endsWith(".expected.json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void clean_fixture_matchesExpected(Path input) throws Exception {
        List<RawArticle> raws = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new InputReader().read(input, raws::add, problems::add);
        assertThat(raws).isNotEmpty();
        List<Map<String, Object>> described = new ArrayList<>();
        for (RawArticle raw : raws) {
            List<Problem> articleProblems = new ArrayList<>(problems);
            problems.clear();
            CleanArticle clean = new Cleaner().clean(raw, articleProblems::add);
            assertContract(raw, clean);
            described.add(describe(clean, articleProblems));
        }
        // One article gives one object; a JSON Lines file gives a list, one object per record.
        Object actual = described.size() == 1 && !input.toString().endsWith(".jsonl") ? described.get(0) : described;
        String name = input.getFileName().toString();
        Path expectedFile = DIR.resolve(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
        if (Boolean.getBoolean("fixtures.update")) {
            Files.writeString(expectedFile, JSON.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
        }
        Object expected = JSON.readValue(expectedFile.toFile(), Object.class);
        assertThat(JSON.convertValue(actual, Object.class)).isEqualTo(expected);
    }

    private static Map<String, Object> describe(CleanArticle clean, List<Problem> problems) {
        ArticleMetadata m = clean.metadata();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", clean.format().id());
        out.put("title", m.title().orElse(null));
        out.put("outlet", m.outlet().orElse(null));
        out.put("byline", m.byline().orElse(null));
        out.put("agencies", m.agencies());
        out.put("dateline", m.dateline().orElse(null));
        out.put("url", m.url().orElse(null));
        out.put("language", m.language());
        Map<String, Object> published = new LinkedHashMap<>();
        published.put("date", m.published().date().map(Object::toString).orElse(null));
        published.put("earliest", m.published().earliest().map(Object::toString).orElse(null));
        published.put("latest", m.published().latest().map(Object::toString).orElse(null));
        published.put("basis", m.published().basis().id());
        out.put("published", published);
        out.put("paragraphs", clean.paragraphs().stream().map(p -> p.in(clean.text())).toList());
        out.put("problems", problems.stream().map(Problem::message).toList());
        return out;
    }
}
