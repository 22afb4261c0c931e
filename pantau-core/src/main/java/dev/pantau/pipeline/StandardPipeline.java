package dev.pantau.pipeline;

import dev.pantau.event.CameoCodebook;
import dev.pantau.event.EventCoder;
import dev.pantau.geo.Gazetteer;
import dev.pantau.ingest.DatelineParser;
import dev.pantau.link.KnowledgeBase;
import dev.pantau.ner.EntityRecognizer;
import dev.pantau.quote.AttributionExtractor;
import dev.pantau.quote.QuoteExtractor;
import dev.pantau.syntax.SyntaxStep;
import dev.pantau.text.TokenizerStep;
import dev.pantau.time.TimexRecognizer;
import dev.pantau.tone.ToneScorer;

import java.util.List;

/** The default flow of DESIGN.md: tokens → words (UPOS, lemma) → dateline → times → entities → quotes → sources → events → tone. */
public final class StandardPipeline {
    private StandardPipeline() {
    }

    public static Pipeline create() {
        return create(KnowledgeBase.bundled());
    }

    public static Pipeline create(KnowledgeBase kb) {
        return new Pipeline(List.of(
                new TokenizerStep(),
                new SyntaxStep(),
                new DatelineParser(kb),
                new TimexRecognizer(),
                new EntityRecognizer(kb, Gazetteer.bundled()),
                new QuoteExtractor(),
                new AttributionExtractor(),
                new EventCoder(CameoCodebook.bundled()),
                new ToneScorer()));
    }
}
