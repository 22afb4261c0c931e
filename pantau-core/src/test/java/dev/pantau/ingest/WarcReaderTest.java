package dev.pantau.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WarcReaderTest {
    private static final String PAGE = "<html><body><p>Jembatan baru diresmikan di tepi sungai.</p></body></html>";

    private static byte[] record(String type, String uri, String contentType, byte[] block) {
        String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes((type + uri).getBytes()) + ">\r\n"
                + "WARC-Date: 2024-03-05T01:02:03Z\r\nWARC-Target-URI: " + uri + "\r\nContent-Type: " + contentType + "\r\n"
                + "Content-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] http(int status, String type, byte[] body, String... headers) {
        StringBuilder h = new StringBuilder("HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n");
        for (String x : headers) h.append(x).append("\r\n");
        h.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        return out.toByteArray();
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }

    static byte[] warc() throws IOException {
        ByteArrayOutputStream w = new ByteArrayOutputStream();
        byte[] html = PAGE.getBytes(StandardCharsets.UTF_8);
        w.writeBytes(record("request", "https://kabarkota.example/a", "application/http; msgtype=request",
                "GET /a HTTP/1.1\r\nHost: kabarkota.example\r\n\r\n".getBytes(StandardCharsets.UTF_8)));
        w.writeBytes(record("response", "https://kabarkota.example/a", "application/http; msgtype=response", http(200, "text/html; charset=utf-8", html)));
        w.writeBytes(record("response", "https://kabarkota.example/logo.png", "application/http; msgtype=response", http(200, "image/png", new byte[] {1, 2, 3})));
        w.writeBytes(record("response", "https://kabarkota.example/old", "application/http; msgtype=response",
                http(301, "text/html", new byte[0], "Location: https://kabarkota.example/a")));
        w.writeBytes(record("response", "https://kabarkota.example/b", "application/http; msgtype=response",
                http(200, "text/html", gzip(html), "Content-Encoding: gzip")));
        w.writeBytes(record("metadata", "https://kabarkota.example/a", "application/warc-fields", "via: x\r\n".getBytes(StandardCharsets.UTF_8)));
        return w.toByteArray();
    }

    @Test
    void yieldsTheHtmlResponsesOnly() throws IOException {
        List<WarcReader.Page> pages = new ArrayList<>();
        try (WarcReader r = new WarcReader(new ByteArrayInputStream(gzip(warc())), 1_000_000)) {
            r.forEach(pages::add);
        }
        assertEquals(2, pages.size());
        assertEquals("https://kabarkota.example/a", pages.get(0).targetUri());
        assertEquals("2024-03-05T01:02:03Z", pages.get(0).date());
        assertEquals(PAGE, new String(pages.get(0).html(), StandardCharsets.UTF_8));
        assertEquals(PAGE, new String(pages.get(1).html(), StandardCharsets.UTF_8), "the content encoding is undone");
        assertEquals("Jembatan baru diresmikan di tepi sungai.", ArticleExtractor.extract(pages.get(1).html(), pages.get(1).targetUri(), false).text());
    }

    @Test
    void largePagesAreSkippedAndCounted() throws IOException {
        try (WarcReader r = new WarcReader(new ByteArrayInputStream(warc()), 10)) {
            assertEquals(0, r.next().isPresent() ? 1 : 0);
            assertEquals(2, r.skippedLarge());
        }
    }

    @Test
    void aBrokenRecordNamesItsOffset() throws IOException {
        byte[] good = warc();
        byte[] broken = new byte[good.length + 20];
        System.arraycopy(good, 0, broken, 0, good.length);
        System.arraycopy("WARC/1.0\r\nnonsense\r\n".getBytes(StandardCharsets.US_ASCII), 0, broken, good.length, 20);
        try (WarcReader r = new WarcReader(new ByteArrayInputStream(broken), 1_000_000)) {
            assertEquals(true, r.next().isPresent());
            assertEquals(true, r.next().isPresent());
            IOException e = assertThrows(IOException.class, r::next);
            assertEquals(true, e.getMessage().startsWith("broken WARC record after the record at byte "), e.getMessage());
            assertEquals(true, e.getMessage().contains("nonsense"), e.getMessage());
        }
    }
}
