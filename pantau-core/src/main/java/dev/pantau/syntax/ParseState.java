package dev.pantau.syntax;

import java.util.Arrays;

/**
 * The configuration of the arc-eager transition system (Nivre 2003): a stack, a buffer position
 * and the arcs built so far. Word 0 is the artificial root, at the bottom of the stack.
 */
final class ParseState {
    final int n; // words, without the root
    final int[] stack;
    int depth;
    int next; // first buffer word, n + 1 when the buffer is empty
    final int[] heads;
    final String[] labels;
    final int[] leftmost, rightmost, leftCount, rightCount;

    ParseState(int n) {
        this.n = n;
        this.stack = new int[n + 2];
        this.heads = new int[n + 1];
        this.labels = new String[n + 1];
        this.leftmost = new int[n + 1];
        this.rightmost = new int[n + 1];
        this.leftCount = new int[n + 1];
        this.rightCount = new int[n + 1];
        Arrays.fill(heads, -1);
        Arrays.fill(leftmost, -1);
        Arrays.fill(rightmost, -1);
        stack[depth++] = 0;
        next = 1;
    }

    boolean bufferEmpty() {
        return next > n;
    }

    int s0() {
        return depth > 0 ? stack[depth - 1] : -1;
    }

    int s1() {
        return depth > 1 ? stack[depth - 2] : -1;
    }

    int b(int i) {
        return next + i <= n ? next + i : -1;
    }

    boolean done() {
        return bufferEmpty();
    }

    boolean canShift() {
        return !bufferEmpty();
    }

    boolean canReduce() {
        int s = s0();
        return s > 0 && heads[s] >= 0;
    }

    boolean canLeft() {
        int s = s0();
        return s > 0 && heads[s] < 0 && !bufferEmpty();
    }

    /** A right arc from the root only while the root has no dependent: one root per sentence, as UD wants. */
    boolean canRight() {
        return depth > 0 && !bufferEmpty() && (s0() != 0 || rightCount[0] == 0);
    }

    void shift() {
        stack[depth++] = next++;
    }

    void reduce() {
        depth--;
    }

    void left(String label) {
        int dep = stack[--depth];
        arc(next, dep, label);
    }

    void right(String label) {
        arc(s0(), next, label);
        stack[depth++] = next++;
    }

    private void arc(int head, int dep, String label) {
        heads[dep] = head;
        labels[dep] = label;
        if (dep < head) {
            leftCount[head]++;
            if (leftmost[head] < 0 || dep < leftmost[head]) leftmost[head] = dep;
        } else {
            rightCount[head]++;
            if (dep > rightmost[head]) rightmost[head] = dep;
        }
    }

    boolean onStack(int w) {
        for (int i = 0; i < depth; i++) if (stack[i] == w) return true;
        return false;
    }
}
