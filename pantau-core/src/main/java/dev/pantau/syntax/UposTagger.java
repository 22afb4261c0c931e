package dev.pantau.syntax;

import dev.pantau.learn.Features;
import dev.pantau.learn.ModelFile;
import dev.pantau.learn.Perceptron;
import dev.pantau.learn.WordClusters;
import dev.pantau.pipeline.LanguagePack;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;

/**
 * Universal POS tagger: greedy left-to-right tagging with an averaged perceptron (Collins 2002)
 * over Honnibal's feature set, extended with the Indonesian affixes that mark word classes
 * (meN-, ber-, di-, ter-, -kan, -an, -nya). Thread-safe once loaded.
 */
public final class UposTagger {
    public static final String KIND = "upos-tagger";
    public static final String RESOURCE = "/dev/pantau/lang/id/upos.model";
    private static final String START = "-START-", START2 = "-START2-", END = "-END-", END2 = "-END2-";

    /**
     * Words written in lower case in most of their occurrences in news (the Indonesian pack's
     * common-words list): a capitalised one is still a common noun, not a name.
     */
    private static final Set<String> COMMON = LanguagePack.forLanguage("id").commonWords();

    /** Distributional clusters of the Indonesian pack ({@code pantau train clusters}), or none. */
    private static final WordClusters CLUSTERS = WordClusters.forPack(LanguagePack.forLanguage("id"));

    private static String cluster(List<String> words, int i) {
        if (i < 0) return START;
        if (i >= words.size()) return END;
        return CLUSTERS == null ? "" : String.valueOf(CLUSTERS.cluster(words.get(i)));
    }

    private final Perceptron model;

    private UposTagger(Perceptron model) {
        this.model = model;
    }

    /** The tagger shipped in the Indonesian pack. */
    public static UposTagger load(InputStream in, String name) {
        try (DataInputStream data = ModelFile.open(in, KIND, name)) {
            return new UposTagger(Perceptron.read(data));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load POS model " + name, e);
        }
    }

    /** UPOS tags of the words of one sentence. */
    public List<String> tag(List<String> words) {
        List<String> tags = new ArrayList<>(words.size());
        Features f = new Features();
        float[] scratch = new float[model.classes().size()];
        for (int i = 0; i < words.size(); i++) {
            features(words, tags, i, f);
            tags.add(model.classes().get(model.predict(f, scratch)));
        }
        return tags;
    }

    /**
     * Trains on sentences with gold UPOS: {@code iterations} passes over the data, in an order
     * shuffled by a fixed seed, so the same data always gives the same model. Each sentence comes
     * from a treebank ({@code domains}, parallel to the sentences); features are learned both
     * shared and per treebank, and the model tags in the conventions of {@code target}.
     */
    public static UposTagger train(List<UdSentence> sentences, List<String> domains, String target, int iterations,
                                   long seed, IntConsumer progress) {
        return new UposTagger(trainAllDomains(sentences, domains, iterations, seed, progress).folded(target, Set.copyOf(domains)));
    }

    /** The averaged model with its shared and per-treebank features, before folding into one treebank. */
    private static Perceptron trainAllDomains(List<UdSentence> sentences, List<String> domains, int iterations, long seed,
                                              IntConsumer progress) {
        TreeSet<String> labels = new TreeSet<>();
        for (UdSentence s : sentences) for (UdWord w : s.words()) labels.add(w.upos());
        Perceptron p = Perceptron.forTraining(List.copyOf(labels));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) order.add(i);
        Random random = new Random(seed);
        Features f = new Features();
        float[] scratch = new float[labels.size()];
        for (int it = 0; it < iterations; it++) {
            Collections.shuffle(order, random);
            for (int idx : order) {
                UdSentence s = sentences.get(idx);
                List<String> words = forms(s);
                List<String> history = new ArrayList<>(words.size());
                for (int i = 0; i < words.size(); i++) {
                    features(words, history, i, f);
                    f.specialise(domains.get(idx));
                    int guess = p.predict(f, scratch);
                    int truth = p.classIndex(s.words().get(i).upos());
                    p.update(f, truth, guess);
                    history.add(p.classes().get(guess)); // learn from its own history, as it will tag
                }
            }
            progress.accept(it + 1);
        }
        return p.averaged();
    }

    /**
     * Tags of every sentence from a tagger trained on the other folds: what a parser trained on
     * these sentences will see at run time (jackknifing), rather than the gold tags. Each sentence
     * is tagged in the conventions of its own treebank.
     */
    public static List<List<String>> crossValidatedTags(List<UdSentence> sentences, List<String> domains, int folds,
                                                        int iterations, long seed, IntConsumer progress) {
        List<List<String>> tags = new ArrayList<>(Collections.nCopies(sentences.size(), (List<String>) null));
        for (int fold = 0; fold < folds; fold++) {
            List<UdSentence> rest = new ArrayList<>();
            List<String> restDomains = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                if (i % folds == fold) continue;
                rest.add(sentences.get(i));
                restDomains.add(domains.get(i));
            }
            Perceptron all = trainAllDomains(rest, restDomains, iterations, seed, i -> { });
            Map<String, UposTagger> byDomain = new HashMap<>();
            for (int i = fold; i < sentences.size(); i += folds) {
                UposTagger own = byDomain.computeIfAbsent(domains.get(i), d -> new UposTagger(all.folded(d, Set.copyOf(domains))));
                tags.set(i, own.tag(forms(sentences.get(i))));
            }
            progress.accept(fold + 1);
        }
        return tags;
    }

    public void save(Path file, String provenance) throws IOException {
        ModelFile.write(file, new ModelFile.Header(KIND, provenance), model::write);
    }

    public int features() {
        return model.features();
    }

    public static List<String> forms(UdSentence s) {
        List<String> out = new ArrayList<>(s.words().size());
        for (UdWord w : s.words()) out.add(w.form());
        return out;
    }

    private static void features(List<String> words, List<String> tags, int i, Features f) {
        f.clear();
        String w = words.get(i);
        String lw = w.toLowerCase(Locale.ROOT);
        String p1 = i > 0 ? tags.get(i - 1) : START, p2 = i > 1 ? tags.get(i - 2) : START2;
        String wm1 = i > 0 ? norm(words.get(i - 1)) : START, wm2 = i > 1 ? norm(words.get(i - 2)) : START2;
        String wp1 = i + 1 < words.size() ? norm(words.get(i + 1)) : END, wp2 = i + 2 < words.size() ? norm(words.get(i + 2)) : END2;
        f.add("bias", "");
        f.add("w", norm(w));
        f.add("s1", suffix(lw, 1));
        f.add("s2", suffix(lw, 2));
        f.add("s3", suffix(lw, 3));
        f.add("s4", suffix(lw, 4));
        f.add("p2", prefix(lw, 2));
        f.add("p3", prefix(lw, 3));
        f.add("p4", prefix(lw, 4));
        f.add("shape", shape(w));
        f.add("cap-mid", String.valueOf(i > 0 && Character.isUpperCase(w.charAt(0))));
        f.add("cap-1", i > 0 ? capital(words.get(i - 1)) : START);
        f.add("cap+1", i + 1 < words.size() ? capital(words.get(i + 1)) : END);
        f.add("common", String.valueOf(COMMON.contains(lw)));
        f.add("common-cap", String.valueOf(COMMON.contains(lw)), shape(w));
        String c0 = cluster(words, i), cm1 = cluster(words, i - 1), cp1 = cluster(words, i + 1);
        f.add("c", c0);
        f.add("c-1", cm1);
        f.add("c+1", cp1);
        f.add("c-cap", c0, shape(w));
        f.add("c-1c", cm1, c0);
        f.add("cc+1", c0, cp1);
        f.add("t-1", p1);
        f.add("t-2", p2);
        f.add("t-1t-2", p1, p2);
        f.add("t-1w", p1, norm(w));
        f.add("w-1", wm1);
        f.add("w-1s3", suffix(wm1, 3));
        f.add("w-2", wm2);
        f.add("w+1", wp1);
        f.add("w+1s3", suffix(wp1, 3));
        f.add("w+1p2", prefix(wp1, 2));
        f.add("w+2", wp2);
        f.add("w-1w", wm1, norm(w));
        f.add("ww+1", norm(w), wp1);
    }

    /** Lower case; digits folded so "2023" and "1998" share weights. */
    static String norm(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            b.append(Character.isDigit(c) ? '0' : Character.toLowerCase(c));
        }
        return b.toString();
    }

    private static String capital(String w) {
        return Character.isUpperCase(w.charAt(0)) ? "X" : Character.isDigit(w.charAt(0)) ? "d" : "x";
    }

    static String shape(String w) {
        StringBuilder b = new StringBuilder();
        char last = 0;
        for (int k = 0; k < w.length() && b.length() < 6; k++) {
            char c = w.charAt(k);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (s != last) b.append(s);
            last = s;
        }
        return b.toString();
    }

    private static String suffix(String w, int n) {
        return w.length() <= n ? w : w.substring(w.length() - n);
    }

    private static String prefix(String w, int n) {
        return w.length() <= n ? w : w.substring(0, n);
    }
}
