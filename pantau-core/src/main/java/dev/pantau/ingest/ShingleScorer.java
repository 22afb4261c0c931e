package dev.pantau.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-body metric of the Scrapinghub article-extraction benchmark (evaluate.py): texts
 * are split into word tokens (Python's {@code \w+}: Unicode letters, numbers and "_"), tokens
 * into overlapping 4-gram shingles (one shingle of all tokens when there are fewer than four),
 * and a page's true and false positives and false negatives are shingle-count overlaps,
 * normalised to sum to one so that long pages weigh no more than short ones. Precision is the
 * mean over pages that predicted something, recall the mean over pages whose truth is not empty,
 * and F1 the harmonic mean of those two means (not a mean of per-page F1).
 */
public final class ShingleScorer {
    static final int NGRAM = 4;

    private final List<double[]> pages = new ArrayList<>();

    /** Adds one page; returns its normalised {tp, fp, fn}. */
    public double[] add(String truth, String predicted) {
        double[] c = match(truth, predicted);
        pages.add(c);
        return c;
    }

    public int pages() {
        return pages.size();
    }

    public double precision() {
        double sum = 0;
        int n = 0;
        for (double[] c : pages) {
            if (c[0] + c[1] > 0) {
                sum += precision(c);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    public double recall() {
        double sum = 0;
        int n = 0;
        for (double[] c : pages) {
            if (c[0] + c[2] > 0) {
                sum += recall(c);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static double precision(double[] c) {
        if (c[1] == 0 && c[2] == 0) return 1;
        if (c[0] == 0 && c[1] == 0) return 0;
        return c[0] / (c[0] + c[1]);
    }

    static double recall(double[] c) {
        if (c[1] == 0 && c[2] == 0) return 1;
        if (c[0] == 0 && c[2] == 0) return 0;
        return c[0] / (c[0] + c[2]);
    }

    /** Normalised {tp, fp, fn} of one page's shingles. */
    static double[] match(String truth, String predicted) {
        Map<List<String>, Integer> t = shingles(truth), p = shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
            int tc = e.getValue(), pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(tc, pc);
            fn += Math.max(0, tc - pc);
        }
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
        }
        double s = tp + fp + fn;
        return s > 0 ? new double[] {tp / s, fp / s, fn / s} : new double[] {0, 0, 0};
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> out = new HashMap<>();
        int n = Math.max(1, tokens.size() - NGRAM + 1);
        for (int i = 0; i < n; i++) {
            List<String> s = tokens.subList(i, Math.min(tokens.size(), i + NGRAM));
            if (!s.isEmpty()) out.merge(List.copyOf(s), 1, Integer::sum);
        }
        return out;
    }

    /** Runs of word characters as Python's re module sees {@code \w} in a str pattern. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean word = isWordChar(cp);
            if (word && start < 0) start = i;
            if (!word && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) out.add(text.substring(start));
        return out;
    }

    /** Python's str.isalnum() (letters of categories L*, numbers N*) or the underscore. */
    static boolean isWordChar(int cp) {
        if (cp == '_') return true;
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }
}
