package dev.dateline.eval;

import dev.dateline.model.MappedText;
import dev.dateline.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    /** The annotated TIMEX3s by their tid. */
    private final Map<String, Annotated> timexById;
    /** The annotated EVENTs' spans in the plain text, by eid. */
    private final Map<String, Span> events;

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
        Map<String, Annotated> byId = new HashMap<>();
        Map<String, Span> eventSpans = new HashMap<>();
        Map<String, String> openAttributes = null;
        int openAt = -1;
        String openEvent = null;
        int eventAt = -1;
        for (int i = textStart; i < textEnd; i++) {
            char c = content.charAt(i);
            if (c == '<') {
                int end = content.indexOf('>', i);
                String tag = content.substring(i + 1, end);
                if (tag.startsWith("TIMEX3")) {
                    openAttributes = attributes(tag);
                    openAt = text.length();
                } else if (tag.equals("/TIMEX3") && openAttributes != null) {
                    Annotated a = new Annotated(new Span(openAt, text.length()), openAttributes.get("type"),
                            openAttributes.getOrDefault("value", ""), openAttributes.get("mod"));
                    found.add(a);
                    if (openAttributes.containsKey("tid")) {
                        byId.put(openAttributes.get("tid"), a);
                    }
                    openAttributes = null;
                } else if (tag.startsWith("EVENT")) {
                    openEvent = attributes(tag).get("eid");
                    eventAt = text.length();
                } else if (tag.equals("/EVENT") && openEvent != null) {
                    eventSpans.put(openEvent, new Span(eventAt, text.length()));
                    openEvent = null;
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
        timexById = Map.copyOf(byId);
        events = Map.copyOf(eventSpans);
    }

    /** A gold EVENT with the day a TLINK puts it on. */
    record EventDay(Span span, LocalDate day) {
    }

    /** TLINK relations by which an event lies inside a time (or the time inside the event's span of days). */
    private static final Set<String> INSIDE = Set.of("IS_INCLUDED", "DURING", "SIMULTANEOUS",
            "BEGINS", "ENDS");
    /** The same relations seen from the time: "the time INCLUDES the event". */
    private static final Set<String> INSIDE_SEEN_FROM_TIME = Set.of("INCLUDES", "DURING_INV",
            "SIMULTANEOUS", "BEGUN_BY", "ENDED_BY");
    private static final Pattern TAG = Pattern.compile("<(MAKEINSTANCE|TLINK)\\b([^>]*)/?>");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    /**
     * The gold EVENTs a TLINK anchors to a DATE of day precision, or to the document's creation
     * time, each with that day: IS_INCLUDED, DURING, SIMULTANEOUS, BEGINS, ENDS and their inverses.
     * An event anchored to two different days is left out.
     */
    List<EventDay> eventDays() {
        Map<String, String> instanceOf = new HashMap<>();
        Map<String, LocalDate> day = new HashMap<>();
        Set<String> conflicting = new HashSet<>();
        Matcher m = TAG.matcher(content);
        while (m.find()) {
            Map<String, String> a = attributes(m.group(2));
            if (m.group(1).equals("MAKEINSTANCE")) {
                instanceOf.put(a.get("eiid"), a.get("eventID"));
                continue;
            }
            String event;
            String time;
            if (a.containsKey("eventInstanceID") && a.containsKey("relatedToTime") && INSIDE.contains(a.get("relType"))) {
                event = instanceOf.get(a.get("eventInstanceID"));
                time = a.get("relatedToTime");
            } else if (a.containsKey("timeID") && a.containsKey("relatedToEventInstance")
                    && INSIDE_SEEN_FROM_TIME.contains(a.get("relType"))) {
                event = instanceOf.get(a.get("relatedToEventInstance"));
                time = a.get("timeID");
            } else {
                continue;
            }
            if (event == null) {
                continue;
            }
            Optional<LocalDate> d = time.equals("t0") ? dct : Optional.ofNullable(timexById.get(time))
                    .filter(t -> "DATE".equals(t.type())).flatMap(t -> dayOf(t.value()));
            if (d.isEmpty() || !events.containsKey(event)) {
                continue;
            }
            LocalDate before = day.putIfAbsent(event, d.get());
            if (before != null && !before.equals(d.get())) {
                conflicting.add(event);
            }
        }
        List<EventDay> out = new ArrayList<>();
        day.forEach((event, d) -> {
            if (!conflicting.contains(event)) {
                out.add(new EventDay(events.get(event), d));
            }
        });
        out.sort(Comparator.comparingInt(e -> e.span().start()));
        return out;
    }

    private static Optional<LocalDate> dayOf(String value) {
        Matcher m = DAY.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
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
