package dev.pantau.store;

import java.util.Arrays;

/** An open-addressing set of longs (linear probing; no removal): 8 bytes a key, no boxing. */
final class LongHashSet {
    private static final long EMPTY = 0L; // key 0 is held apart
    private long[] table = new long[1 << 12];
    private int size;
    private boolean hasZero;

    boolean add(long k) {
        if (k == EMPTY) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if ((size + 1) * 2 > table.length) grow();
        int i = slot(k, table.length);
        while (table[i] != EMPTY) {
            if (table[i] == k) return false;
            i = (i + 1) & (table.length - 1);
        }
        table[i] = k;
        size++;
        return true;
    }

    boolean contains(long k) {
        if (k == EMPTY) return hasZero;
        int i = slot(k, table.length);
        while (table[i] != EMPTY) {
            if (table[i] == k) return true;
            i = (i + 1) & (table.length - 1);
        }
        return false;
    }

    private static int slot(long k, int n) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 33) & (n - 1);
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        for (long k : old) {
            if (k != EMPTY) add(k);
        }
    }

    void clear() {
        Arrays.fill(table, EMPTY);
        size = 0;
        hasZero = false;
    }
}
