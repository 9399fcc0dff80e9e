package dev.dateline.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.app.SharedNlp;
import dev.dateline.model.ArticleId;
import dev.dateline.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** analyze and demo end to end, on the example corpus and on mixed good and bad input. */
class AnalyzeIT {

    private static final Path EXAMPLES = Path.of("../examples/georgia-2008");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;
    private Path db;

    @BeforeEach
    void setUp() {
        db = dir.resolve("store.duckdb");
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = Main.commandLine(SharedNlp::get);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void analyze_exampleCorpus_writesTheContractAndStoresEveryArticle() throws IOException {
        Path report = dir.resolve("out");
        assertThat(run("analyze", EXAMPLES.toString(), "--db", db.toString(), "--out", report.toString()))
                .as(err.toString()).isZero();
        JsonNode story = JSON.readTree(report.resolve("story.json").toFile());
        assertThat(story.get("schema").asText()).isEqualTo("dateline/1");
        for (String list : List.of("articles", "events", "claims", "stories", "reuse")) {
            assertThat(story.get(list).isArray()).as(list).isTrue();
        }
        JsonNode articles = story.get("articles");
        assertThat(articles).hasSize(11);
        for (JsonNode a : articles) {
            assertThat(a.get("id").asText()).matches("[0-9a-f]{16}");
            assertThat(a.get("sentenceCount").asInt()).isPositive();
            String original = original(a);
            for (JsonNode s : a.get("sentences")) {
                assertThat(s.get("end").asInt()).isLessThanOrEqualTo(original.length());
                assertThat(s.get("start").asInt()).isLessThan(s.get("end").asInt());
            }
            for (JsonNode t : a.get("timexes")) {
                assertThat(original.substring(t.get("start").asInt(), t.get("end").asInt())).isEqualTo(t.get("text").asText());
            }
        }
        // Evidence sentences are shown as people read them: no character reference, no Markdown syntax.
        for (JsonNode sentence : story.findValues("sentence")) {
            if (sentence.isTextual()) {
                assertThat(sentence.asText()).doesNotContainPattern("&(?:[A-Za-z]{2,8}|#[0-9]{2,7});")
                        .doesNotContain("**", "](", "__");
            }
        }
        assertThat(Files.readString(report.resolve("story.html"))).doesNotContain("&amp;amp;", "&amp;#", "**");
        // Three outlets carry the AFP paragraphs; two of them do not say when they were written.
        assertThat(articles.findValues("agencies").stream().filter(ag -> ag.toString().contains("AFP")).count())
                .isEqualTo(3);
        // Four state no date of their own; they take the span of their story's dated articles, and the TASS
        // report, whose dateline names "August 13" without a year, that day in the story's year.
        assertThat(articles.findValues("basis").stream().filter(b -> b.asText().equals("none")).count()).isZero();
        assertThat(articles.findValues("published").stream().filter(p -> p.get("basis").asText().equals("story")))
                .hasSize(4).allSatisfy(p -> assertThat(p.get("evidence").toString()).contains("dated articles"))
                .extracting(p -> p.get("earliest").asText() + "/" + p.get("date").asText())
                .containsExactlyInAnyOrder("2008-08-13/2008-08-13", "2008-08-08/null", "2008-08-08/null", "2008-08-08/null");
        // The AFP story is dated 8 August 2008; its "Thursday evening" is the 7th.
        assertThat(articles.get(0).get("timexes").findValuesAsText("value")).contains("2008-08-08", "2008-08-07TEV");

        try (Store store = Store.open(db)) {
            assertThat(store.articleCount()).isEqualTo(11);
        }
        assertThat(out.toString()).contains("story.json", "story.md", "story.html");

        // Events: each points into its article's original text, and the summit ruled out is no meeting held.
        JsonNode events = story.get("events");
        assertThat(events.size()).isGreaterThan(20);
        Map<String, String> originals = new HashMap<>();
        for (JsonNode a : articles) {
            originals.put(a.get("id").asText(), original(a));
        }
        for (JsonNode e : events) {
            String original = originals.get(e.get("article").asText());
            JsonNode evidence = e.get("evidence");
            assertThat(original.substring(evidence.get("triggerStart").asInt(), evidence.get("triggerEnd").asInt()))
                    .isEqualTo(evidence.get("trigger").asText());
            for (JsonNode actor : e.get("source")) {
                assertThat(original.substring(actor.get("start").asInt(), actor.get("end").asInt()))
                        .doesNotContain("\n\n");
            }
            assertThat(e.get("mentions").findValuesAsText("event")).contains(e.get("id").asText());
            for (JsonNode m : e.get("mentions")) {
                assertThat(m.get("event").asText()).startsWith(m.get("article").asText() + "-e");
                String text = originals.get(m.get("article").asText());
                assertThat(text.substring(m.get("triggerStart").asInt(), m.get("triggerEnd").asInt()))
                        .isEqualTo(m.get("trigger").asText());
            }
            assertThat(e.get("summary").asText()).isNotBlank();
            assertThat(e.get("numSources").asInt()).isBetween(1, e.get("numArticles").asInt());
            assertThat(e.get("modality").asText()).isIn("asserted", "planned", "requested", "hypothetical", "negated",
                    "denied", "refused");
        }
        assertThat(events.findValues("modality").stream().map(JsonNode::asText)).contains("refused", "planned");
        boolean ruledOutAsHeld = false;
        for (JsonNode e : events) {
            JsonNode first = e.get("mentions").get(0);
            String sentence = originals.get(first.get("article").asText()).substring(first.get("start").asInt(),
                    first.get("end").asInt());
            if (sentence.contains("rules out meeting") && e.get("plover").get("type").asText().equals("CONSULT")
                    && e.get("modality").asText().equals("asserted")) {
                ruledOutAsHeld = true;
            }
        }
        assertThat(ruledOutAsHeld).as("a meeting ruled out is reported as held").isFalse();

        // Claims: the separatists' "more than 1,400" (three reprints of one AFP story) against Georgia's 175.
        JsonNode claims = story.get("claims");
        assertThat(claims.size()).isGreaterThan(5);
        for (JsonNode c : claims) {
            String original = originals.get(c.get("article").asText());
            JsonNode m = c.get("mentions").get(0);
            assertThat(original.substring(m.get("start").asInt(), m.get("end").asInt())).isNotBlank();
            assertThat(c.get("measure").asText()).isIn("killed", "wounded", "missing", "captured", "displaced",
                    "refugees", "evacuated", "casualties");
            if (!c.get("disclosed").asBoolean()) {
                assertThat(c.get("value").get("low").isNull()).as("a withheld figure is not zero").isTrue();
            }
        }
        assertThat(claims.findValuesAsText("text")).contains("more than 1,400 people", "175 Georgians");
        assertThat(claims.findValues("relations").toString()).contains("contradicts");
        assertThat(story.get("ledger").findValuesAsText("contested")).contains("true");

        // Stories: every article in exactly one, named by its first article.
        JsonNode stories = story.get("stories");
        assertThat(stories.size()).isBetween(1, 4);
        List<String> inStories = stories.findValues("articles").stream().flatMap(a -> StreamSupport
                .stream(a.spliterator(), false)).map(JsonNode::asText).toList();
        assertThat(inStories).hasSize(11).doesNotHaveDuplicates();
        // Reuse: the AFP story and its two reprints share passages, and count as one source.
        JsonNode reuse = story.get("reuse");
        assertThat(reuse.size()).isPositive();
        for (JsonNode r : reuse) {
            for (int i = 0; i < 2; i++) {
                String text = originals.get(r.get("articles").get(i).asText());
                JsonNode span = r.get("spans").get(i);
                assertThat(span.get(1).asInt()).isGreaterThan(span.get(0).asInt()).isLessThanOrEqualTo(text.length());
            }
        }
        assertThat(reuse.findValuesAsText("original")).contains(articles.get(0).get("id").asText());
        int sources = 0;
        for (JsonNode st : stories) {
            assertThat(st.get("numSources").asInt()).isBetween(1, st.get("numArticles").asInt());
            sources += st.get("numSources").asInt();
        }
        assertThat(sources).isLessThan(11);

        String html = Files.readString(report.resolve("story.html"));
        // Self-contained: no scripts, no style sheets or images fetched; charts are inline SVG.
        assertThat(html).doesNotContain("<script", "<link", "src=", "@import", "url(http", "url('http", "href=\"http");
        assertThat(html).contains("<h2>Claims ledger</h2>");
        assertThat(Files.readString(report.resolve("story.md"))).contains("Kremlin rules out meeting Saakashvili",
                "## Events", "125 Reject proposal to meet");
    }

    @Test
    void analyze_reportCannotBeWritten_saysSoWithTheSummaryAndStoresTheArticles() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("out"), "a file where the report folder should be");
        assertThat(run("analyze", EXAMPLES.resolve("09-recognition.txt").toString(), "--db", db.toString(),
                "--out", notAFolder.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("error: cannot write the report into " + notAFolder,
                "dateline: 1 article (0 already stored, 0 duplicates) into " + db);
        assertThat(Files.readString(notAFolder)).isEqualTo("a file where the report folder should be");
        try (Store store = Store.open(db)) {
            assertThat(store.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void analyze_sameFilesTwice_storesNothingTwice() throws IOException {
        assertThat(run("analyze", EXAMPLES.toString(), "--db", db.toString(), "--out", dir.resolve("1").toString()))
                .isZero();
        assertThat(run("analyze", EXAMPLES.toString(), "--db", db.toString(), "--out", dir.resolve("2").toString()))
                .isZero();
        assertThat(err.toString()).contains("dateline: 11 articles (11 already stored, 0 duplicates)")
                .doesNotContain("loading language models");
        try (Store store = Store.open(db)) {
            assertThat(store.articleCount()).isEqualTo(11);
        }
        assertThat(Files.readString(dir.resolve("2/story.json"))).isEqualTo(Files.readString(dir.resolve("1/story.json")));
    }

    @Test
    void analyze_inFiveBatches_givesTheStoriesTimelineAndReportOfOneBatch() throws IOException {
        assertThat(run("analyze", EXAMPLES.toString(), "--db", db.toString(), "--out", dir.resolve("one").toString()))
                .isZero();
        Path batched = dir.resolve("batched.duckdb");
        List<List<String>> batches = List.of(List.of("01-afp-tskhinvali.txt", "02-northern-courier-tanks.html"),
                List.of("03-wire-feed.jsonl"), List.of("04-gori-bombing.md", "05-summit-ruled-out.md"),
                List.of("06-six-point-plan.html", "07-rice-signing.txt"), List.of("08-medvedev-signs.html", "09-recognition.txt"));
        for (int b = 0; b < batches.size(); b++) {
            List<String> args = new ArrayList<>(List.of("analyze"));
            batches.get(b).forEach(f -> args.add(EXAMPLES.resolve(f).toString()));
            args.addAll(List.of("--db", batched.toString(), "--out", dir.resolve("batch" + b).toString()));
            assertThat(run(args.toArray(String[]::new))).isZero();
        }
        assertThat(err.toString()).contains("stored articles of the same stories and weeks clustered with them");
        try (Store one = Store.open(db); Store five = Store.open(batched)) {
            assertThat(five.stories()).isEqualTo(one.stories());
            assertThat(five.timeline(Optional.empty())).isEqualTo(one.timeline(Optional.empty()));
        }
        assertThat(Files.readString(dir.resolve("batch4/story.json"))).isEqualTo(Files.readString(dir.resolve("one/story.json")));
        // The whole store's report, without the language models, is the one batch's too.
        assertThat(run("report", "--db", batched.toString(), "--out", dir.resolve("all").toString())).isZero();
        assertThat(Files.readString(dir.resolve("all/story.json"))).isEqualTo(Files.readString(dir.resolve("one/story.json")));
        assertThat(run("report", "--db", batched.toString(), "--story", "nosuchstory", "--out", dir.resolve("none").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("no stored article in story nosuchstory");
    }

    @Test
    void analyze_identicalArticleUnderTwoNames_isOneArticleWithTwoSources() throws IOException {
        Path a = Files.copy(EXAMPLES.resolve("09-recognition.txt"), dir.resolve("recognition.txt"));
        Path b = Files.copy(a, dir.resolve("copy-of-recognition.txt"));
        assertThat(run("analyze", a.toString(), b.toString(), "--db", db.toString(), "--out", dir.resolve("o").toString()))
                .isZero();
        assertThat(err.toString()).contains("1 article (0 already stored, 1 duplicate)");
        JsonNode article = JSON.readTree(dir.resolve("o/story.json").toFile()).get("articles").get(0);
        assertThat(article.get("sources")).hasSize(2);
        try (Store store = Store.open(db)) {
            assertThat(store.sources(ArticleId.of(Files.readString(a)))).containsExactly(a.toString(), b.toString());
        }
    }

    @Test
    void analyze_badInputsAmongGood_analyzesTheRestKeepsStoredDataAndExitsOne() throws IOException {
        assertThat(run("analyze", EXAMPLES.resolve("01-afp-tskhinvali.txt").toString(), "--db", db.toString(),
                "--out", dir.resolve("first").toString())).isZero();
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.copy(EXAMPLES.resolve("07-rice-signing.txt"), batch.resolve("good.txt"));
        Files.writeString(batch.resolve("empty.md"), "");
        Files.write(batch.resolve("binary.html"), new byte[] {0x50, 0x4B, 3, 4, 0, 0, 0});
        Files.writeString(batch.resolve("feed.jsonl"), "{\"text\": \"Shelling resumed near Gori on Sunday, officials"
                + " said.\"}\n{not json}\n");
        Files.writeString(batch.resolve("hostile.txt"), "Officials said <script>alert(1)</script> was found & removed.");
        int status = run("analyze", batch.toString(), "--db", db.toString(), "--out", dir.resolve("second").toString());
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("empty.md: empty file", "binary.html: binary content",
                "feed.jsonl:2: invalid JSON", "dateline: 3 inputs failed; the rest was analyzed");
        try (Store store = Store.open(db)) {
            assertThat(store.articleCount()).isEqualTo(4);
        }
        String html = Files.readString(dir.resolve("second/story.html"));
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; was found &amp; removed")
                .doesNotContain("<script>alert");
    }

    @Test
    void demo_analyzesTheExampleCorpus() throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        String home = System.getProperty("dateline.home");
        System.setProperty("dateline.home", cwd.resolve("..").normalize().toString());
        try {
            assertThat(run("demo", "--db", db.toString(), "--out", dir.resolve("demo").toString())).isZero();
        } finally {
            if (home == null) {
                System.clearProperty("dateline.home");
            } else {
                System.setProperty("dateline.home", home);
            }
        }
        assertThat(JSON.readTree(dir.resolve("demo/story.json").toFile()).get("articles")).hasSize(11);
    }

    @Test
    void code_jsonl_codesEachLineAndReportsBadLinesWithoutStopping() throws IOException {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\": \"a\", \"text\": \"Russian warplanes bombed Gori on Saturday.\", \"date\": \"2008-08-10\"}",
                "not json",
                "{\"id\": \"c\", \"text\": \"Sarkozy will travel to Tbilisi to meet Saakashvili.\"}",
                "{\"id\": \"d\", \"text\": \"The weather was fine.\"}") + "\n");
        assertThat(run("code", "--jsonl", input.toString())).isEqualTo(1);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).hasSize(4);
        JsonNode bombed = lines.get(0).get("events").get(0);
        assertThat(bombed.get("cameo").asText()).isEqualTo("195");
        assertThat(bombed.get("plover").get("type").asText()).isEqualTo("ASSAULT");
        assertThat(bombed.get("source").get(0).get("code").asText()).isEqualTo("RUSMIL");
        assertThat(bombed.get("modality").asText()).isEqualTo("asserted");
        assertThat(lines.get(1).get("error").asText()).isNotBlank();
        assertThat(lines.get(2).findValuesAsText("modality")).contains("planned"); // reported or abstained from
        assertThat(lines.get(3).get("events")).isEmpty();
        assertThat(err.toString()).contains("in.jsonl:2:");
    }

    @Test
    void claims_printsTheLedgerOfTheStore() {
        assertThat(run("analyze", EXAMPLES.toString(), "--db", db.toString(), "--out", dir.resolve("o").toString()))
                .isZero();
        assertThat(run("claims", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("== story ", "killed, GEO, all (contested)", "estimate", "contradicts",
                "not disclosed");
        String firstStory = out.toString().lines().filter(l -> l.startsWith("== story ")).findFirst().orElseThrow()
                .substring("== story ".length());
        assertThat(run("claims", "--db", db.toString(), "--story", firstStory)).isZero();
        assertThat(out.toString()).contains("== story " + firstStory).doesNotContain("no claims stored");
        assertThat(run("claims", "--db", db.toString(), "--story", "nosuchstory")).isZero();
        assertThat(out.toString()).contains("no claims stored for story nosuchstory");
    }

    @Test
    void timeline_listsEachStorysMergedEvents() throws IOException {
        assertThat(run("analyze", EXAMPLES.toString(), "--db", db.toString(), "--out", dir.resolve("o").toString()))
                .isZero();
        JsonNode events = JSON.readTree(dir.resolve("o/story.json").toFile()).get("events");
        // The AFP story's truce, reprinted by two outlets, is one event from one source in three articles.
        boolean reprintedOnce = false;
        for (JsonNode e : events) {
            if (e.get("cameo").asText().equals("0871") && e.get("numArticles").asInt() == 3) {
                reprintedOnce = e.get("numSources").asInt() == 1 && e.get("mentions").size() == 3;
            }
        }
        assertThat(reprintedOnce).isTrue();
        assertThat(run("timeline", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("== story ", "Declare truce, ceasefire", "1/3");
        assertThat(Files.readString(dir.resolve("o/story.md"))).contains("## Timeline", "★");
    }

    @Test
    void explain_printsEventsAndWhy() {
        assertThat(run("explain", EXAMPLES.resolve("05-summit-ruled-out.md").toString())).isZero();
        assertThat(out.toString()).contains("event 125 Reject proposal to meet", "refused", "why:",
                "capital or seat of power 'Kremlin'");
    }

    private static String original(JsonNode article) throws IOException {
        Path source = Path.of(article.get("source").asText());
        if (!article.has("sourceLine")) {
            return Files.readString(source);
        }
        List<String> lines = new ArrayList<>();
        try (Stream<String> all = Files.lines(source)) {
            all.forEach(lines::add);
        }
        JsonNode record = JSON.readTree(lines.get(article.get("sourceLine").asInt() - 1));
        return record.has("html") ? record.get("html").asText() : record.get("text").asText();
    }
}
