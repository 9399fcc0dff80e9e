package dev.dateline.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line through picocli's {@code execute}, with inputs that never reach the language
 * models: the annotator supplier fails the test if it is ever asked.
 */
class CliTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine(() -> {
            throw new AssertionError("the language models must not be loaded for this command");
        });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void help_onEveryCommand_exitsZero() {
        for (String[] args : new String[][] {{"--help"}, {"analyze", "--help"}, {"articles", "--help"},
            {"demo", "--help"}, {"kb", "lookup", "--help"}, {"eval", "timeml", "--help"}}) {
            assertThat(run(args)).as(String.join(" ", args)).isZero();
        }
        assertThat(out.toString()).contains("Usage: dateline analyze", "Usage: dateline articles", "--db=FILE");
    }

    @Test
    void version_printsTheVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("dateline ");
    }

    @Test
    void analyze_withoutPaths_isBadUsage() {
        assertThat(run("analyze")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter: 'PATH'");
    }

    @Test
    void analyze_badThreadCount_isBadUsage() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "");
        assertThat(run("analyze", file.toString(), "--threads", "0", "--db", dir.resolve("db").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--threads must lie in [1, 64]: 0");
    }

    @Test
    void unknownCommand_isBadUsage() {
        assertThat(run("analyse")).isEqualTo(2);
    }

    @Test
    void analyze_onlyBadInputs_reportsEachAndExitsOne() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("blob.txt"), new byte[] {1, 0, 2, 0});
        Path jsonl = Files.writeString(dir.resolve("dump.jsonl"), "{\"title\": \"no text\"}\n{broken\n");
        Path out = dir.resolve("report");
        int status = run("analyze", empty.toString(), binary.toString(), jsonl.toString(),
                dir.resolve("missing.html").toString(), "--db", dir.resolve("db.duckdb").toString(),
                "--out", out.toString());
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains(
                "error: " + empty + ": empty file",
                "error: " + binary + ": binary content, not text",
                "error: " + jsonl + ":1: record has neither a \"text\" nor an \"html\" field",
                "error: " + jsonl + ":2: invalid JSON",
                "error: " + dir.resolve("missing.html") + ": no such file or folder",
                "dateline: 5 inputs failed; the rest was analyzed",
                "dateline: no article was read, so the reports in " + out + " were left as they were");
        assertThat(out.resolve("story.json")).doesNotExist();
    }

    @Test
    void analyze_wrongPath_leavesTheEarlierReportsAsTheyWere() throws IOException {
        Path out = Files.createDirectories(dir.resolve("report"));
        Path earlier = Files.writeString(out.resolve("story.json"), "{\"schema\": \"dateline/1\"}");
        assertThat(run("analyze", dir.resolve("typo").toString(), "--db", dir.resolve("db.duckdb").toString(),
                "--out", out.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("error: " + dir.resolve("typo") + ": no such file or folder");
        assertThat(Files.readString(earlier)).isEqualTo("{\"schema\": \"dateline/1\"}");
        assertThat(out.resolve("story.md")).doesNotExist();
    }

    @Test
    void kbLookup_resolvedPhrase_printsCodeAndReasons() {
        assertThat(run("kb", "lookup", "Russian", "troops")).isZero();
        assertThat(out.toString()).contains("code: RUSMIL", "why:  demonym 'Russian' of Russia (RUS)",
                "why:  role 'troops' is sector MIL");
    }

    @Test
    void kbLookup_unknownPhrase_exitsOne() {
        assertThat(run("kb", "lookup", "the", "weather")).isEqualTo(1);
        assertThat(out.toString()).contains("not resolved");
    }

    @Test
    void articles_onAnEmptyStore_printsNothing() {
        Store.open(dir.resolve("new.duckdb")).close();
        assertThat(run("articles", "--db", dir.resolve("new.duckdb").toString())).isZero();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void readingCommands_onAStoreThatDoesNotExist_failWithoutCreatingIt() {
        Path typo = dir.resolve("tyop.duckdb");
        for (String command : List.of("articles", "claims", "timeline")) {
            assertThat(run(command, "--db", typo.toString())).as(command).isEqualTo(1);
            assertThat(err.toString()).as(command).contains("error: no store at " + typo);
        }
        assertThat(typo).doesNotExist();
    }

    @Test
    void articles_storeInUse_isAClearError() throws Exception {
        Path db = dir.resolve("busy.duckdb");
        // Another process holds the store, as a second Dateline run would.
        ProcessBuilder holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(), db.toString());
        holder.redirectErrorStream(true);
        Process p = holder.start();
        try {
            assertThat(new String(p.getInputStream().readNBytes(6))).isEqualTo("ready\n");
            assertThat(run("articles", "--db", db.toString())).isEqualTo(1);
            assertThat(err.toString()).contains("error: cannot open the database " + db);
        } finally {
            p.destroyForcibly().waitFor();
        }
    }

    /** Holds a store open in another process until killed. */
    public static final class HoldDatabase {
        public static void main(String[] args) throws Exception {
            dev.dateline.store.Store store = dev.dateline.store.Store.open(Path.of(args[0]));
            System.out.print("ready\n");
            System.out.flush();
            Thread.sleep(60_000);
            store.close();
        }
    }
}
