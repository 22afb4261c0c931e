package dev.pantau.pipeline;

import java.time.Duration;

/**
 * Explicit limits on one document. Inputs beyond them are refused with a clear message rather
 * than analysed slowly or not at all.
 *
 * @param maxChars    longest text analysed, in UTF-16 chars
 * @param maxDuration wall time one document may take
 */
public record Limits(int maxChars, Duration maxDuration) {
    public static final Limits DEFAULT = new Limits(2_000_000, Duration.ofSeconds(60));

    public Limits {
        if (maxChars <= 0) throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        if (maxDuration.isNegative() || maxDuration.isZero()) {
            throw new IllegalArgumentException("maxDuration must be positive: " + maxDuration);
        }
    }
}
