package dev.pantau.cli;

import dev.pantau.syntax.Conllu;
import dev.pantau.syntax.DependencyParser;
import dev.pantau.syntax.LemmaLexiconTrainer;
import dev.pantau.syntax.UdSentence;
import dev.pantau.syntax.UposTagger;
import dev.pantau.text.CliticSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code pantau train syntax}: the Indonesian UPOS tagger and lemmatizer data (shipped), and
 * optionally the dependency parser, from UD GSD dev + CSUI train + PUD. GSD test and CSUI test
 * are never read: they are for evaluation.
 */
@Command(name = "syntax", mixinStandardHelpOptions = true,
        description = {"Train the UPOS tagger, the clitic table and the lemmatizer tables from DATA/ud (GSD dev, CSUI train, PUD) and the",
                "root-word list of DATA/lexicon/nlp-bahasa-resources; with --parser-out also the dependency parser",
                "(5-fold cross-validated tags). Deterministic: the same data gives the same files."})
final class TrainSyntax implements Callable<Integer> {
    private static final long SEED = 7;

    @Mixin
    TrainCommand.DataFolder shared;
    @Option(names = "--out", defaultValue = TrainCommand.RESOURCES + "lang/id/", description = "Folder for upos.model, clitics.tsv, lemmas.tsv, roots.txt (default: ${DEFAULT-VALUE}).")
    Path out;
    @Option(names = "--iterations", defaultValue = "10", description = "Training passes (default: ${DEFAULT-VALUE}).")
    int iterations;
    @Option(names = "--parser-out", paramLabel = "FILE", description = "Also train the dependency parser and write it here.")
    Path parserOut;

    @Override
    public Integer call() throws IOException {
        List<Path> files = List.of(shared.resolve("ud/gsd/id_gsd-ud-dev.conllu"), shared.resolve("ud/csui/id_csui-ud-train.conllu"),
                shared.resolve("ud/pud/id_pud-ud-test.conllu"));
        String provenance = "pantau train syntax: " + String.join(", ", files.stream().map(p -> p.getFileName().toString()).toList());
        List<UdSentence> train = new ArrayList<>();
        for (Path f : files) train.addAll(Conllu.read(f));
        int words = train.stream().mapToInt(s -> s.words().size()).sum();
        System.err.printf("pantau train syntax: %d sentences, %d words%n", train.size(), words);

        UposTagger tagger = UposTagger.train(train, iterations, SEED, i -> System.err.printf("  tagger pass %d/%d%n", i, iterations));
        tagger.save(out.resolve("upos.model"), provenance);
        LemmaLexiconTrainer.Result lemmas = new LemmaLexiconTrainer().train(files,
                shared.resolve("lexicon/nlp-bahasa-resources/combined_root_words.txt"), out.resolve("lemmas.tsv"), out.resolve("roots.txt"));
        int clitics = CliticSplitter.train(files, LemmaLexiconTrainer.DEFAULT_REFERENCE_WEIGHT, out.resolve("clitics.tsv"));
        System.err.printf("pantau train syntax: tagger %d features; lemma table %d rows, %d roots; %d clitic rows%n",
                tagger.features(), lemmas.rows(), lemmas.roots(), clitics);

        if (parserOut != null) {
            List<List<String>> tags = UposTagger.crossValidatedTags(train, 5, iterations, SEED,
                    fold -> System.err.printf("  cross-validated tags, fold %d/5%n", fold));
            DependencyParser parser = DependencyParser.train(train, tags, iterations, SEED,
                    i -> System.err.printf("  parser pass %d/%d%n", i, iterations));
            parser.save(parserOut, provenance);
            System.err.printf("pantau train syntax: parser %d features in %s%n", parser.features(), parserOut);
        }
        return 0;
    }
}
