package dev.pantau.syntax;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Indonesian lemmatizer against UD conventions: words from the training treebanks and the seed
 * article, the rules on their own, the trainer, and lemma accuracy on UD Indonesian-GSD test (gold
 * tokens and UPOS; skipped when ../shared/data is absent).
 */
class LemmatizerTest {
    private static final Path DATA = Path.of("../../shared/data");
    private static final Path UD = DATA.resolve("ud");
    static final Path GSD_TEST = UD.resolve("gsd/id_gsd-ud-test.conllu");
    static final Path CSUI_TEST = UD.resolve("csui/id_csui-ud-test.conllu");

    private static String lemma(String form, String upos) {
        return Lemmatizer.shared().lemma(form, upos);
    }

    @Test
    void derivedWordsTakeTheirRootAsInUd() {
        assertEquals("desain", lemma("mendesain", "VERB"));
        assertEquals("alat", lemma("peralatan", "NOUN"));
        assertEquals("letak", lemma("terletak", "VERB"));
        assertEquals("temu", lemma("bertemu", "VERB"));
        assertEquals("kata", lemma("mengatakan", "VERB"));
        assertEquals("tahan", lemma("pertahanan", "NOUN"));
        assertEquals("kembang", lemma("pengembangan", "NOUN"));
        assertEquals("kuat", lemma("memperkuat", "VERB"));
        assertEquals("guna", lemma("digunakan", "VERB"));
        assertEquals("bagi", lemma("bagian", "NOUN"));
    }

    @Test
    void seedArticleWordsUnseenInTrainingGoThroughTheRules() {
        assertEquals("hangat", lemma("kehangatan", "NOUN"));
        assertEquals("musuh", lemma("permusuhan", "NOUN"));
        assertEquals("isyarat", lemma("mengisyaratkan", "VERB"));
        assertEquals("lemah", lemma("melemahkan", "VERB"));
        assertEquals("kucil", lemma("dikucilkan", "VERB"));
        assertEquals("janji", lemma("berjanji", "VERB"));
        // GSD splits the clitic ("menyambut" + "nya"); a tokenizer that does not still gets the root
        assertEquals("sambut", lemma("menyambutnya", "VERB"));
        assertEquals("aman", lemma("keamanannya", "NOUN"));
    }

    @Test
    void reduplicationTakesTheBase() {
        assertEquals("negara", lemma("negara-negara", "NOUN"));
        assertEquals("anak", lemma("anak-anak", "NOUN"));
        assertEquals("besar", lemma("besar-besaran", "ADJ"));
        assertEquals("usaha", lemma("perusahaan-perusahaan", "NOUN"));
    }

    @Test
    void functionWordsFollowGsd() {
        assertEquals("dia", lemma("nya", "PRON"));
        assertEquals("dia", lemma("Ia", "PRON"));
        assertEquals("aku", lemma("ku", "PRON"));
        assertEquals("buah", lemma("sebuah", "DET"));
        assertEquals("sebagai", lemma("sebagai", "ADP"));
        assertEquals("tersebut", lemma("tersebut", "DET"));
        assertEquals("merupakan", lemma("merupakan", "VERB"));
    }

    @Test
    void namesNumbersAndPunctuationKeepTheirFormInLowerCase() {
        assertEquals("kalla", lemma("Kalla", "PROPN"));
        assertEquals("vladimir", lemma("Vladimir", "PROPN"));
        assertEquals("vostochny", lemma("Vostochny", "PROPN"));
        assertEquals("2023", lemma("2023", "NUM"));
        assertEquals("40", lemma("40", "NUM"));
        assertEquals(",", lemma(",", "PUNCT"));
        assertEquals("%", lemma("%", "SYM"));
        assertEquals("1950-an", lemma("1950-an", "NOUN"));
    }

    @Test
    void lemmasAreLowerCase() {
        assertEquals("temu", lemma("Bertemu", "VERB"));
        assertEquals("perintah", lemma("PEMERINTAH", "NOUN"));
        assertEquals("xyzzy", lemma("Xyzzy", "NOUN"));
        assertEquals("kata", lemma("mengatakan", null));
    }

    @Test
    void rulesStripAffixesOnlyDownToAKnownRoot() {
        Map<String, Integer> roots = new HashMap<>();
        for (String r : List.of("baca", "buku", "pukul", "tulis", "kirim", "nyata", "bom", "tahan", "tari", "tar",
                "kenal", "masak", "masa")) {
            roots.put(r, 1);
        }
        Lemmatizer rules = Lemmatizer.rulesOnly(roots);
        assertEquals("baca", rules.ruleLemma("bacalah", "VERB"));           // particle
        assertEquals("buku", rules.ruleLemma("bukunya", "NOUN"));           // possessive
        assertEquals("pukul", rules.ruleLemma("memukul", "VERB"));          // meN- with p restored
        assertEquals("tulis", rules.ruleLemma("menulis", "VERB"));          // t restored
        assertEquals("kirim", rules.ruleLemma("mengirimkan", "VERB"));      // k restored, -kan
        assertEquals("nyata", rules.ruleLemma("menyatakan", "VERB"));       // meny- before a root in ny
        assertEquals("bom", rules.ruleLemma("mengebom", "VERB"));           // menge- on one syllable
        assertEquals("tahan", rules.ruleLemma("pertahanan", "NOUN"));       // per-…-an
        assertEquals("kenal", rules.ruleLemma("diperkenalkan", "VERB"));    // di- + per- + -kan
        assertEquals("tari", rules.ruleLemma("menari", "VERB"));            // fewest affixes, not me-tar-i
        assertEquals("masak", rules.ruleLemma("masakan", "NOUN"));          // a noun has no -kan
        assertEquals("menyanyi", rules.ruleLemma("menyanyi", "VERB"));      // no known root: the form
        assertEquals("bukunya", rules.ruleLemma("bukunya", "PROPN"));       // names are not stripped
        assertEquals("dibidang", rules.ruleLemma("dibidang", "ADP"));       // nor unseen function words
    }

    @Test
    void trainerKeepsOnlyWhatTheRulesMissAndIsDeterministic(@TempDir Path dir) throws IOException {
        Path tb = dir.resolve("t.conllu");
        Files.writeString(tb, """
                # sent_id = 1
                1\tIa\tdia\tPRON\t_\t_\t3\tnsubj\t_\t_
                2\tsebuah\tbuah\tDET\t_\t_\t3\tdet\t_\t_
                3\tpenulis\ttulis\tNOUN\t_\t_\t0\troot\t_\t_
                4\tbuku\tbuku\tNOUN\t_\t_\t3\tnmod\t_\t_
                5\tPenulis\tPenulis\tNOUN\t_\t_\t3\tappos\t_\t_

                """, StandardCharsets.UTF_8);
        Path roots = dir.resolve("roots-list.txt");
        Files.writeString(roots, "buah\r\nbuku\r\ntulis\r\n", StandardCharsets.UTF_8);
        LemmaLexiconTrainer.Result r = new LemmaLexiconTrainer().train(List.of(tb), roots,
                dir.resolve("a.tsv"), dir.resolve("a.txt"));
        new LemmaLexiconTrainer().train(List.of(tb), roots, dir.resolve("b.tsv"), dir.resolve("b.txt"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.tsv")), Files.readAllBytes(dir.resolve("b.tsv")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.txt")), Files.readAllBytes(dir.resolve("b.txt")));
        // "Penulis" → "Penulis" is CSUI's convention for words inside names, not a lemma: not counted
        assertEquals(4, r.words());
        List<String> rows = Files.readAllLines(dir.resolve("a.tsv")).stream().filter(l -> !l.startsWith("#")).toList();
        // the rules give "tulis" and "buku"; the function words that change are listed
        assertEquals(List.of("ia\tPRON\tdia\t100", "sebuah\tDET\tbuah\t100"), rows);
        Lemmatizer l = Lemmatizer.load(Files.newInputStream(dir.resolve("a.tsv")), Files.newInputStream(dir.resolve("a.txt")));
        assertEquals("buah", l.lemma("Sebuah", "DET"));
        assertEquals("tulis", l.lemma("ditulis", "VERB"));
    }

    @Test
    void resourcesSayWhatTheyAreAndHowToRebuildThem() throws IOException {
        for (String resource : List.of(Lemmatizer.LEMMAS_RESOURCE, Lemmatizer.ROOTS_RESOURCE)) {
            try (var in = Lemmatizer.class.getResourceAsStream(resource)) {
                String head = new String(in.readNBytes(2000), StandardCharsets.UTF_8);
                assertTrue(head.startsWith("# "), resource);
                assertTrue(head.contains("pantau train syntax") && head.contains("combined_root_words.txt"), resource);
            }
        }
    }

    @Test
    void lemmaAccuracyOnGsdTestWithGoldTokensAndUpos() {
        assumeTrue(Files.isRegularFile(GSD_TEST), "../shared/data/ud is not beside the checkout");
        double accuracy = accuracy(GSD_TEST, false);
        System.out.printf(Locale.ROOT, "lemma accuracy, UD Indonesian-GSD test: %.4f%n", accuracy);
        assertTrue(accuracy >= 0.96, "lemma accuracy " + accuracy);
    }

    /** Share of the syntactic words whose lemma is the gold one (case-insensitively when asked). */
    static double accuracy(Path conllu, boolean ignoreCase) {
        long n = 0, right = 0;
        for (UdSentence s : Conllu.read(conllu)) {
            for (UdWord w : s.words()) {
                String got = Lemmatizer.shared().lemma(w.form(), w.upos());
                n++;
                if (ignoreCase ? got.equalsIgnoreCase(w.lemma()) : got.equals(w.lemma())) right++;
            }
        }
        return (double) right / n;
    }

    /** Measures both test treebanks, exact and ignoring case (CSUI keeps the case of names). */
    public static void main(String[] args) {
        for (Path p : List.of(GSD_TEST, CSUI_TEST)) {
            System.out.printf(Locale.ROOT, "%s: exact %.4f, ignoring case %.4f%n",
                    p.getFileName(), accuracy(p, false), accuracy(p, true));
        }
    }
}
