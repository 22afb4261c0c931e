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
    // the hash of the template last added at each position: callers add the same templates in the
    // same order for every decision, so a template is hashed once, not once per decision
    private String[] templates = new String[64];
    private long[] templateHashes = new long[64];

    public void clear() {
        size = 0;
    }

    /** Adds the feature "template=value"; the template name keeps features of different templates apart. */
    public void add(String template, String value) {
        long h = template(template);
        h = (h ^ 0x1f) * FNV_PRIME;
        h = mix(h, value);
        push(h);
    }

    /** Adds a feature of two values ("prev tag + word"). */
    public void add(String template, String a, String b) {
        long h = template(template);
        h = (h ^ 0x1f) * FNV_PRIME;
        h = mix(h, a);
        h = (h ^ 0x1e) * FNV_PRIME;
        h = mix(h, b);
        push(h);
    }

    /**
     * Adds a copy of every feature so far specialised to a domain (Daumé's "frustratingly easy"
     * feature augmentation): the shared copy learns what holds across domains, the specialised
     * copy what holds in one. A null domain adds nothing.
     */
    public void specialise(String domain) {
        if (domain == null) return;
        long d = domainKey(domain);
        int n = size;
        for (int i = 0; i < n; i++) push(specialised(keys[i], d));
    }

    /** The key of a feature's copy specialised to a domain ({@link #domainKey}). */
    static long specialised(long key, long domainKey) {
        return (key ^ domainKey) * FNV_PRIME;
    }

    static long domainKey(String domain) {
        return mix(FNV_OFFSET, domain);
    }

    private long template(String template) {
        if (size >= templates.length) {
            templates = Arrays.copyOf(templates, size * 2);
            templateHashes = Arrays.copyOf(templateHashes, size * 2);
        }
        if (templates[size] != template) { // identity: the same literal as last time at this position
            templates[size] = template;
            templateHashes[size] = mix(FNV_OFFSET, template);
        }
        return templateHashes[size];
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
