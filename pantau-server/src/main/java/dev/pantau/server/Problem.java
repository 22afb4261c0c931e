package dev.pantau.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answered as an RFC 9457 problem ({@code application/problem+json}): a type URI
 * ({@code urn:pantau:problem:<slug>}), a title per type, and a detail saying what was wrong.
 */
final class Problem extends RuntimeException {
    static final String CONTENT_TYPE = "application/problem+json";

    private final int status;
    private final String slug;
    private final String title;
    private final String parameter;

    Problem(int status, String slug, String title, String detail, String parameter) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.parameter = parameter;
    }

    static Problem invalidParameter(String name, String detail) {
        return new Problem(400, "invalid-parameter", "Invalid parameter", detail, name);
    }

    static Problem unknownParameter(String name, java.util.Collection<String> allowed) {
        return new Problem(400, "unknown-parameter", "Unknown parameter",
                "unknown parameter '" + Params.printable(name) + "'; this endpoint takes " + (allowed.isEmpty() ? "none" : String.join(", ", allowed)), name);
    }

    static Problem invalidBody(String detail) {
        return new Problem(400, "invalid-body", "Invalid request body", detail, null);
    }

    static Problem tooLarge(long max) {
        return new Problem(413, "body-too-large", "Request body too large",
                "the request body is over the limit of " + max + " bytes", null);
    }

    static Problem unsupportedMediaType(String got) {
        return new Problem(415, "unsupported-media-type", "Unsupported media type",
                "send application/json, text/plain or text/html, not '" + Params.printable(String.valueOf(got)) + "'", null);
    }

    static Problem notFound(String detail) {
        return new Problem(404, "not-found", "Not found", detail, null);
    }

    static Problem unauthorized(String detail) {
        return new Problem(401, "unauthorized", "Unauthorized", detail, null);
    }

    static Problem writesDisabled() {
        return new Problem(403, "writes-disabled", "Writes disabled",
                "this server was started without a token (--token-file), so it accepts no writes", null);
    }

    static Problem unprocessable(String detail) {
        return new Problem(422, "analysis-failed", "Article could not be analysed", detail, null);
    }

    static Problem conflict(String detail) {
        return new Problem(409, "conflict", "Conflict", detail, null);
    }

    static Problem busy() {
        return new Problem(503, "busy", "Server busy", "every analysis slot is taken; retry in a moment", null);
    }

    static Problem internal() {
        return new Problem(500, "internal-error", "Internal error",
                "the server failed to answer this request; the error is in its log", null);
    }

    int status() {
        return status;
    }

    String slug() {
        return slug;
    }

    /** The problem object, with {@code instance} set to the request path. */
    Map<String, Object> body(String instance) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "urn:pantau:problem:" + slug);
        m.put("title", title);
        m.put("status", status);
        m.put("detail", getMessage());
        if (instance != null) m.put("instance", instance);
        if (parameter != null) m.put("parameter", Params.printable(parameter));
        return m;
    }
}
