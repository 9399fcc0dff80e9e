package dev.dateline.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.app.SharedNlp;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Kills a real analyze process in the middle of a batch and checks that the store it leaves is
 * consistent (every stored article has all its sentences) and that running again completes it.
 */
class CrashIT {

    private static final int ARTICLES = 600;
    /** Past two groups of 16 saves, so that some articles are surely committed when the kill comes. */
    private static final int KILL_AFTER = 40;
    private static final Pattern PROGRESS = Pattern.compile("analyze: (\\d+)/\\d+ inputs");

    @TempDir
    Path dir;

    @Test
    void analyze_killedMidBatch_leavesAConsistentStoreThatARerunCompletes() throws Exception {
        Path input = Files.createDirectories(dir.resolve("articles"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(input.resolve(String.format("a%03d.txt", i)), article(i));
        }
        Path db = dir.resolve("store.duckdb");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "analyze", input.toString(), "--db", db.toString(), "--out", dir.resolve("out").toString());
        pb.redirectErrorStream(true);
        Process child = pb.start();
        int doneWhenKilled = -1;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null;) {
                Matcher m = PROGRESS.matcher(line);
                if (m.find() && Integer.parseInt(m.group(1)) >= KILL_AFTER && Integer.parseInt(m.group(1)) < ARTICLES) {
                    doneWhenKilled = Integer.parseInt(m.group(1));
                    child.destroyForcibly();
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(doneWhenKilled).as("the child reported progress before it was killed").isGreaterThanOrEqualTo(KILL_AFTER);

        int stored;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM articles")) {
                r.next();
                stored = r.getInt(1);
            }
            try (ResultSet r = s.executeQuery("""
                    SELECT count(*) FROM articles a
                    WHERE a.sentence_count <> (SELECT count(*) FROM sentences s WHERE s.article_id = a.id)
                       OR NOT EXISTS (SELECT 1 FROM article_sources x WHERE x.article_id = a.id)""")) {
                r.next();
                assertThat(r.getInt(1)).as("articles stored without all their sentences or a source").isZero();
            }
        }
        assertThat(stored).isBetween(1, ARTICLES - 1);

        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(SharedNlp::get);
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("analyze", input.toString(), "--db", db.toString(), "--out", dir.resolve("out").toString()))
                .as(err.toString()).isZero();
        assertThat(err.toString()).contains(ARTICLES + " articles (" + stored + " already stored");
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
