package dev.pantau.syntax;

import dev.pantau.doc.Doc;
import dev.pantau.doc.Sentence;
import dev.pantau.doc.Token;
import dev.pantau.doc.Word;
import dev.pantau.pipeline.LanguagePack;
import dev.pantau.pipeline.Layer;
import dev.pantau.pipeline.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pipeline step: the UD words of every sentence (clitics split off) with UPOS tag, lemma and,
 * once a parser ships, dependency head and relation. A pack without syntax models adds no words.
 */
public final class SyntaxStep implements Step {

    @Override
    public String name() {
        return "syntax";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.WORDS);
    }

    @Override
    public Doc apply(Doc doc, LanguagePack pack) {
        Optional<SyntaxAnalyzer> analyzer = pack.compiled("syntax", p -> Optional.ofNullable(SyntaxAnalyzer.forPack(p.code())));
        if (analyzer.isEmpty()) return doc;
        String text = doc.text();
        List<Word> out = new ArrayList<>(doc.tokens().size() + 16);
        for (Sentence s : doc.sentences()) {
            List<Token> toks = doc.tokens(s);
            List<String> forms = new ArrayList<>(toks.size());
            List<Boolean> space = new ArrayList<>(toks.size());
            for (Token t : toks) {
                forms.add(t.text());
                space.add(t.end() < text.length() && Character.isWhitespace(text.charAt(t.end())));
            }
            UdSentence ud = analyzer.get().analyzeTokens(forms, space, List.of());
            addWords(s, toks, ud, analyzer.get().parses(), out);
        }
        return doc.withWords(out);
    }

    /** Maps the UD words back to text offsets: a clitic takes its share of its token's characters. */
    private static void addWords(Sentence s, List<Token> toks, UdSentence ud, boolean parsed, List<Word> out) {
        int base = out.size();
        int w = 0;
        for (int t = 0; t < toks.size(); t++) {
            Token tok = toks.get(t);
            int parts = 1;
            for (UdMultiword m : ud.multiwords()) if (m.first() == w + 1) parts = m.last() - m.first() + 1;
            int pos = tok.start();
            for (int k = 0; k < parts; k++, w++) {
                UdWord u = ud.words().get(w);
                int end = k == parts - 1 ? tok.end() : Math.min(tok.end(), pos + u.form().length());
                int head = parsed && u.head() > 0 ? base + u.head() - 1 : -1;
                out.add(new Word(pos, end, u.form(), s.firstToken() + t, u.upos(), u.lemma(), head, parsed ? u.deprel() : null));
                pos = end;
            }
        }
    }
}
