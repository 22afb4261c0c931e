package dev.pantau.learn;

import java.util.Arrays;

/**
 * A reusable buffer of hashed features for one decision. Feature strings are hashed once with
 * 64-bit FNV-1a (Fowler–Noll–Vo), so models store longs, never strings, and a collision between
 * two real features is negligible at the sizes we train.
 */
public final class Features {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private long[] keys = new long[64];
    private int size;

    public void clear() {
        size = 0;
    }

    /** Adds the feature "template=value"; the template name keeps features of different templates apart. */
    public void add(String template, String value) {
        long h = FNV_OFFSET;
        h = mix(h, template);
        h = (h ^ 0x1f) * FNV_PRIME;
        h = mix(h, value);
        push(h);
    }

    /** Adds a feature of two values ("prev tag + word"). */
    public void add(String template, String a, String b) {
        long h = FNV_OFFSET;
        h = mix(h, template);
        h = (h ^ 0x1f) * FNV_PRIME;
        h = mix(h, a);
        h = (h ^ 0x1e) * FNV_PRIME;
        h = mix(h, b);
        push(h);
    }

    public int size() {
        return size;
    }

    public long key(int i) {
        return keys[i];
    }

    private void push(long h) {
        if (size == keys.length) keys = Arrays.copyOf(keys, size * 2);
        keys[size++] = h;
    }

    private static long mix(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return h;
    }
}
