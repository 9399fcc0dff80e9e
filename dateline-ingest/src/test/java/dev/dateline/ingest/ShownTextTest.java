package dev.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.ingest.internal.Entities;
import dev.dateline.model.ArticleFormat;
import dev.dateline.model.ArticleMetadata;
import dev.dateline.model.CleanArticle;
import dev.dateline.model.RawArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No text an analyst is shown (the cleaned text, the title, byline, outlet and dateline) holds a
 * character reference or Markdown syntax: for every fixture and example article, and for
 * generated articles in each format that mix references (escaped once and twice) and Markdown
 * into their headlines and paragraphs. Offsets still point into the original.
 */
class ShownTextTest extends CleanContract {

    /** Markdown left in shown text: strong emphasis, a link, an image, a heading marker at a line's start. */
    private static final Pattern MARKDOWN = Pattern.compile("\\*\\*|__|\\]\\(|!\\[|(?m)^#{1,6}\\s");

    static Stream<Path> inputs() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/resources/fixtures/clean"), Path.of("../examples/georgia-2008"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(p -> !p.getFileName().toString().endsWith(".json")
                            && !p.getFileName().toString().equals("README.md")).sorted().forEach(all::add);
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void clean_fixtureOrExample_showsNoReferenceNorMarkdown(Path input) throws Exception {
        List<RawArticle> raws = new ArrayList<>();
        new InputReader().read(input, raws::add, p -> { });
        assertThat(raws).isNotEmpty();
        for (RawArticle raw : raws) {
            assertShownTextIsPlain(raw, new Cleaner().clean(raw, p -> { }));
        }
    }

    @Test
    void clean_generatedArticles_showNoReferenceNorMarkdown() throws Exception {
        Random random = new Random(18);
        String[] words = {"ministers", "met", "in", "the", "capital", "on", "Tuesday", "and", "agreed", "talks", "would",
            "resume", "after", "a", "pause", "of", "two", "weeks", "officials", "said"};
        String[] references = {"&amp;", "&#8217;", "&amp;amp;", "&ndash;", "&quot;", "&#x2014;", "&amp;#8217;", "&eacute;"};
        for (int n = 0; n < 60; n++) {
            StringBuilder[] paragraphs = new StringBuilder[3];
            for (int p = 0; p < paragraphs.length; p++) {
                paragraphs[p] = new StringBuilder();
                for (int w = 0; w < 25; w++) {
                    paragraphs[p].append(words[random.nextInt(words.length)]);
                    paragraphs[p].append(random.nextInt(6) == 0 ? references[random.nextInt(references.length)] : " ");
                }
                paragraphs[p].append("done.");
            }
            String headline = "Talks " + references[random.nextInt(references.length)] + " a truce in the north";
            ArticleFormat format = ArticleFormat.values()[n % ArticleFormat.values().length];
            String source = switch (format) {
                case HTML -> "<html><head><title>" + headline + " | The Daily Example</title></head><body><article><h1>"
                        + headline + "</h1><p><b>CAPITAL, Tuesday</b> &mdash; " + paragraphs[0] + "</p><p>" + paragraphs[1]
                        + "</p><p>" + paragraphs[2] + "</p></article></body></html>";
                case MARKDOWN -> "# " + headline + "\n\n**CAPITAL, Tuesday** &mdash; " + paragraphs[0] + "\n\nSee [the plan]"
                        + "(https://example.org/plan) and *more*: " + paragraphs[1] + "\n\n" + paragraphs[2] + "\n";
                case TEXT -> headline + "\n\nCAPITAL, Tuesday &mdash; " + paragraphs[0] + "\n\n" + paragraphs[1] + "\n\n"
                        + paragraphs[2] + "\n";
            };
            RawArticle raw = RawArticle.ofFile("generated-" + n, source, format);
            assertShownTextIsPlain(raw, new Cleaner().clean(raw, p -> { }));
        }
    }

    @Test
    void clean_doublyEscapedHtml_decodesToOneCharacterAtTheReference() throws Exception {
        String html = "<html><body><article><h1>Washington &amp;amp; Brussels agree</h1><p>The envoys of Washington"
                + " &amp;amp; Brussels said they&amp;#8217;d meet again within the week, and both sides welcomed it.</p>"
                + "</article></body></html>";
        RawArticle raw = RawArticle.ofFile("double.html", html, ArticleFormat.HTML);
        CleanArticle clean = new Cleaner().clean(raw, p -> { });
        assertThat(clean.text()).contains("Washington & Brussels said they\u2019d meet");
        int amp = clean.text().indexOf("& Brussels said");
        assertThat(html.substring(clean.clean().offsets().toOriginalStart(amp))).startsWith("&amp;amp;");
        assertThat(clean.metadata().title()).contains("Washington & Brussels agree");
    }

    private static void assertShownTextIsPlain(RawArticle raw, CleanArticle clean) throws ArticleException {
        assertContract(raw, clean);
        ArticleMetadata m = clean.metadata();
        List<String> shown = new ArrayList<>();
        shown.add(clean.text());
        for (Optional<String> field : List.of(m.title(), m.byline(), m.outlet(), m.dateline())) {
            field.ifPresent(shown::add);
        }
        for (String text : shown) {
            assertThat(Entities.hasReference(text)).as("%s shows a character reference in: %s", raw.source(), text).isFalse();
            assertThat(MARKDOWN.matcher(text).find()).as("%s shows Markdown in: %s", raw.source(), text).isFalse();
        }
    }
}
