package dev.pantau.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.util.List;

/**
 * Indonesian full-text analysis that does not over-stem: UAX#29 words, lower case, ASCII folding,
 * the particles written apart ("Jakarta-nya", "pun") dropped, and the enclitics -nya/-lah/-kah
 * removed conservatively ({@link IndonesianLightStemmer}). Prefixes are kept: "bertemu" stays
 * "bertemu", so a search for "bertemu" does not also find "temu" and "bertemunya" finds it.
 */
public final class IndonesianLightAnalyzer extends Analyzer {
    /** Particles that StandardTokenizer splits off at a hyphen ("Jakarta-nya" -> "jakarta", "nya"). */
    static final CharArraySet DETACHED_PARTICLES = CharArraySet.unmodifiableSet(
            new CharArraySet(List.of("nya", "lah", "kah", "tah", "pun"), false));

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream s = new LowerCaseFilter(source);
        s = new ASCIIFoldingFilter(s);
        s = new StopFilter(s, DETACHED_PARTICLES);
        s = new IndonesianLightStemFilter(s);
        return new TokenStreamComponents(source, s);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
