package dev.pantau.pipeline;

/** An input that could not be analysed; the message says why, in terms a user can act on. */
public class AnalysisException extends RuntimeException {
    public AnalysisException(String message) {
        super(message);
    }

    public AnalysisException(String message, Throwable cause) {
        super(message, cause);
    }
}
