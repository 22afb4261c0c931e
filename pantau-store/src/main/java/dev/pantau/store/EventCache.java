package dev.pantau.store;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The events pages a store answered since its last write, by query and parameters, shared by
 * every reader of the store.
 * <p>
 * DuckDB finds a page of events ordered by day by sorting every matching row with all its
 * columns: 18-28 ms for the first page over 100k events on the development machine (a few ms for
 * a selective filter), and neither late materialisation nor fetching the page's rows by id makes
 * it cheaper. The store changes only when its writer commits, so a page read once is good until
 * then: a commit {@linkplain #invalidate clears} everything (the event merge may change any
 * event's counts, and new events may enter any page), and a reader keeps what it read only if no
 * commit happened since it began reading, so nothing stale survives a commit. Bounded by rows:
 * over the budget the map is emptied rather than walked.
 */
final class EventCache {
    static final int MAX_ROWS = 50_000;

    private final Map<String, List<List<Object>>> pages = new ConcurrentHashMap<>();
    private final AtomicInteger rows = new AtomicInteger();
    private volatile long generation;

    /** The number of commits so far: read it before reading the database, hand it back to {@link #put}. */
    long generation() {
        return generation;
    }

    /** The writer committed (or rolled back) a batch: everything cached may be out of date. */
    synchronized void invalidate() {
        generation++;
        pages.clear();
        rows.set(0);
    }

    List<List<Object>> page(String key) {
        return pages.get(key);
    }

    /** Keeps a page read when the generation was {@code readAt}, unless a commit came since. */
    synchronized void put(long readAt, String key, List<List<Object>> page) {
        if (readAt != generation) return;
        if (rows.get() + page.size() > MAX_ROWS) {
            pages.clear();
            rows.set(0);
        }
        if (pages.put(key, page) == null) rows.addAndGet(page.size());
    }
}
