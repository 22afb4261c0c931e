package dev.pantau.cli;

import dev.pantau.Pantau;
import dev.pantau.doc.Article;
import dev.pantau.doc.ArticleJson;
import dev.pantau.doc.Doc;
import dev.pantau.ingest.InputItem;
import dev.pantau.ingest.InputReader;
import dev.pantau.pipeline.AnalysisException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@code pantau analyze}: one pantau.article/1 JSON object per input article. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyse news articles and print one pantau.article/1 JSON object per article",
                "(JSON Lines, in input order). Inputs: files, directories (recursive) or - for standard input;",
                "plain text, HTML, or JSON Lines of {\"id\",\"url\",\"outlet\",\"title\",\"published\",\"text\"}.",
                "Exit status: 0 all inputs analysed, 1 some failed (each named on stderr), 2 usage error."})
public final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    AnalysisOptions options;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, or - for standard input.")
    List<String> inputs;




    @Option(names = "--pretty", description = "Indent the JSON (one object per article, still in order).")
    boolean pretty;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the JSON here instead of standard output.")
    Path output;






    @Override
    public Integer call() throws IOException, InterruptedException {
        validate();
        Pantau pantau = options.pantau(spec);
        PrintStream err = System.err;
        int ok = 0, failed = 0;
        InputReader reader = options.reader(inputs);
        ExecutorService pool = Executors.newFixedThreadPool(options.threads, r -> {
            Thread t = new Thread(r, "pantau-analyze");
            t.setDaemon(true);
            return t;
        });
        Deque<Pending> window = new ArrayDeque<>();
        try (Writer out = writer()) {
            for (InputItem item : reader) {
                Future<String> f = item.failed() ? null : pool.submit(() -> analyze(pantau, item.article(), item.name()));
                window.add(new Pending(item, f));
                if (window.size() >= options.threads * 4) {
                    if (finish(window.poll(), out, err)) ok++;
                    else failed++;
                }
            }
            while (!window.isEmpty()) {
                if (finish(window.poll(), out, err)) ok++;
                else failed++;
            }
        } catch (IOException e) {
            if (output != null) throw e;
            // "pantau analyze … | head": the reader went away; say so in one line, no stack trace
            err.println("pantau analyze: standard output closed after " + ok + " results (" + e.getMessage() + ")");
            return 1;
        } finally {
            pool.shutdownNow();
        }
        if (failed > 0 || ok + failed > 1) {
            err.printf("pantau analyze: %d analysed, %d failed%n", ok, failed);
        }
        return failed == 0 ? 0 : 1;
    }

    private record Pending(InputItem item, Future<String> result) {
    }

    private boolean finish(Pending p, Writer out, PrintStream err) throws IOException, InterruptedException {
        String name = p.item().name();
        if (p.result() == null) {
            err.println("pantau analyze: " + name + ": " + p.item().error());
            return false;
        }
        try {
            String json = p.result().get(options.timeoutSeconds + 5L, TimeUnit.SECONDS);
            out.write(json);
            out.write('\n');
            return true;
        } catch (TimeoutException e) {
            p.result().cancel(true);
            err.println("pantau analyze: " + name + ": time limit of " + options.timeoutSeconds + " s exceeded (raise it with --timeout)");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            String why = c instanceof AnalysisException ? c.getMessage()
                    : c instanceof OutOfMemoryError ? "out of memory (lower --max-chars or raise -Xmx)"
                    : "internal error: " + c;
            err.println("pantau analyze: " + name + ": " + why);
        }
        return false;
    }

    private String analyze(Pantau pantau, Article a, String name) {
        a = options.withPublished(a, "analyze", name);
        Doc d = pantau.analyze(a);
        return ArticleJson.write(d, pretty);
    }

    private void validate() {
        options.validate(spec, inputs);
    }


    private Writer writer() throws IOException {
        if (output == null) {
            return new BufferedWriter(new OutputStreamWriter(new java.io.FileOutputStream(java.io.FileDescriptor.out), StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush(); // never close the process's standard output
                }
            };
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }
}
