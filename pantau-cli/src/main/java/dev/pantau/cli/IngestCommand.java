package dev.pantau.cli;

import dev.pantau.Pantau;
import dev.pantau.doc.Article;
import dev.pantau.doc.Doc;
import dev.pantau.ingest.InputItem;
import dev.pantau.ingest.InputReader;
import dev.pantau.pipeline.AnalysisException;
import dev.pantau.store.Ingestor;
import dev.pantau.store.PantauStore;
import dev.pantau.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
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

/** {@code pantau ingest}: analyse articles into a store, resumably. */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyse articles and store them (DuckDB + Lucene) in --store DIR.",
                "Inputs as for 'analyze': files, directories (recursive), - for standard input; text, HTML, JSON Lines, gzip.",
                "An article already stored (same id, canonical URL or text) is counted as a duplicate and not analysed again,",
                "so re-running the same command after a crash resumes it. Bad inputs are reported and never stop the batch.",
                "Exit status: 0 every input stored or a duplicate, 1 some failed (listed in DIR/ingest-errors.tsv), 2 usage error."})
public final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    AnalysisOptions options;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for standard input.")
    List<String> inputs;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The store directory (created when absent).")
    Path store;

    @Option(names = "--batch", paramLabel = "N", description = "Articles per store transaction, at most 30 s apart (default: ${DEFAULT-VALUE}); a crash loses at most the batch in flight.", defaultValue = "500")
    int batchSize;

    @Option(names = "--no-progress", description = "No progress bar or progress lines.")
    boolean noProgress;

    private Writer errors;
    private Pantau pantau;
    private final java.util.Set<String> failedIds = new java.util.HashSet<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        validate();
        PrintStream err = System.err;
        pantau = options.pantau(spec);
        long started = System.nanoTime();
        PantauStore s;
        try {
            s = PantauStore.open(store);
        } catch (StoreException e) {
            err.println("pantau ingest: " + e.getMessage());
            return 1;
        }
        ExecutorService pool = Executors.newFixedThreadPool(options.threads, r -> {
            Thread t = new Thread(r, "pantau-ingest");
            t.setDaemon(true);
            return t;
        });
        try (s; Progress progress = Progress.start(noProgress, InputCounter.count(inputs))) {
            if (s.reconciliation().changed()) {
                err.println("pantau ingest: recovered the full-text index after an interrupted run (" + s.reconciliation().indexed()
                        + " articles indexed, " + s.reconciliation().deleted() + " removed)");
            }
            Ingestor ingestor = s.ingestor();
            InputReader reader = options.reader(inputs);
            Deque<Pending> window = new ArrayDeque<>();
            long lastCommit = System.nanoTime();
            for (InputItem item : reader) {
                window.add(admit(ingestor, pantau, pool, item));
                // a deep window keeps the analysis options.threads busy while this thread writes a batch
                while (window.size() > options.threads * 32) {
                    progress.step(finish(window.poll(), ingestor));
                }
                if (ingestor.pending() >= batchSize || System.nanoTime() - lastCommit > 30_000_000_000L) {
                    ingestor.commit();
                    lastCommit = System.nanoTime();
                }
            }
            while (!window.isEmpty()) {
                progress.step(finish(window.poll(), ingestor));
                if (ingestor.pending() >= batchSize) ingestor.commit();
            }
            ingestor.commit();
            progress.finish();
            double secs = (System.nanoTime() - started) / 1e9;
            err.printf("pantau ingest: %d ingested, %d duplicates, %d failed in %.1f s (%.1f articles/s); store %s%n",
                    ingestor.ingested(), ingestor.duplicates(), ingestor.failedCount(), secs,
                    ingestor.ingested() / Math.max(secs, 1e-9), store);
            double[] st = ingestor.storeSeconds();
            err.printf("pantau ingest: time in the store: DuckDB %.1f s, Lucene %.1f s (the rest is reading and analysis)%n", st[0], st[1]);
            if (ingestor.failedCount() > 0) err.println("pantau ingest: the failures and their reasons are in " + store.resolve(PantauStore.ERRORS_FILE));
            return ingestor.failedCount() == 0 ? 0 : 1;
        } catch (StoreException e) {
            err.println("pantau ingest: " + e.getMessage());
            return 1;
        } finally {
            pool.shutdownNow();
            if (errors != null) errors.close();
        }
    }

    private record Pending(InputItem item, Ingestor.Admission admission, Future<Doc> result) {
    }

    private Pending admit(Ingestor ingestor, Pantau pantau, ExecutorService pool, InputItem item) {
        if (item.failed()) return new Pending(item, null, null);
        Article a = options.withPublished(item.article(), "ingest", item.name());
        Ingestor.Admission adm = ingestor.admit(a);
        if (!adm.isNew()) return new Pending(item, adm, null);
        Article article = a;
        return new Pending(item, adm, pool.submit(() -> pantau.analyze(article)));
    }

    /** Hands one input's outcome to the store, in input order; returns ingested, duplicate or failed. */
    private String finish(Pending p, Ingestor ingestor) throws InterruptedException, IOException {
        String name = p.item().name();
        if (p.item().failed()) {
            fail(ingestor, name, p.item().error(), null);
        } else if (p.admission().conflict() != null) {
            fail(ingestor, name, p.admission().conflict(), p.admission());
        } else if (!p.admission().isNew() && failedIds.contains(p.admission().duplicateOf())) {
            // it duplicated an article of this run that then failed: it is not a duplicate after all
            Article a = options.withPublished(p.item().article(), "ingest", name);
            Ingestor.Admission again = ingestor.admit(a);
            if (!again.isNew()) return finish(new Pending(p.item(), again, null), ingestor);
            try {
                ingestor.add(name, again, pantau.analyze(a));
                return "ingested";
            } catch (RuntimeException e) {
                fail(ingestor, name, e instanceof AnalysisException ? e.getMessage() : "internal error: " + e, again);
                return "failed";
            }
        } else if (!p.admission().isNew()) {
            ingestor.duplicate(name, p.admission());
            return "duplicate";
        } else {
            try {
                ingestor.add(name, p.admission(), p.result().get(options.timeoutSeconds + 5L, TimeUnit.SECONDS));
                return "ingested";
            } catch (TimeoutException e) {
                p.result().cancel(true);
                fail(ingestor, name, "time limit of " + options.timeoutSeconds + " s exceeded (raise it with --timeout)", p.admission());
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                String why = c instanceof AnalysisException ? c.getMessage()
                        : c instanceof OutOfMemoryError ? "out of memory (lower --max-chars or raise -Xmx)"
                        : "internal error: " + c;
                fail(ingestor, name, why, p.admission());
            }
        }
        return "failed";
    }

    private void fail(Ingestor ingestor, String name, String reason, Ingestor.Admission adm) throws IOException {
        ingestor.failed(name, reason, adm);
        if (adm != null && adm.isNew()) failedIds.add(adm.id());
        if (errors == null) {
            errors = Files.newBufferedWriter(store.resolve(PantauStore.ERRORS_FILE), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        errors.write(Instant.now() + "\t" + name.replace('\t', ' ') + "\t" + reason.replace('\t', ' ').replace('\n', ' ') + "\n");
        errors.flush();
    }

    private void validate() {
        options.validate(spec, inputs);
        if (batchSize < 1) throw new ParameterException(spec.commandLine(), "--batch must be positive");
        if (Files.exists(store) && !Files.isDirectory(store)) {
            throw new ParameterException(spec.commandLine(), "--store " + store + " is a file, not a directory");
        }
    }
}
