package dev.pantau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The analyze command end to end: output, order, exit codes and the message for each bad input. */
class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = "Bisnis.com, JAKARTA - Pemimpin Korea Utara Kim Jong-un bertemu dengan Presiden Rusia Vladimir Putin pada Rabu (13/9/2023).";

    @TempDir
    Path dir;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedErr;
    private InputStream savedIn;

    @BeforeEach
    void captureStderr() {
        savedErr = System.err;
        savedIn = System.in;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(savedErr);
        System.setIn(savedIn);
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private List<JsonNode> lines(Path out) throws IOException {
        List<JsonNode> l = new ArrayList<>();
        for (String s : Files.readAllLines(out, StandardCharsets.UTF_8)) l.add(JSON.readTree(s));
        return l;
    }

    @Test
    void analysesAFileIntoOneContractObject() throws IOException {
        Path out = dir.resolve("out.json");
        int code = Main.run("analyze", write("seed.txt", SEED).toString(), "-o", out.toString());
        assertEquals(0, code, err.toString());
        JsonNode n = lines(out).get(0);
        assertEquals("pantau.article/1", n.get("schema").asText());
        assertEquals("Bisnis.com", n.get("dateline").get("outlet").asText());
        assertEquals("2023-09-13", n.get("published").asText());
    }

    @Test
    void badInputsAreNamedOnStderrAndTheRestStillAnalysedInOrder() throws IOException {
        Path good1 = write("1.txt", SEED);
        Path binary = dir.resolve("2.bin");
        Files.write(binary, new byte[]{1, 2, 0, 3});
        Path latin1 = dir.resolve("3.txt");
        Files.write(latin1, "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Path empty = write("4.txt", "");
        Path big = dir.resolve("5.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50_000_000);
        }
        Path good2 = write("6.txt", "JAKARTA, KOMPAS.com - Harga minyak dunia naik sekitar 3 persen.");
        Path out = dir.resolve("out.jsonl");
        int code = Main.run("analyze", good1.toString(), binary.toString(), latin1.toString(), empty.toString(),
                big.toString(), dir.resolve("missing.txt").toString(), good2.toString(), "--threads", "2", "-o", out.toString());
        assertEquals(1, code);
        List<JsonNode> l = lines(out);
        assertEquals(2, l.size());
        assertEquals("Bisnis.com", l.get(0).get("outlet").asText(), "input order is kept");
        assertEquals("Kompas.com", l.get(1).get("outlet").asText());
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains(binary + ": binary file"), e);
        assertTrue(e.contains(latin1 + ": invalid UTF-8 at byte 3"), e);
        assertTrue(e.contains(empty + ": file is empty"), e);
        assertTrue(e.contains(big + ": file is 50.0 MB, over the limit"), e);
        assertTrue(e.contains("missing.txt: no such file or directory"), e);
        assertTrue(e.contains("pantau analyze: 2 analysed, 5 failed"), e);
    }

    @Test
    void readsJsonLinesFromStandardInputAndKeepsTheirMetadata() throws IOException {
        String in = "{\"id\":\"k1\",\"url\":\"https://kompas.com/a\",\"outlet\":\"Kompas.com\",\"title\":\"Judul\",\"published\":\"2025-06-11\",\"text\":\"Harga naik kemarin.\"}\n"
                + "{\"id\":\"k2\",\"text\":\"Harga turun.\"}\n";
        System.setIn(new java.io.ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)));
        Path out = dir.resolve("out.jsonl");
        assertEquals(0, Main.run("analyze", "-", "-o", out.toString()), err.toString());
        List<JsonNode> l = lines(out);
        assertEquals("k1", l.get(0).get("id").asText());
        assertEquals("Judul", l.get(0).get("title").asText());
        assertEquals("2025-06-10", l.get(0).get("times").get(0).get("value").asText(), "kemarin of 11 June");
        assertEquals("k2", l.get(1).get("id").asText());
    }

    @Test
    void publishedOptionAnchorsRelativeTimesWhenTheInputHasNone() throws IOException {
        Path out = dir.resolve("out.json");
        assertEquals(0, Main.run("analyze", write("a.txt", "Harga minyak naik tahun lalu.").toString(), "--published", "2023-05-01", "-o", out.toString()));
        JsonNode n = lines(out).get(0);
        assertEquals("2023-05-01", n.get("published").asText());
        assertEquals("2022", n.get("times").get(0).get("value").asText());
    }

    @Test
    void anImpreciseDateInTheInputIsAWarningNotAFailure() throws IOException {
        Path in = write("a.jsonl", "{\"id\":\"x\",\"published\":\"2024-02\",\"text\":\"Rapat digelar Senin (5/2/2024) di Jakarta.\"}\n");
        Path out = dir.resolve("out.jsonl");
        assertEquals(0, Main.run("analyze", in.toString(), "-o", out.toString()));
        assertTrue(err.toString().contains("a.jsonl:1: warning: published '2024-02' is not a full ISO 8601 date"), err.toString());
        assertEquals("2024-02-05", lines(out).get(0).get("published").asText());
    }

    @Test
    void usageErrorsExitWithTwo() throws IOException {
        Path f = write("a.txt", SEED);
        assertEquals(2, Main.run("analyze", f.toString(), "--published", "13/9/2023"));
        assertTrue(err.toString().contains("--published must be a date like 2023-09-13"), err.toString());
        assertEquals(2, Main.run("analyze", f.toString(), "--threads", "0"));
        assertEquals(2, Main.run("analyze", f.toString(), "--lang", "fr"));
        assertEquals(2, Main.run("analyze"));
        assertEquals(2, Main.run("analyze", f.toString(), "--no-such-option"));
    }

    @Test
    void limitsAreConfigurable() throws IOException {
        Path out = dir.resolve("out.json");
        assertEquals(1, Main.run("analyze", write("a.txt", SEED).toString(), "--max-chars", "20", "-o", out.toString()));
        assertTrue(err.toString().contains("over the limit of 20 (raise it with --max-chars)"), err.toString());
    }
}
