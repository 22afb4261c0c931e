package dev.pantau.server;

import java.util.List;

/**
 * How a server behaves.
 *
 * @param token          bearer token that writes need; null: the server accepts no writes
 * @param maxBodyBytes   largest request body accepted
 * @param analysisSlots  analyses run at once (more wait up to 10 s, then get a 503)
 * @param corsOrigins    origins allowed to call the API from another site; empty: CORS off
 * @param accessLog      log one line per request
 */
public record ServerConfig(String token, long maxBodyBytes, int analysisSlots, List<String> corsOrigins, boolean accessLog) {
    public static final long DEFAULT_MAX_BODY = 2L * 1024 * 1024;

    public ServerConfig {
        if (token != null && token.isBlank()) throw new IllegalArgumentException("the token is empty");
        if (maxBodyBytes < 1024) throw new IllegalArgumentException("the body limit must be at least 1024 bytes");
        if (analysisSlots < 1) throw new IllegalArgumentException("at least one analysis slot is needed");
        corsOrigins = List.copyOf(corsOrigins);
    }

    public static ServerConfig defaults() {
        return new ServerConfig(null, DEFAULT_MAX_BODY, Math.max(1, Runtime.getRuntime().availableProcessors()), List.of(), true);
    }

    public ServerConfig withToken(String t) {
        return new ServerConfig(t, maxBodyBytes, analysisSlots, corsOrigins, accessLog);
    }

    public ServerConfig withCorsOrigins(List<String> origins) {
        return new ServerConfig(token, maxBodyBytes, analysisSlots, origins, accessLog);
    }

    public ServerConfig withAccessLog(boolean on) {
        return new ServerConfig(token, maxBodyBytes, analysisSlots, corsOrigins, on);
    }
}
