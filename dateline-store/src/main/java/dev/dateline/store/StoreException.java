package dev.dateline.store;

/** The store cannot be opened, read or written; the message says why in a user's terms. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}, caused by {@code cause}. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A failure described by {@code message}. */
    public StoreException(String message) {
        super(message);
    }
}
