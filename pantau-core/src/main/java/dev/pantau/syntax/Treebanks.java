package dev.pantau.syntax;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Training sentences from several UD treebanks, each sentence with the name of its treebank.
 * Treebanks of one language disagree on conventions (Indonesian CSUI writes {@code nmod} where GSD
 * writes {@code compound}); the tagger and parser learn every feature both shared and per
 * treebank, and predict in the conventions of one of them.
 */
public record Treebanks(List<UdSentence> sentences, List<String> names) {
    /** The treebank whose conventions the shipped models follow: GSD, the UD reference for Indonesian. */
    public static final String TARGET = "gsd";

    public Treebanks {
        if (sentences.size() != names.size()) throw new IllegalArgumentException("one treebank name per sentence");
        sentences = List.copyOf(sentences);
        names = List.copyOf(names);
    }

    /** Reads CoNLL-U files; a file's treebank is named by its UD file name ("id_gsd-ud-dev.conllu" → "gsd"). */
    public static Treebanks read(List<Path> files) throws IOException {
        List<UdSentence> sentences = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path f : files) {
            String name = name(f);
            for (UdSentence s : Conllu.read(f)) {
                sentences.add(s);
                names.add(name);
            }
        }
        return new Treebanks(sentences, names);
    }

    /** The treebank of a UD file name: the part between the language code and "-ud-", else the whole stem. */
    static String name(Path file) {
        String n = file.getFileName().toString();
        int ud = n.indexOf("-ud-");
        String stem = ud > 0 ? n.substring(0, ud) : n.replaceFirst("\\.conllu$", "");
        int lang = stem.indexOf('_');
        return lang >= 0 ? stem.substring(lang + 1) : stem;
    }

    public int words() {
        return sentences.stream().mapToInt(s -> s.words().size()).sum();
    }
}
