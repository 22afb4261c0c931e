package dev.pantau.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * A conservative Indonesian normaliser for search: it removes only the enclitic particles
 * {@code -nya}, {@code -lah} and {@code -kah} and never touches prefixes or derivational suffixes.
 * Unlike Tala's algorithm (Lucene's {@code IndonesianStemmer}, which turns "bertemu" into "berte"),
 * a particle is removed only when the word is not itself a known root and what remains is long
 * enough; the roots are the lemmatizer's list in the Indonesian language pack
 * ({@code lang/id/roots.txt}), so "sekolah", "masalah", "hanya" and "punya" stay whole.
 */
final class IndonesianLightStemmer {
    private static final String ROOTS = "/dev/pantau/lang/id/roots.txt";
    private static final Set<String> ROOT_WORDS = loadRoots();

    private IndonesianLightStemmer() {
    }

    /**
     * Stems the lower-cased term in {@code s[0..len)} in place and returns the new length.
     * Allocates only when a particle could be removed (to look the word up).
     */
    static int stem(char[] s, int len) {
        // a particle may follow the possessive: "bukunyalah" -> "bukunya" -> "buku"
        int once = stemOnce(s, len);
        return once == len ? len : stemOnce(s, once);
    }

    private static int stemOnce(char[] s, int len) {
        if (len < 6) return len; // a particle needs a stem of at least three letters before it
        if (!endsWith(s, len, "nya") && !endsWith(s, len, "lah") && !endsWith(s, len, "kah")) return len;
        String word = new String(s, 0, len);
        if (ROOT_WORDS.contains(word)) return len;
        int stemmed = len - 3;
        // "bukunya" -> "buku"; "adalah" is a root and stays; a 2-letter remainder ("hanya") is never cut
        return stemmed >= 3 ? stemmed : len;
    }

    private static boolean endsWith(char[] s, int len, String suffix) {
        int n = suffix.length();
        if (len < n) return false;
        for (int i = 0; i < n; i++) {
            if (s[len - n + i] != suffix.charAt(i)) return false;
        }
        return true;
    }

    static boolean isRoot(String word) {
        return ROOT_WORDS.contains(word);
    }

    private static Set<String> loadRoots() {
        Set<String> roots = new HashSet<>(1 << 16);
        try (InputStream in = IndonesianLightStemmer.class.getResourceAsStream(ROOTS)) {
            if (in == null) {
                throw new IllegalStateException("resource " + ROOTS + " is missing from the classpath (pantau-core)");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                roots.add((tab < 0 ? line : line.substring(0, tab)).trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ROOTS, e);
        }
        return Set.copyOf(roots);
    }
}
