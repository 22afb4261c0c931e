package dev.pantau.pipeline;

import dev.pantau.doc.Doc;

import java.util.Set;

/**
 * One analysis step: reads the layers it {@link #needs()} and returns the document with the
 * layers it {@link #adds()}. Implementations hold only immutable state, so one instance serves
 * every thread.
 */
public interface Step {
    String name();

    Set<Layer> needs();

    Set<Layer> adds();

    Doc apply(Doc doc, LanguagePack pack);
}
