package dev.dateline.model;

/**
 * Makes text from the input safe to print on a terminal, one line per item: file names and
 * article text can hold newlines, escape sequences and bidirectional overrides.
 *
 * <pre>{@code
 * Printable.of("bad\nname.txt")   // "bad\\nname.txt", on one line
 * }</pre>
 */
public final class Printable {

    private Printable() {
    }

    /**
     * {@code text} with every character that could break a line or drive a terminal escaped:
     * {@code \n}, {@code \r}, {@code \t}, and {@code \}{@code uXXXX} for other C0 and C1 controls,
     * DEL, line and paragraph separators, bidirectional controls and unpaired surrogates.
     */
    public static String of(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            String escape = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> unprintable(c) ? String.format("\\u%04x", (int) c) : null;
            };
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean unprintable(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || Character.isSurrogate(c);
    }
}
