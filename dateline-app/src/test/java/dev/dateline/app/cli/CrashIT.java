package dev.dateline.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.app.SharedNlp;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Kills a real analyze process at three moments (while it loads the language models, in the
 * middle of a batch, and while it writes the report) and checks that what it leaves is whole:
 * every stored article has all its sentences and a source, the reports in the output folder are
 * complete ones, and running again completes the work.
 */
class CrashIT {

    private static final int ARTICLES = 600;
    /** Past two groups of 16 saves, so that some articles are surely committed when the kill comes. */
    private static final int KILL_AFTER = 40;
    private static final Pattern PROGRESS = Pattern.compile("analyze: (\\d+)/\\d+ inputs");

    @TempDir
    Path dir;

    @Test
    void analyze_killedWhileLoadingModels_storesNothingAndARerunCompletes() throws Exception {
        Path input = articles(ARTICLES / 4);
        Process child = child(input);
        killWhen(child, line -> line.startsWith("loading language models"));
        assertThat(consistentArticles()).isZero();
        rerun(input, ARTICLES / 4, 0);
    }

    @Test
    void analyze_killedMidBatch_leavesAConsistentStoreThatARerunCompletes() throws Exception {
        Path input = articles(ARTICLES);
        Process child = child(input);
        String line = killWhen(child, l -> {
            Matcher m = PROGRESS.matcher(l);
            return m.find() && Integer.parseInt(m.group(1)) >= KILL_AFTER && Integer.parseInt(m.group(1)) < ARTICLES;
        });
        assertThat(line).as("the child reported progress before it was killed").isNotNull();
        int stored = consistentArticles();
        assertThat(stored).isBetween(1, ARTICLES - 1);
        rerun(input, ARTICLES, stored);
    }

    @Test
    void analyze_killedWhileWritingTheReport_leavesWholeReportsAndARerunCompletes() throws Exception {
        Path input = articles(ARTICLES / 2);
        rerun(input, ARTICLES / 2, 0);
        Path out = dir.resolve("out");
        byte[] before = Files.readAllBytes(out.resolve("story.json"));
        // Every article is stored, so the child goes straight to the report; it is killed as soon as a
        // report file is being written beside its target.
        Process child = child(input);
        boolean writing = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try {
            while (!writing && child.isAlive() && System.nanoTime() < deadline) {
                try (Stream<Path> files = Files.list(out)) {
                    writing = files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp"));
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(writing).as("the child was seen writing its report").isTrue();
        assertThat(child.exitValue()).as("the child was killed, not finished").isNotZero();
        for (String report : List.of("story.json", "story.md", "story.html")) {
            assertThat(out.resolve(report)).as(report + " is still there").isNotEmptyFile();
        }
        assertThat(Files.readAllBytes(out.resolve("story.json"))).as("the report is a whole one").isEqualTo(before);
        assertThat(Files.readString(out.resolve("story.html"))).endsWith("</html>\n");

        rerun(input, ARTICLES / 2, ARTICLES / 2);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("story.json", "story.md", "story.html");
        }
        assertThat(Files.readAllBytes(out.resolve("story.json"))).isEqualTo(before);
    }

    private Path articles(int count) throws IOException {
        Path input = Files.createDirectories(dir.resolve("articles"));
        for (int i = 0; i < count; i++) {
            Files.writeString(input.resolve(String.format("a%03d.txt", i)), article(i));
        }
        return input;
    }

    private Process child(Path input) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "analyze", input.toString(), "--db", dir.resolve("store.duckdb").toString(),
                "--out", dir.resolve("out").toString());
        pb.redirectErrorStream(true);
        return pb.start();
    }

    /** Kills {@code child} as soon as it prints a line {@code when} accepts; returns that line, or null. */
    private static String killWhen(Process child, Predicate<String> when) throws Exception {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null;) {
                if (when.test(line)) {
                    child.destroyForcibly();
                    return line;
                }
            }
            return null;
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** The number of stored articles, after checking that each has all its sentences and a source. */
    private int consistentArticles() throws SQLException {
        Path db = dir.resolve("store.duckdb");
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("""
                    SELECT count(*) FROM articles a
                    WHERE a.sentence_count <> (SELECT count(*) FROM sentences s WHERE s.article_id = a.id)
                       OR NOT EXISTS (SELECT 1 FROM article_sources x WHERE x.article_id = a.id)""")) {
                r.next();
                assertThat(r.getInt(1)).as("articles stored without all their sentences or a source").isZero();
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM articles")) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** Runs the batch again in this JVM and checks it completes, reusing what was stored. */
    private void rerun(Path input, int articles, int stored) {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(SharedNlp::get);
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("analyze", input.toString(), "--db", dir.resolve("store.duckdb").toString(),
                "--out", dir.resolve("out").toString())).as(err.toString()).isZero();
        assertThat(err.toString()).contains(articles + " articles (" + stored + " already stored");
    }

    private static String article(int i) {
        String[] places = {"Gori", "Tskhinvali", "Zugdidi", "Senaki", "Poti", "Kutaisi"};
        String place = places[i % places.length];
        return "Convoy " + i + " reaches " + place + "\n\n"
                + place.toUpperCase() + " (Reuters) - An aid convoy numbered " + i + " reached " + place
                + " on Monday after waiting " + (i % 9 + 1) + " days at a checkpoint, officials said.\n\n"
                + "The convoy carried food and medicine for about " + (1000 + 37 * i) + " people, the Red Cross said.\n\n"
                + "Monitors said the road to " + place + " had been cleared of mines overnight.\n";
    }
}
