package dev.pantau.syntax;

import dev.pantau.syntax.UdEvaluator.Result;
import dev.pantau.syntax.UdEvaluator.Score;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Expected numbers are worked out by hand from conll18_ud_eval.py's definitions:
 * P = correct / system, R = correct / gold, F1 = 2 correct / (gold + system), AligndAcc = correct / aligned.
 */
class UdEvaluatorTest {
    private static final double EPS = 1e-9;

    /**
     * Rows "id form UPOS head deprel" (lemma = lower-cased form, other columns "_"), "3-4 form" for a
     * multi-word token, "" between sentences.
     */
    private static List<UdSentence> ud(String... rows) {
        StringBuilder b = new StringBuilder();
        for (String row : rows) {
            String[] c = row.split(" ");
            if (row.isEmpty()) {
                b.append('\n');
            } else if (c[0].contains("-")) {
                b.append(c[0]).append('\t').append(c[1]).append("\t_\t_\t_\t_\t_\t_\t_\t_\n");
            } else {
                b.append(String.join("\t", c[0], c[1], c[1].toLowerCase(Locale.ROOT), c[2], "_", "_", c[3], c[4],
                        "_", "_")).append('\n');
            }
        }
        return Conllu.read(new StringReader(b.toString()), "test");
    }

    private static void assertScore(Score s, double precision, double recall, double f1, double alignedAccuracy) {
        assertEquals(precision, s.precision(), EPS, "precision");
        assertEquals(recall, s.recall(), EPS, "recall");
        assertEquals(f1, s.f1(), EPS, "f1");
        if (Double.isNaN(alignedAccuracy)) {
            assertTrue(Double.isNaN(s.alignedAccuracy()), "no aligned accuracy");
        } else {
            assertEquals(alignedAccuracy, s.alignedAccuracy(), EPS, "aligned accuracy");
        }
    }

    private static void assertAllPerfect(Result r) {
        for (String m : UdEvaluator.METRICS) {
            Score s = r.score(m);
            assertEquals(1.0, s.f1(), EPS, m);
            assertEquals(1.0, s.precision(), EPS, m);
            assertEquals(1.0, s.recall(), EPS, m);
        }
    }

    @Test
    void identityScoresHundredEverywhere() {
        List<UdSentence> gold = ud("1 Saya PRON 2 nsubj", "2 membaca VERB 0 root", "3-4 bukunya",
                "3 buku NOUN 2 obj", "4 nya PRON 3 nmod:poss", "5 . PUNCT 2 punct");
        Result r = UdEvaluator.evaluate(gold, gold);
        assertAllPerfect(r);
        assertTrue(Double.isNaN(r.score("Tokens").alignedAccuracy()), "the script prints no AligndAcc for Tokens");
        assertEquals(1.0, r.score("LAS").alignedAccuracy(), EPS);
        assertTrue(r.table().contains("LAS        |    100.00 |    100.00 |    100.00 |    100.00"), r.table());
    }

    @Test
    void sentenceSplitDifferently() {
        List<UdSentence> gold = ud("1 Dia PRON 2 nsubj", "2 datang VERB 0 root", "3 . PUNCT 2 punct", "",
                "1 Saya PRON 2 nsubj", "2 pergi VERB 0 root", "3 . PUNCT 2 punct", "",
                "1 Kami PRON 2 nsubj", "2 pulang VERB 0 root", "3 . PUNCT 2 punct");
        List<UdSentence> system = ud("1 Dia PRON 2 nsubj", "2 datang VERB 0 root", "3 . PUNCT 2 punct", "",
                "1 Saya PRON 2 nsubj", "2 pergi VERB 0 root", "3 . PUNCT 2 punct",
                "4 Kami PRON 5 nsubj", "5 pulang VERB 2 parataxis", "6 . PUNCT 5 punct");
        Result r = UdEvaluator.evaluate(gold, system);
        // Sentence spans over "Diadatang." (10 chars) "Sayapergi." (10) "Kamipulang." (11):
        // gold [0,10) [10,20) [20,31), system [0,10) [10,31): 1 correct of 3 gold, 2 system -> 1/2, 1/3, 2/5.
        assertScore(r.score("Sentences"), 1 / 2.0, 1 / 3.0, 2 / 5.0, Double.NaN);
        // Tokens and words all align (9/9); only "pulang" lost its root: UAS = LAS = 8/9.
        assertScore(r.score("Words"), 1, 1, 1, Double.NaN);
        assertScore(r.score("UAS"), 8 / 9.0, 8 / 9.0, 8 / 9.0, 8 / 9.0);
        assertScore(r.score("LAS"), 8 / 9.0, 8 / 9.0, 8 / 9.0, 8 / 9.0);
        // CLAS counts only content relations: 3 nsubj + 3 root on each side, 5 correct -> 5/6.
        assertScore(r.score("CLAS"), 5 / 6.0, 5 / 6.0, 5 / 6.0, 5 / 6.0);
        assertScore(r.score("UPOS"), 1, 1, 1, 1);
    }

    @Test
    void wrongHead() {
        List<UdSentence> gold = ud("1 Saya PRON 2 nsubj", "2 makan VERB 0 root", "3 nasi NOUN 2 obj",
                "4 . PUNCT 2 punct");
        List<UdSentence> system = ud("1 Saya PRON 2 nsubj", "2 makan VERB 0 root", "3 nasi NOUN 1 obj",
                "4 . PUNCT 2 punct");
        Result r = UdEvaluator.evaluate(gold, system);
        // "nasi" attaches to "Saya" instead of "makan": 3 of 4 heads right.
        assertScore(r.score("UAS"), 0.75, 0.75, 0.75, 0.75);
        assertScore(r.score("LAS"), 0.75, 0.75, 0.75, 0.75);
        // Content words Saya, makan, nasi (punct is not): 2 of 3 right, and MLAS/BLEX add nothing else wrong.
        assertScore(r.score("CLAS"), 2 / 3.0, 2 / 3.0, 2 / 3.0, 2 / 3.0);
        assertScore(r.score("MLAS"), 2 / 3.0, 2 / 3.0, 2 / 3.0, 2 / 3.0);
        assertScore(r.score("BLEX"), 2 / 3.0, 2 / 3.0, 2 / 3.0, 2 / 3.0);
        assertScore(r.score("UPOS"), 1, 1, 1, 1);
    }

    @Test
    void wrongUposOfAFunctionWordCostsItsHeadInMlas() {
        List<UdSentence> gold = ud("1 Dia PRON 2 nsubj", "2 tinggal VERB 0 root", "3 di ADP 4 case",
                "4 Jakarta PROPN 2 obl", "5 . PUNCT 2 punct");
        List<UdSentence> system = ud("1 Dia PRON 2 nsubj", "2 tinggal VERB 0 root", "3 di SCONJ 4 case",
                "4 Jakarta PROPN 2 obl", "5 . PUNCT 2 punct");
        Result r = UdEvaluator.evaluate(gold, system);
        // 4 of 5 tags right; XPOS and FEATS are "_" on both sides, so AllTags is wrong on "di" only.
        assertScore(r.score("UPOS"), 0.8, 0.8, 0.8, 0.8);
        assertScore(r.score("AllTags"), 0.8, 0.8, 0.8, 0.8);
        assertScore(r.score("XPOS"), 1, 1, 1, 1);
        assertScore(r.score("LAS"), 1, 1, 1, 1);
        // "di" is a case child (functional) of the content word "Jakarta": Jakarta's MLAS fails, 2 of 3 right.
        assertScore(r.score("CLAS"), 1, 1, 1, 1);
        assertScore(r.score("MLAS"), 2 / 3.0, 2 / 3.0, 2 / 3.0, 2 / 3.0);
        assertScore(r.score("BLEX"), 1, 1, 1, 1);
    }

    @Test
    void unsplitMultiwordToken() {
        List<UdSentence> gold = ud("1 Saya PRON 2 nsubj", "2 membaca VERB 0 root", "3-4 bukunya",
                "3 buku NOUN 2 obj", "4 nya PRON 3 nmod:poss", "5 . PUNCT 2 punct");
        List<UdSentence> system = ud("1 Saya PRON 2 nsubj", "2 membaca VERB 0 root", "3 bukunya NOUN 2 obj",
                "4 . PUNCT 2 punct");
        Result r = UdEvaluator.evaluate(gold, system);
        // Tokens Saya, membaca, bukunya, . have the same character spans on both sides: 4/4.
        assertScore(r.score("Tokens"), 1, 1, 1, Double.NaN);
        // The multi-word span "bukunya" holds gold words buku, nya and system word bukunya: their LCS is empty,
        // so 3 words align (Saya, membaca, .) of 5 gold and 4 system: P 3/4, R 3/5, F1 6/9.
        assertScore(r.score("Words"), 0.75, 0.6, 6 / 9.0, Double.NaN);
        assertScore(r.score("UPOS"), 0.75, 0.6, 6 / 9.0, 1);
        assertScore(r.score("LAS"), 0.75, 0.6, 6 / 9.0, 1);
        // Content words: gold Saya, membaca, buku, nya (4); system Saya, membaca, bukunya (3); 2 aligned and right.
        assertScore(r.score("CLAS"), 2 / 3.0, 0.5, 4 / 7.0, 1);

        List<UdSentence> splitAlike = ud("1 Saya PRON 2 nsubj", "2 membaca VERB 0 root", "3-4 bukunya",
                "3 buku NOUN 2 obj", "4 nya PRON 3 nmod:poss", "5 . PUNCT 2 punct");
        assertAllPerfect(UdEvaluator.evaluate(gold, splitAlike));
    }

    @Test
    void numberTokenizedDifferently() {
        List<UdSentence> gold = ud("1 Inflasi NOUN 2 nsubj", "2 naik VERB 0 root", "3 5,12 NUM 4 nummod",
                "4 % SYM 2 obj", "5 . PUNCT 2 punct");
        List<UdSentence> system = ud("1 Inflasi NOUN 2 nsubj", "2 naik VERB 0 root", "3 5 NUM 6 nummod",
                "4 , PUNCT 6 punct", "5 12 NUM 6 nummod", "6 % SYM 2 obj", "7 . PUNCT 2 punct");
        Result r = UdEvaluator.evaluate(gold, system);
        // "5,12" [11,15) matches none of "5" [11,12) "," [12,13) "12" [13,15): 4 tokens match of 5 gold, 7 system.
        assertScore(r.score("Tokens"), 4 / 7.0, 4 / 5.0, 2 / 3.0, Double.NaN);
        assertScore(r.score("Words"), 4 / 7.0, 4 / 5.0, 2 / 3.0, Double.NaN);
        assertScore(r.score("UAS"), 4 / 7.0, 4 / 5.0, 2 / 3.0, 1);
        // Content: gold Inflasi, naik, 5,12, % (4); system Inflasi, naik, 5, 12, % (5); aligned and right 3.
        assertScore(r.score("CLAS"), 3 / 5.0, 3 / 4.0, 2 / 3.0, 1);
    }

    @Test
    void differentTextIsRefused() {
        List<UdSentence> gold = ud("1 Saya PRON 2 nsubj", "2 makan VERB 0 root");
        List<UdSentence> system = ud("1 Saya PRON 2 nsubj", "2 minum VERB 0 root");
        String message = assertThrows(IllegalArgumentException.class, () -> UdEvaluator.evaluate(gold, system))
                .getMessage();
        assertEquals("The concatenation of tokens in gold file and in system file differ!\n"
                + "First 20 differing characters in gold file: 'akan' and system file: 'inum'", message);
    }

    @Test
    void treesTheScriptRefuses() {
        List<UdSentence> ok = ud("1 Saya PRON 2 nsubj", "2 makan VERB 0 root");
        List<UdSentence> twoRoots = ud("1 Saya PRON 0 root", "2 makan VERB 0 root");
        List<UdSentence> cycle = ud("1 Saya PRON 2 nsubj", "2 makan VERB 1 root");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UdEvaluator.evaluate(ok, twoRoots))
                .getMessage().endsWith("There are multiple roots in a sentence"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UdEvaluator.evaluate(ok, cycle))
                .getMessage().endsWith("There is a cycle in a sentence"));
    }

    @Test
    void unparsedSystemScoresTagsAndGetsNoHeadRight() {
        List<UdSentence> gold = ud("1 Saya PRON 2 nsubj", "2 makan VERB 0 root", "3 . PUNCT 2 punct");
        List<UdSentence> system = ud("1 Saya PRON _ _", "2 makan VERB _ _", "3 . PUNCT _ _");
        // The script cannot load HEAD "_"; here such a word is simply never attached correctly.
        Result r = UdEvaluator.evaluate(gold, system);
        assertScore(r.score("UPOS"), 1, 1, 1, 1);
        assertScore(r.score("UAS"), 0, 0, 0, 0);
        assertScore(r.score("CLAS"), 0, 0, 0, 0);
    }

    // ---- the script's own alignment tests (TestAlignment): "abc a b c" is token abc split into a, b, c ----

    private static List<UdSentence> words(String... tokens) {
        List<UdWord> ws = new ArrayList<>();
        List<UdMultiword> mwts = new ArrayList<>();
        for (String t : tokens) {
            String[] parts = t.split(" ");
            if (parts.length > 1) mwts.add(new UdMultiword(ws.size() + 1, ws.size() + parts.length - 1, parts[0], "_"));
            for (int i = parts.length > 1 ? 1 : 0; i < parts.length; i++) {
                int id = ws.size() + 1;
                ws.add(new UdWord(id, parts[i], "_", "_", "_", "_", id > 1 ? 1 : 0, "_", "_", "_"));
            }
        }
        return List.of(new UdSentence(List.of(), ws, mwts));
    }

    private static void assertAligned(List<String> gold, List<String> system, int correct) {
        Score s = UdEvaluator.evaluate(words(gold.toArray(String[]::new)), words(system.toArray(String[]::new)))
                .score("Words");
        int g = gold.stream().mapToInt(w -> Math.max(1, w.split(" ").length - 1)).sum();
        int sy = system.stream().mapToInt(w -> Math.max(1, w.split(" ").length - 1)).sum();
        assertScore(s, (double) correct / sy, (double) correct / g, 2.0 * correct / (g + sy), Double.NaN);
    }

    @Test
    void scriptAlignmentCases() {
        assertThrows(IllegalArgumentException.class, () -> UdEvaluator.evaluate(words("a"), words("b")));
        assertAligned(List.of("a", "b", "c"), List.of("a", "b", "c"), 3);
        assertAligned(List.of("abc a b c"), List.of("a", "b", "c"), 3);
        assertAligned(List.of("a", "bc b c", "d"), List.of("a", "b", "c", "d"), 4);
        assertAligned(List.of("abcd a b c d"), List.of("ab a b", "cd c d"), 4);
        assertAligned(List.of("abc a b c", "de d e"), List.of("a", "bcd b c d", "e"), 5);
        assertAligned(List.of("abcd"), List.of("a", "b", "c", "d"), 0);
        assertAligned(List.of("abc", "d"), List.of("a", "b", "c", "d"), 1);
        assertAligned(List.of("a", "bc", "d"), List.of("a", "b", "c", "d"), 2);
        assertAligned(List.of("a", "bc b c", "d"), List.of("a", "b", "cd"), 2);
        assertAligned(List.of("abc a BX c", "def d EX f"), List.of("ab a b", "cd c d", "ef e f"), 4);
        assertAligned(List.of("ab a b", "cd bc d"), List.of("a", "bc", "d"), 2);
        assertAligned(List.of("a", "bc b c", "d"), List.of("ab AX BX", "cd CX a"), 1);
    }

    // ---- the real Indonesian GSD test set ----

    private static final Set<String> CONTENT = Set.of("nsubj", "obj", "iobj", "csubj", "ccomp", "xcomp", "obl",
            "vocative", "expl", "dislocated", "advcl", "advmod", "discourse", "nmod", "appos", "nummod", "acl",
            "amod", "conj", "fixed", "flat", "compound", "list", "parataxis", "orphan", "goeswith", "reparandum",
            "root", "dep");

    @Test
    void gsdTestSetWithOneUposChanged() {
        assumeTrue(Files.isRegularFile(ConlluTest.GSD_TEST), "../shared/data/ud is not beside the checkout");
        List<UdSentence> gold = Conllu.read(ConlluTest.GSD_TEST);
        assertAllPerfect(UdEvaluator.evaluate(gold, gold));

        // Change the UPOS of the first sentence's root: a content word, nobody's functional child.
        List<UdSentence> system = new ArrayList<>(gold);
        UdSentence first = gold.get(0);
        List<UdWord> ws = new ArrayList<>(first.words());
        int root = ws.indexOf(ws.stream().filter(w -> w.head() == 0).findFirst().orElseThrow());
        UdWord w = ws.get(root);
        ws.set(root, new UdWord(w.id(), w.form(), w.lemma(), "X".equals(w.upos()) ? "NOUN" : "X", w.xpos(),
                w.feats(), w.head(), w.deprel(), w.deps(), w.misc()));
        system.set(0, new UdSentence(first.comments(), ws, first.multiwords()));

        Result r = UdEvaluator.evaluate(gold, system);
        int n = gold.stream().mapToInt(s -> s.words().size()).sum();
        long content = gold.stream().flatMap(s -> s.words().stream())
                .filter(x -> CONTENT.contains(x.deprel().split(":")[0])).count();
        double upos = (n - 1.0) / n;
        double mlas = (content - 1.0) / content;
        assertScore(r.score("UPOS"), upos, upos, upos, upos);
        assertScore(r.score("AllTags"), upos, upos, upos, upos);
        assertScore(r.score("MLAS"), mlas, mlas, mlas, mlas);
        for (String m : List.of("Tokens", "Sentences", "Words", "XPOS", "UFeats", "Lemmas", "UAS", "LAS", "CLAS",
                "BLEX")) {
            assertEquals(1.0, r.score(m).f1(), EPS, m);
        }
    }
}
