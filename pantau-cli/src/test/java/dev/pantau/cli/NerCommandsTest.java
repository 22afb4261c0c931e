package dev.pantau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NerCommandsTest {
    private static final String CORPUS = "Presiden PROPN O\nJoko PROPN B-PER\nWidodo PROPN I-PER\nmengunjungi VERB O\n"
            + "Surabaya PROPN B-LOC\n. PUNCT O\n\nMenteri NOUN O\nSri PROPN B-PER\nMulyani PROPN I-PER\ntiba VERB O\n"
            + "di ADP O\nJakarta PROPN B-LOC\n. PUNCT O\n";

    private static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            assertEquals(0, code, "exit code of " + String.join(" ", args));
        } finally {
            System.setOut(old);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void evalNerScoresACorpusAndTagNerKeepsTheTokenOrder(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("gold.txt");
        Files.writeString(gold, CORPUS);
        JsonNode r = new ObjectMapper().readTree(run("eval", "ner", "--gold", gold.toString(), "--format", "conll"));
        assertEquals(4, r.get("gold_entities").asInt());
        assertTrue(r.get("f1").asDouble() >= 75, r.toString());
        assertTrue(r.get("per_type").has("PERSON"), r.toString());

        Path tokens = dir.resolve("tokens.txt");
        Files.writeString(tokens, "Joko\nWidodo\nke\nSurabaya\n\nSri\nMulyani\n");
        String[] lines = run("tag", "ner", tokens.toString()).split("\n", -1);
        assertEquals("Joko\tB-PERSON", lines[0]);
        assertEquals("Widodo\tI-PERSON", lines[1]);
        assertEquals("ke\tO", lines[2]);
        assertEquals("", lines[4], "the blank line between sentences is kept");
        assertEquals("Sri\tB-PERSON", lines[5]);
    }

    @Test
    void unknownConventionsAreAClearError(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("gold.txt");
        Files.writeString(gold, CORPUS);
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run("eval", "ner", "--gold", gold.toString(), "--conventions", "wikiann");
            assertEquals(1, code);
        } finally {
            System.setErr(old);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not 'wikiann'"), err.toString(StandardCharsets.UTF_8));
    }
}
