package dev.pantau.cli;

import dev.pantau.syntax.DependencyParser;
import dev.pantau.syntax.LemmaLexiconTrainer;
import dev.pantau.syntax.Treebanks;
import dev.pantau.syntax.UposTagger;
import dev.pantau.text.CliticSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code pantau train syntax}: the Indonesian UPOS tagger, lemmatizer data and dependency parser
 * (all shipped) from UD GSD dev + CSUI train + PUD. GSD test and CSUI test
 * are never read: they are for evaluation.
 */
@Command(name = "syntax", mixinStandardHelpOptions = true,
        description = {"Train the UPOS tagger, the clitic table and the lemmatizer tables from DATA/ud (GSD dev, CSUI train, PUD) and the",
                "root-word list of DATA/lexicon/nlp-bahasa-resources, and the dependency parser (trained on 5-fold cross-validated",
                "tags). Features are learned shared and per treebank; the models follow GSD conventions.",
                "Deterministic: the same data gives the same files."})
final class TrainSyntax implements Callable<Integer> {
    private static final long SEED = 7;

    @Mixin
    TrainCommand.DataFolder shared;
    @Option(names = "--out", defaultValue = TrainCommand.RESOURCES + "lang/id/", description = "Folder for upos.model, parser.model, clitics.tsv, lemmas.tsv, roots.txt (default: ${DEFAULT-VALUE}).")
    Path out;
    @Option(names = "--iterations", defaultValue = "10", description = "Training passes (default: ${DEFAULT-VALUE}).")
    int iterations;
    @Option(names = "--parser-iterations", defaultValue = "" + DependencyParser.ITERATIONS, description = "Parser training passes (default: ${DEFAULT-VALUE}).")
    int parserIterations;
    @Option(names = "--no-parser", description = "Skip the dependency parser (its training takes about a minute).")
    boolean noParser;

    @Override
    public Integer call() throws IOException {
        List<Path> files = List.of(shared.resolve("ud/gsd/id_gsd-ud-dev.conllu"), shared.resolve("ud/csui/id_csui-ud-train.conllu"),
                shared.resolve("ud/pud/id_pud-ud-test.conllu"));
        String provenance = "pantau train syntax: " + String.join(", ", files.stream().map(p -> p.getFileName().toString()).toList())
                + "; " + Treebanks.TARGET + " conventions";
        Treebanks train = Treebanks.read(files);
        System.err.printf("pantau train syntax: %d sentences, %d words; models follow %s conventions%n",
                train.sentences().size(), train.words(), Treebanks.TARGET);

        UposTagger tagger = UposTagger.train(train.sentences(), train.names(), Treebanks.TARGET, iterations, SEED, i -> System.err.printf("  tagger pass %d/%d%n", i, iterations));
        tagger.save(out.resolve("upos.model"), provenance);
        LemmaLexiconTrainer.Result lemmas = new LemmaLexiconTrainer().train(files,
                shared.resolve("lexicon/nlp-bahasa-resources/combined_root_words.txt"), out.resolve("lemmas.tsv"), out.resolve("roots.txt"));
        int clitics = CliticSplitter.train(files, LemmaLexiconTrainer.DEFAULT_REFERENCE_WEIGHT, out.resolve("clitics.tsv"));
        System.err.printf("pantau train syntax: tagger %d features; lemma table %d rows, %d roots; %d clitic rows%n",
                tagger.features(), lemmas.rows(), lemmas.roots(), clitics);

        if (!noParser) {
            List<List<String>> tags = UposTagger.crossValidatedTags(train.sentences(), train.names(), 5, iterations, SEED,
                    fold -> System.err.printf("  cross-validated tags, fold %d/5%n", fold));
            DependencyParser parser = DependencyParser.train(train.sentences(), tags, train.names(), Treebanks.TARGET,
                    parserIterations, SEED, i -> System.err.printf("  parser pass %d/%d%n", i, parserIterations)).pruned(DependencyParser.PRUNE);
            parser.save(out.resolve("parser.model"), provenance);
            System.err.printf("pantau train syntax: parser %d features%n", parser.features());
        }
        return 0;
    }
}
