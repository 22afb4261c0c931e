package dev.pantau.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pantau.ner.NameTagger;
import dev.pantau.ner.NerCorpus;
import dev.pantau.ner.NerEvaluator;
import dev.pantau.ner.NerSentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code pantau eval ner}: entity-level scores of the name tagger on a tagged corpus. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Entity-level precision, recall and F1 (percent; exact span and type, as conlleval) of the Indonesian name",
                "tagger on a corpus with one token per line (token first, BIO tag last; a blank line ends a sentence).",
                "Corpus types are mapped onto PERSON, ORGANIZATION and LOCATION (PER/PPL, LOC/PLACE/PLC/GPE, ORG/ORGANISATION/IND;",
                "EVT, FNB and MISC are not entities here). Prints one JSON line: p, r, f1 and per_type."})
final class EvalNer implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold corpus file.")
    Path gold;
    @Option(names = "--format", defaultValue = "conll", paramLabel = "FORMAT",
            description = "conll (space-separated columns) or indonlu (token<TAB>tag) (default: ${DEFAULT-VALUE}).")
    NerCorpus.Format format;
    @Option(names = "--conventions", paramLabel = "CORPUS",
            description = "Tag in the conventions of this training corpus: nergrit, nerp or idner (default: idner, cased news).")
    String conventions;
    @Option(names = "--model", paramLabel = "FILE", description = "Another model made by pantau train ner --out FILE.")
    Path model;

    @Override
    public Integer call() {
        try {
            List<NerSentence> sentences = NerCorpus.read(gold, format);
            NameTagger tagger = EvalNer.tagger(model, conventions);
            NerEvaluator ev = new NerEvaluator();
            for (NerSentence s : sentences) ev.add(s.tags(), tagger.tag(s.tokens()));
            ObjectMapper json = new ObjectMapper();
            ObjectNode out = json.createObjectNode();
            out.put("corpus", gold.toString());
            out.put("conventions", conventions == null ? "idner" : conventions);
            put(out, ev.overall());
            ObjectNode types = out.putObject("per_type");
            for (Map.Entry<String, NerEvaluator.Score> e : ev.perType().entrySet()) put(types.putObject(e.getKey()), e.getValue());
            System.out.println(json.writeValueAsString(out));
            return 0;
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            System.err.println("pantau eval ner: " + e.getMessage());
            return 1;
        }
    }

    private static void put(ObjectNode o, NerEvaluator.Score s) {
        o.put("p", round(s.p()));
        o.put("r", round(s.r()));
        o.put("f1", round(s.f1()));
        o.put("gold_entities", s.gold());
        o.put("system_entities", s.system());
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }

    /** The shipped tagger, or the model in {@code file}, in the given conventions. */
    static NameTagger tagger(Path file, String conventions) throws IOException {
        if (conventions != null) conventions = conventions.toLowerCase(Locale.ROOT);
        if (file == null) {
            NameTagger t = NameTagger.bundled(conventions);
            if (t == null) throw new IllegalArgumentException("no name tagger in the Indonesian pack (run pantau train ner)");
            return t;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return NameTagger.load(in, file.toString(), NameTagger.Context.bundled(), conventions);
        }
    }
}
