package dev.pantau;

import dev.pantau.doc.Article;
import dev.pantau.doc.Doc;
import dev.pantau.lang.LanguageIdentifier;
import dev.pantau.pipeline.AnalysisException;
import dev.pantau.pipeline.LanguagePack;
import dev.pantau.pipeline.Limits;
import dev.pantau.pipeline.Pipeline;
import dev.pantau.pipeline.StandardPipeline;

/**
 * The library's front door: {@code Pantau.analyze(text)} returns an analysed {@link Doc}.
 * One instance is thread-safe and meant to be reused; language packs and lexicons load once.
 */
public final class Pantau {
    private static volatile Pantau defaultInstance;

    private final Pipeline pipeline;
    private final Limits limits;
    private final String language;
    private final LanguageIdentifier identifier;

    private Pantau(Pipeline pipeline, Limits limits, String language) {
        this.pipeline = pipeline;
        this.limits = limits;
        this.language = language;
        this.identifier = language == null ? new LanguageIdentifier() : null;
    }

    /** Analyses plain text with default settings (language detected). */
    public static Doc analyze(String text) {
        Pantau p = defaultInstance;
        if (p == null) {
            synchronized (Pantau.class) {
                if (defaultInstance == null) defaultInstance = builder().build();
                p = defaultInstance;
            }
        }
        return p.analyze(Article.ofText(text));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Analyses one article; throws {@link AnalysisException} with the reason when it cannot. */
    public Doc analyze(Article article) {
        long start = System.nanoTime();
        String text = article.text();
        if (text.isBlank()) {
            throw new AnalysisException("empty text: nothing to analyse");
        }
        if (text.length() > limits.maxChars()) {
            throw new AnalysisException("text has " + text.length() + " chars, over the limit of "
                    + limits.maxChars() + " (raise it with --max-chars)");
        }
        String lang = language != null ? language : identifier.identify(text);
        LanguagePack pack = LanguagePack.forLanguage(LanguageIdentifier.packFor(lang));
        Doc doc = Doc.of(article).withLanguage(lang);
        return pipeline.run(doc, pack, start + limits.maxDuration().toNanos());
    }

    public Limits limits() {
        return limits;
    }

    /** Settings of a {@link Pantau} instance; every one has a sensible default. */
    public static final class Builder {
        private Limits limits = Limits.DEFAULT;
        private String language;
        private Pipeline pipeline;

        /** Fixes the language (ISO 639-1) instead of detecting it per document. */
        public Builder language(String code) {
            if (code != null && !LanguagePack.isAvailable(LanguageIdentifier.packFor(code))) {
                throw new IllegalArgumentException("no language pack for '" + code + "' (available: "
                        + String.join(", ", LanguagePack.available()) + ")");
            }
            this.language = code;
            return this;
        }

        public Builder limits(Limits limits) {
            this.limits = limits;
            return this;
        }

        public Builder pipeline(Pipeline pipeline) {
            this.pipeline = pipeline;
            return this;
        }

        public Pantau build() {
            return new Pantau(pipeline != null ? pipeline : StandardPipeline.create(), limits, language);
        }
    }
}
