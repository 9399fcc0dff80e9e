package dev.dateline.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * Extracts the running text of a Markdown article: YAML front matter becomes metadata; headings,
 * list items, quotes and paragraphs become blocks; link text is kept without its syntax, images,
 * emphasis markers, inline HTML and link definitions are dropped. Every kept character maps back
 * to its place in the Markdown source.
 */
public final class MarkdownExtractor {

    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:\\s+|$)");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}(?:(?:\\*\\s*){3,}|(?:-\\s*){3,}|(?:_\\s*){3,})$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s{0,3}(?:[*+-]|\\d{1,9}[.)])\\s+");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}(?:>\\s?)+");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*\\S+.*$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    /** Front matter is a few lines; more than this is no front matter but an attack or an accident. */
    private static final int MAX_FRONT_MATTER = 64 * 1024;
    /** Strings only, no aliases to speak of, and nothing taken from the environment. */
    private static final LoadSettings YAML = LoadSettings.builder().setSchema(new FailsafeSchema())
            .setMaxAliasesForCollections(10).setAllowDuplicateKeys(true).setCodePointLimit(MAX_FRONT_MATTER).build();
    private static final Pattern INLINE_TAG = Pattern.compile("</?[A-Za-z][^<>\\n]*>|<!--.*?-->");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^<>\\s]+)>");

    private MarkdownExtractor() {
    }

    /** The blocks and front matter of {@code source}. */
    public static Extraction extract(String source) {
        List<Line> lines = lines(source);
        int first = 0;
        MarkupMetadata markup = MarkupMetadata.none();
        List<Extraction.Warning> warnings = new ArrayList<>();
        if (!lines.isEmpty() && lines.get(0).text().strip().equals("---")) {
            for (int i = 1; i < lines.size(); i++) {
                String t = lines.get(i).text().strip();
                if (t.equals("---") || t.equals("...")) {
                    markup = frontMatter(source.substring(lines.get(0).end(), lines.get(i).start()), warnings);
                    first = i + 1;
                    break;
                }
            }
        }
        return new Extraction(blocks(source, lines.subList(first, lines.size())), markup, warnings);
    }

    private record Line(int start, int end, String text) {
    }

    private static List<Line> lines(String source) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= source.length()) {
            int end = source.indexOf('\n', start);
            if (end < 0) {
                end = source.length();
            }
            int visibleEnd = end > start && source.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(new Line(start, visibleEnd, source.substring(start, visibleEnd)));
            start = end + 1;
        }
        return lines;
    }

    /**
     * The metadata of YAML front matter, read by a YAML parser so that quoting and escapes mean
     * what they mean in YAML ({@code title: "A \"quoted\" title"}). Every scalar is read as a
     * string (the failsafe schema): a title "1984" or "yes" stays as written. Front matter that is
     * not YAML, or too large to be front matter, is ignored with a warning.
     */
    private static MarkupMetadata frontMatter(String yaml, List<Extraction.Warning> warnings) {
        if (yaml.length() > MAX_FRONT_MATTER) {
            warnings.add(new Extraction.Warning(1, "front matter longer than " + MAX_FRONT_MATTER / 1024
                    + " KiB; it was ignored"));
            return MarkupMetadata.none();
        }
        Object document;
        try {
            document = new Load(YAML).loadFromString(yaml);
        } catch (RuntimeException | StackOverflowError e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
            warnings.add(new Extraction.Warning(1, "front matter is not valid YAML ("
                    + reason.lines().findFirst().orElse("") + "); it was ignored"));
            return MarkupMetadata.none();
        }
        if (!(document instanceof Map<?, ?> fields)) {
            return MarkupMetadata.none();
        }
        String title = null;
        String outlet = null;
        String byline = null;
        String url = null;
        String published = null;
        String language = null;
        for (Map.Entry<?, ?> field : fields.entrySet()) {
            Optional<String> value = scalar(field.getValue());
            if (!(field.getKey() instanceof String key) || value.isEmpty()) {
                continue;
            }
            switch (key.toLowerCase(Locale.ROOT)) {
                case "title", "headline" -> title = value.get();
                case "outlet", "publication", "site", "source", "publisher" -> outlet = value.get();
                case "author", "authors", "byline" -> byline = value.get();
                case "url", "link", "canonical" -> url = value.get();
                case "date", "published", "pubdate", "publication_date" -> published = value.get();
                case "lang", "language" -> language = value.get();
                default -> {
                }
            }
        }
        List<String> credits = new ArrayList<>();
        Optional.ofNullable(outlet).ifPresent(credits::add);
        Optional.ofNullable(byline).ifPresent(credits::add);
        return new MarkupMetadata(Optional.ofNullable(title), Optional.ofNullable(outlet), Optional.ofNullable(byline),
                Optional.ofNullable(url), Optional.ofNullable(published), Optional.ofNullable(language), credits);
    }

    /** A field's text: a string, or the strings of a list joined ("authors: [A, B]"); nothing for a map. */
    private static Optional<String> scalar(Object value) {
        if (value instanceof String s) {
            return Optional.of(s.strip()).filter(x -> !x.isEmpty());
        }
        if (value instanceof List<?> list) {
            List<String> parts = list.stream().filter(String.class::isInstance).map(String.class::cast)
                    .map(String::strip).filter(x -> !x.isEmpty()).toList();
            return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
        }
        return Optional.empty();
    }

    private static List<Block> blocks(String source, List<Line> lines) {
        List<Block> blocks = new ArrayList<>();
        Builder current = null;
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String t = line.text();
            if (FENCE.matcher(t).find()) {
                current = finish(current, blocks);
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                current = current == null ? new Builder(Block.Kind.PRE) : current;
                current.text.space(line.start());
                current.text.add(source, line.start(), line.end());
                continue;
            }
            if (t.isBlank() || RULE.matcher(t).matches() || LINK_DEFINITION.matcher(t).matches()
                    || TABLE_RULE.matcher(t).matches()) {
                current = finish(current, blocks);
                continue;
            }
            if (i + 1 < lines.size() && SETEXT.matcher(lines.get(i + 1).text()).matches()
                    && (current == null || current.kind != Block.Kind.PARAGRAPH)) {
                current = finish(current, blocks);
                blocks.add(inlineBlock(source, Block.Kind.HEADING, line.start(), line.end()));
                i++;
                continue;
            }
            Matcher heading = HEADING.matcher(t);
            if (heading.find()) {
                current = finish(current, blocks);
                int end = line.end();
                String rest = t.substring(heading.end()).replaceFirst("\\s+#+\\s*$", "");
                end = line.start() + heading.end() + rest.length();
                blocks.add(inlineBlock(source, Block.Kind.HEADING, line.start() + heading.end(), end));
                continue;
            }
            Matcher item = LIST_ITEM.matcher(t);
            Matcher quote = QUOTE.matcher(t);
            if (item.find()) {
                current = finish(current, blocks);
                current = new Builder(Block.Kind.LIST_ITEM);
                current.inline(source, line.start() + item.end(), line.end());
            } else if (quote.find()) {
                if (current == null || current.kind != Block.Kind.QUOTE) {
                    current = finish(current, blocks);
                    current = new Builder(Block.Kind.QUOTE);
                }
                current.inline(source, line.start() + quote.end(), line.end());
            } else {
                if (current == null) {
                    current = new Builder(Block.Kind.PARAGRAPH);
                }
                int from = line.start();
                if (t.startsWith("|")) {
                    from++;
                }
                current.inline(source, from, line.end());
            }
        }
        finish(current, blocks);
        return blocks;
    }

    /**
     * {@code text} without Markdown's inline syntax (emphasis, links, code spans, inline HTML)
     * and without a leading heading marker: for a title or byline that came with Markdown in it.
     */
    public static String plainText(String text) {
        String line = text.strip();
        Matcher heading = HEADING.matcher(line);
        int from = heading.find() ? heading.end() : 0;
        return inlineBlock(line, Block.Kind.PARAGRAPH, from, line.length()).plain();
    }

    private static Block inlineBlock(String source, Block.Kind kind, int from, int to) {
        Builder b = new Builder(kind);
        b.inline(source, from, to);
        return b.build();
    }

    private static Builder finish(Builder current, List<Block> blocks) {
        if (current != null && !current.text.isEmpty()) {
            blocks.add(current.build());
        }
        return null;
    }

    /** One block under construction, with the inline syntax of each line stripped. */
    private static final class Builder {
        final Block.Kind kind;
        final BlockText text = new BlockText();
        int linkChars;

        Builder(Block.Kind kind) {
            this.kind = kind;
        }

        Block build() {
            return new Block(kind, text.build(), linkChars);
        }

        void inline(String s, int from, int to) {
            text.space(from);
            int i = from;
            while (i < to) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < to && isAsciiPunctuation(s.charAt(i + 1))) {
                    text.add(s.charAt(i + 1), i + 1);
                    i += 2;
                } else if (c == '!' && i + 1 < to && s.charAt(i + 1) == '[') {
                    int close = closingBracket(s, i + 1, to);
                    i = close < 0 ? emit(s, i) : afterDestination(s, close + 1, to);
                } else if (c == '[') {
                    int close = closingBracket(s, i, to);
                    int after = close < 0 ? -1 : afterDestination(s, close + 1, to);
                    if (close < 0 || after == close + 1) {
                        i = emit(s, i);
                    } else {
                        int before = text.length();
                        inline(s, i + 1, close);
                        linkChars += text.length() - before;
                        i = after;
                    }
                } else if (c == '<') {
                    Matcher auto = AUTOLINK.matcher(s).region(i, to);
                    Matcher tag = INLINE_TAG.matcher(s).region(i, to);
                    if (auto.lookingAt()) {
                        text.add(s, auto.start(1), auto.end(1));
                        linkChars += auto.end(1) - auto.start(1);
                        i = auto.end();
                    } else if (tag.lookingAt()) {
                        text.space(i);
                        i = tag.end();
                    } else {
                        i = emit(s, i);
                    }
                } else if (c == '`') {
                    i++;
                } else if (c == '*' || c == '_' || c == '~') {
                    int run = i;
                    while (run < to && s.charAt(run) == c) {
                        run++;
                    }
                    if (isEmphasis(s, i, run, to, c)) {
                        i = run;
                    } else {
                        text.add(s, i, run);
                        i = run;
                    }
                } else {
                    i = emit(s, i);
                }
            }
        }

        private int emit(String s, int i) {
            text.add(s.charAt(i), i);
            return i + 1;
        }
    }

    /** The index of the bracket closing the one at {@code open}, or -1. */
    private static int closingBracket(String s, int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** After a link's {@code (destination)} or {@code [reference]} starting at {@code i}; {@code i} when none. */
    private static int afterDestination(String s, int i, int to) {
        if (i < to && (s.charAt(i) == '(' || s.charAt(i) == '[')) {
            char close = s.charAt(i) == '(' ? ')' : ']';
            int depth = 0;
            for (int j = i; j < to; j++) {
                char c = s.charAt(j);
                if (c == s.charAt(i)) {
                    depth++;
                } else if (c == close && --depth == 0) {
                    return j + 1;
                }
            }
        }
        return i;
    }

    private static boolean isEmphasis(String s, int start, int end, int to, char c) {
        boolean spaceBefore = start == 0 || Character.isWhitespace(s.charAt(start - 1));
        boolean spaceAfter = end >= to || Character.isWhitespace(s.charAt(end));
        if (spaceBefore && spaceAfter) {
            return false;
        }
        if (c == '_' || c == '~') {
            boolean wordBefore = start > 0 && Character.isLetterOrDigit(s.charAt(start - 1));
            boolean wordAfter = end < to && Character.isLetterOrDigit(s.charAt(end));
            return !(wordBefore && wordAfter) && (c == '_' || end - start >= 2);
        }
        return true;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }
}
