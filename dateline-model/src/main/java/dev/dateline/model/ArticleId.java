package dev.dateline.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The identity of an article: the first 16 hex digits of the SHA-256 of its original text.
 *
 * <p>Two files with the same text are the same article, whatever their names, so analyzing the
 * same input twice stores nothing twice. Example: {@code ArticleId.of("Hello")}.
 *
 * @param value 16 lowercase hex digits
 */
public record ArticleId(String value) implements Comparable<ArticleId> {

    private static final Pattern HEX16 = Pattern.compile("[0-9a-f]{16}");

    public ArticleId {
        if (value == null || !HEX16.matcher(value).matches()) {
            throw new IllegalArgumentException("article id must be 16 lowercase hex digits: " + value);
        }
    }

    /** The id of the article whose original text is {@code originalText}. */
    public static ArticleId of(String originalText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(originalText.getBytes(StandardCharsets.UTF_8));
            return new ArticleId(HexFormat.of().formatHex(digest, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    @Override
    public int compareTo(ArticleId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
