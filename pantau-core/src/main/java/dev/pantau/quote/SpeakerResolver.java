package dev.pantau.quote;

import dev.pantau.doc.Doc;
import dev.pantau.doc.Entity;
import dev.pantau.doc.Token;
import dev.pantau.doc.Word;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who a speech cue's speaker is, from the dependency parse of the WORDS layer: the subject
 * (nsubj) of the speech verb and the words of its nominal (flat names, compounds, appositions,
 * modifiers: "Direktur Perlindungan WNI Kemlu Judha Nugraha", "Sekretaris partai, Budi Santoso");
 * a pronoun ("ia", "dia", "beliau") or an anaphoric nominal ("Politikus senior itu") takes the most
 * salient person before it, that is, the last one who was a subject or a speaker (a centering-style
 * preference for subjects; no gender is needed, Indonesian pronouns have none).
 */
final class SpeakerResolver {
    /** How far back a pronoun ("dia", "ujarnya") looks for its person. */
    private static final int PRONOUN_REACH_CHARS = 2000;
    /** Relations that keep a word inside its head's nominal (a relative clause, acl, does not). */
    private static final Set<String> NOMINAL_PARTS = Set.of("flat", "flat:name", "compound", "appos", "nmod", "amod",
            "det", "nummod", "case", "punct", "conj", "cc");
    /** Relations through which a name word reaches the head of its nominal. */
    private static final Set<String> NAME_PARTS = Set.of("flat", "flat:name", "compound", "appos");

    private final Doc doc;
    private final QuoteLexicon lex;
    private final MentionIndex mentions;

    SpeakerResolver(Doc doc, QuoteLexicon lex, MentionIndex mentions) {
        this.doc = doc;
        this.lex = lex;
        this.mentions = mentions;
    }

    /** What the parse says of a speech verb's subject. */
    record Subject(boolean parsed, MentionIndex.Ref speaker) {
        static final Subject UNKNOWN = new Subject(false, null);
    }

    /**
     * The speaker of the speech verb whose token is {@code cue}, read from its nsubj (or that of
     * the verb it is coordinated with: "X tiba … dan mengatakan"): a person inside the subject's
     * nominal, else an anaphor's person, else an organisation or country inside it. A subject
     * that names nobody ("sejumlah pejabat") gives a parsed null speaker; a verb without a parsed
     * subject gives {@link Subject#UNKNOWN}.
     */
    Subject subjectOf(Token cue) {
        List<Word> words = doc.words();
        int v = firstWordAt(cue.start());
        if (v < 0 || v >= words.size() || words.get(v).start() >= cue.end() || words.get(v).deprel() == null) return Subject.UNKNOWN;
        int v0 = v, subject = -1;
        for (int hops = 0; hops < 3 && subject < 0 && v >= 0; hops++) {
            subject = child(v, "nsubj");
            String rel = words.get(v).deprel();
            if (subject < 0) v = rel.equals("conj") || rel.equals("xcomp") ? words.get(v).head() : -1;
        }
        if (subject < 0 || words.get(subject).start() > cue.start()) return Subject.UNKNOWN;
        // the subject's words run from its first word to the verb ("Sekretaris partai, Budi
        // Santoso mengatakan": the parse may hang the apposition on the verb)
        boolean[] in = new boolean[words.size()];
        collect(subject, in);
        int first = subject;
        for (int i = 0; i < subject; i++) if (in[i]) { first = i; break; }
        MentionIndex.Ref person = null, other = null;
        boolean anaphor = false;
        int parens = 0;
        for (int i = first; i < v0; i++) {
            Word w = words.get(i);
            String form = w.form().toLowerCase(Locale.ROOT);
            // asides are no speaker: "(JK)", "yang menemui Budi"
            if (form.equals("(")) parens++;
            if (form.equals(")")) parens = Math.max(0, parens - 1);
            if (parens > 0 || inClause(i, v0)) continue;
            if (lex.pronouns().contains(form) || lex.demonstratives().contains(form) && "DET".equals(w.upos())) anaphor = true;
            MentionIndex.Ref r = mentions.overlapping(w.start(), w.end());
            if (r == null || !MentionIndex.canSpeak(r.entity())) continue;
            if (r.entity().type() == Entity.Type.PERSON) person = r; // the name after titles and bodies
            else if (other == null) other = r;
        }
        if (person != null) return new Subject(true, person);
        if (anaphor) return new Subject(true, previousPerson(cue.start()));
        return new Subject(true, other);
    }

    /** Whether word i hangs, below the verb v, from a clause of its own (acl, relative clause). */
    private boolean inClause(int i, int v) {
        List<Word> words = doc.words();
        for (int k = i, hops = 0; k >= 0 && k != v && hops < 12; k = words.get(k).head(), hops++) {
            String rel = words.get(k).deprel();
            if (rel == null) return false;
            if (rel.startsWith("acl")) return true;
        }
        return false;
    }

    private void collect(int head, boolean[] in) {
        in[head] = true;
        List<Word> words = doc.words();
        for (int i = Math.max(0, head - 40); i < Math.min(words.size(), head + 40); i++) {
            Word w = words.get(i);
            if (!in[i] && w.head() == head && w.deprel() != null && NOMINAL_PARTS.contains(w.deprel())) collect(i, in);
        }
    }

    private int child(int head, String relPrefix) {
        List<Word> words = doc.words();
        for (int i = Math.max(0, head - 40); i < Math.min(words.size(), head + 40); i++) {
            Word w = words.get(i);
            if (w.head() == head && w.deprel() != null && w.deprel().startsWith(relPrefix)) return i;
        }
        return -1;
    }

    /** The index of the first word ending after {@code offset} (words are in text order). */
    private int firstWordAt(int offset) {
        List<Word> words = doc.words();
        int lo = 0, hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).end() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * The person a pronoun at {@code offset} refers to: the last person mentioned before it as a
     * subject ("Budi Hartono meresmikan …") or as a speaker ("kata Hartono", "Hartono mengatakan"), else
     * the last person mentioned at all. A person only mentioned as an object or oblique ("Andi
     * berdebat dengan Budi mengenai …") does not take the pronoun.
     */
    MentionIndex.Ref previousPerson(int offset) {
        List<MentionIndex.Ref> persons = mentions.personsBefore(Math.max(0, offset - PRONOUN_REACH_CHARS), offset);
        for (MentionIndex.Ref r : persons) {
            if (isSubjectOrSpeaker(r)) return r;
        }
        return persons.isEmpty() ? null : persons.get(0);
    }

    private boolean isSubjectOrSpeaker(MentionIndex.Ref r) {
        Boolean parsed = subjectByParse(r.mention().start(), r.mention().end());
        List<Token> toks = doc.tokens();
        int next = QuoteExtractor.tokenAt(doc, r.mention().end());
        if (parsed != null) {
            if (parsed) return true;
        } else if (next >= 0 && next < toks.size()) {
            Token t = toks.get(next);
            if (t.isWord() && !t.startsUpper() && t.text().length() > 3) return true;
        }
        // "Budi mengatakan", "Budi juga menilai": a speech verb right after the name
        for (int k = next, skipped = 0; k >= 0 && k < toks.size() && skipped < 2; k++, skipped++) {
            String w = toks.get(k).text().toLowerCase(Locale.ROOT);
            if (lex.cuesBefore().contains(w)) return true;
        }
        // "kata Hartono", "kata Gubernur Budi Hartono": a speech cue before the name, titles between
        int p = QuoteExtractor.lastTokenBefore(doc, r.mention().start());
        for (int skipped = 0; p >= 0 && skipped < 3 && toks.get(p).startsUpper(); skipped++) p--;
        return p >= 0 && lex.cuesAfter().contains(toks.get(p).text().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the span [start, end) is a subject (nsubj, nsubj:pass) in the dependency parse: one
     * of its words is, or heads its nominal through name relations ("Gubernur Bank Indonesia Perry
     * Warjiyo": "Warjiyo" is flat under "Gubernur", the subject); null when the span carries no parse.
     */
    Boolean subjectByParse(int start, int end) {
        boolean any = false;
        List<Word> words = doc.words();
        for (int i = firstWordAt(start); i < words.size(); i++) {
            Word w = words.get(i);
            if (w.start() >= end) break;
            if (w.deprel() == null) return null;
            any = true;
            int k = i;
            for (int hops = 0; hops < 8 && k >= 0; hops++) {
                Word x = words.get(k);
                if (x.deprel().startsWith("nsubj")) return true;
                if (!NAME_PARTS.contains(x.deprel())) break;
                k = x.head();
            }
        }
        return any ? false : null;
    }
}
