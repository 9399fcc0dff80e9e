package dev.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.model.ArticleFormat;
import dev.dateline.model.CleanArticle;
import dev.dateline.model.Problem;
import dev.dateline.model.RawArticle;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken web pages: each is an article or an error with its reason, never an
 * exception that is not an {@link ArticleException}, and each is handled in bounded time.
 */
class BadPagesTest {

    @TempDir
    Path dir;

    private static final String STORY = "The council voted on Monday to keep the library open for another year, after"
            + " residents collected more than two thousand signatures against its closure.";

    private static CleanArticle clean(String html) throws ArticleException {
        return new Cleaner().clean(RawArticle.ofFile("page.html", html, ArticleFormat.HTML), p -> { });
    }

    @Test
    void clean_pageOfScriptsOnly_saysTheTextIsMadeByScripts() {
        String html = "<html><head><script>var a = 1;</script></head><body><script>document.write('" + STORY + "');"
                + "</script><noscript></noscript></body></html>";
        assertThatThrownBy(() -> clean(html)).isInstanceOf(ArticleException.class)
                .hasMessage("no article text found (the page is all scripts: its text would be made by JavaScript, which is"
                        + " not run)");
    }

    @Test
    void clean_emptyBody_saysSo() {
        assertThatThrownBy(() -> clean("<html><head><title>A title</title></head><body>  </body></html>"))
                .isInstanceOf(ArticleException.class).hasMessage("no article text found (its body is empty)");
    }

    @Test
    void clean_frameset_saysTheFramesAreNotFetched() {
        String html = "<html><head><title>Frames</title></head><frameset cols=\"20%,80%\"><frame src=\"menu.html\">"
                + "<frame src=\"story.html\"></frameset></html>";
        assertThatThrownBy(() -> clean(html)).isInstanceOf(ArticleException.class)
                .hasMessageContaining("a frameset page");
    }

    @Test
    void clean_gigantTable_isReadInBoundedTime() throws Exception {
        StringBuilder html = new StringBuilder("<html><body><p>" + STORY + "</p><table>");
        for (int row = 0; row < 8_000; row++) {
            html.append("<tr>");
            for (int col = 0; col < 10; col++) {
                html.append("<td>").append(row * 10 + col).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table></body></html>");
        long start = System.nanoTime();
        CleanArticle clean = clean(html.toString());
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(20);
        assertThat(clean.text()).isNotEmpty();
    }

    @Test
    void clean_nesting50000Deep_keepsTheTextWithAWarning() throws Exception {
        String html = "<html><body>" + "<div>".repeat(50_000) + "<p>" + STORY + "</p>" + "</div>".repeat(50_000)
                + "</body></html>";
        List<Problem> warnings = new ArrayList<>();
        CleanArticle clean = new Cleaner().clean(RawArticle.ofFile("deep.html", html, ArticleFormat.HTML), warnings::add);
        assertThat(clean.text()).contains("residents collected more than two thousand signatures");
        assertThat(warnings).anySatisfy(w -> assertThat(w.message()).contains("nested more than"));
    }

    @Test
    void clean_nesting100000DeepBeforeAnyText_saysOnlyTheFirstTagsAreRead() {
        String html = "<html><body>" + "<div>".repeat(100_000) + "<p>" + STORY + "</p>" + "</div>".repeat(100_000)
                + "</body></html>";
        assertThatThrownBy(() -> clean(html)).isInstanceOf(ArticleException.class)
                .hasMessage("no article text found (only the page's first 100,000 tags are read, and they hold no text)");
    }

    @Test
    void read_pageDeclaringLatin1ButInUtf8_isReadAsUtf8() throws Exception {
        Path file = Files.write(dir.resolve("declared.html"), ("<html><head><meta charset=\"iso-8859-1\"></head><body><p>"
                + "Caf\u00e9 owners in the old town said " + STORY + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        List<RawArticle> articles = new ArrayList<>();
        new InputReader().read(file, articles::add, p -> { });
        assertThat(articles).singleElement().satisfies(a -> assertThat(a.originalText()).contains("Caf\u00e9 owners"));
    }

    @Test
    void read_pageDeclaringUtf8ButInAnotherEncoding_isAnErrorThatSaysSo() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("Caf\u00e9 na\u00efve r\u00e9sum\u00e9 ");
        }
        Path file = Files.write(dir.resolve("mislabelled.html"), ("<html><head><meta charset=\"utf-8\"></head><body><p>"
                + text + STORY + "</p></body></html>").getBytes(Charset.forName("windows-1252")));
        List<Problem> problems = new ArrayList<>();
        new InputReader().read(file, a -> { }, problems::add);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
            assertThat(p.message()).contains("mislabelled.html", "invalid UTF-8", "in another encoding");
        });
    }

    @Test
    void read_truncatedGzippedPage_isAnErrorThatSaysSo() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write(("<html><body><p>" + STORY.repeat(20) + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = bytes.toByteArray();
        Path file = Files.write(dir.resolve("page.html.gz"), java.util.Arrays.copyOf(all, all.length / 2));
        List<Problem> problems = new ArrayList<>();
        new InputReader().read(file, a -> { }, problems::add);
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("page.html.gz", "truncated gzip"));
    }
}
