package dev.dateline.app.bench;

import dev.dateline.ingest.ArticleException;
import dev.dateline.ingest.Cleaner;
import dev.dateline.ingest.InputReader;
import dev.dateline.model.Problem;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a gzipped WARC of generated news pages (about 100 KB each, with scripts, navigation,
 * related links and a footer, one request record and one image response per page) and reads it
 * back as Dateline reads any input: records streamed from the file, each page's main text and
 * metadata extracted. Prints pages per second and the heap in use (after a collection) at each
 * quarter of the file, which stays flat when the file is streamed.
 *
 * <pre>{@code
 * java -Xmx256m -cp ... dev.dateline.app.bench.WarcBench /tmp/crawl.warc.gz 1024
 * }</pre>
 */
public final class WarcBench {

    private static final String[] WORDS = {"talks", "ceasefire", "troops", "village", "officials", "said", "Monday",
        "the", "of", "and", "attack", "rebels", "army", "government", "minister", "peace", "convoy", "border", "in",
        "a", "to", "on", "after", "residents", "council", "water", "road", "bridge", "market", "school"};

    private WarcBench() {
    }

    /** {@code WarcBench FILE [MB]}: writes about MB megabytes of pages (default 1024) into FILE and reads them. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: WarcBench FILE [MB]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        long megabytes = args.length > 1 ? Long.parseLong(args[1]) : 1024;
        long t0 = System.nanoTime();
        int pages = write(file, megabytes * 1024 * 1024);
        System.out.printf(Locale.ROOT, "wrote %,d pages (%,d MB of HTML) in %.1f s: %s, %,d MB on disk%n", pages, megabytes,
                (System.nanoTime() - t0) / 1e9, file, Files.size(file) / (1024 * 1024));

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Cleaner cleaner = new Cleaner();
        int[] read = {0};
        int[] failed = {0};
        int[] skipped = {0};
        long start = System.nanoTime();
        new InputReader().read(file, raw -> {
            try {
                cleaner.clean(raw, p -> { });
                read[0]++;
            } catch (ArticleException e) {
                failed[0]++;
            }
            if (read[0] > 0 && read[0] % Math.max(1, pages / 4) == 0) {
                System.gc();
                System.out.printf(Locale.ROOT, "  %,7d pages: heap in use %,d MB%n", read[0],
                        memory.getHeapMemoryUsage().getUsed() / (1024 * 1024));
            }
        }, p -> skipped[0] += p.severity() == Problem.Severity.WARNING ? 1 : 0);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "read %,d pages (%d without text, %d skip warnings) in %.1f s: %.1f pages/s,"
                + " %.1f MB/s of HTML on one thread%n", read[0], failed[0], skipped[0], seconds, read[0] / seconds,
                megabytes / seconds);
    }

    private static int write(Path file, long bytes) throws IOException {
        Random random = new Random(50);
        String script = "<script>var config = {" + "\"slot\": \"x\", ".repeat(2500) + "};</script>";
        int n = 0;
        long written = 0;
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            Instant fetched = Instant.parse("2020-05-01T12:00:00Z");
            while (written < bytes) {
                n++;
                URI uri = URI.create("https://news.example/2020/04/" + (1 + n % 28) + "/story-" + n);
                StringBuilder html = new StringBuilder(110_000);
                html.append("<!doctype html><html><head><title>Story ").append(n).append(" | The Example Times</title>")
                        .append(script).append("</head><body><nav><ul>");
                for (int i = 0; i < 40; i++) {
                    html.append("<li><a href=\"/section/").append(i).append("\">Section ").append(i).append("</a></li>");
                }
                html.append("</ul></nav><main><article><h1>").append(sentence(random, 8)).append("</h1>");
                for (int p = 0; p < 12; p++) {
                    html.append("<p>").append(sentence(random, 30)).append(' ').append(sentence(random, 25)).append("</p>");
                }
                html.append("</article><aside class=\"related\"><ul>");
                for (int i = 0; i < 30; i++) {
                    html.append("<li><a href=\"/r/").append(i).append("\">").append(sentence(random, 6)).append("</a></li>");
                }
                html.append("</ul></aside></main><footer><p>Copyright The Example Times</p></footer>");
                while (html.length() < 100_000) {
                    html.append(script);
                }
                html.append("</body></html>");
                byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
                w.write(new WarcRequest.Builder(uri).date(fetched)
                        .body(MediaType.HTTP_REQUEST, "GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).build());
                w.write(new WarcResponse.Builder(uri).date(fetched).body(MediaType.HTTP_RESPONSE, http("text/html; charset=utf-8", body))
                        .build());
                w.write(new WarcResponse.Builder(URI.create(uri + ".png")).date(fetched)
                        .body(MediaType.HTTP_RESPONSE, http("image/png", new byte[512])).build());
                written += body.length;
            }
        }
        return n;
    }

    private static byte[] http(String type, byte[] body) {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        return out;
    }

    private static String sentence(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(i + 1 < words ? " " : ".");
        }
        return sb.toString();
    }
}
