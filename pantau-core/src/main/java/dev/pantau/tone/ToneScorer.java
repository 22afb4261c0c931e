package dev.pantau.tone;

import dev.pantau.doc.Doc;
import dev.pantau.doc.Token;
import dev.pantau.doc.Tone;
import dev.pantau.pipeline.LanguagePack;
import dev.pantau.pipeline.Layer;
import dev.pantau.pipeline.Step;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * GDELT-style document tone (Leetaru &amp; Schrodt 2013): the percentage of words in the
 * positive lexicon minus the percentage in the negative one, with both parts, their sum
 * (polarity) and the word count.
 */
public final class ToneScorer implements Step {

    @Override
    public String name() {
        return "tone";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.TONE);
    }

    @Override
    public Doc apply(Doc doc, LanguagePack pack) {
        Map<String, Boolean> lexicon = pack.compiled("tone", ToneScorer::lexicon);
        int words = 0, pos = 0, neg = 0;
        for (Token t : doc.tokens()) {
            if (!t.isWord()) continue;
            words++;
            Boolean p = lexicon.get(t.text().toLowerCase(Locale.ROOT));
            if (p == null) continue;
            if (p) pos++;
            else neg++;
        }
        if (words == 0) return doc.withTone(new Tone(0, 0, 0, 0, 0));
        double positive = round(100.0 * pos / words), negative = round(100.0 * neg / words);
        return doc.withTone(new Tone(round(positive - negative), positive, negative, round(positive + negative), words));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static Map<String, Boolean> lexicon(LanguagePack pack) {
        Map<String, Boolean> m = new HashMap<>();
        for (String[] r : pack.rows("tone.tsv")) m.put(r[0], r[1].equals("positive"));
        return Map.copyOf(m);
    }
}
