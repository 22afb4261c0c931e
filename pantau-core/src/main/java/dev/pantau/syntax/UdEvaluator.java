package dev.pantau.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * CoNLL 2018 shared task evaluation: character-aligned tokens, LCS-aligned words inside multi-word spans.
 * A port of conll18_ud_eval.py v1.2 (Straka &amp; Popel, ÚFAL; https://universaldependencies.org/conll18/evaluation.html).
 */
public final class UdEvaluator {
    /** The script's metrics, in the order it prints them. */
    public static final List<String> METRICS = List.of("Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats",
            "AllTags", "Lemmas", "UAS", "LAS", "CLAS", "MLAS", "BLEX");

    // The script's own (v1.2) lists: later UD features such as NounClass are deliberately not in them.
    private static final Set<String> CONTENT_DEPRELS = Set.of("nsubj", "obj", "iobj", "csubj", "ccomp", "xcomp",
            "obl", "vocative", "expl", "dislocated", "advcl", "advmod", "discourse", "nmod", "appos", "nummod",
            "acl", "amod", "conj", "fixed", "flat", "compound", "list", "parataxis", "orphan", "goeswith",
            "reparandum", "root", "dep");
    private static final Set<String> FUNCTIONAL_DEPRELS = Set.of("aux", "cop", "mark", "det", "clf", "case", "cc");
    private static final Set<String> UNIVERSAL_FEATURES = Set.of("PronType", "NumType", "Poss", "Reflex", "Foreign",
            "Abbr", "Gender", "Animacy", "Number", "Case", "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect",
            "Voice", "Evident", "Polarity", "Person", "Polite");

    /** Parent index of a root word; a system parent that has no gold counterpart maps to {@link #NOT_ALIGNED}. */
    private static final int ROOT = -1;
    private static final int NOT_ALIGNED = -2;
    /** Parent of a word whose HEAD is "_" (a tagger without parser): the script cannot load it; we count it wrong. */
    private static final int UNKNOWN = -3;

    private UdEvaluator() {
    }

    /**
     * Fractions in [0, 1] as the script's evaluate() returns them (it prints them times 100).
     *
     * @param alignedAccuracy correct / aligned words; NaN for Tokens, Sentences and Words, which have none
     */
    public record Score(double precision, double recall, double f1, double alignedAccuracy) {
        static Score of(int gold, int system, int correct, Integer aligned) {
            return new Score(system > 0 ? (double) correct / system : 0.0,
                    gold > 0 ? (double) correct / gold : 0.0,
                    gold + system > 0 ? 2.0 * correct / (gold + system) : 0.0,
                    aligned == null ? Double.NaN : aligned > 0 ? (double) correct / aligned : 0.0);
        }
    }

    /** Every metric of {@link #METRICS} by name. */
    public record Result(Map<String, Score> scores) {
        public Result {
            scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        }

        public Score score(String metric) {
            Score s = scores.get(metric);
            if (s == null) throw new IllegalArgumentException("no metric " + metric + "; known: " + METRICS);
            return s;
        }

        /** The table the script prints with -v. */
        public String table() {
            StringBuilder b = new StringBuilder("Metric     | Precision |    Recall |  F1 Score | AligndAcc\n");
            b.append("-----------+-----------+-----------+-----------+-----------\n");
            scores.forEach((name, s) -> {
                b.append(String.format(Locale.ROOT, "%-11s|%10.2f |%10.2f |%10.2f |", name,
                        100 * s.precision(), 100 * s.recall(), 100 * s.f1()));
                if (!Double.isNaN(s.alignedAccuracy())) {
                    b.append(String.format(Locale.ROOT, "%10.2f", 100 * s.alignedAccuracy()));
                }
                b.append('\n');
            });
            return b.toString();
        }
    }

    /** A character span [start, end) in the whitespace-free concatenation of all tokens. */
    private record Span(int start, int end) {
    }

    /**
     * One word as the script sees it: FEATS cut to universal features, DEPREL without subtype, parent and
     * functional children as indices into the treebank's word list.
     *
     * @param span the word's token, the whole multi-word token when {@code multiword}
     */
    private record Word(Span span, boolean multiword, String form, String lemma, String upos, String xpos,
                        String feats, String deprel, int parent, int[] functionalChildren) {
        boolean content() {
            return CONTENT_DEPRELS.contains(deprel);
        }
    }

    private record Treebank(int[] characters, List<Span> tokens, List<Span> sentences, List<Word> words) {
    }

    /** Matched word pairs (indices) and, for comparing heads, each system word's gold counterpart. */
    private record Alignment(List<Word> gold, List<Word> system, List<int[]> pairs, int[] systemToGold) {
        Alignment(List<Word> gold, List<Word> system) {
            this(gold, system, new ArrayList<>(), filled(system.size(), NOT_ALIGNED));
        }

        void add(int g, int s) {
            pairs.add(new int[] {g, s});
            systemToGold[s] = g;
        }

        int goldOf(int systemIndex) {
            if (systemIndex == ROOT) return ROOT;
            return systemIndex == UNKNOWN ? NOT_ALIGNED : systemToGold[systemIndex];
        }
    }

    public static Result evaluate(List<UdSentence> gold, List<UdSentence> system) {
        Treebank g = load(gold, "gold");
        Treebank s = load(system, "system");
        checkCharacters(g.characters(), s.characters());
        Alignment a = alignWords(g.words(), s.words());

        Map<String, Score> scores = new LinkedHashMap<>();
        scores.put("Tokens", spansScore(g.tokens(), s.tokens()));
        scores.put("Sentences", spansScore(g.sentences(), s.sentences()));
        scores.put("Words", Score.of(g.words().size(), s.words().size(), a.pairs().size(), null));
        scores.put("UPOS", alignmentScore(a, null, (gw, sw) -> gw.upos().equals(sw.upos())));
        scores.put("XPOS", alignmentScore(a, null, (gw, sw) -> gw.xpos().equals(sw.xpos())));
        scores.put("UFeats", alignmentScore(a, null, (gw, sw) -> gw.feats().equals(sw.feats())));
        scores.put("AllTags", alignmentScore(a, null, UdEvaluator::sameTags));
        scores.put("Lemmas", alignmentScore(a, null, UdEvaluator::sameLemma));
        scores.put("UAS", alignmentScore(a, null, (gw, sw) -> gw.parent() == a.goldOf(sw.parent())));
        scores.put("LAS", alignmentScore(a, null, (gw, sw) -> sameLabelledHead(a, gw, sw)));
        scores.put("CLAS", alignmentScore(a, Word::content, (gw, sw) -> sameLabelledHead(a, gw, sw)));
        scores.put("MLAS", alignmentScore(a, Word::content, (gw, sw) -> sameLabelledHead(a, gw, sw)
                && gw.upos().equals(sw.upos()) && gw.feats().equals(sw.feats()) && sameFunctionalChildren(a, gw, sw)));
        scores.put("BLEX", alignmentScore(a, Word::content,
                (gw, sw) -> sameLabelledHead(a, gw, sw) && sameLemma(gw, sw)));
        return new Result(scores);
    }

    // ---- loading: the script's load_conllu, over sentences already parsed ----

    private static Treebank load(List<UdSentence> sentences, String side) {
        List<Integer> characters = new ArrayList<>();
        List<Span> tokens = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        for (int n = 0; n < sentences.size(); n++) {
            UdSentence sentence = sentences.get(n);
            int start = characters.size();
            String where = side + " sentence " + (n + 1) + idSuffix(sentence);
            int[] parents = parents(sentence, words.size(), where);
            List<Span> wordSpans = new ArrayList<>();
            List<Boolean> inMultiword = new ArrayList<>();
            addTokens(sentence, characters, tokens, wordSpans, inMultiword, where);
            words.addAll(words(sentence, parents, words.size(), wordSpans, inMultiword));
            spans.add(new Span(start, characters.size()));
        }
        return new Treebank(characters.stream().mapToInt(Integer::intValue).toArray(), tokens, spans, words);
    }

    private static String idSuffix(UdSentence s) {
        String id = s.comment("sent_id");
        return id == null ? "" : " (" + id + ")";
    }

    /**
     * Appends each token's characters (its FORM without Zs spaces) and span; records for every word the span
     * of its token and whether that token is a multi-word one.
     */
    private static void addTokens(UdSentence s, List<Integer> characters, List<Span> tokens, List<Span> wordSpans,
                                  List<Boolean> inMultiword, String where) {
        List<UdWord> ws = s.words();
        int i = 0;
        while (i < ws.size()) {
            UdMultiword m = multiwordStartingAt(s, ws.get(i).id());
            String form = withoutSpaces(m != null ? m.form() : ws.get(i).form());
            if (form.isEmpty()) throw new IllegalArgumentException(where + ": There is an empty FORM in the CoNLL-U file");
            Span span = new Span(characters.size(), characters.size() + form.codePointCount(0, form.length()));
            form.codePoints().forEach(characters::add);
            tokens.add(span);
            int count = Math.min(m != null ? m.last() - m.first() + 1 : 1, ws.size() - i);
            for (int k = 0; k < count; k++) {
                wordSpans.add(span);
                inMultiword.add(m != null);
            }
            i += count;
        }
    }

    private static UdMultiword multiwordStartingAt(UdSentence s, int id) {
        for (UdMultiword m : s.multiwords()) {
            if (m.first() == id) return m;
        }
        return null;
    }

    /** The script deletes every Unicode space separator (category Zs) from token forms. */
    private static String withoutSpaces(String form) {
        StringBuilder b = new StringBuilder();
        form.codePoints().filter(c -> Character.getType(c) != Character.SPACE_SEPARATOR).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static List<Word> words(UdSentence s, int[] parents, int offset, List<Span> spans, List<Boolean> inMultiword) {
        List<UdWord> ws = s.words();
        List<List<Integer>> children = new ArrayList<>();
        for (int i = 0; i < ws.size(); i++) children.add(new ArrayList<>());
        for (int i = 0; i < ws.size(); i++) {
            // in word order, so both sides list a word's functional children in the same order
            if (parents[i] >= 0 && FUNCTIONAL_DEPRELS.contains(universalDeprel(ws.get(i).deprel()))) {
                children.get(parents[i] - offset).add(offset + i);
            }
        }
        List<Word> out = new ArrayList<>();
        for (int i = 0; i < ws.size(); i++) {
            UdWord w = ws.get(i);
            // a word that is its own token has its FORM stripped like the token; one inside a multi-word token not
            String form = inMultiword.get(i) ? w.form() : withoutSpaces(w.form());
            out.add(new Word(spans.get(i), inMultiword.get(i), form, w.lemma(), w.upos(), w.xpos(),
                    universalFeats(w.feats()), universalDeprel(w.deprel()), parents[i],
                    children.get(i).stream().mapToInt(Integer::intValue).toArray()));
        }
        return out;
    }

    /**
     * Global parent indices (or ROOT, UNKNOWN), after the script's checks: ids in order, heads inside the sentence,
     * no cycle, exactly one root. The tree checks need every HEAD, so an unparsed sentence skips them.
     */
    private static int[] parents(UdSentence s, int offset, String where) {
        List<UdWord> ws = s.words();
        int[] parents = new int[ws.size()];
        for (int i = 0; i < ws.size(); i++) {
            UdWord w = ws.get(i);
            if (w.id() != i + 1) {
                throw new IllegalArgumentException(where + ": Incorrect word ID '" + w.id() + "' for word '" + w.form()
                        + "', expected '" + (i + 1) + "'");
            }
            if (w.head() > ws.size()) {
                throw new IllegalArgumentException(where + ": HEAD '" + w.head() + "' points outside of the sentence");
            }
            parents[i] = w.head() < 0 ? UNKNOWN : w.head() == 0 ? ROOT : offset + w.head() - 1;
        }
        if (ws.stream().allMatch(w -> w.head() >= 0)) checkTree(ws, where);
        return parents;
    }

    private static void checkTree(List<UdWord> ws, String where) {
        int roots = 0;
        for (UdWord w : ws) {
            int steps = 0;
            for (int h = w.head(); h != 0; h = ws.get(h - 1).head()) {
                if (++steps > ws.size()) throw new IllegalArgumentException(where + ": There is a cycle in a sentence");
            }
            if (w.head() == 0) roots++;
        }
        if (roots != 1) throw new IllegalArgumentException(where + ": There are multiple roots in a sentence");
    }

    private static String universalFeats(String feats) {
        return Arrays.stream(feats.split("\\|", -1))
                .filter(f -> UNIVERSAL_FEATURES.contains(f.split("=", 2)[0]))
                .sorted()
                .reduce((x, y) -> x + "|" + y).orElse("");
    }

    private static String universalDeprel(String deprel) {
        int colon = deprel.indexOf(':');
        return colon < 0 ? deprel : deprel.substring(0, colon);
    }

    private static void checkCharacters(int[] gold, int[] system) {
        if (Arrays.equals(gold, system)) return;
        int i = Arrays.mismatch(gold, system);
        throw new IllegalArgumentException("The concatenation of tokens in gold file and in system file differ!\n"
                + "First 20 differing characters in gold file: '" + twenty(gold, i)
                + "' and system file: '" + twenty(system, i) + "'");
    }

    private static String twenty(int[] characters, int from) {
        int start = Math.min(from, characters.length);
        return new String(characters, start, Math.min(characters.length, from + 20) - start);
    }

    // ---- scoring ----

    /** Spans are correct when they start and end at the same characters (tokens, sentences). */
    private static Score spansScore(List<Span> gold, List<Span> system) {
        int correct = 0;
        int gi = 0;
        int si = 0;
        while (gi < gold.size() && si < system.size()) {
            Span g = gold.get(gi);
            Span s = system.get(si);
            if (s.start() < g.start()) {
                si++;
            } else if (g.start() < s.start()) {
                gi++;
            } else {
                if (g.end() == s.end()) correct++;
                gi++;
                si++;
            }
        }
        return Score.of(gold.size(), system.size(), correct, null);
    }

    private interface Agreement {
        boolean test(Word gold, Word system);
    }

    /**
     * Counts over the words that pass {@code filter} (the gold word of a pair); the script compares a key of the
     * gold word with the same key of the system word, whose heads are first mapped to their gold counterparts.
     */
    private static Score alignmentScore(Alignment a, Predicate<Word> filter, Agreement agrees) {
        Predicate<Word> f = filter == null ? w -> true : filter;
        int gold = (int) a.gold().stream().filter(f).count();
        int system = (int) a.system().stream().filter(f).count();
        int aligned = 0;
        int correct = 0;
        for (int[] p : a.pairs()) {
            Word g = a.gold().get(p[0]);
            if (!f.test(g)) continue;
            aligned++;
            if (agrees.test(g, a.system().get(p[1]))) correct++;
        }
        return Score.of(gold, system, correct, aligned);
    }

    private static boolean sameTags(Word g, Word s) {
        return g.upos().equals(s.upos()) && g.xpos().equals(s.xpos()) && g.feats().equals(s.feats());
    }

    /** A gold lemma "_" (not annotated) accepts any system lemma. */
    private static boolean sameLemma(Word g, Word s) {
        return "_".equals(g.lemma()) || g.lemma().equals(s.lemma());
    }

    private static boolean sameLabelledHead(Alignment a, Word g, Word s) {
        return g.parent() == a.goldOf(s.parent()) && g.deprel().equals(s.deprel());
    }

    /** MLAS: the functional children agree one by one in aligned word, DEPREL, UPOS and FEATS. */
    private static boolean sameFunctionalChildren(Alignment a, Word g, Word s) {
        int[] gc = g.functionalChildren();
        int[] sc = s.functionalChildren();
        if (gc.length != sc.length) return false;
        for (int i = 0; i < gc.length; i++) {
            Word gw = a.gold().get(gc[i]);
            Word sw = a.system().get(sc[i]);
            if (gc[i] != a.goldOf(sc[i]) || !gw.deprel().equals(sw.deprel()) || !gw.upos().equals(sw.upos())
                    || !gw.feats().equals(sw.feats())) {
                return false;
            }
        }
        return true;
    }

    // ---- word alignment: the script's align_words ----

    private static Alignment alignWords(List<Word> gold, List<Word> system) {
        Alignment a = new Alignment(gold, system);
        int gi = 0;
        int si = 0;
        while (gi < gold.size() && si < system.size()) {
            if (gold.get(gi).multiword() || system.get(si).multiword()) {
                int[] span = findMultiwordSpan(gold, system, gi, si);
                alignByLcs(a, span[0], span[1], span[2], span[3]);
                gi = span[2];
                si = span[3];
            } else {
                Span g = gold.get(gi).span();
                Span s = system.get(si).span();
                if (g.equals(s)) {
                    a.add(gi++, si++);
                } else if (g.start() <= s.start()) {
                    gi++;
                } else {
                    si++;
                }
            }
        }
        return a;
    }

    /**
     * The smallest stretch of text, starting at gold word gi or system word si, that holds whole multi-word
     * tokens of both sides: returns {gs, ss, ge, se}, the words inside being gold[gs, ge) and system[ss, se).
     */
    private static int[] findMultiwordSpan(List<Word> gold, List<Word> system, int gi, int si) {
        int end;
        if (gold.get(gi).multiword()) {
            end = gold.get(gi).span().end();
            if (!system.get(si).multiword() && system.get(si).span().start() < gold.get(gi).span().start()) si++;
        } else {
            end = system.get(si).span().end();
            if (!gold.get(gi).multiword() && gold.get(gi).span().start() < system.get(si).span().start()) gi++;
        }
        int gs = gi;
        int ss = si;
        while (!beyondEnd(gold, gi, end) || !beyondEnd(system, si, end)) {
            if (gi < gold.size() && (si >= system.size()
                    || gold.get(gi).span().start() <= system.get(si).span().start())) {
                end = extendEnd(gold.get(gi++), end);
            } else {
                end = extendEnd(system.get(si++), end);
            }
        }
        return new int[] {gs, ss, gi, si};
    }

    private static boolean beyondEnd(List<Word> words, int i, int end) {
        if (i >= words.size()) return true;
        Word w = words.get(i);
        return w.multiword() ? w.span().start() >= end : w.span().end() > end;
    }

    private static int extendEnd(Word w, int end) {
        return w.multiword() && w.span().end() > end ? w.span().end() : end;
    }

    /** Aligns gold[gs, ge) with system[ss, se) along a longest common subsequence of lower-cased FORMs. */
    private static void alignByLcs(Alignment a, int gs, int ss, int ge, int se) {
        int gn = ge - gs;
        int sn = se - ss;
        if (gn == 0 || sn == 0) return;
        int[][] lcs = lcs(a.gold(), a.system(), gs, ss, gn, sn);
        int g = 0;
        int s = 0;
        while (g < gn && s < sn) {
            if (sameForm(a.gold().get(gs + g), a.system().get(ss + s))) {
                a.add(gs + g++, ss + s++);
            } else if (lcs[g][s] == lcs[g + 1][s]) {
                g++;
            } else {
                s++;
            }
        }
    }

    /** lcs[g][s]: LCS length of gold[gs+g..] and system[ss+s..]; an extra zero row and column spare bound checks. */
    private static int[][] lcs(List<Word> gold, List<Word> system, int gs, int ss, int gn, int sn) {
        int[][] lcs = new int[gn + 1][sn + 1];
        for (int g = gn - 1; g >= 0; g--) {
            for (int s = sn - 1; s >= 0; s--) {
                if (sameForm(gold.get(gs + g), system.get(ss + s))) lcs[g][s] = 1 + lcs[g + 1][s + 1];
                lcs[g][s] = Math.max(lcs[g][s], Math.max(lcs[g + 1][s], lcs[g][s + 1]));
            }
        }
        return lcs;
    }

    private static boolean sameForm(Word g, Word s) {
        return g.form().toLowerCase(Locale.ROOT).equals(s.form().toLowerCase(Locale.ROOT));
    }

    private static int[] filled(int n, int value) {
        int[] a = new int[n];
        Arrays.fill(a, value);
        return a;
    }
}
