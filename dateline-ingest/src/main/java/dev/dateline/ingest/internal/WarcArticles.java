package dev.dateline.ingest.internal;

import dev.dateline.ingest.ArticleException;
import dev.dateline.model.ArticleFormat;
import dev.dateline.model.Problem;
import dev.dateline.model.RawArticle;
import dev.dateline.model.SuppliedMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the web pages of a WARC file ({@code .warc} or {@code .warc.gz}): each response record
 * whose HTTP payload is an HTML page becomes an article, with the record's target URL and its
 * fetch date (the page was published by then). Records stream one at a time, so a file of any size
 * is read in constant memory. Other records (requests, metadata, images, scripts, error
 * responses) are counted and skipped, with one warning that says how many of each.
 */
public final class WarcArticles {

    private WarcArticles() {
    }

    /** Whether {@code head}, the first bytes of a file (decompressed when it is gzipped), opens a WARC record. */
    public static boolean isWarc(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 16), StandardCharsets.US_ASCII);
        return start.startsWith("WARC/1.") || start.startsWith("WARC/0.");
    }

    /** How many response records {@code file} holds, for progress only; what cannot be read counts as read. */
    public static int countResponses(Path file) {
        int n = 0;
        try (WarcReader reader = new WarcReader(FileChannel.open(file))) {
            for (Optional<WarcRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                n += r.get() instanceof WarcResponse ? 1 : 0;
            }
        } catch (IOException | RuntimeException e) {
            // The reading proper reports it.
        }
        return Math.max(1, n);
    }

    /**
     * Reads the HTML responses of {@code file}, each at most {@code maxBytes}, into {@code articles};
     * a record that cannot be read, a truncated or corrupt file, and the skipped records go to
     * {@code problems}. Each article is named {@code FILE:N}, N its record's number in the file.
     */
    public static void read(Path file, String source, long maxBytes, Consumer<RawArticle> articles,
            Consumer<Problem> problems) {
        TreeMap<String, Integer> skipped = new TreeMap<>();
        int index = 0;
        int read = 0;
        try (WarcReader reader = new WarcReader(FileChannel.open(file))) {
            reader.onWarning(message -> { });
            for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                index++;
                WarcRecord record = next.get();
                if (!(record instanceof WarcResponse response)) {
                    skipped.merge(record.type() + " records", 1, Integer::sum);
                    continue;
                }
                try {
                    Optional<RawArticle> article = article(response, source, index, maxBytes, skipped, problems);
                    if (article.isPresent()) {
                        articles.accept(article.get());
                        read++;
                    }
                } catch (ArticleException e) {
                    problems.accept(new Problem(source, OptionalInt.of(index), e.getMessage(), Problem.Severity.ERROR));
                }
            }
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            problems.accept(Problem.error(source, (index == 0 ? "not a readable WARC file" : "truncated or corrupt WARC"
                    + " file after record " + index) + " (" + reason + ")"
                    + (read > 0 ? "; the " + read + " pages before it were read" : "")));
        }
        if (!skipped.isEmpty()) {
            StringBuilder sb = new StringBuilder("skipped ");
            skipped.forEach((what, n) -> sb.append(n).append(' ').append(what).append(", "));
            sb.setLength(sb.length() - 2);
            problems.accept(new Problem(source, OptionalInt.empty(), sb + " (only HTML responses are articles)",
                    Problem.Severity.WARNING));
        }
    }

    private static Optional<RawArticle> article(WarcResponse response, String source, int index, long maxBytes,
            TreeMap<String, Integer> skipped, Consumer<Problem> problems) throws IOException, ArticleException {
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | RuntimeException e) {
            skipped.merge("responses that are not HTTP", 1, Integer::sum);
            return Optional.empty();
        }
        if (http.status() < 200 || http.status() >= 300) {
            skipped.merge("responses with HTTP status other than 2xx", 1, Integer::sum);
            return Optional.empty();
        }
        MediaType type = http.contentType();
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
            skipped.merge("responses of " + (base.isEmpty() ? "no content type" : base), 1, Integer::sum);
            return Optional.empty();
        }
        byte[] body;
        try (InputStream in = http.body().stream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (body.length > maxBytes) {
            throw new ArticleException(String.format(Locale.ROOT, "too large: the page of record %d has more than %d MB",
                    index, maxBytes / 1048576));
        }
        Decoding.Decoded decoded = Decoding.decode(body, Optional.ofNullable(type.parameters().get("charset")));
        decoded.warning().ifPresent(w -> problems.accept(new Problem(source, OptionalInt.of(index), w,
                Problem.Severity.WARNING)));
        Optional<String> url = Optional.ofNullable(response.target());
        Optional<String> fetched = Optional.of(response.date().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        SuppliedMetadata supplied = new SuppliedMetadata(Optional.empty(), url, Optional.empty(), Optional.empty(),
                Optional.empty(), fetched);
        return Optional.of(new RawArticle(source, OptionalInt.of(index), decoded.text(), ArticleFormat.HTML, supplied));
    }
}
