package dev.pantau.cli;

import dev.pantau.store.Exporter;
import dev.pantau.store.PantauStore;
import dev.pantau.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code pantau export}: a store's contents in GDELT, JSON Lines, CSV or Parquet form. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export a store. gdelt-events / gdelt-mentions: GDELT 2.0 Events (61 columns) and Mentions (16 columns),",
                "tab-separated, no header; jsonl: every article as its pantau.article/1 object; csv and parquet: one table (--table)."})
public final class ExportCommand implements Callable<Integer> {
    enum Format { GDELT_EVENTS, GDELT_MENTIONS, JSONL, CSV, PARQUET }

    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The store directory.")
    Path store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "gdelt-events, gdelt-mentions, jsonl, csv or parquet.", converter = FormatConverter.class)
    Format format;

    @Option(names = "--table", paramLabel = "TABLE", defaultValue = "events",
            description = "For csv and parquet: articles, entities, mentions, quotes, attributions, events, event_mentions, sources or ingest_log (default: ${DEFAULT-VALUE}).")
    String table;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output (required for parquet).")
    Path output;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String v) {
            try {
                return Format.valueOf(v.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + v + "' is not one of gdelt-events, gdelt-mentions, jsonl, csv, parquet");
            }
        }
    }

    @Override
    public Integer call() throws IOException {
        if (format == Format.PARQUET && output == null) {
            throw new ParameterException(spec.commandLine(), "--format parquet needs -o FILE (Parquet is not written to standard output)");
        }
        if (!Files.exists(store.resolve(PantauStore.DB_FILE))) {
            System.err.println("pantau export: no store in " + store);
            return 1;
        }
        try (PantauStore s = PantauStore.open(store)) {
            Exporter x = s.exporter();
            long n;
            if (format == Format.PARQUET) {
                n = x.parquet(table, output);
            } else {
                try (Writer out = writer()) {
                    n = switch (format) {
                        case GDELT_EVENTS -> x.gdeltEvents(out);
                        case GDELT_MENTIONS -> x.gdeltMentions(out);
                        case JSONL -> x.jsonl(out);
                        case CSV -> x.csv(table, out);
                        default -> throw new IllegalStateException();
                    };
                }
            }
            System.err.println("pantau export: " + n + " rows" + (output != null ? " written to " + output : ""));
            return 0;
        } catch (StoreException e) {
            System.err.println("pantau export: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            if (output != null) throw e;
            // "pantau export … | head": the reader went away
            System.err.println("pantau export: standard output closed (" + e.getMessage() + ")");
            return 1;
        }
    }

    private Writer writer() throws IOException {
        if (output == null) {
            return new BufferedWriter(new OutputStreamWriter(new java.io.FileOutputStream(java.io.FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }
}
