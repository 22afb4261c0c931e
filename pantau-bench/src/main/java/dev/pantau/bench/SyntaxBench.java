package dev.pantau.bench;

import dev.pantau.Pantau;
import dev.pantau.doc.Article;
import dev.pantau.pipeline.Pipeline;
import dev.pantau.syntax.SyntaxStep;
import dev.pantau.text.TokenizerStep;
import dev.pantau.syntax.Conllu;
import dev.pantau.syntax.DependencyParser;
import dev.pantau.syntax.SyntaxAnalyzer;
import dev.pantau.syntax.Treebanks;
import dev.pantau.syntax.UdSentence;
import dev.pantau.syntax.UdWord;
import dev.pantau.syntax.UposTagger;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.maltparser.MaltParserService;
import org.maltparser.concurrent.ConcurrentMaltParserModel;
import org.maltparser.concurrent.ConcurrentMaltParserService;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Pantau's UPOS tagger and dependency parser side by side with Apache OpenNLP's POS tagger and
 * MaltParser (nivreeager, liblinear), each trained on exactly the same data (GSD dev + CSUI
 * train + PUD) and tested on GSD test with gold tokenization: accuracy, training time and words
 * per second. The parsers all get the same predicted tags (5-fold cross-validated for training,
 * Pantau's tagger at test time), so only the parsing differs.
 *
 * <p>Usage: {@code java -jar pantau-bench/target/pantau-bench.jar [DATA_DIR]} (default ../shared/data).
 */
public final class SyntaxBench {
    private static final long SEED = 7;
    private static final int ITERATIONS = 10;

    private SyntaxBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Treebanks treebanks = Treebanks.read(Stream.of("ud/gsd/id_gsd-ud-dev.conllu", "ud/csui/id_csui-ud-train.conllu",
                "ud/pud/id_pud-ud-test.conllu").map(data::resolve).toList());
        List<UdSentence> train = treebanks.sentences();
        List<UdSentence> test = Conllu.read(data.resolve("ud/gsd/id_gsd-ud-test.conllu"));
        int testWords = test.stream().mapToInt(s -> s.words().size()).sum();
        System.out.printf("train %d sentences, test (GSD test) %d sentences, %d words%n%n", train.size(), test.size(), testWords);
        System.out.println("system                      | metric   | score | train s | words/s");
        System.out.println("----------------------------+----------+-------+---------+--------");

        long t0 = System.nanoTime();
        UposTagger ours = UposTagger.train(train, treebanks.names(), Treebanks.TARGET, ITERATIONS, SEED, i -> { });
        double trainOurs = Timing.seconds(t0);
        List<List<String>> ourTags = new ArrayList<>();
        double speed = Timing.perSecond(testWords, () -> {
            ourTags.clear();
            for (UdSentence s : test) ourTags.add(ours.tag(UposTagger.forms(s)));
        });
        row("Pantau UPOS tagger", "UPOS", accuracy(test, ourTags), trainOurs, speed);

        POSModel onlp = trainOpenNlp(train);
        double trainOnlp = lastTrainSeconds;
        POSTaggerME onlpTagger = new POSTaggerME(onlp);
        List<List<String>> onlpTags = new ArrayList<>();
        speed = Timing.perSecond(testWords, () -> {
            onlpTags.clear();
            for (UdSentence s : test) onlpTags.add(List.of(onlpTagger.tag(UposTagger.forms(s).toArray(new String[0]))));
        });
        row("OpenNLP POS (maxent)", "UPOS", accuracy(test, onlpTags), trainOnlp, speed);

        List<List<String>> jackknifed = UposTagger.crossValidatedTags(train, treebanks.names(), 5, ITERATIONS, SEED, i -> { });
        t0 = System.nanoTime();
        DependencyParser parser = DependencyParser.train(train, jackknifed, treebanks.names(), Treebanks.TARGET,
                DependencyParser.ITERATIONS, SEED, i -> { }).pruned(DependencyParser.PRUNE);
        double trainParser = Timing.seconds(t0);
        List<DependencyParser.Parse> parses = new ArrayList<>();
        speed = Timing.perSecond(testWords, () -> {
            parses.clear();
            for (int k = 0; k < test.size(); k++) parses.add(parser.parse(UposTagger.forms(test.get(k)), ourTags.get(k)));
        });
        int[] ourScore = new int[2];
        for (int k = 0; k < test.size(); k++) score(test.get(k), parses.get(k).heads(), parses.get(k).labels(), ourScore);
        row("Pantau arc-eager parser", "UAS", 100.0 * ourScore[0] / testWords, trainParser, speed);
        row("", "LAS", 100.0 * ourScore[1] / testWords, trainParser, speed);

        Path work = Files.createTempDirectory("pantau-malt");
        Path trainFile = work.resolve("train.conll");
        writeConll(train, jackknifed, trainFile);
        t0 = System.nanoTime();
        new MaltParserService().runExperiment("-c pantaumalt -i " + trainFile + " -m learn -w " + work + " -a nivreeager -l liblinear");
        double trainMalt = Timing.seconds(t0);
        ConcurrentMaltParserModel malt = ConcurrentMaltParserService.initializeParserModel(work.resolve("pantaumalt.mco").toFile());
        List<String[]> maltOut = new ArrayList<>();
        speed = Timing.perSecond(testWords, () -> {
            maltOut.clear();
            for (int k = 0; k < test.size(); k++) maltOut.add(parseMalt(malt, test.get(k), ourTags.get(k)));
        });
        int[] maltScore = new int[2];
        for (int k = 0; k < test.size(); k++) {
            String[] out = maltOut.get(k);
            int[] heads = new int[out.length + 1];
            String[] labels = new String[out.length + 1];
            for (int i = 0; i < out.length; i++) {
                String[] c = out[i].split("\t");
                heads[i + 1] = Integer.parseInt(c[6]);
                labels[i + 1] = c[7];
            }
            score(test.get(k), heads, labels, maltScore);
        }
        row("MaltParser nivreeager", "UAS", 100.0 * maltScore[0] / testWords, trainMalt, speed);
        row("", "LAS", 100.0 * maltScore[1] / testWords, trainMalt, speed);

        // the whole chain on raw text, with the shipped models: tokenizer, sentence splitter,
        // clitic splitter, tagger, lemmatizer, parser
        SyntaxAnalyzer shipped = SyntaxAnalyzer.bundledIndonesian();
        Pantau syntaxOnly = Pantau.builder().language("id")
                .pipeline(new Pipeline(List.of(new TokenizerStep(), new SyntaxStep()))).build();
        StringBuilder raw = new StringBuilder();
        for (UdSentence s : test) raw.append(Conllu.text(s)).append(s.comment("newpar id") != null ? "\n\n" : " ");
        Article article = Article.ofText(raw.toString());
        int[] tokens = new int[1];
        speed = Timing.perSecond(1, () -> tokens[0] = syntaxOnly.analyze(article).tokens().size());
        System.out.printf(Locale.ROOT, "%nPantau raw text to parsed words (shipped models, %s): %d tokens, %.0f tokens/s on one thread%n",
                shipped.parses() ? "with parser" : "no parser", tokens[0], speed * tokens[0]);
    }

    private static String[] parseMalt(ConcurrentMaltParserModel malt, UdSentence s, List<String> tags) {
        String[] in = new String[s.words().size()];
        for (int i = 0; i < in.length; i++) {
            UdWord w = s.words().get(i);
            in[i] = w.id() + "\t" + w.form() + "\t_\t" + tags.get(i) + "\t" + tags.get(i) + "\t_";
        }
        try {
            return malt.parseTokens(in);
        } catch (org.maltparser.core.exception.MaltChainedException e) {
            throw new IllegalStateException("MaltParser failed", e);
        }
    }

    private static double lastTrainSeconds;

    private static POSModel trainOpenNlp(List<UdSentence> train) throws IOException {
        List<POSSample> samples = new ArrayList<>();
        for (UdSentence s : train) {
            List<String> tags = new ArrayList<>();
            for (UdWord w : s.words()) tags.add(w.upos());
            samples.add(new POSSample(UposTagger.forms(s), tags));
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        long t0 = System.nanoTime();
        POSModel m = POSTaggerME.train("id", new CollectionObjectStream<>(samples), params, new POSTaggerFactory());
        lastTrainSeconds = Timing.seconds(t0);
        return m;
    }

    private static void writeConll(List<UdSentence> sentences, List<List<String>> tags, Path file) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (int k = 0; k < sentences.size(); k++) {
                for (UdWord x : sentences.get(k).words()) {
                    String tag = tags.get(k).get(x.id() - 1);
                    w.println(x.id() + "\t" + x.form() + "\t_\t" + tag + "\t" + tag + "\t_\t" + x.head() + "\t" + x.deprel() + "\t_\t_");
                }
                w.println();
            }
        }
    }

    private static void score(UdSentence gold, int[] heads, String[] labels, int[] counts) {
        for (UdWord w : gold.words()) {
            if (heads[w.id()] == w.head()) {
                counts[0]++;
                if (w.deprel().equals(labels[w.id()])) counts[1]++;
            }
        }
    }

    private static double accuracy(List<UdSentence> gold, List<List<String>> tags) {
        int ok = 0, n = 0;
        for (int k = 0; k < gold.size(); k++) {
            for (UdWord w : gold.get(k).words()) {
                n++;
                if (w.upos().equals(tags.get(k).get(w.id() - 1))) ok++;
            }
        }
        return 100.0 * ok / n;
    }

    private static void row(String system, String metric, double score, double trainSeconds, double wordsPerSecond) {
        System.out.printf(Locale.ROOT, "%-28s| %-8s | %5.2f | %7.1f | %7.0f%n", system, metric, score, trainSeconds, wordsPerSecond);
    }
}
