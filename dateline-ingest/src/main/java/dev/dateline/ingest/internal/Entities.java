package dev.dateline.ingest.internal;

import dev.dateline.model.MappedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Decodes HTML character references left in text that was already decoded once: pages and feeds
 * often escape twice ({@code &amp;amp;}, {@code &amp;#8217;}), so a meta tag's value or a JSON-LD
 * string can still hold {@code &amp;} or {@code &#8217;} after parsing.
 */
public final class Entities {

    private static final Pattern REFERENCE = Pattern.compile("&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});");
    /** How many levels of escaping are undone: more than real text ever has, and a bound on the work. */
    private static final int MAX_LEVELS = 4;

    private Entities() {
    }

    /** Whether {@code text} holds something that reads as a character reference ({@code &amp;}, {@code &#39;}). */
    public static boolean hasReference(String text) {
        return text.indexOf('&') >= 0 && REFERENCE.matcher(text).find();
    }

    /** {@code text} with its character references decoded, repeatedly, until none is left. */
    public static String decode(String text) {
        String out = text;
        for (int level = 0; level < MAX_LEVELS && hasReference(out); level++) {
            String next = Parser.unescapeEntities(out, false);
            if (next.equals(out)) {
                break;
            }
            out = next;
        }
        return out;
    }

    /**
     * {@code text} with its character references decoded, repeatedly, each decoded character
     * mapped to where its reference began in the original.
     */
    public static MappedText decode(MappedText text) {
        MappedText out = text;
        for (int level = 0; level < MAX_LEVELS && hasReference(out.text()); level++) {
            MappedText next = decodeOnce(out);
            if (next.text().equals(out.text())) {
                break;
            }
            out = next;
        }
        return out;
    }

    private static MappedText decodeOnce(MappedText text) {
        String s = text.text();
        MappedText.Builder b = MappedText.builder();
        Matcher m = REFERENCE.matcher(s);
        int i = 0;
        while (m.find()) {
            String value = Parser.unescapeEntities(m.group(), false);
            if (value.equals(m.group())) {
                continue;
            }
            for (; i < m.start(); i++) {
                b.copy(s.charAt(i), text.offsets().toOriginalStart(i));
            }
            int origin = text.offsets().toOriginalStart(m.start());
            for (int k = 0; k < value.length(); k++) {
                char c = value.charAt(k);
                // A decoded no-break space reads as a space, as the HTML extractor's own white space does.
                b.copy(c == '\u00A0' ? ' ' : c, origin);
            }
            i = m.end();
        }
        for (; i < s.length(); i++) {
            b.copy(s.charAt(i), text.offsets().toOriginalStart(i));
        }
        return b.build();
    }

    /** {@code extraction} with the references left in its blocks and metadata decoded. */
    public static Extraction decode(Extraction extraction) {
        List<Block> blocks = new ArrayList<>(extraction.blocks().size());
        for (Block block : extraction.blocks()) {
            if (hasReference(block.plain())) {
                MappedText decoded = decode(block.text());
                blocks.add(new Block(block.kind(), decoded, Math.min(block.linkChars(), decoded.text().length())));
            } else {
                blocks.add(block);
            }
        }
        MarkupMetadata m = extraction.markup();
        MarkupMetadata markup = new MarkupMetadata(decoded(m.title()), decoded(m.outlet()), decoded(m.byline()), m.url(),
                m.published(), m.language(), m.credits().stream().map(Entities::decode).toList(), decoded(m.dateLine()),
                m.modified());
        return new Extraction(blocks, markup, extraction.warnings());
    }

    private static Optional<String> decoded(Optional<String> value) {
        return value.map(Entities::decode);
    }
}
