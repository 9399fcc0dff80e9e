package dev.dateline.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into UTF-8 lines without ever holding a line longer than a limit: such a
 * line is skipped to its end and reported as too long. Each line is decoded on its own, so one
 * line of invalid UTF-8 spoils only itself.
 */
final class BoundedLines {

    /** Why a line could not be read, if it could not. */
    enum Fault { NONE, TOO_LONG, INVALID_UTF8 }

    /** One line, or the note of why it could not be read. */
    record Line(String text, Fault fault) {
    }

    private final InputStream in;
    private final long maxBytes;
    private byte[] buffer = new byte[8192];
    private boolean done;

    BoundedLines(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its terminator, or {@code null} at the end of the stream. */
    Line next() throws IOException {
        if (done) {
            return null;
        }
        int length = 0;
        long seen = 0;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            seen++;
            if (seen > maxBytes) {
                continue;
            }
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[length++] = (byte) b;
        }
        if (b == -1) {
            done = true;
            if (seen == 0) {
                return null;
            }
        }
        if (seen > maxBytes) {
            return new Line("", Fault.TOO_LONG);
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(buffer, 0, length))
                    .toString();
            return new Line(text, Fault.NONE);
        } catch (CharacterCodingException e) {
            return new Line("", Fault.INVALID_UTF8);
        }
    }
}
