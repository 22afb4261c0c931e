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
 * <p>
 * A page no one has asked for yet costs the same sort. Asking DuckDB for the page's ids alone
 * is 5-10 times cheaper (it decompresses one column instead of twenty for every block with a
 * matching row), so a store of up to {@value #MAX_EVENTS_BY_ID} events also keeps every event's
 * row by id between commits, read in one scan after a commit by the first page that misses, and
 * a page is then its ids looked up here.
 */
final class EventCache {
    static final int MAX_ROWS = 50_000;
    /** Stores with up to this many events keep every event's row in memory between commits. */
    static final int MAX_EVENTS_BY_ID = 250_000;

    private final Map<String, List<List<Object>>> pages = new ConcurrentHashMap<>();
    private final AtomicInteger rows = new AtomicInteger();
    private volatile long generation;
    /** Every event's row by id, read when the generation was {@link #byIdGeneration}; null when not read. */
    private volatile Map<Long, List<Object>> byId;
    private volatile long byIdGeneration = -1;
    /** The generation at which the store had too many events to keep their rows. */
    private volatile long tooManyGeneration = -1;
    private final java.util.concurrent.locks.ReentrantLock loading = new java.util.concurrent.locks.ReentrantLock();

    /** The number of commits so far: read it before reading the database, hand it back to {@link #put}. */
    long generation() {
        return generation;
    }

    /** The writer committed (or rolled back) a batch: everything cached may be out of date. */
    synchronized void invalidate() {
        generation++;
        pages.clear();
        rows.set(0);
        byId = null;
    }

    /** Every event's row by id when they were read since the last commit, else null. */
    Map<Long, List<Object>> rowsById() {
        Map<Long, List<Object>> m = byId;
        return m != null && byIdGeneration == generation ? m : null;
    }

    /**
     * Whether this thread may read every row now: they are not known to be too many since the last
     * commit and no other thread is reading them; then it must {@link #doneLoading}.
     */
    boolean startLoading() {
        return tooManyGeneration != generation && loading.tryLock();
    }

    /** The store read when the generation was {@code readAt} had too many events to keep: not asked again until a commit. */
    synchronized void tooMany(long readAt) {
        if (readAt == generation) tooManyGeneration = readAt;
    }

    void doneLoading() {
        loading.unlock();
    }

    /** Keeps every event's row, read when the generation was {@code readAt}, unless a commit came since. */
    synchronized void putRows(long readAt, Map<Long, List<Object>> rowsById) {
        if (readAt != generation) return;
        byId = rowsById;
        byIdGeneration = readAt;
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
