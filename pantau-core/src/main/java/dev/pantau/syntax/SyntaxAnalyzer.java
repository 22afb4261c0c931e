package dev.pantau.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import dev.pantau.text.CliticSplitter;

/**
 * Tags, lemmatises and (when a parser model is given) parses sentences of words, producing
 * CoNLL-U sentences: the one entry point for evaluation and for the pipeline.
 */
public final class SyntaxAnalyzer {
    private final CliticSplitter clitics;
    private final UposTagger tagger;
    private final Lemmatizer lemmatizer;
    private final DependencyParser parser;

    public SyntaxAnalyzer(CliticSplitter clitics, UposTagger tagger, Lemmatizer lemmatizer, DependencyParser parser) {
        this.clitics = clitics;
        this.tagger = tagger;
        this.lemmatizer = lemmatizer;
        this.parser = parser;
    }

    /** The Indonesian tagger, lemmatizer and parser shipped in the language pack. */
    public static SyntaxAnalyzer bundledIndonesian() {
        SyntaxAnalyzer a = forPack("id");
        if (a == null) throw new IllegalStateException("no POS model or clitic table in the Indonesian pack (run pantau train syntax)");
        return a;
    }

    /**
     * The syntax models of a language pack, or null when the pack ships none (only Indonesian
     * does so far).
     */
    public static SyntaxAnalyzer forPack(String code) {
        String dir = "/dev/pantau/lang/" + code + "/";
        if (!code.equals("id")) return null; // the lemmatizer's tables are Indonesian
        try (InputStream in = SyntaxAnalyzer.class.getResourceAsStream(dir + "upos.model");
             InputStream table = SyntaxAnalyzer.class.getResourceAsStream(dir + "clitics.tsv");
             InputStream parser = SyntaxAnalyzer.class.getResourceAsStream(dir + "parser.model")) {
            if (in == null || table == null) return null;
            Lemmatizer lemmatizer = Lemmatizer.shared();
            CliticSplitter clitics = CliticSplitter.load(table, w -> lemmatizer.isRoot(w)
                    || lemmatizer.isRoot(lemmatizer.lemma(w, "VERB")) || lemmatizer.isRoot(lemmatizer.lemma(w, "NOUN")));
            return new SyntaxAnalyzer(clitics, UposTagger.load(in, dir + "upos.model"), lemmatizer,
                    parser == null ? null : DependencyParser.load(parser, dir + "parser.model"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SyntaxAnalyzer withParser(DependencyParser p) {
        return new SyntaxAnalyzer(clitics, tagger, lemmatizer, p);
    }

    public boolean parses() {
        return parser != null;
    }

    /**
     * One sentence from its surface tokens: clitics are split off into words ("berdirinya" →
     * "berdiri" + "nya", a multi-word token), then the words are tagged, lemmatised and parsed.
     *
     * @param spaceAfter whether a space follows each token (kept as SpaceAfter=No in MISC)
     */
    public UdSentence analyzeTokens(List<String> tokens, List<Boolean> spaceAfter, List<String> comments) {
        List<String> forms = new ArrayList<>();
        List<Boolean> space = new ArrayList<>();
        List<UdMultiword> multiwords = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            List<String> parts = clitics.words(tokens.get(t));
            if (parts.size() > 1) {
                multiwords.add(new UdMultiword(forms.size() + 1, forms.size() + parts.size(), tokens.get(t),
                        spaceAfter.get(t) ? "_" : "SpaceAfter=No"));
                for (String p : parts) {
                    forms.add(p);
                    space.add(true); // spacing is carried by the multi-word token line
                }
            } else {
                forms.add(tokens.get(t));
                space.add(spaceAfter.get(t));
            }
        }
        UdSentence words = analyzeWords(forms, space, comments);
        return new UdSentence(comments, words.words(), multiwords);
    }

    /** One sentence of given words (gold tokenization): tagged, lemmatised and parsed. */
    public UdSentence analyzeWords(List<String> forms, List<Boolean> spaceAfter, List<String> comments) {
        List<String> tags = tagger.tag(forms);
        DependencyParser.Parse parse = parser == null ? null : parser.parse(forms, tags);
        List<UdWord> words = new ArrayList<>(forms.size());
        for (int i = 0; i < forms.size(); i++) {
            int id = i + 1;
            // without a parser: a placeholder tree (the first word the root, the others its "dep"s), so
            // the output stays valid CoNLL-U
            int head = parse != null ? parse.heads()[id] : id == 1 ? 0 : 1;
            String label = parse != null ? parse.labels()[id] : id == 1 ? "root" : "dep";
            words.add(new UdWord(id, forms.get(i), lemmatizer.lemma(forms.get(i), tags.get(i)), tags.get(i), "_", "_",
                    head, label, "_", spaceAfter.get(i) ? "_" : "SpaceAfter=No"));
        }
        return new UdSentence(comments, words, List.of());
    }
}
