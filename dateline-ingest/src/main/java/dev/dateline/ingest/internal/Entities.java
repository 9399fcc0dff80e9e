package dev.dateline.ingest.internal;

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
}
