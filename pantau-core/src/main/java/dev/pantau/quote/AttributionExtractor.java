package dev.pantau.quote;

import dev.pantau.doc.Attribution;
import dev.pantau.doc.Doc;
import dev.pantau.doc.Entity;
import dev.pantau.doc.Sentence;
import dev.pantau.pipeline.LanguagePack;
import dev.pantau.pipeline.Layer;
import dev.pantau.pipeline.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * In-text source attribution by cue phrases from the language pack ("dilansir dari",
 * "seperti dilaporkan", "kata kantor berita", "menurut rekaman yang disiarkan di"): the source
 * is what follows the cue up to the next comma or sentence end (a cue may keep its last words in
 * the source: "kata |kantor berita"), linked to an entity when one is mentioned there.
 */
public final class AttributionExtractor implements Step {
    private static final int MAX_SOURCE_CHARS = 60;

    @Override
    public String name() {
        return "attributions";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.SENTENCES, Layer.ENTITIES);
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
                for (String cue : lex.attributionCues()) {
                    String phrase = cue.replace("|", "");
                    if (!lower.startsWith(phrase, pos)) continue;
                    int bar = cue.indexOf('|');
                    int s = pos + phrase.length();
                    if (s < text.length() && Character.isLetter(text.charAt(s)) && bar < 0 && !Character.isUpperCase(text.charAt(s))) continue;
                    if (bar >= 0) s = pos + bar;
                    Attribution a = attribution(text, mentions, pos, s, sent.end());
                    if (a != null) {
                        out.add(a);
                        covered = a.end();
                    }
                    break;
                }
            }
        }
        return doc.withAttributions(out);
    }

    private static Attribution attribution(String text, MentionIndex mentions, int cueStart, int s, int sentEnd) {
        while (s < sentEnd && Character.isWhitespace(text.charAt(s))) s++;
        int e = s;
        while (e < sentEnd && ",.;:()\n“”\"".indexOf(text.charAt(e)) < 0 && e - s < MAX_SOURCE_CHARS) e++;
        if (e < sentEnd && text.charAt(e) == '.' && e + 1 < sentEnd && !Character.isWhitespace(text.charAt(e + 1))) {
            while (e < sentEnd && ",;:()\n“”\" ".indexOf(text.charAt(e)) < 0) e++; // a domain: "Kompas.com"
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e <= s) return null;
        String source = text.substring(s, e);
        MentionIndex.Ref ref = mentions.overlapping(s, e);
        String entity = null;
        // the source is that entity only when its mention is most of the source ("TV Rusia" is not Russia)
        if (ref != null && ref.entity().type() != Entity.Type.PERSON
                && 2 * (ref.mention().end() - ref.mention().start()) >= e - s) {
            entity = ref.entity().id();
            if (ref.mention().start() == s && ref.mention().end() == e) source = ref.entity().name();
        }
        return new Attribution(cueStart, e, text.substring(cueStart, e), source, entity);
    }
}
