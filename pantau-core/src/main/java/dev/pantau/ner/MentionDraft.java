package dev.pantau.ner;

import dev.pantau.doc.Doc;
import dev.pantau.doc.Entity;
import dev.pantau.doc.Mention;
import dev.pantau.doc.Token;
import dev.pantau.geo.Gazetteer;
import dev.pantau.link.KbEntry;
import dev.pantau.link.KnowledgeBase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The mentions found so far in one document, and which tokens they cover: the shared state of
 * the recognition rules ({@link KnownNameMatcher}, {@link NameRules}, {@link Coreference}).
 */
final class MentionDraft {
    /** A found mention, before mentions are grouped into entities. */
    record Found(int start, int end, Mention.Kind kind, String group, String name,
                 Entity.Type type, KbEntry kb, String country) {
    }

    final Doc doc;
    final String text;
    final List<Token> tokens;
    final NameLexicon lex;
    final LocalDate day;
    final KnowledgeBase kb;
    final Gazetteer gazetteer;
    final boolean[] covered;
    final List<Found> found = new ArrayList<>();
    final Map<String, Found> acronyms = new HashMap<>();
    private Map<String, Integer> counts;

    MentionDraft(Doc doc, NameLexicon lex, LocalDate day, KnowledgeBase kb, Gazetteer gazetteer) {
        this.doc = doc;
        this.text = doc.text();
        this.tokens = doc.tokens();
        this.lex = lex;
        this.day = day;
        this.kb = kb;
        this.gazetteer = gazetteer;
        this.covered = new boolean[tokens.size()];
    }

    KbEntry bestKb(String surface) {
        List<KbEntry> l = kb.lookup(surface);
        return l.isEmpty() ? null : kb.best(l, day);
    }

    boolean isNameToken(int i) {
        Token t = tokens.get(i);
        return t.isWord() && t.startsUpper() || t.isWord() && t.text().equals("&");
    }

    boolean sameLine(int a, int b) {
        return text.substring(tokens.get(a).end(), tokens.get(b).start()).indexOf('\n') < 0;
    }

    boolean isSentenceStart(int i) {
        if (i == 0) return true;
        Token prev = tokens.get(i - 1);
        String p = prev.text();
        return p.equals(".") || p.equals("!") || p.equals("?") || p.equals("“") || p.equals("\"")
                || p.equals("-") || p.equals("–") || p.equals("—") || !sameLine(i - 1, i);
    }

    /** Number of tokens of the longest title starting at token {@code s} (not past {@code e}), or 0. */
    int titleAt(int s, int e) {
        for (List<String> title : lex.titles()) {
            int n = title.size();
            if (s + n - 1 > e) continue;
            boolean ok = true;
            for (int t = 0; t < n && ok; t++) ok = tokens.get(s + t).text().toLowerCase(Locale.ROOT).equals(title.get(t));
            if (ok) return n;
        }
        return 0;
    }

    Map<String, Integer> tokenCounts() {
        if (counts == null) {
            counts = new HashMap<>();
            for (Token t : tokens) if (t.isWord()) counts.merge(t.text(), 1, Integer::sum);
        }
        return counts;
    }

    Found foundCovering(int offset) {
        for (Found f : found) if (f.start() <= offset && offset < f.end()) return f;
        return null;
    }

    Found foundAt(int start) {
        for (Found f : found) if (f.start() == start) return f;
        return null;
    }

    Found addTokens(int i, int j, String group, String name, Entity.Type type, KbEntry e, String country) {
        for (int k = i; k <= j; k++) covered[k] = true;
        return add(tokens.get(i).start(), tokens.get(j).end(), group, name, type, e, country);
    }

    Found add(int start, int end, String group, String name, Entity.Type type, KbEntry e, String country) {
        Found f = new Found(start, end, Mention.Kind.NAME, group, name, type, e, country);
        found.add(f);
        return f;
    }
}
