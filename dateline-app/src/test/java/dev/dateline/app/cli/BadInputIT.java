package dev.dateline.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.app.SharedNlp;
import dev.dateline.model.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * One {@code analyze} batch over more than a thousand generated bad inputs with good articles
 * mixed in: no exception escapes, every bad input is named in exactly one error or warning line
 * with its reason, every good article is stored once, the report is written, and the exit status
 * is 1.
 */
class BadInputIT {

    private static final long SEED = 20261201L;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void analyze_thousandBadInputs_namesEachOnceAndStoresEveryGoodArticle() throws IOException, SQLException {
        Path input = Files.createDirectories(dir.resolve("in"));
        BadInputs inputs = BadInputs.write(input, SEED);
        try {
            check(inputs, input);
        } finally {
            inputs.unlock();
        }
    }

    private void check(BadInputs inputs, Path input) throws IOException, SQLException {
        assertThat(inputs.bad).hasSizeGreaterThanOrEqualTo(1_000);

        Path db = dir.resolve("store.duckdb");
        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>(List.of("analyze", input.toString()));
        inputs.extraArguments.forEach(p -> args.add(p.toString()));
        args.addAll(List.of("--db", db.toString(), "--out", out.toString(), "--threads", "2"));
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(SharedNlp::get);
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(args.toArray(String[]::new));

        List<String> lines = err.toString().lines().toList();
        assertThat(lines).as("no exception escapes").noneMatch(l -> l.contains("Exception") || l.startsWith("\tat ")
                || l.contains("internal error"));
        assertThat(status).isEqualTo(1);

        // Each problem line names one input; the longest known location wins ("a.jsonl:3" over "a.jsonl").
        Map<String, BadInputs.Bad> expected = new HashMap<>();
        inputs.bad.forEach(b -> expected.put(b.location(), b));
        List<String> locations = expected.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        Map<String, List<String>> said = new HashMap<>();
        List<String> unexpected = new ArrayList<>();
        for (String line : lines) {
            String rest = line.startsWith("error: ") ? line.substring(7)
                    : line.startsWith("warning: ") ? line.substring(9) : null;
            if (rest == null) {
                continue;
            }
            String found = locations.stream().filter(l -> rest.startsWith(l + ": ")).findFirst().orElse(null);
            if (found == null) {
                unexpected.add(line);
            } else {
                said.computeIfAbsent(found, k -> new ArrayList<>()).add(line);
            }
        }
        assertThat(unexpected).as("problem lines about no bad input (good articles must get none)").isEmpty();
        List<String> wrong = new ArrayList<>();
        for (BadInputs.Bad b : inputs.bad) {
            List<String> got = said.getOrDefault(b.location(), List.of());
            String prefix = (b.severity() == Problem.Severity.ERROR ? "error: " : "warning: ") + b.location() + ": ";
            if (got.size() != 1 || !got.get(0).startsWith(prefix) || !got.get(0).contains(b.reason())) {
                wrong.add(b + " -> " + got);
            }
        }
        assertThat(wrong).as("bad inputs not named in exactly one line with their reason").isEmpty();

        JsonNode story = JSON.readTree(out.resolve("story.json").toFile());
        assertThat(story.get("schema").asText()).isEqualTo("dateline/1");
        assertThat(out.resolve("story.md")).isNotEmptyFile();
        assertThat(out.resolve("story.html")).isNotEmptyFile();
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("story.json", "story.md", "story.html");
        }

        int records = inputs.stored.stream().mapToInt(BadInputs.Stored::records).sum();
        System.out.printf("BadInputIT: %d bad inputs (%d errors, %d warnings), %d articles stored%n", inputs.bad.size(),
                inputs.bad.stream().filter(b -> b.severity() == Problem.Severity.ERROR).count(),
                inputs.bad.stream().filter(b -> b.severity() == Problem.Severity.WARNING).count(), records);
        assertThat(story.get("articles")).hasSize(records);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
                PreparedStatement p = c.prepareStatement(
                        "SELECT count(*) FROM article_sources WHERE source = ? AND source_line = ?")) {
            List<String> missing = new ArrayList<>();
            for (BadInputs.Stored s : inputs.stored) {
                p.setString(1, s.source());
                p.setInt(2, s.line().orElse(0));
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    if (r.getInt(1) != s.records()) {
                        missing.add(s + " stored " + r.getInt(1) + " times");
                    }
                }
            }
            assertThat(missing).as("articles not stored exactly once").isEmpty();
            try (ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM articles")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(records);
            }
        }
    }
}
