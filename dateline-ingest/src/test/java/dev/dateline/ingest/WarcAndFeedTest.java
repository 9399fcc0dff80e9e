package dev.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.ArticleFormat;
import dev.dateline.model.CleanArticle;
import dev.dateline.model.DateBasis;
import dev.dateline.model.Problem;
import dev.dateline.model.RawArticle;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARC files and RSS or Atom feeds, told from their content, read as articles; their bad forms as clear problems. */
class WarcAndFeedTest {

    @TempDir
    Path dir;

    private final List<RawArticle> articles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    static String page(String headline, String body) {
        return "<!doctype html><html><head><title>" + headline + "</title></head><body><nav><a href='/'>Home</a></nav>"
                + "<article><h1>" + headline + "</h1><p>" + body + "</p></article></body></html>";
    }

    static byte[] http(String contentType, int status, byte[] body) {
        byte[] head = ("HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        return out;
    }

    /** Writes a WARC with a request, two HTML pages, an image and a 404 page; gzipped when {@code gzip}. */
    Path warc(String name, boolean gzip) throws IOException {
        Path file = dir.resolve(name);
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            Instant fetched = Instant.parse("2008-08-14T10:00:00Z");
            w.write(new WarcRequest.Builder(URI.create("https://news.example/2008/08/13/talks"))
                    .date(fetched).body(MediaType.HTTP_REQUEST, "GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
                    .build());
            w.write(response("https://news.example/2008/08/13/talks", fetched, "text/html; charset=utf-8", 200,
                    page("Envoys meet on the ceasefire", "The envoys met in the capital on Wednesday and agreed that"
                            + " talks on the ceasefire would resume within a week, officials said.")));
            w.write(response("https://news.example/logo.png", fetched, "image/png", 200, "PNG"));
            w.write(response("https://news.example/missing", fetched, "text/html", 404, page("Not found", "Nothing here.")));
            w.write(response("https://news.example/world/convoy", fetched, "text/html", 200,
                    page("Aid convoy reaches the city", "A convoy of forty trucks carrying food and medicine reached the"
                            + " city on Thursday after a delay of two days at the border, aid workers said.")));
        }
        return file;
    }

    private static WarcResponse response(String url, Instant date, String type, int status, String body) {
        return new WarcResponse.Builder(URI.create(url)).date(date)
                .body(MediaType.HTTP_RESPONSE, http(type, status, body.getBytes(StandardCharsets.UTF_8))).build();
    }

    @Test
    void read_warc_givesHtmlResponsesWithUrlAndFetchDateAndCountsTheRest() throws Exception {
        new InputReader().read(warc("crawl.warc", false), articles::add, problems::add);
        assertThat(articles).hasSize(2);
        RawArticle first = articles.get(0);
        assertThat(first.format()).isEqualTo(ArticleFormat.HTML);
        assertThat(first.supplied().url()).contains("https://news.example/2008/08/13/talks");
        assertThat(first.supplied().fetched()).contains("2008-08-14");
        assertThat(first.location()).isEqualTo(dir.resolve("crawl.warc") + ":2");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.message()).contains("1 request records", "1 responses of image/png",
                    "1 responses with HTTP status other than 2xx");
        });
        CleanArticle clean = new Cleaner().clean(first, p -> { });
        assertThat(clean.metadata().fetched()).contains(LocalDate.of(2008, 8, 14));
        assertThat(clean.metadata().published().basis()).isEqualTo(DateBasis.URL);
        assertThat(new InputReader().countArticles(dir.resolve("crawl.warc"))).isEqualTo(4);
    }

    @Test
    void read_gzippedWarcWithAnyName_isToldByContent() throws Exception {
        Path file = warc("crawl.warc.gz", true);
        Path renamed = Files.move(file, dir.resolve("download.bin"));
        new InputReader().read(renamed, articles::add, problems::add);
        assertThat(articles).extracting(a -> a.supplied().url().orElseThrow())
                .containsExactly("https://news.example/2008/08/13/talks", "https://news.example/world/convoy");
    }

    @Test
    void read_truncatedGzippedWarc_keepsTheRecordsBeforeAndSaysWhere() throws Exception {
        Path file = warc("crawl.warc.gz", true);
        byte[] bytes = Files.readAllBytes(file);
        Path cut = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(bytes, bytes.length - 40));
        new InputReader().read(cut, articles::add, problems::add);
        assertThat(articles).hasSize(1);
        assertThat(problems).filteredOn(p -> p.severity() == Problem.Severity.ERROR).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("cut.warc.gz", "truncated or corrupt WARC file after record",
                        "the 1 pages before it were read"));
    }

    @Test
    void read_rssWithFullContent_givesItemsWithTitleLinkDateAndContent() throws Exception {
        Path feed = Files.writeString(dir.resolve("news"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>The Valley Courier</title><link>https://courier.example/</link>
                <item><title>Bridge reopens after repairs</title><link>https://courier.example/bridge</link>
                <pubDate>Tue, 12 Aug 2008 09:30:00 GMT</pubDate><description>The bridge reopened.</description>
                <content:encoded><![CDATA[<p>The old bridge over the river reopened to traffic on Tuesday after
                three months of repairs, the town council said.</p><p>Buses will use it again from Monday.</p>]]></content:encoded>
                </item>
                <item><title>Market day moves</title><link>https://courier.example/market</link>
                <description>The weekly market will be held on Fridays from next month, its organisers said.</description></item>
                <item><title>Only a link</title><link>https://courier.example/link</link></item>
                </channel></rss>
                """);
        new InputReader().read(feed, articles::add, problems::add);
        assertThat(articles).hasSize(2);
        RawArticle first = articles.get(0);
        assertThat(first.format()).isEqualTo(ArticleFormat.HTML);
        assertThat(first.supplied().title()).contains("Bridge reopens after repairs");
        assertThat(first.supplied().url()).contains("https://courier.example/bridge");
        assertThat(first.supplied().outlet()).contains("The Valley Courier");
        assertThat(first.originalText()).contains("three months of repairs");
        assertThat(articles.get(1).format()).isEqualTo(ArticleFormat.TEXT);
        CleanArticle clean = new Cleaner().clean(first, p -> { });
        assertThat(clean.metadata().published().date()).contains(LocalDate.of(2008, 8, 12));
        assertThat(clean.text()).contains("Buses will use it again");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("1 of the feed's 3 items"));
        assertThat(new InputReader().countArticles(feed)).isEqualTo(3);
    }

    @Test
    void read_atom_givesEntries() throws Exception {
        Path feed = Files.writeString(dir.resolve("feed.xml"), """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Field Notes</title><id>urn:x</id>
                <updated>2020-05-02T10:00:00Z</updated>
                <entry><title>Floods recede in the delta</title><id>urn:x:1</id>
                <link href="https://notes.example/floods"/><published>2020-05-01T08:00:00Z</published>
                <updated>2020-05-02T08:00:00Z</updated>
                <content type="html">&lt;p&gt;Water levels in the delta fell for a third day on Friday, and families began to
                return to their villages, local officials said.&lt;/p&gt;</content></entry></feed>
                """);
        new InputReader().read(feed, articles::add, problems::add);
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.supplied().title()).contains("Floods recede in the delta");
            assertThat(a.supplied().url()).contains("https://notes.example/floods");
            assertThat(a.supplied().published()).hasValueSatisfying(d -> assertThat(d).startsWith("2020-05-01"));
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void read_feedThatIsNotXml_isAClearError() throws Exception {
        Path feed = Files.writeString(dir.resolve("headlines.rss"), "this is { not a feed at all\n");
        new InputReader().read(feed, articles::add, problems::add);
        assertThat(articles).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
            assertThat(p.message()).contains("headlines.rss", "not a valid RSS or Atom feed");
        });
    }

    @Test
    void read_feedWithDoctype_isRefusedAndReadsNoEntity() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "do not read me");
        Path feed = Files.writeString(dir.resolve("evil.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title>"
                + "<description>Some text of the item that is long enough.</description></item></channel></rss>\n");
        new InputReader().read(feed, articles::add, problems::add);
        assertThat(articles).noneMatch(a -> a.supplied().title().orElse("").contains("do not read me"));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("not a valid RSS or Atom feed"));
    }
}
