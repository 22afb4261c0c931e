package dev.pantau.tone;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learns a tone lexicon from sentence-level sentiment data (SmSA: text TAB positive|neutral|
 * negative): the smoothed log-odds of a word appearing in positive rather than negative texts
 * (document frequency, classes size-normalised, add-one smoothing). Words seen in enough texts
 * whose log-odds pass the threshold are kept; stopwords never are. Deterministic: same inputs,
 * same file, byte for byte.
 */
public final class ToneLexiconTrainer {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}-]*\\p{L}");

    private final int minDocs;
    private final double minLogOdds;

    public ToneLexiconTrainer(int minDocs, double minLogOdds) {
        this.minDocs = minDocs;
        this.minLogOdds = minLogOdds;
    }

    /** Result of training: the lexicon lines and a summary. */
    public record Result(int positive, int negative, int texts) {
    }

    /**
     * @param vocabulary when not null, only these words may enter the lexicon (the common words of
     *                   news, so that names the sentiment data happens to discuss carry no tone)
     */
    public Result train(List<Path> sentimentTsvs, Path stopwords, Set<String> vocabulary, Path out) throws IOException {
        Map<String, int[]> df = new HashMap<>();
        int[] classDocs = new int[2];
        int texts = 0;
        for (Path p : sentimentTsvs) {
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                int tab = line.lastIndexOf('\t');
                if (tab < 0) continue;
                String label = line.substring(tab + 1).strip();
                int cls = label.equals("positive") ? 0 : label.equals("negative") ? 1 : -1;
                texts++;
                if (cls < 0) continue;
                classDocs[cls]++;
                Set<String> words = new HashSet<>();
                Matcher m = WORD.matcher(line.substring(0, tab).toLowerCase(Locale.ROOT));
                while (m.find()) words.add(m.group());
                for (String w : words) df.computeIfAbsent(w, k -> new int[2])[cls]++;
            }
        }
        Set<String> stop = new HashSet<>();
        if (stopwords != null) {
            for (String s : Files.readAllLines(stopwords, StandardCharsets.UTF_8)) stop.add(s.strip().toLowerCase(Locale.ROOT));
        }
        Map<String, Double> kept = new TreeMap<>();
        for (Map.Entry<String, int[]> e : df.entrySet()) {
            int[] c = e.getValue();
            if (c[0] + c[1] < minDocs || stop.contains(e.getKey()) || e.getKey().length() < 3) continue;
            if (vocabulary != null && !vocabulary.contains(e.getKey())) continue;
            double lo = Math.log((c[0] + 1.0) / (classDocs[0] + 2.0)) - Math.log((c[1] + 1.0) / (classDocs[1] + 2.0));
            if (Math.abs(lo) >= minLogOdds) kept.put(e.getKey(), lo);
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Tone lexicon learned by `pantau train tone` from SmSA (IndoNLU, Apache-2.0): " + String.join(", ",
                sentimentTsvs.stream().map(p -> p.getFileName().toString()).toList()));
        lines.add("# log_odds = log P(word in positive text) - log P(word in negative text), add-one smoothed;");
        lines.add("# kept when seen in >= " + minDocs + " texts and |log_odds| >= " + minLogOdds + "; stopwords dropped"
                + (vocabulary != null ? "; only common news words (common-words.txt)." : "."));
        lines.add("word\tpolarity\tlog_odds");
        int pos = 0, neg = 0;
        for (Map.Entry<String, Double> e : kept.entrySet()) {
            boolean positive = e.getValue() > 0;
            if (positive) pos++;
            else neg++;
            lines.add(e.getKey() + "\t" + (positive ? "positive" : "negative") + "\t" + String.format(Locale.ROOT, "%.3f", e.getValue()));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        return new Result(pos, neg, texts);
    }
}
