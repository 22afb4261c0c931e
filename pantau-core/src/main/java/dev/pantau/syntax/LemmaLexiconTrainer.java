package dev.pantau.syntax;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the data of {@link Lemmatizer} from UD Indonesian treebanks and a root-word list:
 * <ul>
 *   <li>{@code roots.txt} ({@code root<TAB>count}): the roots the affix-stripping rules may stop at,
 *       the union of the treebanks' lemmas (open and closed classes, not names or numbers) and the
 *       root list, three letters or more, with how often each is a treebank lemma (the rules prefer
 *       those, the list also holding derived words);</li>
 *   <li>{@code lemmas.tsv} ({@code form<TAB>upos<TAB>lemma<TAB>count}): the most frequent lemma of each
 *       (lower-cased form, UPOS) seen in the treebanks, kept only where the rules alone give another
 *       lemma, so the table holds the exceptions ("nya" → "dia", "sebuah" → "buah"). Lexicalised
 *       lemmas that are their own form ("sebagai", "merupakan") need no row: being lemmas, they are
 *       roots, where stripping stops.</li>
 * </ul>
 * The first treebank is the reference (GSD): its counts are multiplied by {@code referenceWeight}
 * (100 by default, so it decides wherever it has seen the word and the others only fill in words it
 * lacks), since the treebanks disagree on conventions (GSD keeps "sebagai" and writes "nya" → "dia",
 * CSUI and PUD write "bagai" and "nya") and the lemmatizer follows GSD's. Output is sorted and ties
 * are broken alphabetically, so the same inputs give the same bytes.
 */
public final class LemmaLexiconTrainer {

    /**
     * What the training read and wrote.
     *
     * @param words          treebank words counted
     * @param entries        distinct (form, UPOS) among them
     * @param rows           rows written to the table
     * @param roots          roots written
     * @param ruleAgreement  share of the (weighted) words whose lemma the rules alone give
     */
    public record Result(int words, int entries, int rows, int roots, double ruleAgreement) {
    }

    /** UPOS whose lemma is the form itself: neither roots nor stripped. */
    private static final Set<String> NAME_LIKE = Set.of("PROPN", "NUM", "PUNCT", "SYM", "X");

    /** Weight of the reference treebank: enough to outvote the other treebanks together. */
    public static final int DEFAULT_REFERENCE_WEIGHT = 100;

    private final int referenceWeight;

    public LemmaLexiconTrainer() {
        this(DEFAULT_REFERENCE_WEIGHT);
    }

    /** @param referenceWeight how many times each word of the first treebank counts */
    public LemmaLexiconTrainer(int referenceWeight) {
        if (referenceWeight < 1) throw new IllegalArgumentException("referenceWeight must be >= 1");
        this.referenceWeight = referenceWeight;
    }

    /**
     * @param conllu    UD Indonesian training treebanks, the reference (GSD) first
     * @param rootWords the nlp-bahasa-resources root list, one word a line
     */
    public Result train(List<Path> conllu, Path rootWords, Path lemmasOut, Path rootsOut) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>(); // "form\tupos" → lemma → weighted count
        Map<String, Integer> roots = new TreeMap<>(); // root → weighted count as a lemma
        int words = 0;
        for (int i = 0; i < conllu.size(); i++) {
            int weight = i == 0 ? referenceWeight : 1;
            for (UdSentence s : Conllu.read(conllu.get(i))) {
                for (UdWord w : s.words()) {
                    if (count(w, weight, counts, roots)) words++;
                }
            }
        }
        for (String r : rootList(rootWords)) roots.putIfAbsent(r, 0);
        Lemmatizer rules = Lemmatizer.rulesOnly(roots);
        Map<String, String[]> rows = exceptions(counts, rules);
        writeRoots(roots, conllu, rootWords, rootsOut);
        writeLemmas(rows, conllu, rootWords, lemmasOut);
        return new Result(words, counts.size(), rows.size(), roots.size(), agreement(counts, rules));
    }

    /**
     * Counts one treebank word; false when it says nothing about our convention. CSUI and PUD keep
     * the case of names and of capitalised words inside names ("Direktur Pendanaan" → "Pendanaan"),
     * which GSD lower-cases and lemmatises: a lemma with capitals is only taken for name-like UPOS.
     */
    private static boolean count(UdWord w, int weight, Map<String, Map<String, Integer>> counts, Map<String, Integer> roots) {
        String lemma = w.lemma();
        if (lemma.isEmpty() || w.form().isEmpty()) return false;
        boolean nameLike = NAME_LIKE.contains(w.upos());
        if (!lemma.equals(lemma.toLowerCase(Locale.ROOT)) && !nameLike) return false;
        lemma = lemma.toLowerCase(Locale.ROOT);
        String form = w.form().toLowerCase(Locale.ROOT);
        counts.computeIfAbsent(Lemmatizer.key(form, w.upos()), k -> new TreeMap<>()).merge(lemma, weight, Integer::sum);
        if (!nameLike && isRootShaped(lemma)) roots.merge(lemma, weight, Integer::sum);
        return true;
    }

    /** Letters (and the hyphen of "abu-abu"), three or more: shorter ones are function words, listed anyway. */
    private static boolean isRootShaped(String w) {
        if (w.length() < 3 || w.startsWith("-") || w.endsWith("-")) return false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(c >= 'a' && c <= 'z') && c != '-') return false;
        }
        return true;
    }

    /** The root list: one word a line (CRLF in the nlp-bahasa file); multi-word entries dropped. */
    private static Set<String> rootList(Path file) {
        Set<String> out = new HashSet<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String w = line.strip().toLowerCase(Locale.ROOT);
                if (isRootShaped(w)) out.add(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    /**
     * The (form, UPOS) rows the table must hold: those whose lemma the rules miss, and every other
     * row of the same forms, so that a look-up by form alone (for a UPOS not seen in training)
     * chooses among all the form's readings. Value: {form, upos, lemma, count}.
     */
    private static Map<String, String[]> exceptions(Map<String, Map<String, Integer>> counts, Lemmatizer rules) {
        Set<String> formsNeeded = new HashSet<>();
        Map<String, String[]> all = new TreeMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
            String[] k = e.getKey().split("\t", -1);
            String lemma = Lemmatizer.mostFrequent(e.getValue());
            all.put(e.getKey(), new String[]{k[0], k[1], lemma, String.valueOf(e.getValue().get(lemma))});
            if (!lemma.equals(rules.ruleLemma(k[0], k[1]))) formsNeeded.add(k[0]);
        }
        Map<String, String[]> rows = new TreeMap<>();
        all.forEach((key, row) -> {
            if (formsNeeded.contains(row[0])) rows.put(key, row);
        });
        return rows;
    }

    /** Share of the training words whose (majority) lemma the rules alone produce. */
    private static double agreement(Map<String, Map<String, Integer>> counts, Lemmatizer rules) {
        long total = 0, same = 0;
        for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
            String[] k = e.getKey().split("\t", -1);
            String rule = rules.ruleLemma(k[0], k[1]);
            for (Map.Entry<String, Integer> l : e.getValue().entrySet()) {
                total += l.getValue();
                if (l.getKey().equals(rule)) same += l.getValue();
            }
        }
        return total == 0 ? 0 : (double) same / total;
    }

    private void writeRoots(Map<String, Integer> roots, List<Path> conllu, Path rootWords, Path out) {
        try (BufferedWriter w = open(out)) {
            w.write("# Indonesian root words for the affix stripping of dev.pantau.syntax.Lemmatizer, one a line:\n");
            w.write("# root<TAB>count, count = how often it is a lemma in the treebanks (the reference counted "
                    + referenceWeight + " times), 0 = only in the root list.\n");
            w.write("# The union of the lemmas of UD treebanks " + treebanks(conllu) + " (CC BY-SA; not PROPN/NUM/PUNCT/SYM/X)\n");
            w.write("# and the nlp-bahasa-resources root list " + rootWords.getFileName() + " (MIT); three letters or more.\n");
            w.write("# Rebuilt from those files by `pantau train syntax` (dev.pantau.syntax.LemmaLexiconTrainer); do not edit by hand.\n");
            for (Map.Entry<String, Integer> r : roots.entrySet()) {
                w.write(r.getKey() + "\t" + r.getValue() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

    private void writeLemmas(Map<String, String[]> rows, List<Path> conllu, Path rootWords, Path out) {
        try (BufferedWriter w = open(out)) {
            w.write("# Indonesian lemma table of dev.pantau.syntax.Lemmatizer: the most frequent UD lemma of a lower-cased form\n");
            w.write("# and UPOS, kept only for the forms whose lemma the affix-stripping rules (with roots.txt) do not produce.\n");
            w.write("# Learned from UD treebanks " + treebanks(conllu) + " (CC BY-SA; the first, the reference, counted "
                    + referenceWeight + " times)\n");
            w.write("# with the nlp-bahasa-resources root list " + rootWords.getFileName() + " (MIT).\n");
            w.write("# Rebuilt from those files by `pantau train syntax` (dev.pantau.syntax.LemmaLexiconTrainer); do not edit by hand.\n");
            w.write("# form<TAB>upos<TAB>lemma<TAB>count\n");
            for (String[] r : rows.values()) {
                w.write(String.join("\t", r) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

    /** File names only: the output must not depend on where the data lies. */
    private static String treebanks(List<Path> conllu) {
        List<String> names = new ArrayList<>();
        for (Path p : conllu) names.add(p.getFileName().toString());
        return String.join(", ", names);
    }

    private static BufferedWriter open(Path out) throws IOException {
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    }
}
