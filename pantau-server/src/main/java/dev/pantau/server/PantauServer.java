package dev.pantau.server;

import dev.pantau.Pantau;
import dev.pantau.store.PantauStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code pantau serve}: the JSON API ({@code /api/...}, see {@code docs/server.md}) and the web UI
 * ({@code /}) over one open store. The server is the one process holding the store; every store
 * call goes through {@link ApiRoutes}, which serialises them.
 */
public final class PantauServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PantauServer.class);
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

    private final Javalin app;
    private final AccessLog accessLog;

    private PantauServer(Javalin app, AccessLog accessLog) {
        this.app = app;
        this.accessLog = accessLog;
    }

    /** A server over {@code store} (not started); {@code pantau} analyses posted articles. */
    public static PantauServer create(PantauStore store, Pantau pantau, ServerConfig config) {
        ApiRoutes api = new ApiRoutes(store, pantau, config);
        AccessLog accessLog = config.accessLog() ? new AccessLog() : null;
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            c.jetty.modifyServletContextHandler(h -> h.setErrorHandler(new ProblemErrorHandler()));
            c.staticFiles.add("/dev/pantau/server/web", Location.CLASSPATH);
            if (!config.corsOrigins().isEmpty()) {
                c.bundledPlugins.enableCors(cors -> cors.addRule(r -> config.corsOrigins().forEach(r::allowHost)));
            }
            if (accessLog != null) {
                c.requestLogger.http((ctx, ms) -> accessLog.log(ctx.ip() + " " + ctx.method() + " " + ctx.path() + " "
                        + ctx.statusCode() + " " + Math.round(ms * 10) / 10.0 + " ms"));
            }
            c.routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
                ctx.header("Content-Security-Policy", CSP);
            });
            api.register(c.routes);
            c.routes.exception(Problem.class, (p, ctx) -> problem(ctx, p));
            c.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, fromJavalin(e)));
            c.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                problem(ctx, Problem.internal());
            });
            c.routes.error(404, "*", ctx -> {
                if (!Problem.CONTENT_TYPE.equals(ctx.res().getContentType()) && ctx.path().startsWith("/api")) {
                    problem(ctx, Problem.notFound("no endpoint " + ctx.method() + " " + Params.printable(ctx.path()) + "; the API is described at /api/openapi.json"));
                }
            });
        });
        return new PantauServer(app, accessLog);
    }

    static void problem(Context ctx, Problem p) {
        if (p.status() >= 500) LOG.warn("{} {} -> {} {}", ctx.method(), ctx.path(), p.status(), p.getMessage());
        ctx.status(p.status());
        ctx.contentType(Problem.CONTENT_TYPE);
        ctx.result(Json.write(p.body(ctx.path())));
    }

    private static Problem fromJavalin(HttpResponseException e) {
        int s = e.getStatus();
        if (s == 413) return new Problem(413, "body-too-large", "Request body too large", e.getMessage(), null);
        if (s == 404) return Problem.notFound(String.valueOf(e.getMessage()) + "; the API is described at /api/openapi.json");
        if (s >= 500) return Problem.internal();
        return new Problem(s, "http-" + s, "HTTP " + s, String.valueOf(e.getMessage()), null);
    }

    /** Starts listening on {@code host:port} (port 0: a free one). */
    public PantauServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        if (accessLog != null) accessLog.close();
    }
}
