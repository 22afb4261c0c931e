package dev.pantau.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantau.event.EventValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code pantau eval events}: a PETRARCH validation-records file through the dependency coder. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Codes the records of a PETRARCH / UniversalPetrarch validation file with the CoNLL-U parses in their",
                "<Parse> elements and the dictionaries its <Environment> names (PETRARCH formats, looked up in --dictionaries,",
                "then beside the records file), and prints one JSON line as UniversalPetrarch's validation counts:",
                "records, skipped (records expecting a Treebank input error), correct, uncoded, extra,",
                "tp_pct = correct/(correct+uncoded), fn_pct = uncoded/(correct+uncoded), fp_pct = extra/(correct+extra)."})
final class EvalEvents implements Callable<Integer> {
    @Option(names = "--records", required = true, paramLabel = "FILE", description = "Validation records (XML).")
    Path records;
    @Option(names = "--dictionaries", required = true, split = ",", paramLabel = "DIR",
            description = "Folder(s) holding the dictionaries the records name (comma-separated).")
    List<Path> dictionaries;
    @Option(names = "--expected", paramLabel = "FILE",
            description = {"Take the expected codings from this records file instead (records matched by id and text): PETRARCH-2's",
                    "PETR.UnitTest.records.xml expects the codes of the PETR.Validate.verbs.txt published with it."})
    Path expected;
    @Option(names = "--details", paramLabel = "FILE", description = "Write every record coded wrongly (expected, produced, text) to FILE.")
    Path details;

    @Override
    public Integer call() {
        for (Path f : expected == null ? List.of(records) : List.of(records, expected)) {
            if (!Files.isRegularFile(f)) {
                System.err.println("pantau eval events: no such records file: " + f);
                return 1;
            }
        }
        try {
            EventValidation.Result r = EventValidation.run(records, dictionaries, expected);
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            out.put("records_file", records.getFileName().toString());
            out.putAll(EventValidation.figures(r));
            System.out.println(new ObjectMapper().writeValueAsString(out));
            if (details != null) {
                try (PrintStream p = new PrintStream(Files.newOutputStream(details), true, StandardCharsets.UTF_8)) {
                    r.details().forEach(p::println);
                }
            }
            return 0;
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            System.err.println("pantau eval events: " + e.getMessage());
            return 1;
        }
    }
}
