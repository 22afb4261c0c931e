package dev.pantau.store;

/** A store that cannot be opened, read or written, with the reason in words a user can act on. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
