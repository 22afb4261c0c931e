package dev.pantau.cli;

import dev.pantau.Pantau;
import dev.pantau.doc.Article;
import dev.pantau.ingest.InputReader;
import dev.pantau.link.KnowledgeBase;
import dev.pantau.pipeline.Limits;
import dev.pantau.pipeline.StandardPipeline;
import dev.pantau.time.Dates;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The options of every command that analyses articles ({@code analyze}, {@code ingest}): what to read, how, and the limits. */
final class AnalysisOptions {
    @Option(names = "--lang", paramLabel = "CODE", description = "Language of every input (id, ms, en); default: detect per article.")
    String lang;

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date (YYYY-MM-DD) for inputs that carry none; anchors relative times.")
    String published;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Input format: auto, text, html, jsonl, warc (default: ${DEFAULT-VALUE}; auto: by the name, .warc(.gz) and .jsonl, else by the content).", defaultValue = "auto")
    InputReader.Format format;

    @Option(names = "--threads", paramLabel = "N", description = "Articles analysed in parallel (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    int threads;

    @Option(names = "--max-chars", paramLabel = "N", description = "Longest article text analysed, in characters (default: ${DEFAULT-VALUE}).", defaultValue = "2000000")
    int maxChars;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest single-document file read, and longest JSON Lines line (default: ${DEFAULT-VALUE}).", defaultValue = "10000000")
    long maxBytes;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time one article may take (default: ${DEFAULT-VALUE}).", defaultValue = "60")
    int timeoutSeconds;

    @Option(names = "--kb", paramLabel = "FILE", description = "Extra knowledge-base file (countries/organizations/people TSV format); repeatable.")
    List<Path> kbFiles;

    /** Refuses out-of-range limits, a malformed --published or --lang, and standard input named twice. */
    void validate(CommandSpec spec, List<String> inputs) {
        if (threads < 1 || threads > 256) throw new ParameterException(spec.commandLine(), "--threads must be between 1 and 256, not " + threads);
        if (maxChars < 1) throw new ParameterException(spec.commandLine(), "--max-chars must be positive");
        if (maxBytes < 1) throw new ParameterException(spec.commandLine(), "--max-bytes must be positive");
        if (timeoutSeconds < 1) throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second");
        if (published != null && !Dates.isIsoDate(published)) {
            throw new ParameterException(spec.commandLine(), "--published must be a date like 2023-09-13, not '" + published + "'");
        }
        if (lang != null && !List.of("id", "ms", "en").contains(lang)) {
            throw new ParameterException(spec.commandLine(), "--lang must be one of id, ms, en, not '" + lang + "'");
        }
        if (inputs.stream().filter("-"::equals).count() > 1) {
            throw new ParameterException(spec.commandLine(), "standard input (-) can be given only once");
        }
    }

    /** The analyser these options ask for: language, limits, and the extra knowledge-base files. */
    Pantau pantau(CommandSpec spec) {
        Pantau.Builder b = Pantau.builder().language(lang)
                .limits(new Limits(maxChars, Duration.ofSeconds(timeoutSeconds)));
        if (kbFiles != null && !kbFiles.isEmpty()) {
            try {
                b.pipeline(StandardPipeline.create(KnowledgeBase.withUserFiles(kbFiles)));
            } catch (RuntimeException e) {
                throw new ParameterException(spec.commandLine(), "--kb: " + e.getMessage());
            }
        }
        return b.build();
    }

    /**
     * The article as it is analysed: a publication date that is no full ISO date is dropped with
     * a warning naming the input, and --published fills a missing one.
     */
    Article withPublished(Article a, String command, String name) {
        if (a.published() != null && !Dates.isIsoDate(a.published())) {
            System.err.println("pantau " + command + ": " + name + ": warning: published '" + a.published()
                    + "' is not a full ISO 8601 date; " + (published != null ? "using --published" : "using the dates in the text"));
            a = a.withPublished(null);
        }
        if (a.published() == null && published != null) a = a.withPublished(published);
        return a;
    }

    /** A reader of the inputs in these options' format and size limit. */
    InputReader reader(List<String> inputs) {
        return new InputReader(inputs, maxBytes, format, System.in);
    }
}
