package dev.dateline.ingest.internal;

import java.util.List;
import java.util.Locale;

/**
 * Repairs text that decoded escapes made unwritable: an unpaired surrogate ({@code \ud800} in
 * JSON) cannot be encoded as UTF-8, and a NUL character ({@code \u0000}) truncates text in the
 * tools that read Dateline's output. Each is replaced by U+FFFD, so offsets do not move.
 */
final class Repair {

    private static final char REPLACEMENT = '\uFFFD';

    private Repair() {
    }

    /**
     * {@code text} with every unpaired surrogate and NUL replaced by U+FFFD; when something was
     * replaced, a warning naming {@code what} and the first place goes to {@code warnings}.
     */
    static String of(String text, String what, List<String> warnings) {
        char[] chars = null;
        int surrogates = 0;
        int nuls = 0;
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
                if (!bad) {
                    i++;
                    continue;
                }
                surrogates++;
            } else if (Character.isLowSurrogate(c)) {
                bad = true;
                surrogates++;
            } else {
                bad = c == 0;
                nuls += bad ? 1 : 0;
            }
            if (bad) {
                if (chars == null) {
                    chars = text.toCharArray();
                    first = i;
                }
                chars[i] = REPLACEMENT;
            }
        }
        if (chars == null) {
            return text;
        }
        StringBuilder found = new StringBuilder();
        if (surrogates > 0) {
            found.append(count(surrogates, "unpaired surrogate"));
        }
        if (nuls > 0) {
            found.append(found.length() > 0 ? " and " : "").append(count(nuls, "NUL character"));
        }
        warnings.add(String.format(Locale.ROOT, "%s had %s (the first at character %d); %s replaced by U+FFFD",
                what, found, first, surrogates + nuls == 1 ? "it was" : "each was"));
        return new String(chars);
    }

    private static String count(int n, String noun) {
        return n == 1 ? "one " + noun : n + " " + noun + "s";
    }
}
