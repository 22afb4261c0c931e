package dev.pantau.learn;


import dev.pantau.pipeline.LanguagePack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Distributional word clusters from unlabeled text: each frequent word is represented by the
 * words seen just before and after it (counts of the most frequent context words, log-scaled and
 * length-normalised) and the words are grouped by spherical k-means (Dhillon &amp; Modha 2001),
 * seeded with the most frequent words so training is deterministic. Taggers use the cluster of
 * a word as a feature, which carries what the small treebanks never show.
 */
public final class WordClusters {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*|[^\\s\\p{L}\\p{N}]");
    private final Map<String, Integer> clusters;

    private WordClusters(Map<String, Integer> clusters) {
        this.clusters = Map.copyOf(clusters);
    }

    /** The cluster of a word (any case), or -1 for words too rare to cluster. */
    public int cluster(String word) {
        Integer c = clusters.get(normalise(word));
        return c == null ? -1 : c;
    }

    /** The clusters a language pack ships ({@code clusters.tsv}), loaded once per pack; null when it ships none. */
    public static WordClusters forPack(LanguagePack pack) {
        return pack.compiled("clusters", p -> {
            InputStream in = WordClusters.class.getResourceAsStream("/dev/pantau/lang/" + p.code() + "/clusters.tsv");
            if (in == null) return Optional.<WordClusters>empty();
            try (in) {
                return Optional.of(load(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the word clusters of pack " + p.code(), e);
            }
        }).orElse(null);
    }

    public static WordClusters load(InputStream in) {
        Map<String, Integer> m = new HashMap<>();
        for (String[] row : LanguagePack.tsvRows(in, "word clusters")) m.put(row[0], Integer.parseInt(row[1]));
        return new WordClusters(m);
    }

    static String normalise(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            b.append(Character.isDigit(c) ? '0' : Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** What training read and wrote. */
    public record Result(int articles, long tokens, int words, int clusters) {
    }

    /**
     * Learns clusters from JSON Lines articles ({@code text} field), leaving out the given ids.
     *
     * @param minCount    least occurrences of a clustered word
     * @param contextSize how many of the most frequent words serve as contexts
     */
    public static Result train(List<Path> articlesJsonl, Set<String> excludeIds, int k, int minCount, int contextSize,
                               int iterations, Path out) throws IOException {
        List<int[]> docs = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        List<String> vocab = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        long[] tokens = {0};
        Corpus.Counts read = Corpus.forEachText(articlesJsonl, excludeIds, text -> {
            Matcher m = WORD.matcher(text);
            List<Integer> seq = new ArrayList<>();
            while (m.find()) {
                String w = normalise(m.group());
                Integer id = ids.get(w);
                if (id == null) {
                    id = vocab.size();
                    ids.put(w, id);
                    vocab.add(w);
                    counts.add(0);
                }
                counts.set(id, counts.get(id) + 1);
                seq.add(id);
            }
            tokens[0] += seq.size();
            docs.add(seq.stream().mapToInt(Integer::intValue).toArray());
        });
        int articles = read.articles();
        // words by frequency, ties by spelling: the first contextSize are the contexts
        Integer[] order = new Integer[vocab.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a) : vocab.get(a).compareTo(vocab.get(b)));
        int[] contextIndex = new int[vocab.size()];
        Arrays.fill(contextIndex, -1);
        for (int i = 0; i < Math.min(contextSize, order.length); i++) contextIndex[order[i]] = i;
        List<Integer> clustered = new ArrayList<>();
        int[] row = new int[vocab.size()];
        Arrays.fill(row, -1);
        for (Integer w : order) {
            if (counts.get(w) < minCount) break;
            row[w] = clustered.size();
            clustered.add(w);
        }
        int dims = 2 * Math.min(contextSize, order.length);
        float[][] vectors = new float[clustered.size()][];
        Map<Integer, float[]> dense = new HashMap<>();
        for (int[] seq : docs) {
            for (int i = 0; i < seq.length; i++) {
                int r = row[seq[i]];
                if (r < 0) continue;
                float[] v = dense.computeIfAbsent(r, x -> new float[dims]);
                if (i > 0 && contextIndex[seq[i - 1]] >= 0) v[contextIndex[seq[i - 1]]]++;
                if (i + 1 < seq.length && contextIndex[seq[i + 1]] >= 0) v[dims / 2 + contextIndex[seq[i + 1]]]++;
            }
        }
        for (int r = 0; r < vectors.length; r++) {
            float[] v = dense.getOrDefault(r, new float[dims]);
            double norm = 0;
            for (int d = 0; d < dims; d++) {
                v[d] = (float) Math.log1p(v[d]);
                norm += v[d] * v[d];
            }
            norm = Math.sqrt(norm);
            if (norm > 0) for (int d = 0; d < dims; d++) v[d] /= (float) norm;
            vectors[r] = v;
        }
        int[] assign = kmeans(vectors, Math.min(k, vectors.length), iterations);
        List<String> lines = new ArrayList<>();
        lines.add("# Word clusters learned by `pantau train clusters` (spherical k-means over left/right context words)");
        lines.add("# from " + articles + " unlabeled articles: " + String.join(", ", articlesJsonl.stream().map(p -> p.getFileName().toString()).toList()));
        lines.add("# (development gold articles left out); words seen >= " + minCount + " times, digits folded to 0.");
        lines.add("word\tcluster");
        List<String> sorted = new ArrayList<>();
        for (int r = 0; r < clustered.size(); r++) sorted.add(vocab.get(clustered.get(r)) + "\t" + assign[r]);
        sorted.sort(null);
        lines.addAll(sorted);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        return new Result(articles, tokens[0], clustered.size(), Math.min(k, vectors.length));
    }

    /** Spherical k-means seeded with the first k vectors (the most frequent words). */
    private static int[] kmeans(float[][] x, int k, int iterations) {
        int dims = x[0].length;
        float[][] centroids = new float[k][];
        for (int c = 0; c < k; c++) centroids[c] = x[c].clone();
        int[] assign = new int[x.length];
        for (int it = 0; it < iterations; it++) {
            for (int i = 0; i < x.length; i++) {
                int best = 0;
                double bestSim = -2;
                for (int c = 0; c < k; c++) {
                    double sim = 0;
                    float[] a = x[i], b = centroids[c];
                    for (int d = 0; d < dims; d++) sim += a[d] * b[d];
                    if (sim > bestSim) {
                        bestSim = sim;
                        best = c;
                    }
                }
                assign[i] = best;
            }
            for (int c = 0; c < k; c++) Arrays.fill(centroids[c], 0f);
            for (int i = 0; i < x.length; i++) {
                float[] cen = centroids[assign[i]];
                for (int d = 0; d < dims; d++) cen[d] += x[i][d];
            }
            for (int c = 0; c < k; c++) {
                double norm = 0;
                for (float v : centroids[c]) norm += v * v;
                norm = Math.sqrt(norm);
                if (norm > 0) for (int d = 0; d < dims; d++) centroids[c][d] /= (float) norm;
            }
        }
        return assign;
    }
}
