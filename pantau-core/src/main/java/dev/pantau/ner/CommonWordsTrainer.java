package dev.pantau.ner;

import dev.pantau.learn.Corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learns which words are common words rather than names from unlabeled news: a word written
 * in lower case in at least half of its occurrences away from the start of a sentence is
 * common ("keuangan", "luar"); a word nearly always capitalised is a name part ("Putin").
 * The recogniser uses the list to tell a capitalised common word from a name.
 */
public final class CommonWordsTrainer {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

    private final int minCount;
    private final double minLowerRatio;

    public CommonWordsTrainer(int minCount, double minLowerRatio) {
        this.minCount = minCount;
        this.minLowerRatio = minLowerRatio;
    }

    /** What training read and wrote. */
    public record Result(int articles, int excluded, long tokens, int words) {
    }

    /**
     * @param articlesJsonl JSON Lines files with a {@code text} field (and an {@code id})
     * @param excludeIds    article ids never to read (the development gold set)
     */
    public Result train(List<Path> articlesJsonl, Set<String> excludeIds, Path out) throws IOException {
        Map<String, int[]> counts = new HashMap<>();
        long[] tokens = {0};
        Corpus.Counts read = Corpus.forEachText(articlesJsonl, excludeIds, text -> {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                tokens[0]++;
                if (sentenceInitial(text, m.start())) continue;
                String w = m.group();
                int[] c = counts.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[2]);
                c[0]++;
                if (Character.isLowerCase(w.charAt(0))) c[1]++;
            }
        });
        int articles = read.articles(), excluded = read.excluded();
        TreeSet<String> common = new TreeSet<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            if (c[0] >= minCount && c[1] >= minLowerRatio * c[0]) common.add(e.getKey());
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Common (mostly lower-case) words learned by `pantau train casing` from unlabeled news:");
        for (Path p : articlesJsonl) lines.add("#   " + p.getFileName());
        lines.add("# " + articles + " articles (" + excluded + " development-gold articles left out); a word is kept when seen");
        lines.add("# >= " + minCount + " times away from sentence starts, lower-case in >= " + minLowerRatio + " of them.");
        lines.addAll(common);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        return new Result(articles, excluded, tokens[0], common.size());
    }

    private static boolean sentenceInitial(String text, int i) {
        int k = i - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '"' || text.charAt(k) == '“' || text.charAt(k) == '(')) k--;
        return k < 0 || ".!?\n:-–—".indexOf(text.charAt(k)) >= 0;
    }
}
