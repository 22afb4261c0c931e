package dev.pantau.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads named-entity corpora: one token per line, the token in the first column and its BIO tag
 * in the last (CoNLL style, columns separated by spaces: {@code token POS tag}; IndoNLU style,
 * separated by a tab: {@code token<TAB>tag}); a blank line ends a sentence; {@code -DOCSTART-}
 * lines are skipped. Tags are mapped onto Pantau's types ({@link #mapType}).
 */
public final class NerCorpus {
    /** The two layouts the corpora come in; they differ only in the column separator. */
    public enum Format { CONLL, INDONLU }

    /**
     * Corpus types onto Pantau's. NERP's PPL, PLC and IND are people, places and
     * organisation-like names of companies and brands. NERP's EVT (events: "Piala Dunia",
     * "Pilkada") and FNB (food and beverage) and the MISC of other corpora name no actor an
     * event can have, so they become O: the tagger learns not to call them persons, places or
     * organisations.
     */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("PER", "PERSON"), Map.entry("PERSON", "PERSON"), Map.entry("PPL", "PERSON"),
            Map.entry("LOC", "LOCATION"), Map.entry("LOCATION", "LOCATION"), Map.entry("PLACE", "LOCATION"),
            Map.entry("PLC", "LOCATION"), Map.entry("GPE", "LOCATION"),
            Map.entry("ORG", "ORGANIZATION"), Map.entry("ORGANIZATION", "ORGANIZATION"),
            Map.entry("ORGANISATION", "ORGANIZATION"), Map.entry("IND", "ORGANIZATION"));

    private NerCorpus() {
    }

    /** Pantau's type for a corpus type, or null for the types that become O. */
    public static String mapType(String corpusType) {
        return TYPES.get(corpusType.toUpperCase(Locale.ROOT));
    }

    /** A corpus tag ("B-PPL", "I-PLACE", "O", "B-EVT") as a Pantau tag ("B-PERSON", "I-LOCATION", "O", "O"). */
    public static String mapTag(String tag) {
        if (tag.equals("O")) return "O";
        if (tag.length() < 3 || tag.charAt(1) != '-' || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I')) {
            throw new IllegalArgumentException("not a BIO tag: '" + tag + "'");
        }
        String type = mapType(tag.substring(2));
        return type == null ? "O" : tag.charAt(0) + "-" + type;
    }

    public static List<NerSentence> read(Path file, Format format) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, format, file.toString());
        }
    }

    static List<NerSentence> read(BufferedReader r, Format format, String name) throws IOException {
        List<NerSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>(), tags = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (n == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isBlank()) {
                if (!tokens.isEmpty()) out.add(new NerSentence(tokens, tags));
                tokens = new ArrayList<>();
                tags = new ArrayList<>();
                continue;
            }
            if (line.startsWith("-DOCSTART-")) continue;
            String[] cols = format == Format.INDONLU ? line.split("\t") : line.strip().split("\\s+");
            if (cols.length < 2) throw new IOException(name + ":" + n + ": expected a token and a tag, got '" + line + "'");
            try {
                tags.add(mapTag(cols[cols.length - 1].strip()));
            } catch (IllegalArgumentException e) {
                throw new IOException(name + ":" + n + ": " + e.getMessage(), e);
            }
            tokens.add(cols[0].strip());
        }
        if (!tokens.isEmpty()) out.add(new NerSentence(tokens, tags));
        return out;
    }

    /** Entity spans of a BIO sequence, as conlleval reads it: an I- after O or another type opens an entity. */
    public static List<Span> spans(List<String> tags) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String t = i < tags.size() ? tags.get(i) : "O";
            boolean inside = t.startsWith("I-") && type != null && t.substring(2).equals(type);
            if (!inside && type != null) {
                out.add(new Span(start, i, type));
                type = null;
            }
            if (!t.equals("O") && !inside) {
                start = i;
                type = t.substring(2);
            }
        }
        return out;
    }

    /** Tokens [start, end) of one entity. */
    public record Span(int start, int end, String type) {
    }
}
