package dev.pantau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** pantau extract and pantau eval extract end to end. */
class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE = "<html lang=\"en\"><head><title>Ferry timetable changes</title>"
            + "<meta property=\"og:site_name\" content=\"Harbour Daily\"><meta name=\"author\" content=\"Sam Lee\">"
            + "<meta property=\"article:published_time\" content=\"2022-06-01T07:00:00Z\"></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a></nav><article>"
            + "<p>The harbour authority said on Tuesday that the morning ferry will leave twenty minutes earlier from next month.</p>"
            + "<p>Commuters who change to the early train at the terminal, the authority said, will no longer wait on the platform.</p>"
            + "</article></body></html>";

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut, savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    @Test
    void oneObjectPerPageAndABadFileDoesNotStopTheOthers() throws IOException {
        Path good = dir.resolve("ferry.html");
        Files.writeString(good, PAGE);
        Path gz = dir.resolve("ferry2.html.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        Path binary = dir.resolve("photo.html");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Path missing = dir.resolve("nowhere.html");

        int code = Main.run("extract", good.toString(), binary.toString(), missing.toString(), gz.toString());

        assertEquals(1, code);
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(2, lines.length);
        JsonNode a = JSON.readTree(lines[0]);
        assertEquals(good.toString(), a.get("input").asText());
        assertEquals("Ferry timetable changes", a.get("title").asText());
        assertEquals("Sam Lee", a.get("author").asText());
        assertEquals("2022-06-01T07:00:00Z", a.get("published").asText());
        assertEquals("Harbour Daily", a.get("outlet").asText());
        assertEquals("en", a.get("language").asText());
        assertTrue(a.get("text").asText().startsWith("The harbour authority said"));
        assertTrue(!a.get("text").asText().contains("Sport"));
        assertEquals(gz.toString(), JSON.readTree(lines[1]).get("input").asText());
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("photo.html: binary data"), e);
        assertTrue(e.contains("nowhere.html: no such file"), e);
        assertTrue(e.contains("2 extracted, 2 failed"), e);
    }

    @Test
    void jsonFormatIsOneArray() throws IOException {
        Path good = dir.resolve("ferry.html");
        Files.writeString(good, PAGE);
        assertEquals(0, Main.run("extract", "--format", "json", good.toString(), good.toString()));
        JsonNode array = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertTrue(array.isArray());
        assertEquals(2, array.size());
    }

    @Test
    void evalExtractOnTheBenchmark() throws IOException {
        Path bench = Path.of("../../shared/data/html/scrapinghub-aeb").toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(bench.resolve("ground-truth.json")), "the benchmark is not here");
        assertEquals(0, Main.run("eval", "extract", "--benchmark", bench.toString(), "--half", "odd"));
        JsonNode r = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(90, r.get("pages").asInt());
        assertTrue(r.get("f1").asDouble() > 0.9, r.toString());
    }

    @Test
    void evalExtractNamesAMissingBenchmark() {
        assertEquals(1, Main.run("eval", "extract", "--benchmark", dir.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("ground-truth.json not found"));
    }
}
