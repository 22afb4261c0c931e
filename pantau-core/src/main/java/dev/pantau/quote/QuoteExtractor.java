package dev.pantau.quote;

import dev.pantau.doc.Doc;
import dev.pantau.doc.Quote;
import dev.pantau.doc.Sentence;
import dev.pantau.doc.TextSpan;
import dev.pantau.doc.Token;
import dev.pantau.doc.Word;
import dev.pantau.pipeline.LanguagePack;
import dev.pantau.pipeline.Layer;
import dev.pantau.pipeline.Step;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Direct quotes and reported speech with their speakers, by cue words: a speech verb after the
 * quote and before the speaker ("“…,” kata Putin"), a speaker and verb before it ("Kim
 * mengatakan bahwa …"), "Menurut X, …" and "…, kata X." without marks. Short quoted phrases
 * count only inside a speaker's reported clause; elsewhere they are scare quotes. A quote
 * paragraph with no cue continues the speaker of the quote just before it.
 */
public final class QuoteExtractor implements Step {
    private static final int SPEAKER_WINDOW_TOKENS = 6;
    private static final int SCARE_MAX_WORDS = 4;

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.QUOTES);
    }

    @Override
    public Doc apply(Doc doc, LanguagePack pack) {
        QuoteLexicon lex = pack.compiled("quotes", QuoteLexicon::of);
        MentionIndex mentions = new MentionIndex(doc);
        SpeakerResolver speakers = new SpeakerResolver(doc, lex, mentions);
        List<int[]> marks = QuoteMarks.find(doc.text());
        List<Quote> reported = reported(doc, lex, mentions, speakers, marks);
        List<Quote> out = new ArrayList<>(reported);
        Quote previous = null;
        for (int[] m : marks) {
            Quote q = direct(doc, lex, mentions, speakers, m, reported, previous);
            if (q != null) {
                out.add(q);
                previous = q;
            }
        }
        out.sort(Comparator.comparingInt(Quote::start));
        return doc.withQuotes(resumed(doc, lex, mentions, speakers, distinct(out)));
    }

    /** One quote per quoted text: a phrase quoted again ("frasa “…”" twice) is the same quote, with the first speaker found. */
    private static List<Quote> distinct(List<Quote> quotes) {
        List<Quote> out = new ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (Quote q : quotes) {
            String key = q.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            Integer at = seen.get(key);
            if (at == null) {
                seen.put(key, out.size());
                out.add(q);
            } else if (out.get(at).speaker() == null && q.speaker() != null) {
                Quote first = out.get(at);
                out.set(at, new Quote(first.start(), first.end(), first.text(), first.direct(), q.speaker(), q.cue()));
            }
        }
        return out;
    }

    /**
     * "Demikian disampaikan oleh X." after a statement: the quotes of the sentence before are X's.
     */
    private static List<Quote> resumed(Doc doc, QuoteLexicon lex, MentionIndex mentions, SpeakerResolver speakers, List<Quote> quotes) {
        List<dev.pantau.doc.Sentence> sents = doc.sentences();
        List<Quote> out = new ArrayList<>(quotes);
        for (int si = 1; si < sents.size(); si++) {
            List<Token> toks = doc.tokens(sents.get(si));
            if (toks.isEmpty() || !lex.resumptives().contains(toks.get(0).text().toLowerCase(Locale.ROOT))) continue;
            MentionIndex.Ref agent = null;
            for (int k = 1; k < Math.min(toks.size(), 5) && agent == null; k++) {
                if (lex.agentPrepositions().contains(toks.get(k).text().toLowerCase(Locale.ROOT))) {
                    agent = speakerRightAfter(doc, mentions, speakers, lex, sents.get(si).firstToken() + k, sents.get(si).start());
                }
            }
            if (agent == null) continue;
            int from = sents.get(si - 1).start(), to = sents.get(si).start();
            for (int i = 0; i < out.size(); i++) {
                Quote q = out.get(i);
                if (q.end() > from && q.end() <= to) {
                    out.set(i, new Quote(q.start(), q.end(), q.text(), q.direct(), agent.entity().id(), q.cue()));
                }
            }
        }
        return out;
    }

    private Quote direct(Doc doc, QuoteLexicon lex, MentionIndex mentions, SpeakerResolver speakers, int[] mark, List<Quote> reported, Quote previous) {
        String text = doc.text();
        int s = mark[0] + 1, e = mark[1];
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ",.;:".indexOf(text.charAt(e - 1)) >= 0)) e--;
        if (e <= s) return null;
        int sentence = doc.sentenceAt(mark[0]);
        int sentEnd = sentence >= 0 ? doc.sentences().get(sentence).end() : text.length();
        int sentStart = sentence >= 0 ? doc.sentences().get(sentence).start() : 0;
        // cue after: "…," kata Putin
        int ti = tokenAt(doc, mark[1] + 1);
        while (ti >= 0 && ti < doc.tokens().size() && doc.tokens().get(ti).text().equals(",")) ti++;
        if (ti >= 0 && ti < doc.tokens().size()) {
            Token cue = doc.tokens().get(ti);
            String w = cue.text().toLowerCase(Locale.ROOT);
            if (lex.cuesAfter().contains(w) && cue.start() - mark[1] <= 3) {
                String speaker = speakerAfter(doc, mentions, speakers, lex, ti, w, mark[0]);
                Quote last = lastBefore(reported, previous, mark[0]);
                boolean pronoun = w.endsWith("nya") || ti + 1 < doc.tokens().size()
                        && lex.pronouns().contains(doc.tokens().get(ti + 1).text().toLowerCase(Locale.ROOT));
                if (pronoun && last != null && last.speaker() != null && mark[0] - last.end() < 600
                        && noOtherPersonSince(mentions, last, mark[0])) {
                    speaker = last.speaker(); // "…," ujarnya / kata dia: the speaker just quoted, when nobody else came since
                }
                return new Quote(s, e, text.substring(s, e), true, speaker, span(text, cue));
            }
            // speaker, then cue: "…," Putin said / "…," Jokowi menegaskan
            MentionIndex.Ref who = mentions.firstSpeaker(cue.start(), cue.end());
            if (who != null && who.mention().start() == cue.start() && cue.start() - mark[1] <= 3) {
                int after = tokenAt(doc, who.mention().end());
                if (after >= 0 && after < doc.tokens().size()) {
                    Token verb = doc.tokens().get(after);
                    String v = verb.text().toLowerCase(Locale.ROOT);
                    if (lex.cuesAfter().contains(v) || lex.cuesBefore().contains(v)) {
                        return new Quote(s, e, text.substring(s, e), true, who.entity().id(), span(text, verb));
                    }
                }
            }
            if (lex.resumptives().contains(w) && cue.start() - mark[1] <= 3) {
                // "…," demikian bunyi poster itu / demikian disampaikan oleh X
                MentionIndex.Ref agent = null;
                for (int k = ti + 1; k < Math.min(doc.tokens().size(), ti + 4) && agent == null; k++) {
                    if (lex.agentPrepositions().contains(doc.tokens().get(k).text().toLowerCase(Locale.ROOT))) {
                        agent = speakerRightAfter(doc, mentions, speakers, lex, k, mark[0]);
                    }
                }
                return new Quote(s, e, text.substring(s, e), true, agent == null ? null : agent.entity().id(), span(text, cue));
            }
            Quote anaphoric = anaphoricSubjectAfter(doc, lex, speakers, mark, ti, s, e);
            if (anaphoric != null) return anaphoric;
        }
        // cue before: Kim mengatakan, "…"  /  Kim: "…"
        int before = lastTokenBefore(doc, mark[0]);
        if (before >= 0 && doc.tokens().get(before).start() >= sentStart) {
            int k = before;
            if (doc.tokens().get(k).text().equals(",") || doc.tokens().get(k).text().equals(":")) k--;
            if (k >= 0 && lex.cuesBefore().contains(doc.tokens().get(k).text().toLowerCase(Locale.ROOT))) {
                MentionIndex.Ref r = mentions.lastSpeaker(sentStart, doc.tokens().get(k).start(), false);
                return new Quote(s, e, text.substring(s, e), true, r == null ? null : r.entity().id(),
                        span(text, doc.tokens().get(k)));
            }
        }
        int words = text.substring(s, e).split("\\s+").length;
        if (words <= SCARE_MAX_WORDS && isTitle(text.substring(s, e))) return null; // a name in quotes: “Gerakan Bumi Hijau”
        if (words <= SCARE_MAX_WORDS) {
            for (Quote r : reported) {
                if (r.speaker() != null && mark[0] >= r.start() && mark[0] <= sentEnd && doc.sentenceAt(r.start()) == sentence) {
                    return new Quote(s, e, text.substring(s, e), true, r.speaker(), r.cue());
                }
            }
            return null;
        }
        if (isTitle(text.substring(s, e))) return null; // “Jejak Para Nelayan Selat Malaka”: a title, no speech
        if (mark[1] + 1 < text.length() && text.charAt(mark[1] + 1) == ':') return null; // “…”: a label before what it names
        boolean opensParagraph = mark[0] == 0 || text.lastIndexOf('\n', mark[0]) >= text.lastIndexOf(' ', mark[0] - 1)
                || mark[0] == sentStart;
        String speaker = previous != null && opensParagraph && followsClosely(previous, mark[0]) ? previous.speaker() : null;
        return new Quote(s, e, text.substring(s, e), true, speaker, null);
    }

    /**
     * A quote that ends inside its own sentence ("…," / "…!" / "…?") and goes on with an anaphoric
     * subject and its verb: "…," ia menulis di akun media sosialnya; "…!" pengusaha itu memposting.
     * The subject refers back to the salient person before the quote, whatever the verb.
     */
    private static Quote anaphoricSubjectAfter(Doc doc, QuoteLexicon lex, SpeakerResolver speakers, int[] mark, int ti, int s, int e) {
        String text = doc.text();
        int last = mark[1] - 1;
        while (last > mark[0] && Character.isWhitespace(text.charAt(last))) last--;
        if (",!?".indexOf(text.charAt(last)) < 0 || doc.tokens().get(ti).start() - mark[1] > 3) return null;
        List<Token> toks = doc.tokens();
        Token first = toks.get(ti);
        int verb = -1;
        if (lex.pronouns().contains(first.text().toLowerCase(Locale.ROOT))) {
            verb = ti + 1;
        } else if (first.isWord() && !first.startsUpper()) {
            // a nominal closed by a demonstrative: "politikus senior itu"
            for (int k = ti + 1; k < Math.min(toks.size(), ti + 8); k++) {
                String w = toks.get(k).text().toLowerCase(Locale.ROOT);
                if (!toks.get(k).isWord()) break;
                if (lex.demonstratives().contains(w)) {
                    verb = k + 1;
                    break;
                }
            }
        }
        if (verb < 0 || verb >= toks.size() || !toks.get(verb).isWord() || toks.get(verb).startsUpper()) return null;
        MentionIndex.Ref r = speakers.previousPerson(mark[0]);
        return new Quote(s, e, text.substring(s, e), true, r == null ? null : r.entity().id(), span(text, toks.get(verb)));
    }

    /**
     * Whether no person other than the quote's own speaker is named between the quote's end (or
     * its cue's, when the cue follows it: "…," politikus Partai X itu menulis) and {@code offset}.
     */
    private static boolean noOtherPersonSince(MentionIndex mentions, Quote last, int offset) {
        int from = last.cue() != null ? Math.max(last.end(), last.cue().end()) : last.end();
        for (MentionIndex.Ref r : mentions.personsBefore(from, offset)) {
            if (!r.entity().id().equals(last.speaker())) return false;
        }
        return true;
    }

    /** The quote (reported or direct) that ends last before {@code offset}, or null. */
    private static Quote lastBefore(List<Quote> reported, Quote previous, int offset) {
        Quote best = previous != null && previous.end() <= offset ? previous : null;
        for (Quote q : reported) {
            if (q.end() <= offset && (best == null || q.end() > best.end())) best = q;
        }
        return best;
    }

    /**
     * Headline case (at least two words in three capitalised or numbers, small words like "ke" or
     * "dan" allowed between) and no closing comma or period: the title of a text, video, show or film.
     */
    static boolean isTitle(String quoted) {
        String t = quoted.strip();
        if (t.isEmpty() || ".,".indexOf(t.charAt(t.length() - 1)) >= 0) return false;
        String[] words = t.split("\\s+");
        int capitalised = 0;
        for (String w : words) {
            char c = w.charAt(0);
            if (Character.isUpperCase(c) || Character.isDigit(c)) capitalised++;
        }
        if (!Character.isUpperCase(words[0].charAt(0)) && !Character.isDigit(words[0].charAt(0))) return false;
        return capitalised == words.length || words.length >= 4 && capitalised * 3 >= words.length * 2 && t.charAt(t.length() - 1) != '!';
    }

    /** Little more than the previous quote's own cue and speaker stands between it and this one. */
    private static boolean followsClosely(Quote previous, int from) {
        int end = previous.cue() != null ? Math.max(previous.end(), previous.cue().end()) : previous.end();
        return from - end < 80;
    }

    private String speakerAfter(Doc doc, MentionIndex mentions, SpeakerResolver speakers, QuoteLexicon lex, int cueToken, String cue, int quoteStart) {
        Token c = doc.tokens().get(cueToken);
        if (cue.endsWith("nya")) {
            MentionIndex.Ref r = speakers.previousPerson(quoteStart);
            return r == null ? null : r.entity().id();
        }
        MentionIndex.Ref r = speakerRightAfter(doc, mentions, speakers, lex, cueToken, quoteStart);
        return r == null ? null : r.entity().id();
    }

    /**
     * The speaker named right after a cue: only capitalised words or title words may stand
     * between ("kata Presiden Joko Widodo", "ujar juru bicara Kemlu"); "kata kantor berita
     * pemerintah Rusia" names no speaker. A body named among the titles gives way to the person
     * after it ("ujar Hakim MK Budi Santoso"), and so does a name followed by a ranked person in
     * apposition ("kata Kepala Seksi Humas Polres, Iptu Budi"). A title alone ("kata presiden
     * kepada wartawan") refers back, as a pronoun does.
     */
    private static MentionIndex.Ref speakerRightAfter(Doc doc, MentionIndex mentions, SpeakerResolver speakers, QuoteLexicon lex, int cueToken, int quoteStart) {
        List<Token> toks = doc.tokens();
        int limit = Math.min(toks.size() - 1, cueToken + SPEAKER_WINDOW_TOKENS);
        boolean lowerTitles = true;
        for (int k = cueToken + 1; k <= limit; k++) {
            Token t = toks.get(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (lex.pronouns().contains(w)) {
                return speakers.previousPerson(quoteStart); // nobody named inside the quote is its speaker
            }
            MentionIndex.Ref r = mentions.firstSpeaker(t.start(), t.end());
            if (r != null) {
                MentionIndex.Ref person = personAfter(doc, mentions, lex, r);
                return person != null ? person : r;
            }
            boolean title = lex.titleWords().contains(w);
            if (!(t.isWord() && (t.startsUpper() || title))) {
                return lowerTitles && k > cueToken + 1 ? speakers.previousPerson(quoteStart) : null;
            }
            lowerTitles &= title && !t.startsUpper();
        }
        return null;
    }

    /** A person named after the mention {@code r} in a title chain or an apposition, or null. */
    private static MentionIndex.Ref personAfter(Doc doc, MentionIndex mentions, QuoteLexicon lex, MentionIndex.Ref r) {
        List<Token> toks = doc.tokens();
        int k = tokenAt(doc, r.mention().end());
        boolean person = r.entity().type() == dev.pantau.doc.Entity.Type.PERSON;
        if (person) {
            // two persons in one chain: the first was a title word taken for a name ("Menteri Perhubungan (Menhub) Budi")
            int n = k;
            if (n >= 0 && n < toks.size() && toks.get(n).text().equals("(")) {
                while (n < toks.size() && n - k < 5 && !toks.get(n).text().equals(")")) n++;
                n++;
            }
            if (n >= 0 && n < toks.size()) {
                MentionIndex.Ref next = mentions.firstSpeaker(toks.get(n).start(), toks.get(n).end());
                if (next != null && next.entity().type() == dev.pantau.doc.Entity.Type.PERSON && next.entity() != r.entity()) return next;
            }
            // "…, Iptu Budi": a comma, then a rank or title
            if (k < 0 || k + 1 >= toks.size() || !toks.get(k).text().equals(",")
                    || !lex.titleWords().contains(toks.get(k + 1).text().toLowerCase(Locale.ROOT))) return null;
            k++;
        }
        for (int n = 0; k >= 0 && k < toks.size() && n < 5; k++, n++) {
            Token t = toks.get(k);
            if (t.text().equals("(")) { // an acronym in brackets: "Kementerian Perdagangan (Kemendag) Budi"
                int close = k;
                while (close < toks.size() && close - k < 5 && !toks.get(close).text().equals(")")) close++;
                if (close >= toks.size() || !toks.get(close).text().equals(")")) return null;
                k = close;
                continue;
            }
            MentionIndex.Ref next = mentions.firstSpeaker(t.start(), t.end());
            if (next != null && next.entity().type() == dev.pantau.doc.Entity.Type.PERSON && next.entity() != r.entity()) return next;
            if (!(t.isWord() && (t.startsUpper() || lex.titleWords().contains(t.text().toLowerCase(Locale.ROOT))))) return null;
        }
        return null;
    }

    /** Reported speech: "X mengatakan (kepada Y) (bahwa) …", "Menurut X, …", "…, kata X." */
    private List<Quote> reported(Doc doc, QuoteLexicon lex, MentionIndex mentions, SpeakerResolver speakers, List<int[]> marks) {
        List<Quote> out = new ArrayList<>();
        String text = doc.text();
        for (Sentence sent : doc.sentences()) {
            List<Token> toks = doc.tokens(sent);
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                String w = t.text().toLowerCase(Locale.ROOT);
                if (QuoteMarks.inside(marks, t.start())) continue;
                if (lex.cuesBefore().contains(w) && i > 0) {
                    // the speaker is a person before the verb if there is one ("Pemimpin Korea Utara itu
                    // berjanji … dengan Moskow dan mengatakan …"),
                    // else the nearest body or country. The parse's subject of the verb comes first.
                    SpeakerResolver.Subject subject = speakers.subjectOf(t);
                    MentionIndex.Ref speaker = subject.speaker();
                    if (!subject.parsed()) {
                        speaker = mentions.lastSpeaker(sent.start(), t.start(), true);
                        if (speaker == null) speaker = mentions.lastSpeaker(sent.start(), t.start(), false);
                        if (speaker == null && lex.pronouns().contains(toks.get(i - 1).text().toLowerCase(Locale.ROOT))) {
                            speaker = speakers.previousPerson(t.start());
                        }
                    }
                    int c = i + 1;
                    if (c < toks.size() && lex.addresseePrepositions().contains(toks.get(c).text().toLowerCase(Locale.ROOT))) {
                        MentionIndex.Ref to = mentions.firstSpeaker(toks.get(c).end(), sent.end());
                        if (to != null) c = indexAfter(toks, to.mention().end());
                    }
                    while (c < toks.size() && (toks.get(c).text().equals(",") || toks.get(c).text().equals(":"))) c++;
                    if (c < toks.size() && lex.complementizers().contains(toks.get(c).text().toLowerCase(Locale.ROOT))) c++;
                    if (c >= toks.size()) continue;
                    String open = toks.get(c).text();
                    if (open.equals("“") || open.equals("\"")) break; // a direct quote follows: handled there
                    Quote q = clause(text, marks, toks.get(c).start(), sent.end(), speaker, t);
                    if (q != null) out.add(q);
                    break;
                }
                if (i == 0 && lex.accordingTo().contains(w)) {
                    int comma = indexOf(toks, ",", 1);
                    MentionIndex.Ref speaker;
                    boolean anaphor = comma > 1 && comma <= 14 && lex.demonstratives().contains(toks.get(comma - 1).text().toLowerCase(Locale.ROOT))
                            && mentions.personsBefore(t.end(), toks.get(comma).start()).isEmpty();
                    if (w.endsWith("nya") || comma == 2 && lex.pronouns().contains(toks.get(1).text().toLowerCase(Locale.ROOT)) || anaphor) {
                        // "Menurutnya, …", "Menurut dia, …", "Menurut pengusaha senior itu, …"
                        speaker = speakers.previousPerson(t.start());
                    } else {
                        speaker = mentions.firstSpeaker(t.end(), sent.end());
                        if (speaker != null && comma > 0 && toks.get(comma).start() < speaker.mention().end()) speaker = null;
                    }
                    if (speaker != null && comma > 0 && (comma <= 6 || anaphor) && comma + 1 < toks.size()) {
                        Quote q = clause(text, marks, toks.get(comma + 1).start(), sent.end(), speaker, t);
                        if (q != null) out.add(q);
                    }
                    break;
                }
                if (i > 1 && lex.accordingTo().contains(w) && !w.endsWith("nya") && toks.get(i - 1).text().equals(",")) {
                    // "…, menurut X, …" inside the statement, or "…, menurut X." after it; a direct
                    // quote before the cue is not part of the statement
                    int from = sent.start();
                    for (int[] m : marks) if (m[1] < t.start() && m[1] >= sent.start()) from = m[1] + 1;
                    while (from < t.start() && (Character.isWhitespace(text.charAt(from)) || ",.;:".indexOf(text.charAt(from)) >= 0)) from++;
                    int comma = indexOf(toks, ",", i + 1);
                    int to = comma > 0 && comma - i <= 8 ? toks.get(comma).start() : sent.end();
                    MentionIndex.Ref speaker = mentions.firstSpeaker(t.end(), to);
                    int first = indexAfter(toks, from);
                    boolean attribution = first < i && (lex.cuesAfter().contains(toks.get(first).text().toLowerCase(Locale.ROOT))
                            || lex.resumptives().contains(toks.get(first).text().toLowerCase(Locale.ROOT)) && i - first <= 4);
                    // "“…,” kata Budi, menurut rekaman video …": what stands before is the quote's attribution, no statement
                    if (speaker != null && !attribution && !QuoteMarks.inside(marks, t.start())) {
                        int e = to == sent.end() ? toks.get(i - 1).start() : sent.end();
                        while (e > from && (Character.isWhitespace(text.charAt(e - 1)) || ",.;:!?".indexOf(text.charAt(e - 1)) >= 0)) e--;
                        if (e - from >= 8) out.add(new Quote(from, e, text.substring(from, e), false, speaker.entity().id(), span(text, t)));
                    }
                    break;
                }
                if (i > 1 && lex.cuesAfter().contains(w) && toks.get(i - 1).text().equals(",")
                        && !QuoteMarks.anyIn(marks, sent.start(), t.start())) {
                    MentionIndex.Ref speaker = w.endsWith("nya") ? speakers.previousPerson(sent.start())
                            : speakerRightAfter(doc, mentions, speakers, lex, sent.firstToken() + i, sent.start());
                    int e = toks.get(i - 1).start();
                    int next = i + 1;
                    while (next < toks.size() && !toks.get(next).text().equals(",") && next - i <= SPEAKER_WINDOW_TOKENS
                            && !toks.get(next).text().equals(".")) next++;
                    if (next < toks.size() - 1 && toks.get(next).text().equals(",")) {
                        // "Umat muslim, lanjutnya, bahkan kini memimpin …": the cue stands inside the statement
                        e = sent.end();
                        while (e > sent.start() && ".!?".indexOf(text.charAt(e - 1)) >= 0) e--;
                    }
                    out.add(new Quote(sent.start(), e, text.substring(sent.start(), e), false,
                            speaker == null ? null : speaker.entity().id(), span(text, t)));
                    break;
                }
            }
        }
        return out;
    }

    private static Quote clause(String text, List<int[]> marks, int s, int end, MentionIndex.Ref speaker, Token cue) {
        for (int[] m : marks) {
            // a direct quote ends the reported clause; a short quoted phrase inside it does not
            if (m[0] >= s && m[0] < end && text.substring(m[0] + 1, m[1]).strip().split("\\s+").length > SCARE_MAX_WORDS) {
                end = m[0];
                break;
            }
        }
        while (end > s && (Character.isWhitespace(text.charAt(end - 1)) || ",.;:!?".indexOf(text.charAt(end - 1)) >= 0)) end--;
        if (end - s < 8) return null;
        return new Quote(s, end, text.substring(s, end), false, speaker == null ? null : speaker.entity().id(), span(text, cue));
    }

    private static int indexAfter(List<Token> toks, int offset) {
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).start() >= offset) return k;
        }
        return toks.size();
    }

    private static int indexOf(List<Token> toks, String s, int from) {
        for (int k = from; k < toks.size(); k++) {
            if (toks.get(k).text().equals(s)) return k;
        }
        return -1;
    }

    static int tokenAt(Doc doc, int offset) {
        List<Token> toks = doc.tokens();
        int lo = 0, hi = toks.size() - 1, ans = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).start() >= offset) {
                ans = mid;
                hi = mid - 1;
            } else lo = mid + 1;
        }
        return ans;
    }

    static int lastTokenBefore(Doc doc, int offset) {
        int t = tokenAt(doc, offset);
        return t < 0 ? doc.tokens().size() - 1 : t - 1;
    }

    private static TextSpan span(String text, Token t) {
        return TextSpan.of(text, t.start(), t.end());
    }
}
