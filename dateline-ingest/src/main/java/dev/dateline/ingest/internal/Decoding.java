package dev.dateline.ingest.internal;

import dev.dateline.ingest.ArticleException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a file into text, strictly: empty, binary and wrongly encoded files are
 * rejected with a reason rather than decoded into garbage.
 */
public final class Decoding {

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private Decoding() {
    }

    /**
     * Text decoded from bytes, and what was repaired to decode it.
     *
     * @param text the text
     * @param warning what was replaced, when something was
     */
    public record Decoded(String text, Optional<String> warning) {
    }

    /**
     * Decodes {@code bytes}: UTF-8 (a byte-order mark is dropped), UTF-16 with a byte-order mark,
     * or, for an HTML page that declares another charset in a meta tag, that charset. UTF-8 with a
     * few stray invalid bytes (at most 8, or one in 10,000) is decoded with each bad sequence
     * replaced by U+FFFD and a warning, as browsers do: one bad byte in a page's script should not
     * lose the article. More than that means another encoding, and the file is rejected.
     *
     * @throws ArticleException when the bytes are empty, binary or not valid in their encoding
     */
    public static Decoded decode(byte[] bytes) throws ArticleException {
        return decode(bytes, Optional.empty());
    }

    /**
     * Decodes {@code bytes} as {@link #decode(byte[])} does, taking {@code declared} (a charset
     * the HTTP headers name) as the page's charset when it is not valid UTF-8 and its markup
     * names none.
     *
     * @throws ArticleException when the bytes are empty, binary or not valid in their encoding
     */
    public static Decoded decode(byte[] bytes, Optional<String> declared) throws ArticleException {
        if (bytes.length == 0) {
            throw new ArticleException("empty file");
        }
        String text;
        Optional<String> warning = Optional.empty();
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            text = strict(bytes, 0, StandardCharsets.UTF_16, "UTF-16");
        } else {
            rejectBinary(bytes);
            int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            try {
                text = strict(bytes, skip, StandardCharsets.UTF_8, "UTF-8");
            } catch (ArticleException invalidUtf8) {
                Optional<Charset> charset = declaredCharset(bytes).or(() -> declared.flatMap(Decoding::charset));
                if (charset.isPresent()) {
                    text = new String(bytes, charset.get());
                } else {
                    Lenient lenient = lenient(bytes, skip);
                    if (lenient.invalid() > Math.max(8, bytes.length / 10_000)) {
                        throw new ArticleException(invalidUtf8.getMessage() + " (" + lenient.invalid()
                                + " invalid sequences: the file is in another encoding; convert it to UTF-8)");
                    }
                    text = lenient.text();
                    warning = Optional.of(lenient.invalid() == 1
                            ? "invalid UTF-8 at byte " + lenient.first() + "; it was replaced by U+FFFD"
                            : lenient.invalid() + " invalid UTF-8 sequences, the first at byte " + lenient.first()
                                    + "; each was replaced by U+FFFD");
                }
            }
        }
        if (text.isBlank()) {
            throw new ArticleException("empty file (only white space)");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new ArticleException("binary content, not text (NUL character at " + nul + ")");
        }
        return new Decoded(text, warning);
    }

    /** UTF-8 decoded with each invalid sequence replaced: the text, how many there were, and where the first began. */
    private record Lenient(String text, int invalid, int first) {
    }

    private static Lenient lenient(byte[] bytes, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        int invalid = 0;
        int first = -1;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                invalid++;
                first = first < 0 ? in.position() : first;
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else {
                break;
            }
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return new Lenient(text.startsWith("\uFEFF") ? text.substring(1) : text, invalid, first);
    }

    /**
     * Rejects text that is not text: a NUL byte anywhere, or many control characters in the first
     * 8 KiB.
     *
     * @throws ArticleException when {@code bytes} look binary
     */
    public static void rejectBinary(byte[] bytes) throws ArticleException {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0) {
                control++;
            }
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ArticleException("binary content, not text (NUL byte at " + i + ")");
            }
        }
        if (control > n / 20) {
            throw new ArticleException("binary content, not text (" + control + " control bytes in the first " + n + ")");
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String name) throws ArticleException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer out = decoder.decode(in);
            String text = out.toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ArticleException("invalid " + name + " at byte " + firstInvalid(bytes, offset, charset));
        }
    }

    private static int firstInvalid(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            Charset cs = Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
            return cs.equals(StandardCharsets.UTF_8) ? Optional.empty() : Optional.of(cs);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Optional<Charset> charset(String name) {
        try {
            Charset cs = Charset.forName(name.strip().replace("\"", "").toLowerCase(Locale.ROOT));
            return cs.equals(StandardCharsets.UTF_8) ? Optional.empty() : Optional.of(cs);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
