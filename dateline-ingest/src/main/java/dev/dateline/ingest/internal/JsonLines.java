package dev.dateline.ingest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.ingest.ArticleException;
import dev.dateline.model.ArticleFormat;
import dev.dateline.model.Problem;
import dev.dateline.model.RawArticle;
import dev.dateline.model.SuppliedMetadata;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Reads JSON Lines dumps: one JSON object per line with the fields
 * {@code id, url, title, text | html, published, outlet}; other fields are ignored. A broken
 * line is reported with its number and skipped; the lines after it are still read.
 */
public final class JsonLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {
    }

    /** Whether a file whose first bytes are {@code head} is JSON Lines (or one JSON object). */
    public static boolean looksLikeJsonLines(String fileName, byte[] head) {
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        if (i >= head.length || head[i] != '{') {
            return false;
        }
        String ext = FormatDetector.extension(fileName);
        if (ext.equals("jsonl") || ext.equals("ndjson") || ext.equals("json")) {
            return true;
        }
        String start = new String(head, i, head.length - i, StandardCharsets.UTF_8);
        return start.startsWith("{\"") || start.matches("(?s)\\{\\s*\"\\w+\"\\s*:.*");
    }

    /** Number of non-blank lines in {@code file}, counted without decoding it. */
    public static int countRecords(Path file) {
        int count = 0;
        boolean blank = true;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        count += blank ? 0 : 1;
                        blank = true;
                    } else if (b != ' ' && b != '\r' && b != '\t') {
                        blank = false;
                    }
                }
            }
        } catch (IOException e) {
            return Math.max(count, 1);
        }
        return count + (blank ? 0 : 1);
    }

    /**
     * Reads every record of {@code file}. Lines longer than {@code maxBytes} are skipped with a
     * problem without being held in memory whole.
     */
    public static void read(Path file, String source, long maxBytes,
            Consumer<RawArticle> articles, Consumer<Problem> problems) {
        int lineNumber = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            BoundedLines lines = new BoundedLines(in, maxBytes);
            for (BoundedLines.Line line; (line = lines.next()) != null;) {
                lineNumber++;
                switch (line.fault()) {
                    case TOO_LONG -> problems.accept(Problem.error(source, lineNumber, String.format(Locale.ROOT,
                            "record too large: more than %d MB of text", maxBytes / 1048576)));
                    case INVALID_UTF8 -> problems.accept(Problem.error(source, lineNumber, "invalid UTF-8"));
                    case NONE -> {
                        String text = lineNumber == 1 && line.text().startsWith("\uFEFF")
                                ? line.text().substring(1) : line.text();
                        if (!text.isBlank()) {
                            try {
                                articles.accept(parse(text, source, lineNumber));
                            } catch (ArticleException e) {
                                problems.accept(Problem.error(source, lineNumber, e.getMessage()));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            problems.accept(Problem.error(source, "cannot read (" + e.getMessage() + ")"));
        }
    }

    /**
     * Parses one record.
     *
     * @throws ArticleException when the line is not a JSON object with text or html
     */
    static RawArticle parse(String line, String source, int lineNumber) throws ArticleException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new ArticleException("invalid JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new ArticleException("not a JSON object");
        }
        Optional<String> html = text(node, "html");
        Optional<String> text = text(node, "text");
        if (html.isEmpty() && text.isEmpty()) {
            throw new ArticleException("record has neither a \"text\" nor an \"html\" field");
        }
        String body = html.orElseGet(text::get);
        if (body.isBlank()) {
            throw new ArticleException("record's text is empty");
        }
        ArticleFormat format = html.isPresent() ? ArticleFormat.HTML : FormatDetector.detect("", body);
        SuppliedMetadata supplied = new SuppliedMetadata(
                text(node, "id"), text(node, "url"), text(node, "title"), text(node, "outlet"), text(node, "published"));
        return new RawArticle(source, OptionalInt.of(lineNumber), body, format, supplied);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }
}
