package dev.pantau.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pantau.ingest.ArticleExtractor;
import dev.pantau.ingest.ExtractedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;

/** {@code pantau extract}: article text and metadata from HTML pages, without analysis. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extract the article from HTML pages (plain or .gz): body text with the page furniture removed, and",
                "url, title, author, published, outlet, language. Prints one JSON object per file, in order.",
                "Exit status: 0 all files read, 1 some failed (each named on stderr, the others still printed), 2 usage error."})
public final class ExtractCommand implements Callable<Integer> {
    enum Format { jsonl, json }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "HTML files (.html, .htm, or gzip-compressed .gz).")
    List<Path> files;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "jsonl (one object a line) or json (one JSON array) (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--url", paramLabel = "URL", description = "The page's URL, for a single file saved without it (resolves links, dates in the path).")
    String url;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "20000000", description = "Largest page read, after decompression (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Override
    public Integer call() throws IOException {
        if (url != null && files.size() > 1) {
            System.err.println("pantau extract: --url names one page's address; give one FILE with it");
            return 2;
        }
        ObjectMapper json = new ObjectMapper();
        ArrayNode array = json.createArrayNode();
        int failed = 0;
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        for (Path f : files) {
            ObjectNode o;
            try {
                o = toJson(json, f, ArticleExtractor.extract(read(f), url));
            } catch (BadPage e) {
                System.err.println("pantau extract: " + f + ": " + e.getMessage());
                failed++;
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                // an extractor failure on one page fails that page, not the run
                System.err.println("pantau extract: " + f + ": cannot extract the article: " + e);
                failed++;
                continue;
            }
            if (format == Format.json) {
                array.add(o);
            } else {
                out.write(json.writeValueAsString(o));
                out.write('\n');
                out.flush();
            }
        }
        if (format == Format.json) {
            out.write(json.writerWithDefaultPrettyPrinter().writeValueAsString(array));
            out.write('\n');
        }
        out.flush();
        if (failed > 0) System.err.println("pantau extract: " + (files.size() - failed) + " extracted, " + failed + " failed");
        return failed > 0 ? 1 : 0;
    }

    private static ObjectNode toJson(ObjectMapper json, Path f, ExtractedArticle a) throws BadPage {
        if (a.text().isBlank()) throw new BadPage("no article text found in the page");
        ObjectNode o = json.createObjectNode();
        o.put("input", f.toString());
        o.put("url", a.url());
        o.put("title", a.title());
        o.put("author", a.author());
        o.put("published", a.published());
        o.put("publishedFrom", a.publishedFrom());
        o.put("outlet", a.outlet());
        o.put("language", a.language());
        o.put("text", a.text());
        return o;
    }

    private byte[] read(Path f) throws BadPage {
        byte[] bytes;
        try {
            if (Files.isDirectory(f)) throw new BadPage("is a directory, not an HTML file");
            if (Files.size(f) > maxBytes) throw new BadPage("larger than --max-bytes " + maxBytes);
            bytes = Files.readAllBytes(f);
        } catch (NoSuchFileException e) {
            throw new BadPage("no such file");
        } catch (IOException e) {
            throw new BadPage("cannot read: " + e.getMessage());
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) bytes = gunzip(bytes);
        if (bytes.length == 0) throw new BadPage("file is empty");
        int head = Math.min(bytes.length, 4096);
        for (int i = 0; i < head; i++) {
            if (bytes[i] == 0) throw new BadPage("binary data (a NUL byte at offset " + i + "), not an HTML page");
        }
        String start = new String(bytes, 0, head, StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
        if (!start.contains("<")) throw new BadPage("no HTML markup in the first " + head + " bytes");
        return bytes;
    }

    private byte[] gunzip(byte[] gz) throws BadPage {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (out.length > maxBytes) throw new BadPage("larger than --max-bytes " + maxBytes + " once decompressed");
            return out;
        } catch (IOException e) {
            throw new BadPage("broken gzip data (" + e.getMessage() + ")");
        }
    }

    private static final class BadPage extends Exception {
        BadPage(String message) {
            super(message);
        }
    }
}
