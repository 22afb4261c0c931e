package dev.pantau.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Tags, lemmatises and (when a parser model is given) parses sentences of words, producing
 * CoNLL-U sentences: the one entry point for evaluation and for the pipeline.
 */
public final class SyntaxAnalyzer {
    private final UposTagger tagger;
    private final Lemmatizer lemmatizer;
    private final DependencyParser parser;

    public SyntaxAnalyzer(UposTagger tagger, Lemmatizer lemmatizer, DependencyParser parser) {
        this.tagger = tagger;
        this.lemmatizer = lemmatizer;
        this.parser = parser;
    }

    /** The Indonesian tagger and lemmatizer shipped in the language pack, without a parser. */
    public static SyntaxAnalyzer bundledIndonesian() {
        try (InputStream in = SyntaxAnalyzer.class.getResourceAsStream(UposTagger.RESOURCE)) {
            if (in == null) throw new IllegalStateException("no POS model at " + UposTagger.RESOURCE + " (run pantau train syntax)");
            return new SyntaxAnalyzer(UposTagger.load(in, UposTagger.RESOURCE), Lemmatizer.shared(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SyntaxAnalyzer withParser(DependencyParser p) {
        return new SyntaxAnalyzer(tagger, lemmatizer, p);
    }

    public boolean parses() {
        return parser != null;
    }

    /**
     * One analysed sentence.
     *
     * @param spaceAfter whether a space follows each word (kept as SpaceAfter=No in MISC)
     */
    public UdSentence analyze(List<String> forms, List<Boolean> spaceAfter, List<String> comments) {
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
