package dev.pantau.bench;

import java.util.Arrays;

/** How the benchmarks time a system: warm passes, the median of several. */
final class Timing {
    private Timing() {
    }

    /** Items (words, tokens) per second of a pass: the median of 5 passes after 3 to warm up. */
    static double perSecond(int items, Runnable pass) {
        for (int i = 0; i < 3; i++) pass.run();
        double[] t = new double[5];
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            pass.run();
            t[i] = seconds(t0);
        }
        Arrays.sort(t);
        return items / t[t.length / 2];
    }

    static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
