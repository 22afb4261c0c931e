package dev.pantau.ner;

import java.util.List;

/**
 * The named-entity corpora Pantau trains on, under the shared data folder, with their splits:
 * the name tagger trains on the training and validation splits and is scored on the test split.
 */
public enum NerSources {
    NERGRIT("nergrit", "ner/nergrit", NerCorpus.Format.INDONLU, List.of("train.txt", "valid.txt"), "test.txt"),
    NERP("nerp", "ner/nerp", NerCorpus.Format.INDONLU, List.of("train.txt", "valid.txt"), "test.txt"),
    IDNER("idner", "ner/idner-news-2k", NerCorpus.Format.CONLL, List.of("train.txt", "dev.txt"), "test.txt");

    /** The corpus whose conventions the shipped tagger follows: cased online news, as Pantau reads. */
    public static final NerSources NEWS = IDNER;

    public final String corpus;
    public final String folder;
    public final NerCorpus.Format format;
    public final List<String> training;
    public final String test;

    NerSources(String corpus, String folder, NerCorpus.Format format, List<String> training, String test) {
        this.corpus = corpus;
        this.folder = folder;
        this.format = format;
        this.training = training;
        this.test = test;
    }
}
