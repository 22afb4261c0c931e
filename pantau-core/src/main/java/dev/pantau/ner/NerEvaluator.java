package dev.pantau.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level precision, recall and F1 (conlleval): an entity counts when its span and type
 * both match exactly. Overall and per type.
 */
public final class NerEvaluator {
    private final Map<String, int[]> counts = new TreeMap<>(); // type -> {gold, system, correct}

    /** Adds one sentence's gold and system tags. */
    public void add(List<String> gold, List<String> system) {
        if (gold.size() != system.size()) throw new IllegalArgumentException("gold and system differ in length");
        Set<NerCorpus.Span> g = new HashSet<>(NerCorpus.spans(gold));
        for (NerCorpus.Span s : g) count(s.type())[0]++;
        for (NerCorpus.Span s : NerCorpus.spans(system)) {
            int[] c = count(s.type());
            c[1]++;
            if (g.contains(s)) c[2]++;
        }
    }

    private int[] count(String type) {
        return counts.computeIfAbsent(type, t -> new int[3]);
    }

    /** Precision, recall and F1 in percent. */
    public record Score(double p, double r, double f1, int gold, int system, int correct) {
        static Score of(int gold, int system, int correct) {
            double p = system == 0 ? 0 : 100.0 * correct / system;
            double r = gold == 0 ? 0 : 100.0 * correct / gold;
            return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), gold, system, correct);
        }
    }

    public Score overall() {
        int g = 0, s = 0, c = 0;
        for (int[] x : counts.values()) {
            g += x[0];
            s += x[1];
            c += x[2];
        }
        return Score.of(g, s, c);
    }

    /** Scores per type, types in name order. */
    public Map<String, Score> perType() {
        Map<String, Score> out = new TreeMap<>();
        counts.forEach((t, x) -> out.put(t, Score.of(x[0], x[1], x[2])));
        return out;
    }
}
