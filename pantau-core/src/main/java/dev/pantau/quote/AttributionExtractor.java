package dev.pantau.quote;

import dev.pantau.doc.Attribution;
import dev.pantau.doc.Doc;
import dev.pantau.doc.Entity;
import dev.pantau.doc.Quote;
import dev.pantau.doc.Sentence;
import dev.pantau.pipeline.LanguagePack;
import dev.pantau.pipeline.Layer;
import dev.pantau.pipeline.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * In-text source attribution by cue phrases from the language pack. A cue says where its source
 * is: the words after it ("Dilansir dari Channel News Asia", "kata kantor berita pemerintah
 * Rusia"), an organisation named after it ("menurut BPS"), the speaker of the sentence ("dalam
 * keterangan tertulis") or the outlet itself ("Diberitakan sebelumnya"). The source is linked to
 * an entity when one is mentioned there.
 */
public final class AttributionExtractor implements Step {
    private static final int MAX_SOURCE_CHARS = 60;

    @Override
    public String name() {
        return "attributions";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.SENTENCES, Layer.ENTITIES, Layer.QUOTES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.ATTRIBUTIONS);
    }

    @Override
    public Doc apply(Doc doc, LanguagePack pack) {
        QuoteLexicon lex = pack.compiled("quotes", QuoteLexicon::of);
        MentionIndex mentions = new MentionIndex(doc);
        String text = doc.text();
        String lower = text.toLowerCase(Locale.ROOT);
        List<Attribution> out = new ArrayList<>();
        int covered = -1;
        for (Sentence sent : doc.sentences()) {
            for (int pos = sent.start(); pos < sent.end(); pos++) {
                if (pos < covered || pos > sent.start() && Character.isLetter(text.charAt(pos - 1))) continue;
                for (QuoteLexicon.AttributionCue cue : lex.attributionCues()) {
                    if (!lower.startsWith(cue.phrase(), pos)) continue;
                    int after = pos + cue.phrase().length();
                    // the cue must end a word, unless a glued name follows ("DilansirAFP")
                    if (after < text.length() && Character.isLetter(text.charAt(after)) && !Character.isUpperCase(text.charAt(after))) continue;
                    Attribution a = switch (cue.source()) {
                        case FOLLOWS -> following(text, mentions, pos, cue.sourceOffset() >= 0 ? pos + cue.sourceOffset() : after, sent.end(), false);
                        case ORGANIZATION -> following(text, mentions, pos, after, sent.end(), true);
                        case SPEAKER -> speaker(doc, mentions, pos, after, sent);
                        case OUTLET -> outlet(doc, mentions, pos, after);
                    };
                    if (a != null) {
                        out.add(a);
                        covered = a.end();
                        break;
                    }
                }
            }
        }
        return doc.withAttributions(out);
    }

    private static Attribution following(String text, MentionIndex mentions, int cueStart, int s, int sentEnd, boolean organizationOnly) {
        while (s < sentEnd && Character.isWhitespace(text.charAt(s))) s++;
        int e = s;
        while (e < sentEnd && ",.;:()\n“”\"".indexOf(text.charAt(e)) < 0 && e - s < MAX_SOURCE_CHARS) e++;
        if (e < sentEnd && text.charAt(e) == '.' && e + 1 < sentEnd && !Character.isWhitespace(text.charAt(e + 1))) {
            while (e < sentEnd && ",;:()\n“”\" ".indexOf(text.charAt(e)) < 0) e++; // a domain: "Kompas.com"
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e <= s) return null;
        MentionIndex.Ref ref = mentions.overlapping(s, e);
        if (organizationOnly) {
            if (ref == null || ref.mention().start() != s || ref.entity().type() != Entity.Type.ORGANIZATION) return null;
            e = ref.mention().end();
        }
        String source = text.substring(s, e);
        String entity = null;
        // the source is that entity only when its mention is most of the source ("TV Rusia" is not Russia)
        if (ref != null && ref.entity().type() != Entity.Type.PERSON
                && 2 * (ref.mention().end() - ref.mention().start()) >= e - s) {
            entity = ref.entity().id();
            if (ref.mention().start() == s && ref.mention().end() == e) source = ref.entity().name();
        }
        return new Attribution(cueStart, e, text.substring(cueStart, e), source, entity);
    }

    /** "dalam keterangan tertulis": the speaker of a quote in the sentence, else the person or body named in it. */
    private static Attribution speaker(Doc doc, MentionIndex mentions, int cueStart, int cueEnd, Sentence sent) {
        Entity who = null;
        for (Quote q : doc.quotes()) {
            if (q.speaker() != null && (doc.sentenceAt(q.start()) == doc.sentenceAt(cueStart)
                    || q.cue() != null && q.cue().start() >= sent.start() && q.cue().start() < sent.end())) {
                who = doc.entity(q.speaker());
                break;
            }
        }
        if (who == null) {
            MentionIndex.Ref r = mentions.lastSpeaker(sent.start(), cueStart, false);
            if (r == null) r = mentions.firstSpeaker(cueEnd, sent.end());
            if (r != null) who = r.entity();
        }
        if (who == null) return null;
        return new Attribution(cueStart, cueEnd, doc.text(cueStart, cueEnd), who.name(), who.id());
    }

    /** "Diberitakan sebelumnya": the outlet's own earlier reporting. */
    private static Attribution outlet(Doc doc, MentionIndex mentions, int cueStart, int cueEnd) {
        if (doc.outlet() == null) return null;
        String entity = null;
        for (Entity e : doc.entities()) {
            if (e.type() == Entity.Type.ORGANIZATION && (e.name().equalsIgnoreCase(doc.outlet())
                    || e.mentions().stream().anyMatch(m -> m.text().equalsIgnoreCase(doc.outlet())))) {
                entity = e.id();
                break;
            }
        }
        return new Attribution(cueStart, cueEnd, doc.text(cueStart, cueEnd), doc.outlet(), entity);
    }
}
