package dev.pantau.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantau.event.CameoCodebook;
import dev.pantau.geo.GazetteerCompiler;
import dev.pantau.learn.WordClusters;
import dev.pantau.ner.CommonWordsTrainer;
import dev.pantau.tone.ToneLexiconTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code pantau train}: rebuilds the shipped derived resources from the data sets in
 * {@code ../shared/data}, deterministically, naming the inputs in each file's header.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Rebuild shipped lexicons and tables from the training data (see NOTICE for their sources).",
        subcommands = {TrainCommand.Casing.class, TrainCommand.Tone.class, TrainCommand.Cameo.class, TrainCommand.Places.class, TrainCommand.Clusters.class, TrainSyntax.class, TrainNer.class})
public final class TrainCommand implements Callable<Integer> {
    static final String RESOURCES = "pantau-core/src/main/resources/dev/pantau/";

    @Override
    public Integer call() {
        System.err.println("pantau train: name what to train: casing, tone, cameo, places, clusters, syntax or ner (see pantau train --help)");
        return 2;
    }

    static void require(Path p) {
        if (!Files.exists(p)) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new TrainCommand()),
                "missing training input " + p + " (is ../shared/data beside the checkout? use --data)");
    }

    @Command(name = "casing", mixinStandardHelpOptions = true,
            description = "Learn the common-words list (names vs. common words) from the unlabeled Indonesian news in DATA/articles/id, leaving out the development gold articles.")
    static final class Casing implements Callable<Integer> {
        @Mixin
        DataFolder shared;
        @Option(names = "--out", defaultValue = RESOURCES + "lang/id/common-words.txt", description = "Output (default: ${DEFAULT-VALUE}).")
        Path out;

        @Override
        public Integer call() throws IOException {
            CommonWordsTrainer.Result r = new CommonWordsTrainer(3, 0.5).train(shared.indonesianArticles(), shared.goldIds(), out);
            System.err.printf("pantau train casing: %d articles (%d gold left out), %d tokens -> %d common words in %s%n",
                    r.articles(), r.excluded(), r.tokens(), r.words(), out);
            return 0;
        }
    }

    @Command(name = "tone", mixinStandardHelpOptions = true,
            description = "Learn the Indonesian tone lexicon from SmSA train+valid (DATA/sentiment/smsa), dropping DATA/lexicon/stopwords-id and words outside the common-words list (train casing first).")
    static final class Tone implements Callable<Integer> {
        @Mixin
        DataFolder shared;
        @Option(names = "--out", defaultValue = RESOURCES + "lang/id/tone.tsv", description = "Output (default: ${DEFAULT-VALUE}).")
        Path out;
        @Option(names = "--min-texts", defaultValue = "15", description = "Texts a word must appear in (default: ${DEFAULT-VALUE}).")
        int minTexts;
        @Option(names = "--min-log-odds", defaultValue = "1.5", description = "Least |log-odds| kept (default: ${DEFAULT-VALUE}).")
        double minLogOdds;

        @Override
        public Integer call() throws IOException {
            Path smsa = shared.resolve("sentiment/smsa");
            Path stop = shared.data.resolve("lexicon/stopwords-id/stopwords-id.txt");
            Set<String> vocabulary = commonWords();
            ToneLexiconTrainer.Result r = new ToneLexiconTrainer(minTexts, minLogOdds).train(
                    List.of(smsa.resolve("train.tsv"), smsa.resolve("valid.tsv")), Files.exists(stop) ? stop : null, vocabulary.isEmpty() ? null : vocabulary, out);
            System.err.printf("pantau train tone: %d texts -> %d positive, %d negative words in %s%n",
                    r.texts(), r.positive(), r.negative(), out);
            return 0;
        }
    }

    @Command(name = "cameo", mixinStandardHelpOptions = true,
            description = "Compile the CAMEO codebook table (DATA/cameo/codebook/cameo_eventcodes.tsv) into the shipped code table.")
    static final class Cameo implements Callable<Integer> {
        @Mixin
        DataFolder shared;
        @Option(names = "--out", defaultValue = RESOURCES + "event/cameo-codes.tsv", description = "Output (default: ${DEFAULT-VALUE}).")
        Path out;

        @Override
        public Integer call() throws IOException {
            Path in = shared.resolve("cameo/codebook/cameo_eventcodes.tsv");
            int n = CameoCodebook.compile(in, out);
            System.err.printf("pantau train cameo: %d codes in %s%n", n, out);
            return 0;
        }
    }

    @Command(name = "places", mixinStandardHelpOptions = true,
            description = "Compile the gazetteer from DATA/geo/geonames and DATA/geo/wilayah-id, dropping names in the common-words list (train casing first).")
    static final class Places implements Callable<Integer> {
        @Mixin
        DataFolder shared;
        @Option(names = "--out", defaultValue = RESOURCES + "geo/places.tsv", description = "Output (default: ${DEFAULT-VALUE}).")
        Path out;
        @Option(names = "--min-population", defaultValue = "100000", description = "Smallest foreign city kept (default: ${DEFAULT-VALUE}).")
        long minPopulation;

        @Override
        public Integer call() throws IOException {
            Path geonames = shared.resolve("geo/geonames");
            Path wilayah = shared.resolve("geo/wilayah-id");
            int n = new GazetteerCompiler(minPopulation, commonWords()).compile(geonames, wilayah, out);
            System.err.printf("pantau train places: %d place names in %s%n", n, out);
            return 0;
        }
    }

    @Command(name = "clusters", mixinStandardHelpOptions = true,
            description = "Learn distributional word clusters (spherical k-means over context words) from the unlabeled news in DATA/articles/id, leaving out the development gold articles; the tagger uses them (run before train syntax).")
    static final class Clusters implements Callable<Integer> {
        @Mixin
        DataFolder shared;
        @Option(names = "--out", defaultValue = RESOURCES + "lang/id/clusters.tsv", description = "Output (default: ${DEFAULT-VALUE}).")
        Path out;
        @Option(names = "--clusters", defaultValue = "256", description = "Number of clusters (default: ${DEFAULT-VALUE}).")
        int k;

        @Override
        public Integer call() throws IOException {
            WordClusters.Result r = WordClusters.train(shared.indonesianArticles(), shared.goldIds(), k, 5, 500, 10, out);
            System.err.printf("pantau train clusters: %d articles, %d tokens -> %d words in %d clusters in %s%n",
                    r.articles(), r.tokens(), r.words(), r.clusters(), out);
            return 0;
        }
    }

    /** The common-words list as shipped (empty before `train casing` has run). */
    static Set<String> commonWords() throws IOException {
        Path common = Path.of(RESOURCES + "lang/id/common-words.txt");
        Set<String> words = new HashSet<>();
        if (Files.exists(common)) {
            for (String l : Files.readAllLines(common)) if (!l.startsWith("#")) words.add(l.strip());
        }
        return words;
    }

    /** The --data option every trainer takes. */
    public static final class DataFolder {
        @Option(names = "--data", defaultValue = "../shared/data", description = "The shared data folder (default: ${DEFAULT-VALUE}).")
        Path data;

        Path resolve(String relative) {
            Path p = data.resolve(relative);
            require(p);
            return p;
        }

        /** The unlabeled Indonesian news, DATA/articles/id/*.jsonl, in name order. */
        List<Path> indonesianArticles() throws IOException {
            try (Stream<Path> s = Files.list(resolve("articles/id"))) {
                return s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
            }
        }

        /** Ids of the development gold articles, which no trainer may read. */
        Set<String> goldIds() throws IOException {
            Set<String> ids = new HashSet<>();
            Path goldDir = data.resolve("gold");
            if (!Files.isDirectory(goldDir)) return ids;
            ObjectMapper json = new ObjectMapper();
            try (Stream<Path> s = Files.list(goldDir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".gold.json")).toList()) {
                    ids.add(json.readTree(p.toFile()).path("id").asText());
                }
            }
            return ids;
        }
    }
}
