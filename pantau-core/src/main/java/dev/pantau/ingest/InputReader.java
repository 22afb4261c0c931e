package dev.pantau.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantau.doc.Article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Turns command-line inputs into articles, lazily and in input order: files, directories
 * (recursively, sorted), and "-" for standard input; plain text, HTML, and JSON Lines of
 * {@code {"id","url","outlet","title","published","text"}} (one article a line), each also
 * gzip-compressed (".gz"). Every input that
 * cannot be read becomes an {@link InputItem} with the reason — missing, a directory with no
 * files, too large, empty, binary, not UTF-8, bad JSON — and the others are still read.
 */
public final class InputReader implements Iterable<InputItem> {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Input format: detected from the file name, else from the content. */
    public enum Format { AUTO, TEXT, HTML, JSONL, WARC }

    private final List<String> inputs;
    private final long maxBytes;
    private final Format format;
    private final InputStream stdin;

    /**
     * @param maxBytes largest single document file read (JSON Lines files are read line by line
     *                 and limited per article instead)
     */
    public InputReader(List<String> inputs, long maxBytes, Format format, InputStream stdin) {
        this.inputs = List.copyOf(inputs);
        this.maxBytes = maxBytes;
        this.format = format;
        this.stdin = stdin;
    }

    @Override
    public Iterator<InputItem> iterator() {
        return new Iterator<>() {
            private final Deque<String> pending = new ArrayDeque<>(inputs);
            private final Deque<InputItem> ready = new ArrayDeque<>();
            private Cursor cursor;

            @Override
            public boolean hasNext() {
                while (ready.isEmpty()) {
                    if (cursor != null) {
                        InputItem next = cursor.next();
                        if (next != null) {
                            ready.add(next);
                            continue;
                        }
                        cursor.close();
                        cursor = null;
                    }
                    if (pending.isEmpty()) return false;
                    expand(pending.pollFirst());
                }
                return true;
            }

            @Override
            public InputItem next() {
                if (!hasNext()) throw new NoSuchElementException();
                return ready.pollFirst();
            }

            private void expand(String input) {
                if (input.equals("-")) {
                    readStdin();
                    return;
                }
                Path p = Path.of(input);
                if (!Files.exists(p)) {
                    ready.add(InputItem.failed(input, "no such file or directory"));
                } else if (Files.isDirectory(p)) {
                    List<String> files = new ArrayList<>();
                    try (Stream<Path> s = Files.walk(p)) {
                        s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                                .map(Path::toString).sorted().forEach(files::add);
                    } catch (IOException e) {
                        ready.add(InputItem.failed(input, "cannot list directory: " + e.getMessage()));
                        return;
                    }
                    if (files.isEmpty()) ready.add(InputItem.failed(input, "directory holds no files"));
                    for (int i = files.size() - 1; i >= 0; i--) pending.addFirst(files.get(i));
                } else if (!Files.isReadable(p)) {
                    ready.add(InputItem.failed(input, "file is not readable (permission denied)"));
                } else if (formatOf(plainName(input), null) == Format.WARC) {
                    try {
                        cursor = new WarcCursor(input, new WarcReader(p, maxBytes));
                    } catch (IOException e) {
                        ready.add(InputItem.failed(input, "cannot read the WARC file: " + e.getMessage()));
                    }
                } else if (formatOf(plainName(input), null) == Format.JSONL) {
                    try {
                        InputStream in = Files.newInputStream(p);
                        cursor = new JsonLinesCursor(input, isGzipName(input) ? new GZIPInputStream(in, 65536) : in, maxBytes);
                    } catch (IOException e) {
                        ready.add(InputItem.failed(input, "cannot read: " + e.getMessage()));
                    }
                } else {
                    readFile(input, p);
                }
            }

            private void readFile(String name, Path p) {
                try {
                    long size = Files.size(p);
                    if (size > maxBytes) {
                        ready.add(InputItem.failed(name, "file is " + mb(size) + ", over the limit of " + mb(maxBytes) + " (raise it with --max-bytes)"));
                        return;
                    }
                    byte[] bytes = Files.readAllBytes(p);
                    if (isGzip(bytes)) {
                        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                        }
                        if (bytes.length > maxBytes) {
                            ready.add(InputItem.failed(name, "unpacks to over the limit of " + mb(maxBytes) + " (raise it with --max-bytes)"));
                            return;
                        }
                    }
                    ready.add(document(name, bytes));
                } catch (java.util.zip.ZipException e) {
                    ready.add(InputItem.failed(name, "corrupt gzip data: " + e.getMessage()));
                } catch (IOException e) {
                    ready.add(InputItem.failed(name, "cannot read: " + e.getMessage()));
                }
            }

            private void readStdin() {
                try {
                    byte[] head = stdin.readNBytes(64);
                    String start = new String(head, StandardCharsets.UTF_8).stripLeading();
                    InputStream all = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), stdin);
                    if (format == Format.WARC || format == Format.AUTO && start.startsWith("WARC/")) {
                        cursor = new WarcCursor("-", new WarcReader(all, maxBytes));
                        return;
                    }
                    if (format == Format.JSONL || format == Format.AUTO && start.startsWith("{")) {
                        cursor = new JsonLinesCursor("-", all, maxBytes);
                        return;
                    }
                    byte[] bytes = all.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                    if (bytes.length > maxBytes) {
                        ready.add(InputItem.failed("-", "standard input is over the limit of " + mb(maxBytes) + " (raise it with --max-bytes)"));
                        return;
                    }
                    ready.add(document("-", bytes));
                } catch (IOException e) {
                    ready.add(InputItem.failed("-", "cannot read standard input: " + e.getMessage()));
                }
            }
        };
    }

    private boolean looksLikeHtml(String name, byte[] bytes) {
        if (format == Format.HTML) return true;
        if (format != Format.AUTO) return false;
        String n = plainName(name).toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return true;
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    private static boolean isGzipName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** The name without a ".gz" suffix, which tells the format of what is inside. */
    private static String plainName(String name) {
        return isGzipName(name) ? name.substring(0, name.length() - 3) : name;
    }

    private InputItem document(String name, byte[] bytes) {
        String problem = checkBytes(bytes);
        if (problem != null) return InputItem.failed(name, problem);
        String content = decode(bytes);
        if (content == null && looksLikeHtml(name, bytes)) {
            // an HTML page may declare another charset (<meta charset="windows-1252">): jsoup reads it
            return html(name, () -> HtmlArticleReader.read(bytes, null));
        }
        if (content == null) return InputItem.failed(name, invalidUtf8(bytes));
        Format f = formatOf(plainName(name), content);
        if (f == Format.JSONL) {
            JsonLinesCursor c = new JsonLinesCursor(name, new java.io.ByteArrayInputStream(bytes), maxBytes);
            InputItem first = c.next();
            return first != null && c.next() == null ? first
                    : InputItem.failed(name, "holds several JSON lines: give it a .jsonl name or use --format jsonl");
        }
        if (f == Format.HTML) return html(name, () -> HtmlArticleReader.read(content, null));
        Article a = new Article(null, null, null, null, null, TextNormalizer.normalize(content));
        if (a.text().isBlank()) return InputItem.failed(name, "file has only white space");
        return InputItem.ok(name, a);
    }

    /** An HTML page's article, or why there is none; an extractor failure on one page fails that page only. */
    private static InputItem html(String name, java.util.function.Supplier<Article> read) {
        Article a;
        try {
            a = read.get();
        } catch (RuntimeException | StackOverflowError e) {
            return InputItem.failed(name, "cannot extract the article from the HTML page: " + e);
        }
        return a.text().isBlank() ? InputItem.failed(name, "HTML page has no text") : InputItem.ok(name, a);
    }

    private Format formatOf(String name, String content) {
        if (format != Format.AUTO) return format;
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return Format.JSONL;
        if (n.endsWith(".warc")) return Format.WARC;
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return Format.HTML;
        if (n.endsWith(".txt") || content == null) return Format.TEXT;
        String head = content.stripLeading();
        if (head.startsWith("{")) return Format.JSONL;
        String lower = head.length() > 200 ? head.substring(0, 200).toLowerCase(Locale.ROOT) : head.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<?xml") && lower.contains("<html")) {
            return Format.HTML;
        }
        return Format.TEXT;
    }

    /** The reason bytes are no document, or null: empty, or binary (NUL bytes, control characters). */
    static String checkBytes(byte[] bytes) {
        if (bytes.length == 0) return "file is empty";
        int n = Math.min(bytes.length, 8192), control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) return "binary file (NUL byte at offset " + i + "), not text, HTML or JSON Lines";
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
        }
        if (control > n / 10) return "binary file (" + control + " control bytes in the first " + n + "), not text";
        return null;
    }

    static String decode(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return d.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** "invalid UTF-8 at byte N (line L)": where the first bad byte is. */
    static String invalidUtf8(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        d.decode(in, out, true);
        int at = in.position();
        int line = 1;
        for (int i = 0; i < at; i++) if (bytes[i] == '\n') line++;
        return String.format("invalid UTF-8 at byte %d (line %d): byte 0x%02X; convert the file to UTF-8", at, line, bytes[at] & 0xff);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    /** Reads a JSON Lines stream one article at a time; each bad line is its own failed item. */
    /** Articles read one after another from one input holding many. */
    private interface Cursor {
        /** The next item, or null at the end. */
        InputItem next();

        void close();
    }

    /**
     * The HTML pages of a WARC file (Common Crawl News style: HTTP 200 HTML responses), each an
     * article named {@code FILE#N URL} with the captured URL; a broken record ends the file with a
     * failure saying where, the pages before it are kept.
     */
    private static final class WarcCursor implements Cursor {
        private final String name;
        private final WarcReader reader;
        private int pages;
        private boolean done;

        WarcCursor(String name, WarcReader reader) {
            this.name = name;
            this.reader = reader;
        }

        @Override
        public InputItem next() {
            if (done) return null;
            java.util.Optional<WarcReader.Page> page;
            try {
                page = reader.next();
            } catch (IOException e) {
                done = true;
                return InputItem.failed(name + "#" + (pages + 1), e.getMessage() + " (the rest of the file is skipped)");
            }
            if (page.isEmpty()) {
                done = true;
                if (pages == 0) return InputItem.failed(name, "WARC file holds no HTML responses");
                return null;
            }
            pages++;
            WarcReader.Page pg = page.get();
            return html(name + "#" + pages + " " + pg.targetUri(), () -> HtmlArticleReader.read(pg.html(), pg.targetUri()));
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException ignored) {
                // nothing more is read from it either way
            }
        }
    }

    private static final class JsonLinesCursor implements Cursor {
        private final String name;
        private final java.io.BufferedReader reader;
        private final long maxLineChars;
        private int line;

        JsonLinesCursor(String name, InputStream in, long maxLineChars) {
            this.name = name;
            this.maxLineChars = maxLineChars;
            CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            this.reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, d));
        }

        @Override
        public InputItem next() {
            while (true) {
                String l;
                try {
                    l = reader.readLine();
                } catch (CharacterCodingException e) {
                    line++;
                    skipRest();
                    return InputItem.failed(name + ":" + line, "invalid UTF-8 on this line (the rest of the file is skipped); convert the file to UTF-8");
                } catch (IOException e) {
                    skipRest();
                    return InputItem.failed(name, "cannot read: " + e.getMessage());
                }
                if (l == null) return null;
                line++;
                if (l.isBlank()) continue;
                if (l.length() > maxLineChars) {
                    return InputItem.failed(name + ":" + line, "line has " + l.length() + " chars, over the limit of "
                            + maxLineChars + " (raise it with --max-bytes)");
                }
                return parse(name + ":" + line, l);
            }
        }

        private void skipRest() {
            try {
                reader.close();
            } catch (IOException ignored) {
                // nothing more can be read either way
            }
        }

        @Override
        public void close() {
            skipRest();
        }

        private static InputItem parse(String where, String l) {
            JsonNode n;
            try {
                n = JSON.readTree(l);
            } catch (JsonProcessingException e) {
                return InputItem.failed(where, "malformed JSON: " + e.getOriginalMessage());
            }
            if (n == null || !n.isObject()) return InputItem.failed(where, "line is not a JSON object");
            JsonNode text = n.get("text");
            if (text == null || !text.isTextual()) return InputItem.failed(where, "no \"text\" string field");
            String t = TextNormalizer.normalize(text.asText());
            if (t.isBlank()) return InputItem.failed(where, "\"text\" is empty");
            String published = str(n, "published");
            if (published == null) published = str(n, "date");
            return InputItem.ok(where, new Article(str(n, "id"), str(n, "url"), str(n, "outlet"), str(n, "title"), published, t));
        }

        private static String str(JsonNode n, String field) {
            JsonNode v = n.get(field);
            return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
        }
    }
}
