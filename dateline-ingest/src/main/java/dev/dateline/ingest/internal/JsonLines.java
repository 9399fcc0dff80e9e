package dev.dateline.ingest.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.ingest.ArticleException;
import dev.dateline.ingest.InputReader;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Reads JSON Lines dumps: one JSON object per line with the fields
 * {@code id, url, title, text | html, published, outlet}; other fields are ignored. A broken
 * line is reported with its number and skipped; the lines after it are still read.
 *
 * <p>Records are checked, not taken on trust: {@code text} and {@code html} must be strings, a
 * metadata field of another type is ignored with a warning, data after a record is an error, and
 * text that no encoder can write (unpaired surrogates from {@code \ud800} escapes, NUL characters)
 * is repaired with a warning. A file that is one JSON document spread over many lines (a
 * pretty-printed object, or an array of objects) is read as such, each record named by the line it
 * starts on.
 */
public final class JsonLines {

    /** Strings as long as an article may be; nesting far shallower than Jackson allows, as no record needs more. */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength((int) InputReader.MAX_TEXT_BYTES).maxNestingDepth(64).build())
            .build());
    private static final List<String> METADATA_FIELDS = List.of("id", "url", "title", "outlet", "published");
    /** A first line longer than this is a record, not the start of a document spread over many lines. */
    private static final int SNIFF_LINE_BYTES = 1 << 20;

    private JsonLines() {
    }

    /**
     * Whether a file named {@code fileName} whose first bytes are {@code head} holds JSON records:
     * its extension says so ({@code .jsonl}, {@code .ndjson}, {@code .json}), or its content starts
     * with an object.
     */
    public static boolean isJson(String fileName, byte[] head) {
        String ext = FormatDetector.extension(fileName);
        if (ext.equals("jsonl") || ext.equals("ndjson") || ext.equals("json")) {
            return true;
        }
        int i = skipBomAndSpace(head);
        if (i >= head.length || head[i] != '{') {
            return false;
        }
        String start = new String(head, i, head.length - i, StandardCharsets.UTF_8);
        return start.startsWith("{\"") || start.matches("(?s)\\{\\s*\"\\w+\"\\s*:.*");
    }

    /** Number of records in {@code file}, cheaply: its non-blank lines, or 1 for a document spread over many lines. */
    public static int countRecords(Path file) {
        if (isDocument(file)) {
            return 1;
        }
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
        if (isDocument(file)) {
            readDocument(file, source, maxBytes, articles, problems);
            return;
        }
        int lineNumber = 0;
        boolean anything = false;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            BoundedLines lines = new BoundedLines(in, maxBytes);
            for (BoundedLines.Line line; (line = lines.next()) != null;) {
                lineNumber++;
                anything |= line.fault() != BoundedLines.Fault.NONE || !line.text().isBlank();
                switch (line.fault()) {
                    case TOO_LONG -> problems.accept(Problem.error(source, lineNumber, String.format(Locale.ROOT,
                            "record too large: more than %d MB of text", maxBytes / 1048576)));
                    case INVALID_UTF8 -> problems.accept(Problem.error(source, lineNumber, "invalid UTF-8"));
                    case NONE -> {
                        String text = lineNumber == 1 && line.text().startsWith("\uFEFF")
                                ? line.text().substring(1) : line.text();
                        if (!text.isBlank()) {
                            readLine(text, source, lineNumber, articles, problems);
                        }
                    }
                }
            }
        } catch (IOException e) {
            problems.accept(Problem.error(source, "cannot read (" + e.getMessage() + ")"));
            return;
        }
        if (!anything) {
            problems.accept(Problem.error(source, "empty file (no records, only blank lines)"));
        }
    }

    private static void readLine(String text, String source, int lineNumber,
            Consumer<RawArticle> articles, Consumer<Problem> problems) {
        List<JsonNode> values;
        try {
            values = values(text);
        } catch (ArticleException e) {
            problems.accept(Problem.error(source, lineNumber, e.getMessage()));
            return;
        }
        if (values.size() > 1) {
            problems.accept(new Problem(source, OptionalInt.of(lineNumber), "the line holds " + values.size()
                    + " JSON values, not one; each was read as a record", Problem.Severity.WARNING));
        }
        for (int n = 0; n < values.size(); n++) {
            String prefix = values.size() == 1 ? "" : "record " + (n + 1) + " of " + values.size() + " on the line: ";
            accept(values.get(n), source, lineNumber, prefix, articles, problems);
        }
    }

    private static void accept(JsonNode value, String source, int lineNumber, String prefix,
            Consumer<RawArticle> articles, Consumer<Problem> problems) {
        List<String> warnings = new ArrayList<>();
        try {
            articles.accept(record(value, source, lineNumber, warnings));
            if (!warnings.isEmpty()) {
                problems.accept(new Problem(source, OptionalInt.of(lineNumber), prefix + String.join("; ", warnings),
                        Problem.Severity.WARNING));
            }
        } catch (ArticleException e) {
            problems.accept(Problem.error(source, lineNumber, prefix + e.getMessage()));
        }
    }

    /** The JSON values on one line, in order. */
    private static List<JsonNode> values(String line) throws ArticleException {
        List<JsonNode> values = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(line)) {
            while (parser.nextToken() != null) {
                values.add(JSON.readTree(parser));
            }
        } catch (JsonProcessingException e) {
            throw new ArticleException((values.isEmpty() ? "invalid JSON (" : "invalid JSON after the record (")
                    + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new ArticleException("invalid JSON (" + e.getMessage() + ")");
        }
        return values;
    }

    /**
     * Whether {@code file} is one JSON document over several lines rather than JSON Lines: its
     * first non-blank line is not a whole JSON value but the start of one, and the whole file
     * parses as JSON. (A JSON Lines file whose first record is cut short does not.)
     */
    private static boolean isDocument(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            BoundedLines lines = new BoundedLines(in, SNIFF_LINE_BYTES);
            for (BoundedLines.Line line; (line = lines.next()) != null;) {
                String text = line.text().startsWith("\uFEFF") ? line.text().substring(1) : line.text();
                if (line.fault() != BoundedLines.Fault.NONE) {
                    return false;
                }
                if (text.isBlank()) {
                    continue;
                }
                try (JsonParser parser = JSON.createParser(text)) {
                    if (parser.nextToken() != null) {
                        parser.skipChildren();
                    }
                    return false;
                } catch (JsonEOFException e) {
                    return parses(file);
                } catch (IOException e) {
                    return false;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    /** Whether the whole of {@code file} is well-formed JSON, checked by streaming without building it. */
    private static boolean parses(Path file) {
        try (JsonParser parser = JSON.createParser(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            while (parser.nextToken() != null) {
                parser.skipChildren();
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads a file that is one JSON document: an object, or an array of objects, each a record. */
    private static void readDocument(Path file, String source, long maxBytes,
            Consumer<RawArticle> articles, Consumer<Problem> problems) {
        String text;
        try {
            if (Files.size(file) > maxBytes) {
                problems.accept(Problem.error(source, String.format(Locale.ROOT,
                        "too large: %.1f MB (a JSON document may have at most %d MB)",
                        Files.size(file) / 1048576.0, maxBytes / 1048576)));
                return;
            }
            Decoding.Decoded decoded = Decoding.decode(Files.readAllBytes(file));
            decoded.warning().ifPresent(w -> problems.accept(new Problem(source, OptionalInt.empty(), w,
                    Problem.Severity.WARNING)));
            text = decoded.text();
        } catch (ArticleException e) {
            problems.accept(Problem.error(source, e.getMessage()));
            return;
        } catch (IOException e) {
            problems.accept(Problem.error(source, "cannot read (" + e.getMessage() + ")"));
            return;
        }
        int line = 1;
        try (JsonParser parser = JSON.createParser(text)) {
            for (JsonToken token; (token = parser.nextToken()) != null;) {
                line = parser.currentTokenLocation().getLineNr();
                if (token != JsonToken.START_ARRAY) {
                    accept(JSON.readTree(parser), source, line, "", articles, problems);
                    continue;
                }
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                    line = parser.currentTokenLocation().getLineNr();
                    accept(JSON.readTree(parser), source, line, "", articles, problems);
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.accept(Problem.error(source, at == null ? line : Math.max(1, at.getLineNr()),
                    "invalid JSON (" + e.getOriginalMessage() + "); the rest of the file was skipped"));
        } catch (IOException e) {
            problems.accept(Problem.error(source, line, "invalid JSON (" + e.getMessage() + ")"));
        }
    }

    /**
     * Parses one record from its line, for tests and single records.
     *
     * @throws ArticleException when the line is not one JSON object with text or html
     */
    static RawArticle parse(String line, String source, int lineNumber) throws ArticleException {
        List<JsonNode> values = values(line);
        if (values.size() != 1) {
            throw new ArticleException("expected one JSON value, found " + values.size());
        }
        return record(values.get(0), source, lineNumber, new ArrayList<>());
    }

    /**
     * The article a JSON value describes; what was repaired or ignored goes to {@code warnings}.
     *
     * @throws ArticleException when the value is not an object with a string {@code text} or {@code html}
     */
    private static RawArticle record(JsonNode node, String source, int lineNumber, List<String> warnings)
            throws ArticleException {
        if (!node.isObject()) {
            throw new ArticleException("not a JSON object (" + describe(node) + ")");
        }
        Optional<String> html = body(node, "html");
        Optional<String> text = body(node, "text");
        if (html.isEmpty() && text.isEmpty()) {
            throw new ArticleException("record has neither a \"text\" nor an \"html\" field");
        }
        String field = html.isPresent() ? "html" : "text";
        String body = Repair.of(html.orElseGet(text::get), "\"" + field + "\"", warnings);
        if (body.isBlank()) {
            throw new ArticleException("record's " + field + " is empty");
        }
        List<Optional<String>> metadata = new ArrayList<>();
        for (String name : METADATA_FIELDS) {
            metadata.add(metadata(node, name, warnings));
        }
        ArticleFormat format = html.isPresent() ? ArticleFormat.HTML : FormatDetector.detect("", body);
        SuppliedMetadata supplied = new SuppliedMetadata(
                metadata.get(0), metadata.get(1), metadata.get(2), metadata.get(3), metadata.get(4));
        return new RawArticle(source, OptionalInt.of(lineNumber), body, format, supplied);
    }

    /** The article body in {@code field}: absent when missing or null, an error when not a string. */
    private static Optional<String> body(JsonNode node, String field) throws ArticleException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new ArticleException("\"" + field + "\" must be a string, not " + describe(value));
        }
        return Optional.of(value.textValue());
    }

    /** A metadata field: a string (an integer too, for {@code id}); another type is ignored with a warning. */
    private static Optional<String> metadata(JsonNode node, String field, List<String> warnings) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isTextual()) {
            return Optional.of(Repair.of(value.textValue(), "\"" + field + "\"", warnings));
        }
        if (field.equals("id") && value.isIntegralNumber()) {
            return Optional.of(value.asText());
        }
        warnings.add("\"" + field + "\" is " + describe(value) + ", not a string; it was ignored");
        return Optional.empty();
    }

    private static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            case STRING -> "a string";
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static int skipBomAndSpace(byte[] head) {
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? 3 : 0;
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        return i;
    }
}
