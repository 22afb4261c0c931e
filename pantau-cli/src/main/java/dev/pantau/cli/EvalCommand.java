package dev.pantau.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pantau.doc.Sentence;
import dev.pantau.doc.Token;
import dev.pantau.syntax.Conllu;
import dev.pantau.syntax.DependencyParser;
import dev.pantau.syntax.SyntaxAnalyzer;
import dev.pantau.syntax.UdEvaluator;
import dev.pantau.syntax.UdSentence;
import dev.pantau.syntax.UdWord;
import dev.pantau.Pantau;
import dev.pantau.doc.Article;
import dev.pantau.doc.Doc;
import dev.pantau.pipeline.Pipeline;
import dev.pantau.text.TokenizerStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code pantau eval}: standard metrics of each component on standard formats. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate components on standard gold data.",
        subcommands = {EvalCommand.Ud.class, EvalNer.class, EvalEvents.class, EvalExtract.class})
public final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("pantau eval: name what to evaluate: ud, ner, events or extract (see pantau eval --help)");
        return 2;
    }

    @Command(name = "ud", mixinStandardHelpOptions = true,
            description = {"CoNLL 2018 shared-task metrics (F1, percent) of the Indonesian tokenizer, tagger, lemmatizer and parser",
                    "against a CoNLL-U gold file; prints one JSON line: tokens, sentences, words, upos, lemma, uas, las",
                    "(with the shipped parser, or another one given by --parser)."})
    static final class Ud implements Callable<Integer> {
        @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold CoNLL-U file.")
        Path gold;
        @Option(names = "--gold-tokenization", description = "Analyse the gold words and sentences instead of the raw text.")
        boolean goldTokenization;
        @Option(names = "--parser", paramLabel = "MODEL", description = "Another parser model (made by pantau train syntax --out DIR) instead of the shipped one.")
        Path parserModel;
        @Option(names = "--system-out", paramLabel = "FILE", description = "Also write the system's CoNLL-U here.")
        Path systemOut;

        @Override
        public Integer call() throws IOException {
            try {
                return evaluate();
            } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
                System.err.println("pantau eval ud: " + e.getMessage());
                return 1;
            }
        }

        private int evaluate() throws IOException {
            List<UdSentence> goldSentences = Conllu.read(gold);
            SyntaxAnalyzer analyzer = SyntaxAnalyzer.bundledIndonesian();
            if (parserModel != null) {
                try (InputStream in = Files.newInputStream(parserModel)) {
                    analyzer = analyzer.withParser(DependencyParser.load(in, parserModel.toString()));
                }
            }
            List<UdSentence> system = goldTokenization ? onGoldWords(analyzer, goldSentences) : onRawText(analyzer, goldSentences);
            if (systemOut != null) {
                try (var w = Files.newBufferedWriter(systemOut)) {
                    Conllu.write(system, w);
                }
            }
            UdEvaluator.Result r = UdEvaluator.evaluate(goldSentences, system);
            ObjectNode out = new ObjectMapper().createObjectNode();
            out.put("gold", gold.toString());
            out.put("goldTokenization", goldTokenization);
            put(out, "tokens", r.score("Tokens"));
            put(out, "sentences", r.score("Sentences"));
            put(out, "words", r.score("Words"));
            put(out, "upos", r.score("UPOS"));
            put(out, "lemma", r.score("Lemmas"));
            if (analyzer.parses()) {
                put(out, "uas", r.score("UAS"));
                put(out, "las", r.score("LAS"));
            }
            System.out.println(out);
            return 0;
        }

        private static void put(ObjectNode out, String name, UdEvaluator.Score s) {
            out.put(name, Math.round(s.f1() * 10000) / 100.0);
        }

        private static List<UdSentence> onGoldWords(SyntaxAnalyzer analyzer, List<UdSentence> gold) {
            List<UdSentence> out = new ArrayList<>(gold.size());
            for (UdSentence s : gold) {
                List<String> forms = new ArrayList<>();
                List<Boolean> space = new ArrayList<>();
                for (UdWord w : s.words()) {
                    forms.add(w.form());
                    space.add(!w.noSpaceAfter());
                }
                out.add(analyzer.analyzeWords(forms, space, s.comments()));
            }
            return out;
        }

        /** The gold sentences' texts joined by spaces, then split and tokenized by Pantau. */
        private static List<UdSentence> onRawText(SyntaxAnalyzer analyzer, List<UdSentence> gold) {
            StringBuilder text = new StringBuilder();
            for (UdSentence s : gold) {
                String t = s.comment("text");
                if (text.length() > 0) text.append(' ');
                text.append(t != null ? t : Conllu.text(s));
            }
            String raw = text.toString();
            Doc doc = Pantau.builder().language("id").pipeline(new Pipeline(List.of(new TokenizerStep()))).build()
                    .analyze(Article.ofText(raw));
            List<Token> tokens = doc.tokens();
            List<UdSentence> out = new ArrayList<>();
            for (Sentence s : doc.sentences()) {
                List<String> forms = new ArrayList<>();
                List<Boolean> space = new ArrayList<>();
                for (int i = s.firstToken(); i < s.endToken(); i++) {
                    forms.add(tokens.get(i).text());
                    space.add(tokens.get(i).end() < raw.length() && raw.charAt(tokens.get(i).end()) == ' ');
                }
                out.add(analyzer.analyzeTokens(forms, space, List.of()));
            }
            return out;
        }
    }
}
