package dev.pantau.cli;

import dev.pantau.ner.NameTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code pantau tag}: one component over tokens given one per line, for external scorers. */
@Command(name = "tag", mixinStandardHelpOptions = true, description = "Run one component over pre-tokenized text.",
        subcommands = {TagCommand.Ner.class})
public final class TagCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("pantau tag: name the component: ner (see pantau tag --help)");
        return 2;
    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Name tags for tokens given one per line (the first whitespace-separated column; a blank line ends a",
                    "sentence): writes token<TAB>BIO-tag lines in the same order, blank lines kept, so any CoNLL scorer can be used.",
                    "FILE '-' reads standard input."})
    static final class Ner implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "Tokens, one per line.")
        String file;
        @Option(names = "--conventions", paramLabel = "CORPUS", description = "nergrit, nerp or idner (default: idner, cased news).")
        String conventions;
        @Option(names = "--model", paramLabel = "FILE", description = "Another model made by pantau train ner --out FILE.")
        Path model;

        @Override
        public Integer call() {
            try (BufferedReader in = file.equals("-")
                    ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                    : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
                 BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
                NameTagger tagger = EvalNer.tagger(model, conventions);
                List<String> sentence = new ArrayList<>();
                String line;
                while ((line = in.readLine()) != null) {
                    String token = line.strip();
                    if (token.isEmpty()) {
                        write(tagger, sentence, out);
                        out.write('\n');
                        continue;
                    }
                    int space = firstSpace(token);
                    sentence.add(space < 0 ? token : token.substring(0, space));
                }
                write(tagger, sentence, out);
                return 0;
            } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                System.err.println("pantau tag ner: " + e.getMessage());
                return 1;
            }
        }

        private static int firstSpace(String s) {
            for (int i = 0; i < s.length(); i++) if (Character.isWhitespace(s.charAt(i))) return i;
            return -1;
        }

        private static void write(NameTagger tagger, List<String> sentence, BufferedWriter out) throws IOException {
            if (sentence.isEmpty()) return;
            List<String> tags = tagger.tag(sentence);
            for (int i = 0; i < sentence.size(); i++) out.write(sentence.get(i) + "\t" + tags.get(i) + "\n");
            sentence.clear();
        }
    }
}
