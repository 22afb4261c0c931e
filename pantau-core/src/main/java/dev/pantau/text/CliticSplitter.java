package dev.pantau.text;

import dev.pantau.pipeline.LanguagePack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Splits a token into the syntactic words Universal Dependencies makes of it: Indonesian
 * clitics written together with their host ("berdirinya" → "berdiri" + "nya", "apakah" → "apa"
 * + "kah"). What the treebanks split or keep whole is learned ({@code clitics.tsv}); an unseen
 * token ending in "-nya" is split when what precedes it is a known word, as "-nya" attaches to
 * any noun or verb, while "-lah", "-kah", "-pun", "-ku", "-mu" are split only as seen, since most
 * words ending so are not clitic hosts ("adalah", "sekolah", "buku").
 */
public final class CliticSplitter {
    public static final String RESOURCE = "/dev/pantau/lang/id/clitics.tsv";
    private static final String NYA = "nya";

    private final Map<String, List<String>> split;
    private final Set<String> keep;
    private final Predicate<String> isWord;

    private CliticSplitter(Map<String, List<String>> split, Set<String> keep, Predicate<String> isWord) {
        this.split = Map.copyOf(split);
        this.keep = Set.copyOf(keep);
        this.isWord = isWord;
    }

    /** @param isWord whether a lower-cased string is a word that can carry "-nya" (the lemmatizer knows its root) */
    public static CliticSplitter load(InputStream table, Predicate<String> isWord) {
        Map<String, List<String>> split = new HashMap<>();
        java.util.Set<String> keep = new java.util.HashSet<>();
        for (String[] c : LanguagePack.tsvRows(table, "clitic table")) {
            if (c[1].equals("keep")) keep.add(c[0]);
            else split.put(c[0], List.of(c[2].split(" ")));
        }
        return new CliticSplitter(split, keep, isWord);
    }

    /**
     * The words of a token, in their surface spelling; the token itself when it is one word. An
     * abbreviation's period is a word of its own in UD ("Dr." → "Dr" + "."), though the
     * tokenizer keeps them together so that the period never ends a sentence.
     */
    public List<String> words(String token) {
        if (token.length() > 1 && token.endsWith(".") && Character.isLetter(token.charAt(token.length() - 2))
                && token.indexOf('.') == token.length() - 1) {
            return List.of(token.substring(0, token.length() - 1), ".");
        }
        String lower = token.toLowerCase(Locale.ROOT);
        List<String> seen = split.get(lower);
        if (seen != null) return respell(token, seen);
        if (keep.contains(lower) || lower.length() <= NYA.length() + 2 || !lower.endsWith(NYA)) return List.of(token);
        String host = lower.substring(0, lower.length() - NYA.length());
        if (!isWord.test(host)) return List.of(token);
        int cut = token.length() - NYA.length();
        return List.of(token.substring(0, cut), token.substring(cut));
    }

    /** The parts cut from the token as written, so "Menurutnya" gives "Menurut" + "nya". */
    private static List<String> respell(String token, List<String> parts) {
        List<String> out = new ArrayList<>(parts.size());
        int pos = 0;
        for (String p : parts) {
            int end = Math.min(token.length(), pos + p.length());
            out.add(token.substring(pos, end));
            pos = end;
        }
        return String.join("", out).equals(token) ? out : parts;
    }

    /**
     * Learns the table from CoNLL-U training files: for every token ending like a clitic, whether
     * the treebanks split it or keep it whole, by weighted majority. The first file is the
     * reference (GSD) and counts {@code referenceWeight} times, as the treebanks disagree
     * ("lainnya", "meskipun": GSD keeps them, CSUI splits them). Words kept need two sightings.
     */
    public static int train(List<Path> conllu, int referenceWeight, Path out) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        Map<String, int[]> votes = new TreeMap<>(); // form → {split, keep}
        for (int file = 0; file < conllu.size(); file++) {
            int weight = file == 0 ? referenceWeight : 1;
            List<String> lines = Files.readAllLines(conllu.get(file), StandardCharsets.UTF_8);
            int skipUntil = -1;
            for (int i = 0; i < lines.size(); i++) {
                String[] c = lines.get(i).split("\t");
                if (c.length < 10 || lines.get(i).startsWith("#") || c[0].contains(".")) continue;
                if (c[0].contains("-")) {
                    String[] range = c[0].split("-");
                    int n = Integer.parseInt(range[1]) - Integer.parseInt(range[0]) + 1;
                    List<String> words = new ArrayList<>();
                    for (int k = 1; k <= n; k++) words.add(lines.get(i + k).split("\t")[1].toLowerCase(Locale.ROOT));
                    String form = c[1].toLowerCase(Locale.ROOT);
                    parts.putIfAbsent(form, String.join(" ", words));
                    votes.computeIfAbsent(form, k -> new int[3])[0] += weight;
                    skipUntil = i + n;
                } else if (i > skipUntil) {
                    String w = c[1].toLowerCase(Locale.ROOT);
                    if (w.matches(".{2,}(nya|lah|kah|pun|ku|mu)")) {
                        int[] v = votes.computeIfAbsent(w, k -> new int[3]);
                        v[1] += weight;
                        v[2]++;
                    }
                }
            }
        }
        List<String> rows = new ArrayList<>();
        rows.add("# Indonesian clitic splits learned by `pantau train syntax` from the multi-word tokens of");
        for (Path f : conllu) rows.add("#   " + f.getFileName());
        rows.add("# (the first counted " + referenceWeight + " times). split: a token the treebanks write as several words;");
        rows.add("# keep: a word ending like a clitic that they keep whole (seen twice or more).");
        rows.add("form\taction\twords");
        votes.forEach((form, v) -> {
            if (v[0] > v[1] && parts.containsKey(form)) rows.add(form + "\tsplit\t" + parts.get(form));
            else if (v[1] >= v[0] && v[2] >= 2) rows.add(form + "\tkeep\t" + form);
        });
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, rows, StandardCharsets.UTF_8);
        return rows.size() - 5 - conllu.size();
    }
}
