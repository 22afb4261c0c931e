package dev.pantau.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** pantau serve refuses bad options before opening the store (the server itself is tested in pantau-server). */
class ServeCommandTest {
    @TempDir
    Path dir;

    private String usageError(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, Main.run(args));
        } finally {
            System.setErr(err);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void badOptionsAreUsageErrors() throws Exception {
        String store = dir.resolve("store").toString();
        assertTrue(usageError("serve", "--store", store, "--port", "70000").contains("--port must be between 0 and 65535"));
        assertTrue(usageError("serve", "--store", store, "--max-body", "10").contains("--max-body must be at least 1024"));
        Path token = Files.writeString(dir.resolve("token"), "short\n");
        assertTrue(usageError("serve", "--store", store, "--token-file", token.toString()).contains("at least 16 characters"));
        assertTrue(usageError("serve", "--store", store, "--token-file", dir.resolve("missing").toString()).contains("cannot read"));
        assertTrue(Files.notExists(dir.resolve("store")), "the store is not created when the options are wrong");
    }
}
