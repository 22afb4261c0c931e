package dev.pantau.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-class averaged perceptron (Collins 2002; Honnibal, "A good POS tagger in about 200
 * lines"): one weight per (feature, class); training adds 1 to the truth and subtracts 1 from a
 * wrong guess; averaging over every update makes the final weights stable. The same learner
 * serves the tagger (classes = tags) and the parser (classes = transitions).
 */
public final class Perceptron {
    private final List<String> classes;
    private final Map<Long, float[]> weights; // while training only; a finished model keeps the flat form
    // training state: running totals and the step each weight last changed, for averaging
    private final Map<Long, float[]> totals;
    private final Map<Long, int[]> stamps;
    private int step;
    // for prediction with a finished model: open addressing from feature key to a row of a flat
    // weight matrix, so the hot loop neither boxes keys nor chases pointers
    private final long[] slots;
    private final int[] slotRows;
    private final float[] flat;

    private Perceptron(List<String> classes, Map<Long, float[]> weights, boolean training) {
        this.classes = List.copyOf(classes);
        this.weights = training ? weights : null;
        this.totals = training ? new HashMap<>() : null;
        this.stamps = training ? new HashMap<>() : null;
        if (training) {
            slots = null;
            slotRows = null;
            flat = null;
        } else {
            int n = this.classes.size();
            int capacity = Integer.highestOneBit(Math.max(16, weights.size() * 2)) << 1;
            slots = new long[capacity];
            slotRows = new int[capacity];
            flat = new float[weights.size() * n];
            int row = 0;
            for (Map.Entry<Long, float[]> e : weights.entrySet()) {
                int i = slot(e.getKey());
                slots[i] = nonZero(e.getKey());
                slotRows[i] = row;
                System.arraycopy(e.getValue(), 0, flat, row * n, n);
                row++;
            }
        }
    }

    private static long nonZero(long key) {
        return key == 0 ? 1 : key; // 0 marks an empty slot
    }

    /** The slot of a key: where it is, or the empty slot where it would go. */
    private int slot(long key) {
        long k = nonZero(key);
        int mask = slots.length - 1;
        int i = (int) (mix(k) & mask);
        while (slots[i] != 0 && slots[i] != k) i = (i + 1) & mask;
        return i;
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        return k ^ (k >>> 33);
    }

    /** A new, untrained model over these classes. */
    public static Perceptron forTraining(List<String> classes) {
        return new Perceptron(classes, new HashMap<>(), true);
    }

    public List<String> classes() {
        return classes;
    }

    public int classIndex(String label) {
        int i = classes.indexOf(label);
        if (i < 0) throw new IllegalArgumentException("unknown class '" + label + "'");
        return i;
    }

    /** Scores of every class for the features, into {@code out} (length = number of classes). */
    public void scores(Features f, float[] out) {
        Arrays.fill(out, 0f);
        if (flat != null) {
            int n = out.length;
            for (int i = 0; i < f.size(); i++) {
                int s = slot(f.key(i));
                if (slots[s] == 0) continue;
                int base = slotRows[s] * n;
                for (int c = 0; c < n; c++) out[c] += flat[base + c];
            }
            return;
        }
        for (int i = 0; i < f.size(); i++) {
            float[] w = weights.get(f.key(i));
            if (w == null) continue;
            for (int c = 0; c < out.length; c++) out[c] += w[c];
        }
    }

    /** The best class; ties go to the lower index, so prediction is deterministic. */
    public int predict(Features f, float[] scratch) {
        scores(f, scratch);
        int best = 0;
        for (int c = 1; c < scratch.length; c++) if (scratch[c] > scratch[best]) best = c;
        return best;
    }

    /** One training step: reward the truth, penalise the guess (nothing when they agree). */
    public void update(Features f, int truth, int guess) {
        step++;
        if (truth == guess) return;
        for (int i = 0; i < f.size(); i++) {
            long k = f.key(i);
            bump(k, truth, 1f);
            bump(k, guess, -1f);
        }
    }

    private void bump(long key, int c, float delta) {
        int n = classes.size();
        float[] w = weights.computeIfAbsent(key, x -> new float[n]);
        float[] t = totals.computeIfAbsent(key, x -> new float[n]);
        int[] s = stamps.computeIfAbsent(key, x -> new int[n]);
        t[c] += (step - s[c]) * w[c];
        s[c] = step;
        w[c] += delta;
    }

    /** Replaces every weight by its average over all steps; call once after training. */
    public Perceptron averaged() {
        Map<Long, float[]> avg = new HashMap<>();
        for (Map.Entry<Long, float[]> e : weights.entrySet()) {
            float[] w = e.getValue(), t = totals.get(e.getKey());
            int[] s = stamps.get(e.getKey());
            float[] a = new float[w.length];
            boolean any = false;
            for (int c = 0; c < w.length; c++) {
                float total = t[c] + (step - s[c]) * w[c];
                a[c] = step == 0 ? 0 : total / step;
                if (Math.abs(a[c]) > 1e-6f) any = true;
            }
            if (any) avg.put(e.getKey(), a);
        }
        return new Perceptron(classes, avg, false);
    }

    /**
     * A copy without the weights smaller than {@code minAbs} in magnitude (and without features
     * left with none): most averaged weights of rare features are tiny and change no decision,
     * so pruning them shrinks the model file several times.
     */
    public Perceptron pruned(float minAbs) {
        Map<Long, float[]> kept = new HashMap<>();
        for (Map.Entry<Long, float[]> e : rows().entrySet()) {
            float[] w = e.getValue().clone();
            boolean any = false;
            for (int c = 0; c < w.length; c++) {
                if (Math.abs(w[c]) < minAbs) w[c] = 0f;
                else any = true;
            }
            if (any) kept.put(e.getKey(), w);
        }
        return new Perceptron(classes, kept, false);
    }

    public int features() {
        return weights != null ? weights.size() : flat.length / classes.size();
    }

    /** Every feature's weights, rebuilt from the flat form of a finished model. */
    private Map<Long, float[]> rows() {
        if (weights != null) return weights;
        int n = classes.size();
        Map<Long, float[]> out = new HashMap<>();
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] == 0) continue;
            float[] w = new float[n];
            System.arraycopy(flat, slotRows[i] * n, w, 0, n);
            out.put(slots[i], w);
        }
        return out;
    }

    /** Writes the model: classes, then each feature's non-zero weights, keys in ascending order. */
    public void write(DataOutputStream out) throws IOException {
        Map<Long, float[]> weights = rows();
        out.writeInt(classes.size());
        for (String c : classes) out.writeUTF(c);
        List<Long> keys = new ArrayList<>(weights.keySet());
        keys.sort(Long::compare);
        out.writeInt(keys.size());
        for (long k : keys) {
            float[] w = weights.get(k);
            int nz = 0;
            for (float v : w) if (v != 0f) nz++;
            out.writeLong(k);
            out.writeShort(nz);
            for (int c = 0; c < w.length; c++) {
                if (w[c] == 0f) continue;
                out.writeShort(c);
                out.writeFloat(w[c]);
            }
        }
    }

    public static Perceptron read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n <= 0 || n > 10_000) throw new IOException("corrupt model: " + n + " classes");
        List<String> classes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) classes.add(in.readUTF());
        int features = in.readInt();
        Map<Long, float[]> w = new HashMap<>(features * 2);
        for (int i = 0; i < features; i++) {
            long k = in.readLong();
            int nz = in.readShort();
            float[] row = new float[n];
            for (int j = 0; j < nz; j++) row[in.readShort()] = in.readFloat();
            w.put(k, row);
        }
        return new Perceptron(classes, w, false);
    }
}
