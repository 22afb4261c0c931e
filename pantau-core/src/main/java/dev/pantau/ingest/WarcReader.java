package dev.pantau.ingest;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The HTML pages of a WARC file (plain or gzip-compressed, as Common Crawl News writes them),
 * read with jwarc: each {@code response} record with an HTTP 200 and an HTML content type gives
 * one {@link Page} with its target URI, capture date and body (transfer and content encodings
 * undone). Other records (requests, metadata, redirects, images) are skipped. A page larger than
 * the limit is skipped too, and counted.
 */
public final class WarcReader implements Iterable<WarcReader.Page>, Closeable {
    /** One captured HTML page: its URL, the capture instant (ISO 8601) and the raw bytes of the page. */
    public record Page(String targetUri, String date, byte[] html) {
    }

    private final org.netpreserve.jwarc.WarcReader reader;
    private final long maxBytes;
    private int skippedLarge;

    public WarcReader(Path warc, long maxBytes) throws IOException {
        this.reader = new org.netpreserve.jwarc.WarcReader(warc);
        this.maxBytes = maxBytes;
    }

    public WarcReader(InputStream warc, long maxBytes) throws IOException {
        this.reader = new org.netpreserve.jwarc.WarcReader(warc);
        this.maxBytes = maxBytes;
    }

    /** Pages skipped because they were larger than the limit. */
    public int skippedLarge() {
        return skippedLarge;
    }

    /** The next HTML page, or empty at the end of the file; a broken record is an IOException saying where. */
    public Optional<Page> next() throws IOException {
        while (true) {
            Optional<WarcRecord> r;
            try {
                r = reader.next();
            } catch (IOException | RuntimeException e) {
                throw new IOException("broken WARC record after the record at byte " + reader.position() + ": " + e.getMessage(), e);
            }
            if (r.isEmpty()) return Optional.empty();
            if (!(r.get() instanceof WarcResponse resp)) continue;
            if (!resp.contentType().base().equals(MediaType.HTTP) && !"application/http".equals(resp.contentType().base().toString())) continue;
            HttpResponse http = resp.http();
            if (http.status() != 200 || !isHtml(http.contentType())) continue;
            try (InputStream body = http.bodyDecoded().stream()) {
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    skippedLarge++;
                    continue;
                }
                return Optional.of(new Page(resp.target(), resp.date().toString(), bytes));
            }
        }
    }

    private static boolean isHtml(MediaType t) {
        String base = t.base().toString();
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    @Override
    public Iterator<Page> iterator() {
        return new Iterator<>() {
            private Page next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = WarcReader.this.next().orElse(null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return next != null;
            }

            @Override
            public Page next() {
                if (!hasNext()) throw new NoSuchElementException();
                Page p = next;
                next = null;
                return p;
            }
        };
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
