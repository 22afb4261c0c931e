package dev.pantau.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputReaderTest {
    @TempDir
    Path dir;

    private List<InputItem> read(String... inputs) {
        return read(new ByteArrayInputStream(new byte[0]), inputs);
    }

    private List<InputItem> read(java.io.InputStream stdin, String... inputs) {
        List<InputItem> out = new ArrayList<>();
        new InputReader(List.of(inputs), 10_000_000, InputReader.Format.AUTO, stdin).forEach(out::add);
        return out;
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    @Test
    void everyBadInputGetsItsOwnReasonAndTheGoodOnesAreStillRead() throws IOException {
        Path good = write("a-good.txt", "Bisnis.com, JAKARTA - Warga senang.".getBytes(StandardCharsets.UTF_8));
        Path binary = write("b-binary.txt", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path latin1 = write("c-latin1.txt", "Caf\u00e9 di Jakarta".getBytes(StandardCharsets.ISO_8859_1));
        Path empty = write("d-empty.txt", new byte[0]);
        Path blank = write("e-blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8));
        Path big = dir.resolve("f-big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50_000_000);
        }
        List<InputItem> items = read(good.toString(), binary.toString(), latin1.toString(), empty.toString(),
                blank.toString(), big.toString(), dir.resolve("missing.txt").toString());
        assertEquals(7, items.size());
        assertFalse(items.get(0).failed());
        assertEquals("Bisnis.com, JAKARTA - Warga senang.", items.get(0).article().text());
        assertTrue(items.get(1).error().startsWith("binary file (NUL byte at offset 4)"), items.get(1).error());
        assertTrue(items.get(2).error().startsWith("invalid UTF-8 at byte 3 (line 1): byte 0xE9"), items.get(2).error());
        assertEquals("file is empty", items.get(3).error());
        assertEquals("file has only white space", items.get(4).error());
        assertEquals("file is 50.0 MB, over the limit of 10.0 MB (raise it with --max-bytes)", items.get(5).error());
        assertEquals("no such file or directory", items.get(6).error());
    }

    @Test
    void directoriesAreReadRecursivelyInSortedOrder() throws IOException {
        write("d/z.txt", "Zeta.".getBytes(StandardCharsets.UTF_8));
        write("d/sub/a.txt", "Alfa.".getBytes(StandardCharsets.UTF_8));
        write("d/b.html", "<html><head><title>Judul</title></head><body><nav>menu</nav><p>Isi berita.</p></body></html>".getBytes(StandardCharsets.UTF_8));
        List<InputItem> items = read(dir.resolve("d").toString());
        assertEquals(List.of("b.html", "a.txt", "z.txt"), items.stream().map(i -> Path.of(i.name()).getFileName().toString()).toList());
        assertEquals("Judul", items.get(0).article().title());
        assertEquals("Isi berita.", items.get(0).article().text(), "navigation is not text");
        assertEquals(List.of("directory holds no files"), read(Files.createDirectories(dir.resolve("void")).toString())
                .stream().map(InputItem::error).toList());
    }

    @Test
    void jsonLinesGiveOneArticleALineAndOneErrorABadLine() throws IOException {
        String jsonl = "{\"id\":\"a1\",\"url\":\"https://x.id/1\",\"outlet\":\"Kompas.com\",\"title\":\"T\",\"published\":\"2025-06-11\",\"text\":\"Warga   senang.\"}\n"
                + "{\"id\":\"a2\",\"text\":\n"
                + "\n"
                + "[1,2]\n"
                + "{\"id\":\"a4\"}\n"
                + "{\"id\":\"a5\",\"date\":\"2021-04-13\",\"text\":\"Kedua.\"}\n";
        Path p = write("in.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
        List<InputItem> items = read(p.toString());
        assertEquals(5, items.size());
        assertEquals("a1", items.get(0).article().id());
        assertEquals("Warga senang.", items.get(0).article().text());
        assertEquals("2025-06-11", items.get(0).article().published());
        assertTrue(items.get(1).error().startsWith("malformed JSON"), items.get(1).error());
        assertTrue(items.get(1).name().endsWith("in.jsonl:2"));
        assertEquals("line is not a JSON object", items.get(2).error());
        assertEquals("no \"text\" string field", items.get(3).error());
        assertEquals("2021-04-13", items.get(4).article().published(), "\"date\" stands in for \"published\"");
    }

    @Test
    void standardInputIsTextOrJsonLinesByItsFirstCharacter() {
        List<InputItem> text = read(new ByteArrayInputStream("Warga senang.".getBytes(StandardCharsets.UTF_8)), "-");
        assertEquals("Warga senang.", text.get(0).article().text());
        List<InputItem> lines = read(new ByteArrayInputStream("{\"text\":\"Satu.\"}\n{\"text\":\"Dua.\"}\n".getBytes(StandardCharsets.UTF_8)), "-");
        assertEquals(List.of("Satu.", "Dua."), lines.stream().map(i -> i.article().text()).toList());
        assertNull(lines.get(0).error());
    }

    @Test
    void gzipFilesAreReadAsWhatTheyHold() throws IOException {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(buf)) {
            gz.write("<html><head><title>Judul</title></head><body><p>Isi berita.</p></body></html>".getBytes(StandardCharsets.UTF_8));
        }
        Path html = write("page.html.gz", buf.toByteArray());
        buf.reset();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(buf)) {
            gz.write("{\"text\":\"Satu.\"}\n{\"text\":\"Dua.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Path jsonl = write("a.jsonl.gz", buf.toByteArray());
        Path broken = write("broken.txt.gz", new byte[]{0x1f, (byte) 0x8b, 8, 0, 1, 2});
        List<InputItem> items = read(html.toString(), jsonl.toString(), broken.toString());
        assertEquals("Judul", items.get(0).article().title());
        assertEquals("Isi berita.", items.get(0).article().text());
        assertEquals("Satu.", items.get(1).article().text());
        assertEquals("Dua.", items.get(2).article().text());
        assertTrue(items.get(3).error().startsWith("corrupt gzip data") || items.get(3).error().startsWith("cannot read"), items.get(3).error());
    }

    @Test
    void htmlInTheCharsetItDeclares() throws IOException {
        Path p = write("latin1.html", "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head><body><p>Kopi di caf\u00e9 Jakarta.</p></body></html>"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        InputItem item = read(p.toString()).get(0);
        assertEquals("Kopi di caf\u00e9 Jakarta.", item.article().text());
        assertEquals("Caf\u00e9", item.article().title());
    }

    @Test
    void whiteSpaceIsNormalisedAndNothingElse() {
        assertEquals("Satu dua.\nTiga.\n\nEmpat.", TextNormalizer.normalize("\uFEFF  Satu \t dua.\r\nTiga.\r\n\r\n\r\n  Empat.  "));
    }

    @Test
    void warcFilesGiveOneArticleAnHtmlResponseWithItsUrl() throws IOException {
        Path warc = write("crawl/news.warc.gz", WarcReaderTest.gzip(WarcReaderTest.warc()));
        List<InputItem> items = read(warc.toString());
        assertEquals(2, items.size(), items.toString());
        assertTrue(items.get(0).name().endsWith("#1 https://kabarkota.example/a"), items.get(0).name());
        assertEquals("https://kabarkota.example/a", items.get(0).article().url());
        assertEquals("Jembatan baru diresmikan di tepi sungai.", items.get(1).article().text());
    }

    @Test
    void aBrokenWarcRecordFailsTheRestOfItsFileOnly() throws IOException {
        byte[] good = WarcReaderTest.warc();
        byte[] broken = java.util.Arrays.copyOf(good, good.length + 20);
        System.arraycopy("WARC/1.0\r\nnonsense\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, broken, good.length, 20);
        Path bad = write("bad.warc", broken);
        Path text = write("later.txt", "Teks biasa yang dibaca sesudahnya.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<InputItem> items = read(bad.toString(), text.toString());
        assertEquals(4, items.size(), items.toString());
        assertNull(items.get(0).error());
        assertNull(items.get(1).error());
        assertTrue(items.get(2).error().contains("rest of the file is skipped"), items.get(2).error());
        assertEquals("Teks biasa yang dibaca sesudahnya.", items.get(3).article().text());
    }
}
