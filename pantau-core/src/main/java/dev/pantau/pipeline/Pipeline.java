package dev.pantau.pipeline;

import dev.pantau.doc.Doc;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Ordered analysis steps. The order is checked once, when the pipeline is built: every step's
 * needs must be added by a step before it. Stateless between documents and safe to share.
 */
public final class Pipeline {
    private final List<Step> steps;

    public Pipeline(List<Step> steps) {
        this.steps = List.copyOf(steps);
        Set<Layer> have = EnumSet.of(Layer.TEXT, Layer.LANGUAGE);
        for (Step s : this.steps) {
            for (Layer need : s.needs()) {
                if (!have.contains(need)) {
                    throw new IllegalArgumentException("step '" + s.name() + "' needs layer " + need
                            + " but no step before it adds it");
                }
            }
            have.addAll(s.adds());
        }
    }

    public List<Step> steps() {
        return steps;
    }

    /**
     * Runs every step in order.
     *
     * @param deadlineNanos {@link System#nanoTime()} value after which the document is abandoned
     */
    public Doc run(Doc doc, LanguagePack pack, long deadlineNanos) {
        for (Step s : steps) {
            if (System.nanoTime() - deadlineNanos > 0 || Thread.currentThread().isInterrupted()) {
                throw new AnalysisException("time limit exceeded before step '" + s.name() + "'");
            }
            try {
                doc = s.apply(doc, pack);
            } catch (AnalysisException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                throw new AnalysisException("step '" + s.name() + "' failed: " + e, e);
            }
        }
        return doc;
    }
}
