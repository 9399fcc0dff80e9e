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
    void read_invalidUtf8_namesTheByte() throws IOException {
        byte[] bytes = "Talks resumed in Geneva on Monday. ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xC3;
        bad[bytes.length + 1] = (byte) 0x28;
        read(Files.write(dir.resolve("bad.txt"), bad));
        assertThat(problems).singleElement().extracting(Problem::reason).isEqualTo("invalid UTF-8 at byte " + bytes.length);
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
                "error: " + file + ":4: not a JSON object",
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
}
