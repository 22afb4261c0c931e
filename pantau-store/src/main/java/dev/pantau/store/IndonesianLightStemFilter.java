package dev.pantau.store;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

import java.io.IOException;

/** Applies {@link IndonesianLightStemmer} to each term not marked as a keyword. */
final class IndonesianLightStemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    IndonesianLightStemFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        if (!keyword.isKeyword()) {
            term.setLength(IndonesianLightStemmer.stem(term.buffer(), term.length()));
        }
        return true;
    }
}
