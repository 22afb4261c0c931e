package dev.pantau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ingest, query and export end to end, through the command line. */
class StoreCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MEETING = "JAKARTA, Kompas.com - Presiden Joko Widodo bertemu Perdana Menteri Australia Anthony Albanese "
            + "di Istana Bogor pada Senin (6/6/2022). \"Kita sepakat memperluas perdagangan kedua negara,\" kata Jokowi kepada wartawan.";

    @TempDir
    Path dir;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream savedErr, savedOut;

    @BeforeEach
    void capture() {
        savedErr = System.err;
        savedOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(savedErr);
        System.setOut(savedOut);
    }

    @Test
    void ingestsQueriesAndExports() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-meeting.txt"), MEETING);
        Files.write(in.resolve("b-notes.pdf"), new byte[]{'%', 'P', 'D', 'F', 0, 1, 2});
        Files.writeString(in.resolve("c-feed.jsonl"),
                JSON.writeValueAsString(java.util.Map.of("id", "k1", "url", "https://www.kompas.example/k1", "text",
                        "Harga beras di Pasar Induk Cipinang naik pada Selasa (7/6/2022), kata pedagang.")) + "\n"
                        + "{\"text\": \n"
                        + JSON.writeValueAsString(java.util.Map.of("id", "k2", "text", MEETING)) + "\n");
        Path store = dir.resolve("store");
        int code = Main.run("ingest", in.toString(), "--store", store.toString(), "--threads", "2");
        String log = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, log);
        assertTrue(log.contains("2 ingested, 1 duplicates, 2 failed"), log);
        List<String> errors = Files.readAllLines(store.resolve("ingest-errors.tsv"));
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("b-notes.pdf") && errors.get(0).contains("binary file"), errors.get(0));
        assertTrue(errors.get(1).contains("c-feed.jsonl:2") && errors.get(1).contains("malformed JSON"), errors.get(1));

        // the same command again: nothing new
        err.reset();
        Main.run("ingest", in.toString(), "--store", store.toString());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("0 ingested, 3 duplicates, 2 failed"), err.toString(StandardCharsets.UTF_8));

        out.reset();
        assertEquals(0, Main.run("query", "--store", store.toString(), "--format", "json", "articles", "perdagangan"));
        JsonNode hits = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertTrue(hits.isArray());
        assertEquals(1, hits.size(), hits.toString());
        assertTrue(hits.get(0).get("snippet").asText().contains("<b>perdagangan</b>"), hits.toString());

        out.reset();
        assertEquals(0, Main.run("query", "--store", store.toString(), "--format", "csv", "quotes", "--speaker", "joko"));
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("speaker,"), csv);
        assertTrue(csv.contains("Kita sepakat memperluas perdagangan kedua negara"), csv);

        out.reset();
        assertEquals(0, Main.run("query", "--store", store.toString(), "--format", "json", "events", "--from", "2022-06-01", "--to", "2022-06-30"));
        JsonNode events = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertTrue(events.isArray());

        Path gdelt = dir.resolve("events.tsv");
        assertEquals(0, Main.run("export", "--store", store.toString(), "--format", "gdelt-events", "-o", gdelt.toString()));
        List<String> rows = Files.readAllLines(gdelt);
        assertEquals(events.size(), rows.size());
        for (String r : rows) assertEquals(61, r.split("\t", -1).length, r);

        err.reset();
        assertEquals(2, Main.run("query", "--store", store.toString(), "events", "--from", "June"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--from must be a date like 2023-09-13"), err.toString(StandardCharsets.UTF_8));
        assertEquals(1, Main.run("query", "--store", dir.resolve("nothing").toString(), "entities"));
        assertEquals(2, Main.run("export", "--store", store.toString(), "--format", "parquet"));
    }

    @Test
    void aCopyOfAnArticleThatFailedIsNotCountedAsItsDuplicate() throws IOException {
        Path in = Files.createDirectories(dir.resolve("copies"));
        Files.writeString(in.resolve("a.txt"), MEETING);
        Files.writeString(in.resolve("b.txt"), MEETING);
        int code = Main.run("ingest", in.toString(), "--store", dir.resolve("store").toString(), "--max-chars", "50");
        String log = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, log);
        assertTrue(log.contains("0 ingested, 0 duplicates, 2 failed"), log);
        assertEquals(2, Files.readAllLines(dir.resolve("store").resolve("ingest-errors.tsv")).size());
    }
}
