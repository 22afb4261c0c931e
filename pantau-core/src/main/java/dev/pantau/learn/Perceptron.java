package dev.pantau.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-class averaged perceptron (Collins 2002; Honnibal, "A good POS tagger in about 200
 * lines"): one weight per (feature, class); training adds 1 to the truth and subtracts 1 from a
 * wrong guess; averaging over every update makes the final weights stable. The same learner
 * serves the tagger (classes = tags) and the parser (classes = transitions).
 *
 * <p>A model in training keeps maps; a finished model ({@link #averaged}, {@link #read}) keeps
 * each feature's non-zero weights as a sparse row (most features speak for a few classes only),
 * rows in ascending key order, found by open addressing, so prediction neither boxes keys nor
 * chases pointers and a model of 100k features stays a few megabytes in memory.
 */
public final class Perceptron {
    private final List<String> classes;
    // training state: weights, running totals and the step each weight last changed, for averaging
    private final Map<Long, float[]> weights;
    private final Map<Long, float[]> totals;
    private final Map<Long, int[]> stamps;
    private int step;
    // a finished model: sparse rows, keys ascending; row r's weights are the cells [rowStart[r],
    // rowStart[r + 1]), each a (class, weight bits) pair. For prediction the index (open
    // addressing) holds (key, start << 32 | end) pairs, so one feature costs two cache lines.
    private final long[] rowKeys;
    private final int[] rowStart;
    private final long[] index;
    private final int[] cells;

    private Perceptron(List<String> classes) {
        this.classes = List.copyOf(classes);
        weights = new HashMap<>();
        totals = new HashMap<>();
        stamps = new HashMap<>();
        rowKeys = null;
        rowStart = null;
        index = null;
        cells = null;
    }

    private Perceptron(List<String> classes, Rows rows) {
        this.classes = List.copyOf(classes);
        weights = null;
        totals = null;
        stamps = null;
        rowKeys = Arrays.copyOf(rows.keys, rows.count);
        rowStart = Arrays.copyOf(rows.starts, rows.count + 1);
        int capacity = Integer.highestOneBit(Math.max(16, rows.count * 2)) << 1;
        index = new long[capacity * 2];
        for (int r = 0; r < rows.count; r++) {
            long k = nonZero(rowKeys[r]);
            int i = (int) (mix(k) & (capacity - 1));
            while (index[2 * i] != 0) i = (i + 1) & (capacity - 1);
            index[2 * i] = k;
            index[2 * i + 1] = (long) rowStart[r] << 32 | rowStart[r + 1];
        }
        cells = new int[rows.size * 2];
        for (int j = 0; j < rows.size; j++) {
            cells[2 * j] = rows.classes[j];
            cells[2 * j + 1] = Float.floatToRawIntBits(rows.weights[j]);
        }
    }

    /** A new, untrained model over these classes. */
    public static Perceptron forTraining(List<String> classes) {
        return new Perceptron(classes);
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
        if (weights == null) {
            int mask = index.length / 2 - 1;
            for (int i = 0; i < f.size(); i++) {
                long k = nonZero(f.key(i));
                int s = (int) (mix(k) & mask);
                long at;
                while ((at = index[2 * s]) != k && at != 0) s = (s + 1) & mask;
                if (at == 0) continue;
                long span = index[2 * s + 1];
                for (int j = (int) (span >>> 32), end = (int) span; j < end; j++) {
                    out[cells[2 * j]] += Float.intBitsToFloat(cells[2 * j + 1]);
                }
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
        if (weights == null) throw new IllegalStateException("a finished model cannot be trained further");
        step++;
        if (truth == guess) return;
        for (int i = 0; i < f.size(); i++) {
            long k = f.key(i);
            bump(k, truth, 1f);
            bump(k, guess, -1f);
        }
    }

    /**
     * Structured training: adds {@code delta} to the weights of the features for one class. A
     * structured learner adjusts the gold and the predicted structure's parts, then calls
     * {@link #tick} once per example, so averaging counts examples.
     */
    public void adjust(Features f, int c, float delta) {
        if (weights == null) throw new IllegalStateException("a finished model cannot be trained further");
        for (int i = 0; i < f.size(); i++) bump(f.key(i), c, delta);
    }

    /** One training example has been seen (for averaging with {@link #adjust}). */
    public void tick() {
        step++;
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

    /** The finished model: every weight replaced by its average over all steps. */
    public Perceptron averaged() {
        if (weights == null) throw new IllegalStateException("already finished");
        List<Long> keys = new ArrayList<>(weights.keySet());
        keys.sort(Long::compare);
        Rows rows = new Rows(keys.size());
        float[] a = new float[classes.size()];
        for (long k : keys) {
            float[] w = weights.get(k), t = totals.get(k);
            int[] s = stamps.get(k);
            for (int c = 0; c < w.length; c++) {
                float avg = step == 0 ? 0 : (t[c] + (step - s[c]) * w[c]) / step;
                a[c] = Math.abs(avg) > 1e-6f ? avg : 0f;
            }
            rows.add(k, a);
        }
        return new Perceptron(classes, rows);
    }

    /**
     * A copy without the weights smaller than {@code minAbs} in magnitude (and without features
     * left with none): most averaged weights of rare features are tiny and change no decision,
     * so pruning them shrinks the model several times.
     */
    public Perceptron pruned(float minAbs) {
        requireFinished();
        Rows rows = new Rows(rowKeys.length);
        for (int r = 0; r < rowKeys.length; r++) {
            for (int j = rowStart[r]; j < rowStart[r + 1]; j++) {
                if (Math.abs(weight(j)) >= minAbs) rows.put((short) cellClass(j), weight(j));
            }
            rows.endRow(rowKeys[r]);
        }
        return new Perceptron(classes, rows);
    }

    /**
     * The model a domain-augmented model ({@link Features#specialise}) amounts to in one domain:
     * each shared feature's weights plus those of its copy specialised to {@code target} (none
     * when null), the copies of every domain dropped. It scores unspecialised features as this
     * model scores them specialised to {@code target}, with half the features.
     *
     * @param domains every domain the model was trained with
     */
    public Perceptron folded(String target, Collection<String> domains) {
        requireFinished();
        int n = rowKeys.length;
        boolean[] copy = new boolean[n];
        for (String d : domains) {
            long dk = Features.domainKey(d);
            for (int r = 0; r < n; r++) {
                int s = row(Features.specialised(rowKeys[r], dk));
                if (s >= 0) copy[s] = true;
            }
        }
        long tk = target == null ? 0 : Features.domainKey(target);
        Rows rows = new Rows(n / 2 + 1, cells.length / 2);
        float[] sum = new float[classes.size()];
        for (int r = 0; r < n; r++) {
            if (copy[r]) continue;
            Arrays.fill(sum, 0f);
            addRow(r, sum);
            if (target != null) {
                int own = row(Features.specialised(rowKeys[r], tk));
                if (own >= 0) addRow(own, sum);
            }
            rows.add(rowKeys[r], sum);
        }
        return new Perceptron(classes, rows);
    }

    private void addRow(int r, float[] into) {
        for (int j = rowStart[r]; j < rowStart[r + 1]; j++) into[cellClass(j)] += weight(j);
    }

    /** Features with at least one weight. */
    public int features() {
        return weights != null ? weights.size() : rowKeys.length;
    }

    /** Writes a finished model: classes, then each feature's non-zero weights, keys in ascending order. */
    public void write(DataOutputStream out) throws IOException {
        requireFinished();
        out.writeInt(classes.size());
        for (String c : classes) out.writeUTF(c);
        out.writeInt(rowKeys.length);
        out.writeInt(rowKeys.length * (Long.BYTES + Short.BYTES) + cells.length / 2 * (Short.BYTES + Float.BYTES));
        for (int r = 0; r < rowKeys.length; r++) {
            out.writeLong(rowKeys[r]);
            out.writeShort(rowStart[r + 1] - rowStart[r]);
            for (int j = rowStart[r]; j < rowStart[r + 1]; j++) {
                out.writeShort(cellClass(j));
                out.writeFloat(weight(j));
            }
        }
    }

    /** Reads a model {@link #write} wrote; the rows are read in one block and decoded from memory. */
    public static Perceptron read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n <= 0 || n > Short.MAX_VALUE) throw new IOException("corrupt model: " + n + " classes");
        List<String> classes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) classes.add(in.readUTF());
        int features = in.readInt();
        int length = in.readInt();
        if (features < 0 || length < 0) throw new IOException("corrupt model: " + features + " features in " + length + " bytes");
        byte[] block = in.readNBytes(length);
        if (block.length < length) throw new IOException("truncated model: " + block.length + " of " + length + " bytes");
        ByteBuffer b = ByteBuffer.wrap(block); // big-endian, as DataOutputStream wrote it
        Rows rows = new Rows(features, (length - features * (Long.BYTES + Short.BYTES)) / (Short.BYTES + Float.BYTES));
        long previous = Long.MIN_VALUE;
        try {
            for (int i = 0; i < features; i++) {
                long k = b.getLong();
                if (i > 0 && k <= previous) throw new IOException("corrupt model: feature keys out of order");
                previous = k;
                int nz = b.getShort();
                for (int j = 0; j < nz; j++) {
                    short c = b.getShort();
                    if (c < 0 || c >= n) throw new IOException("corrupt model: class " + c + " of " + n);
                    rows.put(c, b.getFloat());
                }
                rows.endRow(k);
            }
        } catch (BufferUnderflowException e) {
            throw new IOException("corrupt model: rows longer than their block", e);
        }
        return new Perceptron(classes, rows);
    }

    private void requireFinished() {
        if (weights != null) throw new IllegalStateException("a model in training; call averaged() first");
    }

    private int cellClass(int j) {
        return cells[2 * j];
    }

    private float weight(int j) {
        return Float.intBitsToFloat(cells[2 * j + 1]);
    }

    /** The row of a key, or a negative number (rows are in ascending key order). */
    private int row(long key) {
        return Arrays.binarySearch(rowKeys, key);
    }

    private static long nonZero(long key) {
        return key == 0 ? 1 : key; // 0 marks an empty slot
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        return k ^ (k >>> 33);
    }

    /** A growing set of sparse rows, added in ascending key order; rows without weights are left out. */
    private static final class Rows {
        long[] keys;
        int[] starts;
        short[] classes;
        float[] weights;
        int count, size;

        Rows(int expectedRows) {
            this(expectedRows, expectedRows * 4);
        }

        Rows(int expectedRows, int expectedWeights) {
            keys = new long[Math.max(16, expectedRows)];
            starts = new int[keys.length + 1];
            classes = new short[Math.max(16, expectedWeights)];
            weights = new float[classes.length];
        }

        void put(short c, float w) {
            if (size == classes.length) {
                classes = Arrays.copyOf(classes, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            classes[size] = c;
            weights[size++] = w;
        }

        void endRow(long key) {
            if (size == starts[count]) return; // no weights: no row
            if (count + 1 == keys.length) {
                keys = Arrays.copyOf(keys, keys.length * 2);
                starts = Arrays.copyOf(starts, keys.length + 1);
            }
            keys[count++] = key;
            starts[count] = size;
        }

        void add(long key, float[] dense) {
            for (int c = 0; c < dense.length; c++) if (dense[c] != 0f) put((short) c, dense[c]);
            endRow(key);
        }
    }
}
