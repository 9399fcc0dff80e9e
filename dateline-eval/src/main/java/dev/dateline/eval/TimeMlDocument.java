package dev.dateline.eval;

import dev.dateline.model.MappedText;
import dev.dateline.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TimeML document as TempEval-3 distributes it: a document creation time (DCT) and a TEXT
 * element, with or without annotations. Reading it gives the plain text of TEXT (tags removed,
 * entities decoded) and the TIMEX3s annotated in it; writing gives the same file with TEXT
 * stripped of annotations and new TIMEX3 tags inserted, everything else unchanged.
 */
final class TimeMlDocument {

    /** A TIMEX3 annotated in the document, with its span in the plain text. */
    record Annotated(Span span, String type, String value, String mod) {
    }

    private static final Pattern DCT = Pattern.compile(
            "<DCT>\\s*<TIMEX3[^>]*?value=\"(\\d{4})-?(\\d{2})-?(\\d{2})[^\"]*\"", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    final Path file;
    final String content;
    final Optional<LocalDate> dct;
    /** Start and end of TEXT's content in the file. */
    private final int textStart;
    private final int textEnd;
    /** TEXT's content with tags removed, still XML-escaped. */
    private final String escaped;
    /** The plain text, mapped to positions in {@link #escaped}. */
    final MappedText plain;
    final List<Annotated> timexes;

    private TimeMlDocument(Path file, String content) {
        this.file = file;
        this.content = content;
        int open = content.indexOf("<TEXT>");
        int close = content.lastIndexOf("</TEXT>");
        if (open < 0 || close < open) {
            throw new IllegalArgumentException(file + ": no <TEXT> element");
        }
        textStart = open + "<TEXT>".length();
        textEnd = close;
        Matcher d = DCT.matcher(content);
        dct = d.find() ? Optional.of(LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
                Integer.parseInt(d.group(3)))) : Optional.empty();

        StringBuilder stripped = new StringBuilder();
        MappedText.Builder text = MappedText.builder();
        List<Annotated> found = new ArrayList<>();
        Map<String, String> openAttributes = null;
        int openAt = -1;
        for (int i = textStart; i < textEnd; i++) {
            char c = content.charAt(i);
            if (c == '<') {
                int end = content.indexOf('>', i);
                String tag = content.substring(i + 1, end);
                if (tag.startsWith("TIMEX3")) {
                    openAttributes = attributes(tag);
                    openAt = text.length();
                } else if (tag.equals("/TIMEX3") && openAttributes != null) {
                    found.add(new Annotated(new Span(openAt, text.length()), openAttributes.get("type"),
                            openAttributes.getOrDefault("value", ""), openAttributes.get("mod")));
                    openAttributes = null;
                }
                i = end;
            } else if (c == '&') {
                int semi = content.indexOf(';', i);
                String entity = content.substring(i, semi + 1);
                int at = stripped.length();
                stripped.append(entity);
                text.copy(decode(entity), at);
                i = semi;
            } else {
                text.copy(c, stripped.length());
                stripped.append(c);
            }
        }
        escaped = stripped.toString();
        plain = text.build();
        timexes = List.copyOf(found);
    }

    /** Reads a {@code .tml} or {@code .TE3input} file. */
    static TimeMlDocument read(Path file) throws IOException {
        return new TimeMlDocument(file, Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The plain text of TEXT. */
    String text() {
        return plain.text();
    }

    /** Writes the document with {@code tags} (spans of the plain text) as its only annotations. */
    String withTimexes(List<Annotated> tags) {
        StringBuilder out = new StringBuilder(content.length() + tags.size() * 80);
        out.append(content, 0, textStart);
        int at = 0;
        int id = 1;
        for (Annotated t : tags) {
            Span e = plain.offsets().toOriginal(t.span());
            out.append(escaped, at, e.start());
            out.append("<TIMEX3 tid=\"t").append(id++).append("\" type=\"").append(t.type())
                    .append("\" value=\"").append(t.value()).append('"');
            if (t.mod() != null) {
                out.append(" mod=\"").append(t.mod()).append('"');
            }
            out.append('>').append(escaped, e.start(), e.end()).append("</TIMEX3>");
            at = e.end();
        }
        out.append(escaped.substring(at));
        out.append(content.substring(textEnd));
        return out.toString();
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> out = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    private static char decode(String entity) {
        return switch (entity) {
            case "&amp;" -> '&';
            case "&lt;" -> '<';
            case "&gt;" -> '>';
            case "&quot;" -> '"';
            case "&apos;" -> '\'';
            default -> entity.startsWith("&#x") ? (char) Integer.parseInt(entity.substring(3, entity.length() - 1), 16)
                    : entity.startsWith("&#") ? (char) Integer.parseInt(entity.substring(2, entity.length() - 1))
                    : '?';
        };
    }
}
