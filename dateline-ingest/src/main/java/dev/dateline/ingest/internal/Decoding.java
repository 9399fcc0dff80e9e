package dev.dateline.ingest.internal;

import dev.dateline.ingest.ArticleException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
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
     * Decodes {@code bytes}: UTF-8 (a byte-order mark is dropped), UTF-16 with a byte-order mark,
     * or, for an HTML page that declares another charset in a meta tag, that charset.
     *
     * @throws ArticleException when the bytes are empty, binary or not valid in their encoding
     */
    public static String decode(byte[] bytes) throws ArticleException {
        if (bytes.length == 0) {
            throw new ArticleException("empty file");
        }
        String text;
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            text = strict(bytes, 0, StandardCharsets.UTF_16, "UTF-16");
        } else {
            rejectBinary(bytes);
            int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            try {
                text = strict(bytes, skip, StandardCharsets.UTF_8, "UTF-8");
            } catch (ArticleException invalidUtf8) {
                text = declaredCharset(bytes).map(cs -> new String(bytes, cs)).orElseThrow(() -> invalidUtf8);
            }
        }
        if (text.isBlank()) {
            throw new ArticleException("empty file (only white space)");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new ArticleException("binary content, not text (NUL character at " + nul + ")");
        }
        return text;
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
