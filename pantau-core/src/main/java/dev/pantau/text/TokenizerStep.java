package dev.pantau.text;

import dev.pantau.doc.Doc;
import dev.pantau.doc.Sentence;
import dev.pantau.doc.Token;
import dev.pantau.pipeline.LanguagePack;
import dev.pantau.pipeline.Layer;
import dev.pantau.pipeline.Step;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Pipeline step: tokens and sentences, with the language pack's abbreviations. */
public final class TokenizerStep implements Step {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Override
    public String name() {
        return "tokenize";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public Doc apply(Doc doc, LanguagePack pack) {
        Tokenizer tokenizer = pack.compiled("tokenizer", TokenizerStep::tokenizer);
        List<Token> tokens = tokenizer.tokenize(doc.text());
        List<Sentence> sentences = splitter.split(doc.text(), tokens);
        return doc.withTokens(tokens, sentences);
    }

    private static Tokenizer tokenizer(LanguagePack pack) {
        Set<String> abbr = new HashSet<>();
        for (String a : pack.lines("abbreviations.txt")) {
            abbr.add(a.toLowerCase(Locale.ROOT).replaceAll("\\.$", ""));
        }
        return new Tokenizer(abbr);
    }
}
