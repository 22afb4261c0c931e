package dev.pantau.cli;

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
    private long done, ingested, duplicates, failed;
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
                .setUpdateIntervalMillis(500)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
                .continuousUpdate().build();
        return new Progress(bar, false, total);
    }

    /** One input done: {@code ingested}, {@code duplicate} or {@code failed}. */
    void step(String status) {
        done++;
        switch (status) {
            case "ingested" -> ingested++;
            case "duplicate" -> duplicates++;
            default -> failed++;
        }
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(String.format(" new %d, dup %d, failed %d", ingested, duplicates, failed));
        } else if (lines && System.nanoTime() - lastLine > 10_000_000_000L) {
            lastLine = System.nanoTime();
            line(System.err);
        }
    }

    void finish() {
        if (lines && Duration.ofNanos(System.nanoTime() - started).toSeconds() >= 10) line(System.err);
    }

    private void line(PrintStream err) {
        double secs = (System.nanoTime() - started) / 1e9;
        err.printf("pantau ingest: %d%s inputs done (%d new, %d duplicates, %d failed), %.1f inputs/s%n",
                done, total > 0 ? "/" + total : "", ingested, duplicates, failed, done / secs);
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
