package dev.pantau.doc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * An analysed article: the text held once and every layer as standoff spans into it.
 * Immutable; each pipeline step returns a copy with one more layer ({@code withX}).
 */
public record Doc(String id, String url, String outlet, String title, String language,
                  String published, Dateline dateline, String text,
                  List<Token> tokens, List<Sentence> sentences, List<Word> words, List<Entity> entities,
                  List<Timex> times, List<Quote> quotes, List<Attribution> attributions,
                  List<Event> events, Tone tone) {

    public static final String SCHEMA = "pantau.article/1";

    public Doc {
        if (text == null) {
            throw new IllegalArgumentException("document text is null");
        }
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        words = List.copyOf(words);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        quotes = List.copyOf(quotes);
        attributions = List.copyOf(attributions);
        events = List.copyOf(events);
    }

    /** A document with no layers yet, its id the input's or a hash of its URL, else of its text. */
    public static Doc of(Article a) {
        String id = a.id() != null && !a.id().isBlank() ? a.id()
                : stableId(a.url() != null && !a.url().isBlank() ? a.url().trim() : a.text());
        return new Doc(id, a.url(), a.outlet(), a.title(), null, a.published(), null, a.text(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }

    /** First 16 hex digits of the SHA-256 of the given string. */
    public static String stableId(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    public String text(int start, int end) {
        return text.substring(start, end);
    }

    /** Tokens of one sentence. */
    public List<Token> tokens(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }

    /** Index of the sentence containing the character offset, or -1. */
    public int sentenceAt(int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    public Entity entity(String entityId) {
        for (Entity e : entities) {
            if (e.id().equals(entityId)) return e;
        }
        return null;
    }

    public Doc withLanguage(String v) {
        return new Doc(id, url, outlet, title, v, published, dateline, text, tokens, sentences, words, entities, times, quotes, attributions, events, tone);
    }

    public Doc withOutlet(String v) {
        return new Doc(id, url, v, title, language, published, dateline, text, tokens, sentences, words, entities, times, quotes, attributions, events, tone);
    }

    public Doc withPublished(String v) {
        return new Doc(id, url, outlet, title, language, v, dateline, text, tokens, sentences, words, entities, times, quotes, attributions, events, tone);
    }

    public Doc withDateline(Dateline v) {
        return new Doc(id, url, outlet, title, language, published, v, text, tokens, sentences, words, entities, times, quotes, attributions, events, tone);
    }

    public Doc withTokens(List<Token> t, List<Sentence> s) {
        return new Doc(id, url, outlet, title, language, published, dateline, text, t, s, words, entities, times, quotes, attributions, events, tone);
    }

    public Doc withWords(List<Word> v) {
        return new Doc(id, url, outlet, title, language, published, dateline, text, tokens, sentences, v, entities, times, quotes, attributions, events, tone);
    }

    public Doc withEntities(List<Entity> v) {
        return new Doc(id, url, outlet, title, language, published, dateline, text, tokens, sentences, words, v, times, quotes, attributions, events, tone);
    }

    public Doc withTimes(List<Timex> v) {
        return new Doc(id, url, outlet, title, language, published, dateline, text, tokens, sentences, words, entities, v, quotes, attributions, events, tone);
    }

    public Doc withQuotes(List<Quote> v) {
        return new Doc(id, url, outlet, title, language, published, dateline, text, tokens, sentences, words, entities, times, v, attributions, events, tone);
    }

    public Doc withAttributions(List<Attribution> v) {
        return new Doc(id, url, outlet, title, language, published, dateline, text, tokens, sentences, words, entities, times, quotes, v, events, tone);
    }

    public Doc withEvents(List<Event> v) {
        return new Doc(id, url, outlet, title, language, published, dateline, text, tokens, sentences, words, entities, times, quotes, attributions, v, tone);
    }

    public Doc withTone(Tone v) {
        return new Doc(id, url, outlet, title, language, published, dateline, text, tokens, sentences, words, entities, times, quotes, attributions, events, v);
    }
}
