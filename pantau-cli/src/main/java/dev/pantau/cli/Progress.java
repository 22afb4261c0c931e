package dev.pantau.cli;

import dev.pantau.store.Ingestor;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Progress of an ingest on standard error: a progress bar on a terminal, a plain line every ten
 * seconds otherwise (a log file or a pipe gets no control characters), nothing with --no-progress.
 */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;
    private final boolean lines;
    private final long total;
    private final long started = System.nanoTime();
    private long done;
    private long lastLine = System.nanoTime();

    private Progress(ProgressBar bar, boolean lines, long total) {
        this.bar = bar;
        this.lines = lines;
        this.total = total;
    }

    static Progress start(boolean off, long total) {
        if (off) return new Progress(null, false, total);
        if (System.console() == null) return new Progress(null, true, total);
        ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).showSpeed()
                .setUpdateIntervalMillis(500).setMaxRenderedLength(100)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
                .continuousUpdate().build();
        return new Progress(bar, false, total);
    }

    void step(Ingestor in) {
        done++;
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(String.format(" %d new, %d dup, %d failed", in.ingested(), in.duplicates(), in.failedCount()));
        } else if (lines && System.nanoTime() - lastLine > 10_000_000_000L) {
            lastLine = System.nanoTime();
            line(System.err, in);
        }
    }

    void finish(Ingestor in) {
        if (lines && Duration.ofNanos(System.nanoTime() - started).toSeconds() >= 10) line(System.err, in);
    }

    private void line(PrintStream err, Ingestor in) {
        double secs = (System.nanoTime() - started) / 1e9;
        err.printf("pantau ingest: %d%s inputs done (%d committed, %d duplicates, %d failed), %.1f inputs/s%n",
                done, total > 0 ? "/" + total : "", in.ingested(), in.duplicates(), in.failedCount(), done / secs);
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
