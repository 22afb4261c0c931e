package dev.pantau.cli;

import dev.pantau.Pantau;
import dev.pantau.server.PantauServer;
import dev.pantau.server.ServerConfig;
import dev.pantau.store.PantauStore;
import dev.pantau.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code pantau serve}: the JSON API and the web UI over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serves a store: the JSON API under /api (described at /api/openapi.json) and the web UI at /.",
                "The server holds the store while it runs; an empty store offers to load the bundled example article."})
public final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "Store directory (created when missing).")
    Path store;

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).", defaultValue = "8080")
    int port;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--token-file", paramLabel = "FILE", description = "File whose first line is the bearer token that POST /api/articles needs; without it the server accepts no writes.")
    Path tokenFile;

    @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body (default: ${DEFAULT-VALUE}).", defaultValue = "2097152")
    long maxBody;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", description = "Origin allowed to call the API from a browser page on another site (repeatable; CORS is off without it).")
    List<String> corsOrigins;

    @Option(names = "--no-access-log", description = "Do not log a line per request.")
    boolean noAccessLog;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        if (maxBody < 1024) throw new ParameterException(spec.commandLine(), "--max-body must be at least 1024 bytes");
        ServerConfig config = new ServerConfig(token(), maxBody, Math.max(1, Runtime.getRuntime().availableProcessors()),
                corsOrigins == null ? List.of() : corsOrigins, !noAccessLog);
        PantauStore s;
        try {
            s = PantauStore.open(store);
        } catch (StoreException e) {
            System.err.println("pantau serve: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (s; PantauServer server = PantauServer.create(s, Pantau.builder().build(), config)) {
            try {
                server.start(host, port);
            } catch (RuntimeException e) {
                System.err.println("pantau serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
                return 1;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                s.close();
                stopped.countDown();
            }));
            System.err.println("pantau serve: " + s.counts().get("articles") + " articles in " + store + "; http://"
                    + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + server.port() + "/ ("
                    + (config.token() == null ? "read-only: no --token-file" : "writes need the token") + "); Ctrl-C stops");
            stopped.await();
        }
        return 0;
    }

    private String token() {
        if (tokenFile == null) return null;
        try {
            List<String> lines = Files.readAllLines(tokenFile, StandardCharsets.UTF_8);
            String t = lines.isEmpty() ? "" : lines.get(0).strip();
            if (t.length() < 16) throw new ParameterException(spec.commandLine(), "--token-file: the token in " + tokenFile + " must have at least 16 characters");
            return t;
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--token-file: cannot read " + tokenFile + ": " + e.getMessage());
        }
    }
}
