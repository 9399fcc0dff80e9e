package dev.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extraction metric, the split and the reading of the set, on pages written for the test. */
class ExtractionEvaluationTest {

    @TempDir
    Path dir;

    private static ExtractionEvaluation.Page page(List<String> with, List<String> without) {
        return new ExtractionEvaluation.Page("https://example.org/a", Path.of("a.html"), with, without,
                Optional.of("The headline"), Optional.of("Jane Doe"), Optional.of(LocalDate.of(2020, 5, 1)));
    }

    @Test
    void score_segmentsFoundAndMissed_countWithNormalisedWhiteSpace() {
        ExtractionEvaluation.Score s = ExtractionEvaluation.score(page(List.of("the  council\nvoted", "not there"),
                List.of("Share this", "Cookie settings")), "The mayor said the council voted on Monday.\n\nShare   this");
        assertThat(s.tp()).isEqualTo(1);
        assertThat(s.fn()).isEqualTo(1);
        assertThat(s.fp()).isEqualTo(1);
        assertThat(s.missed()).containsExactly("not there");
        assertThat(s.leaked()).containsExactly("Share this");
    }

    @Test
    void report_sumsOverPagesAndScoresMetadata() {
        ExtractionEvaluation.Page p = page(List.of("voted"), List.of("Share"));
        List<String> lines = ExtractionEvaluation.report("x", List.of(p, p), List.of(
                new ExtractionEvaluation.Extracted("they voted", Optional.of("The Headline!"), Optional.of("jane doe"),
                        Optional.of(LocalDate.of(2020, 5, 1)), Optional.of("metadata")),
                new ExtractionEvaluation.Extracted("Share", Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty())));
        assertThat(lines).contains("main text: precision 0.500, recall 0.500, F1 0.500 (TP 1, FP 1, FN 1)",
                "publication date: right for 1 of 2 pages with a gold date (0.500); a date given for 1",
                "title: right for 1 of 2 (0.500)", "author: right for 1 of 2 (0.500)");
    }

    @Test
    void read_splitsByFileNameIntoTwoHalvesThatMakeTheWhole() throws Exception {
        Files.createDirectories(dir.resolve("eval"));
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 40; i++) {
            Files.writeString(dir.resolve("eval/p" + i + ".html"), "<html><body><p>page " + i + "</p></body></html>");
            json.append(i == 0 ? "" : ",").append("\"https://example.org/").append(i).append("\": {\"file\": \"p").append(i)
                    .append(".html\", \"with\": [\"page ").append(i).append("\"], \"without\": [], \"date\": \"2020-01-0")
                    .append(1 + i % 9).append("\"}");
        }
        Files.writeString(dir.resolve("evaldata.json"), json.append("}").toString());
        List<ExtractionEvaluation.Page> tune = ExtractionEvaluation.read(dir, ExtractionEvaluation.Part.TUNE);
        List<ExtractionEvaluation.Page> test = ExtractionEvaluation.read(dir, ExtractionEvaluation.Part.TEST);
        assertThat(tune).isNotEmpty();
        assertThat(test).isNotEmpty();
        assertThat(tune.size() + test.size()).isEqualTo(40);
        assertThat(tune).noneMatch(t -> test.stream().anyMatch(u -> u.file().equals(t.file())));
        assertThat(ExtractionEvaluation.read(dir, ExtractionEvaluation.Part.TUNE)).isEqualTo(tune);
        ExtractionEvaluation.Page first = ExtractionEvaluation.read(dir, ExtractionEvaluation.Part.ALL).get(0);
        assertThat(ExtractionEvaluation.html(first)).contains("page 0");
        assertThat(ExtractionEvaluation.dateline(first.url(), ExtractionEvaluation.html(first)).text()).isEqualTo("page 0");
    }
}
