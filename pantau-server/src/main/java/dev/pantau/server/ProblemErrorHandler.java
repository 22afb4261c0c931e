package dev.pantau.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Errors Jetty answers itself, before a request reaches the API (a URI that is not valid UTF-8,
 * an ambiguous path, a header too large): a problem body instead of Jetty's HTML page.
 */
final class ProblemErrorHandler extends org.eclipse.jetty.ee10.servlet.ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Object status = request.getAttribute(ERROR_STATUS);
        Object message = request.getAttribute(ERROR_MESSAGE);
        write(response, status instanceof Integer i ? i : response.getStatus(), message == null ? null : message.toString(), callback);
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        write(response, code, message, callback);
    }

    private static void write(Response response, int code, String message, Callback callback) {
        if (code < 400) code = 400;
        Problem p = code >= 500 ? Problem.internal()
                : new Problem(code, code == 400 ? "bad-request" : "http-" + code, code == 400 ? "Bad request" : "HTTP " + code,
                message == null ? "the request could not be understood" : Params.printable(message), null);
        response.setStatus(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        byte[] body = Json.write(p.body(null)).getBytes(StandardCharsets.UTF_8);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
