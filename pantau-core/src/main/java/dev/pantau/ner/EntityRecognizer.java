package dev.pantau.ner;

import dev.pantau.doc.Doc;
import dev.pantau.doc.Entity;
import dev.pantau.geo.Gazetteer;
import dev.pantau.link.KnowledgeBase;
import dev.pantau.pipeline.LanguagePack;
import dev.pantau.pipeline.Layer;
import dev.pantau.pipeline.Step;
import dev.pantau.time.Dates;

import java.util.Optional;
import java.util.Set;

/**
 * Rule-based entity recognition and linking, a first version to be replaced by a trained
 * tagger: longest knowledge-base or gazetteer match; capitalised runs typed by what opens them (an
 * organisation or place head word), by a title before them ("Presiden ...") or by a speech cue
 * ("kata ..."); acronyms defined in brackets; surnames of persons already found; nominals
 * "Pemimpin Korea Utara itu" resolved to the person of that country; the dateline's outlet and
 * place. Mentions of one real-world entity are grouped into one {@link Entity}.
 */
public final class EntityRecognizer implements Step {
    private final KnowledgeBase kb;
    private final Gazetteer gazetteer;

    public EntityRecognizer(KnowledgeBase kb, Gazetteer gazetteer) {
        this.kb = kb;
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.DATELINE, Layer.PUBLISHED);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.ENTITIES);
    }

    @Override
    public Doc apply(Doc doc, LanguagePack pack) {
        NameLexicon lex = pack.compiled("names", NameLexicon::of);
        MentionDraft draft = new MentionDraft(doc, lex, Dates.parseDay(doc.published()), kb, gazetteer);
        KnownNameMatcher known = new KnownNameMatcher(draft);
        Coreference coreference = new Coreference(draft);
        known.dateline();
        known.knowledgeBase();
        NameRules rules = new NameRules(draft);
        Optional<NameTagger> tagger = pack.compiled("name-tagger", p -> Optional.ofNullable(NameTagger.forPack(p, null)));
        tagger.ifPresent(rules::useTagger);
        rules.capitalisedRuns();
        known.remainingPlaces();
        coreference.surnames();
        coreference.nominals();
        return doc.withEntities(coreference.entities());
    }
}
