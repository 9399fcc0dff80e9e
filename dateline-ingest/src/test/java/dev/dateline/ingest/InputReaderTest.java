package dev.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dateline.model.ArticleFormat;
import dev.dateline.model.Problem;
import dev.dateline.model.RawArticle;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading files, folders and JSON Lines, and one clear problem per bad input. */
class InputReaderTest {

    @TempDir
    Path dir;

    private final List<RawArticle> articles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final InputReader reader = new InputReader();

    private void read(Path file) {
        reader.read(file, articles::add, problems::add);
    }

    @Test
    void read_emptyFile_isOneErrorNamingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.txt"), "");
        read(file);
        assertThat(articles).isEmpty();
        assertThat(problems).extracting(Problem::message).containsExactly("error: " + file + ": empty file");
    }

    @Test
    void read_whitespaceOnly_isEmpty() throws IOException {
        read(Files.writeString(dir.resolve("blank.md"), " \n\n\t\n"));
        assertThat(problems).singleElement().extracting(Problem::reason).asString().startsWith("empty file");
    }

    @Test
    void read_binaryFile_isRejected() throws IOException {
        Path file = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0x10, 'J', 'F'});
        read(file);
        assertThat(articles).isEmpty();
        assertThat(problems).singleElement().extracting(Problem::reason).asString().startsWith("binary content");
    }

    @Test
    void read_anotherEncoding_isRejectedNamingTheFirstBadByte() throws IOException {
        String text = "Caf\u00e9 talks in Z\u00fcrich: the d\u00e9l\u00e9gation r\u00e9unie \u00e0 Gen\u00e8ve, "
                + "l'\u00e9t\u00e9 dernier, a d\u00e9cid\u00e9. ";
        read(Files.write(dir.resolve("latin1.txt"), text.repeat(3).getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(articles).isEmpty();
        assertThat(problems).singleElement().extracting(Problem::reason).isEqualTo(
                "invalid UTF-8 at byte 3 (33 invalid sequences: the file is in another encoding; convert it to UTF-8)");
    }

    @Test
    void read_aStrayInvalidByte_isReplacedWithAWarning() throws IOException {
        byte[] bytes = "Talks resumed in Geneva on Monday. ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xC3;
        bad[bytes.length + 1] = (byte) 0x28;
        read(Files.write(dir.resolve("stray.txt"), bad));
        assertThat(articles).singleElement().extracting(RawArticle::originalText)
                .isEqualTo("Talks resumed in Geneva on Monday. \uFFFD(");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.reason()).isEqualTo("invalid UTF-8 at byte " + bytes.length + "; it was replaced by U+FFFD");
        });
    }

    @Test
    void read_htmlDeclaringAnotherCharset_isDecodedWithIt() throws IOException {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 talks resumed on Monday"
                + " between the two delegations.</p></body></html>";
        read(Files.write(dir.resolve("page.html"), html.getBytes("windows-1252")));
        assertThat(problems).isEmpty();
        assertThat(articles).singleElement().extracting(RawArticle::originalText).asString().contains("Caf\u00e9");
    }

    @Test
    void read_enormousFile_isRejectedWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(InputReader.MAX_TEXT_BYTES + 1);
        }
        read(file);
        assertThat(problems).singleElement().extracting(Problem::reason).asString().startsWith("too large: 20.0 MB");
    }

    @Test
    void read_unreadableFile_isReported() throws IOException {
        Path file = Files.writeString(dir.resolve("secret.txt"), "Talks resumed.");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(file), "running as a user who can read any file");
        read(file);
        assertThat(problems).singleElement().extracting(Problem::reason).asString().startsWith("cannot read");
    }

    @Test
    void read_jsonLinesWithBrokenLines_readsTheRestAndNamesEachLine() throws IOException {
        Path file = dir.resolve("dump.jsonl");
        Files.write(file, List.of(
                "{\"id\": \"a\", \"title\": \"One\", \"text\": \"Talks resumed on Monday.\", \"outlet\": \"Herald\"}",
                "{\"id\": \"b\", \"text\": \"Broken",
                "",
                "[1, 2, 3]",
                "{\"id\": \"c\", \"title\": \"No body\"}",
                "{\"html\": \"<p>Shelling resumed on Tuesday near the airport.</p>\", \"published\": \"2015-01-20\","
                        + " \"topic\": 3}"));
        read(file);
        assertThat(articles).extracting(RawArticle::location).containsExactly(file + ":1", file + ":6");
        assertThat(articles.get(0).supplied().outlet()).contains("Herald");
        assertThat(articles.get(1).format()).isEqualTo(ArticleFormat.HTML);
        assertThat(problems).extracting(Problem::message).containsExactly(
                "error: " + file + ":2: invalid JSON (Unexpected end-of-input: was expecting closing quote for a string value)",
                "error: " + file + ":4: not a JSON object (an array)",
                "error: " + file + ":5: record has neither a \"text\" nor an \"html\" field");
    }

    @Test
    void read_jsonLinesWithInvalidUtf8Line_skipsOnlyThatLine() throws IOException {
        Path file = dir.resolve("dump.jsonl");
        byte[] good = "{\"text\": \"Talks resumed.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'};
        byte[] all = new byte[good.length * 2 + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        System.arraycopy(good, 0, all, good.length + bad.length, good.length);
        read(Files.write(file, all));
        assertThat(articles).hasSize(2);
        assertThat(problems).extracting(Problem::message).containsExactly("error: " + file + ":2: invalid UTF-8");
    }

    @Test
    void list_folder_walksRecursivelyInNameOrderSkippingHiddenFiles() throws IOException {
        Files.createDirectories(dir.resolve("b/inner"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("b/inner/z.txt"), "z");
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.writeString(dir.resolve(".hidden.txt"), "h");
        Files.writeString(dir.resolve(".git/config"), "c");
        List<Path> files = reader.list(List.of(dir, dir.resolve("missing.txt")), problems::add);
        assertThat(files).containsExactly(dir.resolve("a.txt"), dir.resolve("b/inner/z.txt"));
        assertThat(problems).extracting(Problem::reason).containsExactly("no such file or folder");
    }

    @Test
    void countArticles_jsonLines_countsNonBlankLines() throws IOException {
        Path file = Files.writeString(dir.resolve("d.jsonl"), "{\"text\":\"a\"}\n\n{\"text\":\"b\"}\n{\"text\":\"c\"}");
        assertThat(reader.countArticles(file)).isEqualTo(3);
        assertThat(reader.countArticles(Files.writeString(dir.resolve("a.txt"), "one\ntwo\n"))).isEqualTo(1);
    }

    @Test
    void read_formatIsDetectedFromContentNotExtension() throws IOException {
        read(Files.writeString(dir.resolve("page.txt"), "<!DOCTYPE html><html><body><p>Talks.</p></body></html>"));
        read(Files.writeString(dir.resolve("notes.html"), "Talks resumed on Monday.\n\nNo markup here."));
        read(Files.writeString(dir.resolve("story.txt"), "# Talks resume\n\nThe [envoy](https://x.example) said so."));
        assertThat(articles).extracting(RawArticle::format)
                .containsExactly(ArticleFormat.HTML, ArticleFormat.TEXT, ArticleFormat.MARKDOWN);
    }

    @Test
    void clean_htmlWithNoText_isAnError() throws IOException {
        read(Files.writeString(dir.resolve("empty.html"), "<html><body><nav><a href='/'>Home</a></nav></body></html>"));
        assertThat(articles).hasSize(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Cleaner().clean(articles.get(0), problems::add))
                .isInstanceOf(ArticleException.class).hasMessage("no article text found");
    }

    @Test
    void read_jsonLinesWithWrongTypes_rejectsBodiesAndIgnoresMetadata() throws IOException {
        Path file = dir.resolve("types.jsonl");
        Files.write(file, List.of("{\"text\": 5}", "{\"text\": true}", "{\"html\": 5}",
                "{\"title\": 5, \"id\": 7, \"text\": \"Talks resumed on Monday in Geneva.\"}"));
        read(file);
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.supplied().title()).isEmpty();
            assertThat(a.supplied().id()).contains("7");
        });
        assertThat(problems).extracting(Problem::message).containsExactly(
                "error: " + file + ":1: \"text\" must be a string, not a number",
                "error: " + file + ":2: \"text\" must be a string, not a boolean",
                "error: " + file + ":3: \"html\" must be a string, not a number",
                "warning: " + file + ":4: \"title\" is a number, not a string; it was ignored");
    }

    @Test
    void read_jsonLinesWithTrailingDataOrTwoObjects_saysSo() throws IOException {
        Path file = dir.resolve("odd.jsonl");
        Files.write(file, List.of("{\"text\": \"ok\"} trailing", "{\"text\": \"First.\"} {\"text\": \"Second.\"}"));
        read(file);
        assertThat(articles).extracting(RawArticle::originalText).containsExactly("First.", "Second.");
        assertThat(problems).extracting(Problem::severity, Problem::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Problem.Severity.ERROR, java.util.OptionalInt.of(1)),
                org.assertj.core.groups.Tuple.tuple(Problem.Severity.WARNING, java.util.OptionalInt.of(2)));
        assertThat(problems.get(0).reason()).startsWith("invalid JSON after the record (Unrecognized token 'trailing'");
        assertThat(problems.get(1).reason()).isEqualTo("the line holds 2 JSON values, not one; each was read as a record");
    }

    @Test
    void read_jsonLinesFileWhoseFirstLineIsNoObject_stillReadsTheRest() throws IOException {
        for (String first : List.of("42", "[1,2,3]", "null", "\uFEFF42")) {
            articles.clear();
            problems.clear();
            Path file = dir.resolve("dump.jsonl");
            Files.writeString(file, first + "\n{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");
            read(file);
            assertThat(articles).as(first).hasSize(2);
            assertThat(problems).as(first).singleElement().extracting(Problem::reason).asString()
                    .startsWith("not a JSON object (");
        }
    }

    @Test
    void read_jsonLinesWithUnpairedSurrogatesAndNuls_repairsThemWithOneWarning() throws IOException {
        Path file = dir.resolve("escapes.jsonl");
        Files.write(file, List.of("{\"text\": \"\\ud800 Talks resumed.\\u0000\", \"title\": \"Talks \\udc00\"}",
                "{\"text\": \"Fine \\ud83d\\ude00 text.\"}"));
        read(file);
        assertThat(articles).extracting(RawArticle::originalText)
                .containsExactly("\uFFFD Talks resumed.\uFFFD", "Fine \uD83D\uDE00 text.");
        assertThat(articles.get(0).supplied().title()).contains("Talks \uFFFD");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.reason()).isEqualTo("\"text\" had one unpaired surrogate and one NUL character (the first at"
                    + " character 0); each was replaced by U+FFFD; \"title\" had one unpaired surrogate (the first at"
                    + " character 6); it was replaced by U+FFFD");
        });
    }

    @Test
    void read_prettyPrintedJsonDocuments_readEachRecordAtItsLine() throws IOException {
        Path object = Files.writeString(dir.resolve("one.json"), "{\n  \"title\": \"One\",\n  \"text\": \"Talks.\"\n}\n");
        Path array = Files.writeString(dir.resolve("many.json"),
                "[\n  {\"text\": \"First.\"},\n  {\"text\": 3},\n  {\"text\": \"Third.\"}\n]\n");
        read(object);
        read(array);
        assertThat(articles).extracting(RawArticle::location)
                .containsExactly(object + ":1", array + ":2", array + ":4");
        assertThat(problems).extracting(Problem::message)
                .containsExactly("error: " + array + ":3: \"text\" must be a string, not a number");
    }

    @Test
    void read_jsonLinesWhoseFirstRecordIsCutShort_isStillReadLineByLine() throws IOException {
        Path file = Files.writeString(dir.resolve("cut.jsonl"), "{\"text\": \"Cut sh\n{\"text\": \"Whole.\"}\n");
        read(file);
        assertThat(articles).extracting(RawArticle::location).containsExactly(file + ":2");
        assertThat(problems).singleElement().extracting(Problem::reason).asString().startsWith("invalid JSON (");
    }

    @Test
    void read_emptyOrBlankJsonLines_isOneError() throws IOException {
        read(Files.writeString(dir.resolve("empty.jsonl"), ""));
        read(Files.writeString(dir.resolve("blank.jsonl"), "\n\n  \n"));
        assertThat(articles).isEmpty();
        assertThat(problems).extracting(Problem::reason)
                .containsExactly("empty file", "empty file (no records, only blank lines)");
    }

    @Test
    void read_nulByteAfterTheFirstEightKiB_isStillBinary() throws IOException {
        byte[] bytes = ("Talks resumed. ".repeat(1000) + "\0 and went on.").getBytes(StandardCharsets.UTF_8);
        read(Files.write(dir.resolve("late-nul.txt"), bytes));
        assertThat(articles).isEmpty();
        assertThat(problems).singleElement().extracting(Problem::reason)
                .isEqualTo("binary content, not text (NUL byte at 15000)");
    }

    @Test
    void list_brokenAndLoopingLinks_areNamedAndTheRestIsListed() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("news"));
        Files.writeString(folder.resolve("a.txt"), "a");
        Files.createSymbolicLink(folder.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
        Files.createSymbolicLink(folder.resolve("loop1"), folder.resolve("loop2"));
        Files.createSymbolicLink(folder.resolve("loop2"), folder.resolve("loop1"));
        Files.createSymbolicLink(folder.resolve("up"), folder);
        List<Path> files = reader.list(List.of(folder), problems::add);
        assertThat(files).containsExactly(folder.resolve("a.txt"));
        assertThat(problems).extracting(Problem::message).containsExactlyInAnyOrder(
                "error: " + folder.resolve("dangling.txt") + ": broken symbolic link: its target does not exist",
                "error: " + folder.resolve("loop1") + ": symbolic link loop: it never reaches a file",
                "error: " + folder.resolve("loop2") + ": symbolic link loop: it never reaches a file",
                "error: " + folder.resolve("up") + ": symbolic link loop: it leads back to a folder above it; not followed");
    }

    @Test
    void list_unreadableSubfolder_isNamedAndItsNeighboursAreListed() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("news"));
        Path locked = Files.createDirectories(folder.resolve("locked"));
        Files.writeString(folder.resolve("a.txt"), "a");
        Files.writeString(locked.resolve("b.txt"), "b");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(!Files.isReadable(locked), "running as a user who can read any folder");
            List<Path> files = reader.list(List.of(folder, locked.resolve("b.txt")), problems::add);
            assertThat(files).containsExactly(folder.resolve("a.txt"));
            assertThat(problems).extracting(Problem::message).containsExactly(
                    "error: " + locked + ": cannot open folder (permission denied); its files were skipped",
                    "error: " + locked.resolve("b.txt") + ": cannot access (permission denied)");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void list_fifo_isNotReadButNamed() throws IOException, InterruptedException {
        Path fifo = dir.resolve("pipe.txt");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        assertThat(reader.list(List.of(dir), problems::add)).isEmpty();
        assertThat(problems).extracting(Problem::message)
                .containsExactly("error: " + fifo + ": not a regular file (a device, FIFO or socket); skipped");
    }
}
