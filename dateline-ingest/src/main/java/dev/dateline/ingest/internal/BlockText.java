package dev.dateline.ingest.internal;

import dev.dateline.model.MappedText;

/**
 * Accumulates the text of one block with white space collapsed: runs of spaces, tabs, line
 * breaks and no-break spaces become one space, leading and trailing ones are dropped. Each kept
 * character remembers its original position.
 */
final class BlockText {

    private final MappedText.Builder text = MappedText.builder();
    private int pendingSpace = -1;

    /** Appends {@code c}, which stands at {@code origin} in the original. */
    void add(char c, int origin) {
        if (c == '\u00AD') {
            return; // a soft hyphen is invisible and would split the word for the tokenizer
        }
        if (isSpace(c)) {
            if (text.length() > 0 && pendingSpace < 0) {
                pendingSpace = origin;
            }
            return;
        }
        if (pendingSpace >= 0) {
            text.copy(' ', pendingSpace);
            pendingSpace = -1;
        }
        text.copy(c, origin);
    }

    /** Appends a word break that stands for no character of the original (a {@code <br>}, say). */
    void space(int anchor) {
        if (text.length() > 0 && pendingSpace < 0) {
            pendingSpace = anchor;
        }
    }

    /** Appends {@code original[from, to)}. */
    void add(CharSequence original, int from, int to) {
        for (int i = from; i < to; i++) {
            add(original.charAt(i), i);
        }
    }

    /** Number of characters kept so far. */
    int length() {
        return text.length();
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    MappedText build() {
        return text.build();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B'
                || c == '\uFEFF';
    }
}
