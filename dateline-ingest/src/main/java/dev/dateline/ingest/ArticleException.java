package dev.dateline.ingest;

/**
 * An article that cannot be used, with a reason a user can act on ("empty file",
 * "invalid UTF-8 at byte 1204"). The caller adds the file name and line.
 */
public final class ArticleException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An article rejected for {@code reason}. */
    public ArticleException(String reason) {
        super(reason);
    }
}
