package dev.pantau.ner;

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
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;

/**
 * A named-entity tagger: BIO tags over PERSON, ORGANIZATION and LOCATION for a whole sentence at
 * once (first-order Viterbi; averaged structured perceptron, Collins 2002) from the word, its
 * shape and affixes, its neighbours, distributional word clusters, head words of the language
 * pack and the names the knowledge base and the gazetteer know ({@link NameDictionary}). An I-
 * tag only continues an entity of its type.
 *
 * <p>Trained on several corpora at once, each with its own conventions (NERP is lower-cased and
 * calls brands organisations), every feature is learned shared and per corpus and the model is
 * folded into one corpus's conventions ({@link Perceptron#folded}), as the syntax models are.
 */
public final class NameTagger {
    public static final String KIND = "name-tagger-2"; // 2: a tag model and a tag-pair model
    private static final String START = "-S-", END = "-E-";

    private final Perceptron model;  // tag of a token from the token's features
    private final Perceptron pairs;  // (previous tag, tag) from the token's features: the transitions
    private final NameDictionary dictionary;
    private final WordClusters clusters;
    private final Set<String> common;
    private final Map<String, String> heads;
    private final boolean[] isInside;   // per class: an I- tag
    private final boolean[][] allowed;  // [previous][next]: I-X only after B-X or I-X

    private NameTagger(Perceptron model, Perceptron pairs, Context context) {
        this.model = model;
        this.pairs = pairs;
        this.dictionary = context.dictionary;
        this.clusters = context.clusters;
        this.common = context.common;
        this.heads = context.heads;
        List<String> classes = model.classes();
        isInside = new boolean[classes.size()];
        allowed = new boolean[classes.size()][classes.size()];
        for (int c = 0; c < classes.size(); c++) isInside[c] = classes.get(c).startsWith("I-");
        for (int p = 0; p < classes.size(); p++) {
            for (int c = 0; c < classes.size(); c++) {
                String prev = classes.get(p), next = classes.get(c);
                allowed[p][c] = !isInside[c] || !prev.equals("O") && prev.substring(2).equals(next.substring(2));
            }
        }
    }

    /**
     * What the features read besides the words: known names, clusters, the common-words list, and
     * head words (lower case) with what they announce: "title" (a person follows), "org" and
     * "place" (they open a name), "org-final" (it closes one). (UPOS tags as features were tried
     * and left out: on the dev splits they moved F1 by -0.3 to +0.5, and tagging costs time.)
     */
    public record Context(NameDictionary dictionary, WordClusters clusters, Set<String> common, Map<String, String> heads) {
        /** The bundled knowledge base, gazetteer and Indonesian pack: clusters, common words, head words. */
        public static Context bundled() {
            return of(LanguagePack.forLanguage("id"));
        }

        /** The bundled knowledge base and gazetteer, and a language pack's clusters, common words and head words. */
        public static Context of(LanguagePack pack) {
            NameLexicon lex = pack.compiled("names", NameLexicon::of);
            Map<String, String> heads = new HashMap<>();
            for (String w : lex.orgHeadsFinal()) heads.put(w.toLowerCase(Locale.ROOT), "org-final");
            for (String w : lex.placeHeads()) heads.put(w.toLowerCase(Locale.ROOT), "place");
            for (String w : lex.orgHeads()) heads.put(w.toLowerCase(Locale.ROOT), "org");
            for (List<String> t : lex.titles()) heads.put(t.get(t.size() - 1).toLowerCase(Locale.ROOT), "title");
            return new Context(NameDictionary.bundled(), WordClusters.forPack(pack), pack.commonWords(),
                    Map.copyOf(heads));
        }
    }

    /**
     * The tagger shipped in the Indonesian pack, in the conventions of one of its training corpora
     * ("nergrit", "nerp", "idner"; null for its default, idner's cased news); null when none ships.
     */
    public static NameTagger bundled(String conventions) {
        return forPack(LanguagePack.forLanguage("id"), conventions);
    }

    /** The tagger a language pack ships ({@code lang/<code>/ner.model}), or null. */
    public static NameTagger forPack(LanguagePack pack, String conventions) {
        String resource = "/dev/pantau/lang/" + pack.code() + "/ner.model";
        InputStream in = NameTagger.class.getResourceAsStream(resource);
        if (in == null) return null;
        return load(in, resource, Context.of(pack), conventions);
    }

    /**
     * Loads a model written by {@link Trained#save} and folds it into the conventions of one of
     * its corpora ({@code conventions}), or of the corpus it was saved for when null.
     */
    public static NameTagger load(InputStream in, String name, Context context, String conventions) {
        try (DataInputStream data = ModelFile.open(in, KIND, name)) {
            String saved = data.readUTF();
            int n = data.readInt();
            if (n < 1 || n > 1000) throw new IOException(name + ": corrupt model (" + n + " corpora)");
            Set<String> domains = new TreeSet<>();
            for (int i = 0; i < n; i++) domains.add(data.readUTF());
            String target = conventions != null ? conventions : saved;
            if (!domains.contains(target)) {
                throw new IllegalArgumentException(name + " knows the conventions of " + String.join(", ", domains)
                        + ", not '" + target + "'");
            }
            Perceptron tags = Perceptron.read(data);
            return new Trained(tags, Perceptron.read(data), domains, context).in(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load name tagger " + name, e);
        }
    }

    /** BIO tags for the tokens of one sentence. */
    public List<String> tag(List<String> tokens) {
        if (tokens.isEmpty()) return List.of();
        int[] path = viterbi(new Sentence(tokens, this), model, pairs, null);
        List<String> tags = new ArrayList<>(path.length);
        for (int c : path) tags.add(model.classes().get(c));
        return tags;
    }

    /**
     * The best tag sequence (first-order Viterbi): each tag scored by the features of its token
     * (model) and each pair of previous tag and tag by the token's transition features (pairs,
     * one class per pair, so a token's transitions cost one lookup per feature); an I- tag only
     * after B- or I- of its type.
     */
    private int[] viterbi(Sentence s, Perceptron m, Perceptron pm, String domain) {
        int n = s.words.size(), k = m.classes().size();
        float[][] score = new float[n][k];
        int[][] back = new int[n][k];
        float[] em = new float[k], tr = new float[(k + 1) * k];
        Features f = new Features();
        for (int i = 0; i < n; i++) {
            emission(s, i, f);
            f.specialise(domain);
            m.scores(f, em);
            transition(s, i, f);
            f.specialise(domain);
            pm.scores(f, tr);
            Arrays.fill(score[i], Float.NEGATIVE_INFINITY);
            if (i == 0) {
                for (int c = 0; c < k; c++) if (!isInside[c]) score[0][c] = em[c] + tr[pair(-1, c, k)];
                continue;
            }
            for (int p = 0; p < k; p++) {
                if (score[i - 1][p] == Float.NEGATIVE_INFINITY) continue;
                for (int c = 0; c < k; c++) {
                    if (!allowed[p][c]) continue;
                    float v = score[i - 1][p] + em[c] + tr[pair(p, c, k)];
                    if (v > score[i][c]) {
                        score[i][c] = v;
                        back[i][c] = p;
                    }
                }
            }
        }
        int[] path = new int[n];
        int best = 0;
        for (int c = 1; c < k; c++) if (score[n - 1][c] > score[n - 1][best]) best = c;
        for (int i = n - 1; i >= 0; i--) {
            path[i] = best;
            best = back[i][best];
        }
        return path;
    }

    /** The pair class of (previous tag, tag); previous -1 is the sentence start. */
    private static int pair(int previous, int tag, int tags) {
        return (previous + 1) * tags + tag;
    }

    /** The pair classes' names, "-S->B-PERSON", "O>O" …, in {@link #pair} order. */
    private static List<String> pairClasses(List<String> tags) {
        List<String> out = new ArrayList<>();
        for (int p = -1; p < tags.size(); p++) for (String t : tags) out.add((p < 0 ? START : tags.get(p)) + ">" + t);
        return out;
    }

    /** A model trained on several corpora, before it is folded into one corpus's conventions. */
    public record Trained(Perceptron model, Perceptron pairs, Set<String> domains, Context context) {
        /** The tagger following the conventions of one of the corpora. */
        public NameTagger in(String domain) {
            return new NameTagger(model.folded(domain, domains), pairs.folded(domain, domains), context);
        }

        public int features() {
            return model.features() + pairs.features();
        }

        public Trained pruned(float minAbs) {
            return new Trained(model.pruned(minAbs), pairs.pruned(minAbs), domains, context);
        }

        /** Writes the model unfolded, so it can tag in any of its corpora's conventions; {@code conventions} is the default. */
        public void save(Path file, String provenance, String conventions) throws IOException {
            if (!domains.contains(conventions)) throw new IllegalArgumentException("no corpus '" + conventions + "' in " + domains);
            ModelFile.write(file, new ModelFile.Header(KIND, provenance), out -> {
                out.writeUTF(conventions);
                out.writeInt(domains.size());
                for (String d : domains) out.writeUTF(d);
                model.write(out);
                pairs.write(out);
            });
        }
    }

    /**
     * Trains on sentences from several corpora ({@code domains}, parallel to the sentences):
     * {@code iterations} passes in an order shuffled by a fixed seed, so the same data always
     * gives the same model.
     */
    public static Trained trainAllDomains(List<NerSentence> sentences, List<String> domains, Context context,
                                          int iterations, long seed, IntConsumer progress) {
        TreeSet<String> labels = new TreeSet<>();
        for (NerSentence s : sentences) labels.addAll(s.tags());
        List<String> tags = List.copyOf(labels);
        int k = tags.size();
        Perceptron p = Perceptron.forTraining(tags);
        Perceptron pp = Perceptron.forTraining(pairClasses(tags));
        NameTagger shape = new NameTagger(Perceptron.forTraining(tags).averaged(), Perceptron.forTraining(pairClasses(tags)).averaged(), context);
        List<Sentence> prepared = new ArrayList<>(sentences.size());
        for (NerSentence s : sentences) prepared.add(new Sentence(s.tokens(), shape));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) order.add(i);
        Random random = new Random(seed);
        Features f = new Features();
        for (int it = 0; it < iterations; it++) {
            Collections.shuffle(order, random);
            for (int idx : order) {
                NerSentence gold = sentences.get(idx);
                Sentence s = prepared.get(idx);
                String domain = domains.get(idx);
                int[] guess = shape.viterbi(s, p, pp, domain);
                int goldPrevious = -1;
                for (int i = 0; i < guess.length; i++) {
                    int g = p.classIndex(gold.tags().get(i));
                    int goldPair = pair(goldPrevious, g, k), guessPair = pair(i == 0 ? -1 : guess[i - 1], guess[i], k);
                    goldPrevious = g;
                    if (goldPair == guessPair) continue;
                    if (g != guess[i]) {
                        emission(s, i, f);
                        f.specialise(domain);
                        p.adjust(f, g, 1f);
                        p.adjust(f, guess[i], -1f);
                    }
                    transition(s, i, f);
                    f.specialise(domain);
                    pp.adjust(f, goldPair, 1f);
                    pp.adjust(f, guessPair, -1f);
                }
                p.tick();
                pp.tick();
            }
            progress.accept(it + 1);
        }
        return new Trained(p.averaged(), pp.averaged(), new TreeSet<>(domains), context);
    }

    /** What the features of one sentence need, computed once per sentence. */
    private static final class Sentence {
        final List<String> words;
        final String[] lower, shapes, clusters, known, heads;
        final boolean[] common;

        Sentence(List<String> tokens, NameTagger t) {
            words = tokens;
            int n = tokens.size();
            lower = new String[n];
            shapes = new String[n];
            clusters = new String[n];
            heads = new String[n];
            common = new boolean[n];
            for (int i = 0; i < n; i++) {
                String w = tokens.get(i);
                lower[i] = fold(w);
                shapes[i] = shapeOf(w);
                clusters[i] = t.clusters == null ? "" : String.valueOf(t.clusters.cluster(w));
                common[i] = t.common.contains(w.toLowerCase(Locale.ROOT));
                heads[i] = t.heads.getOrDefault(w.toLowerCase(Locale.ROOT), "-");
            }
            known = t.dictionary.features(tokens);
        }

        String lower(int i) {
            return i < 0 ? START : i >= lower.length ? END : lower[i];
        }

        String shape(int i) {
            return i < 0 ? START : i >= shapes.length ? END : shapes[i];
        }

        String cluster(int i) {
            return i < 0 ? START : i >= clusters.length ? END : clusters[i];
        }

        String known(int i) {
            return i < 0 ? START : i >= known.length ? END : known[i];
        }

        String head(int i) {
            return i < 0 ? START : i >= heads.length ? END : heads[i];
        }
    }

    /** Features of token i that do not depend on the tags. */
    private static void emission(Sentence s, int i, Features f) {
        f.clear();
        String w = s.words.get(i), lw = s.lower[i];
        String sh = s.shapes[i];
        f.add("bias", "");
        f.add("w", lw);
        f.add("w-exact", w);
        f.add("shape", sh);
        f.add("first", String.valueOf(i == 0), sh);
        for (int k = 1; k <= 4; k++) {
            if (lw.length() > k) {
                f.add("p" + k, lw.substring(0, k));
                f.add("s" + k, lw.substring(lw.length() - k));
            }
        }
        f.add("common", String.valueOf(s.common[i]), sh);
        f.add("w-1", s.lower(i - 1));
        f.add("w+1", s.lower(i + 1));
        f.add("w-2", s.lower(i - 2));
        f.add("w+2", s.lower(i + 2));
        f.add("w-1w", s.lower(i - 1), lw);
        f.add("ww+1", lw, s.lower(i + 1));
        f.add("sh-1", s.shape(i - 1), sh);
        f.add("sh+1", sh, s.shape(i + 1));
        f.add("sh-1sh+1", s.shape(i - 1), s.shape(i + 1));
        f.add("c", s.cluster(i));
        f.add("c-1", s.cluster(i - 1));
        f.add("c+1", s.cluster(i + 1));
        f.add("c-sh", s.cluster(i), sh);
        f.add("k", s.known(i));
        f.add("k-1", s.known(i - 1));
        f.add("k+1", s.known(i + 1));
        f.add("k-sh", s.known(i), sh);
        f.add("w-1k", s.lower(i - 1), s.known(i));
        f.add("h", s.head(i));
        f.add("h-1", s.head(i - 1));
        f.add("h-2", s.head(i - 2));
        f.add("h+1", s.head(i + 1));
        f.add("h-1sh", s.head(i - 1), sh);
        f.add("s3-1", suffix(s.lower(i - 1)));
        f.add("s3+1", suffix(s.lower(i + 1)));
    }

    /** Features of token i that score the transitions into it (the pair model's classes pair the tags). */
    private static void transition(Sentence s, int i, Features f) {
        f.clear();
        f.add("t-1", "");
        f.add("t-1w", s.lower[i]);
        f.add("t-1sh", s.shapes[i]);
        f.add("t-1c", s.cluster(i));
        f.add("t-1k", s.known(i));
        f.add("t-1h", s.head(i));
    }

    private static String suffix(String w) {
        return w.length() > 3 ? w.substring(w.length() - 3) : w;
    }

    /** Lower case, digits folded to 0. */
    static String fold(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            b.append(Character.isDigit(c) ? '0' : Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** Word shape with runs collapsed: "Jakarta" Xx, "KPK" X, "2023" d, "Jong-un" Xx-x. */
    static String shapeOf(String w) {
        StringBuilder b = new StringBuilder();
        char last = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            char m = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (m != last) b.append(m);
            last = m;
        }
        return b.toString();
    }
}
