package dev.pantau.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A cheap count of the articles in the inputs, for the progress bar: -1 when it cannot tell (stdin, gzip). */
final class InputCounter {
    private InputCounter() {
    }

    static long count(List<String> inputs) {
        long n = 0;
        try {
            for (String in : inputs) {
                if (in.equals("-")) return -1;
                Path p = Path.of(in);
                if (Files.isDirectory(p)) {
                    try (Stream<Path> files = Files.walk(p)) {
                        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)
                                .filter(f -> !f.getFileName().toString().startsWith("."))::iterator) {
                            long c = countFile(f);
                            if (c < 0) return -1;
                            n += c;
                        }
                    }
                } else {
                    long c = countFile(p);
                    if (c < 0) return -1;
                    n += c;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return n;
    }

    private static long countFile(Path f) throws IOException {
        String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".gz")) return -1;
        if (!Files.exists(f)) return 1; // reported as a failure, still one input
        if (!(name.endsWith(".jsonl") || name.endsWith(".ndjson"))) return 1;
        long lines = 0;
        boolean content = false;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(f)) {
            for (int r; (r = in.read(buf)) > 0; ) {
                for (int i = 0; i < r; i++) {
                    if (buf[i] == '\n') {
                        if (content) lines++;
                        content = false;
                    } else if (buf[i] > ' ') {
                        content = true;
                    }
                }
            }
        }
        return content ? lines + 1 : lines;
    }
}
