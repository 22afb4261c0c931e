package dev.pantau.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantau.doc.Article;
import dev.pantau.doc.Doc;
import dev.pantau.event.CameoCodebook;
import dev.pantau.event.EventCoder;
import dev.pantau.event.EventValidation;
import dev.pantau.pipeline.LanguagePack;
import dev.pantau.pipeline.Pipeline;
import dev.pantau.pipeline.StandardPipeline;
import dev.pantau.pipeline.Step;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Speed of the event coder alone, parsing excluded, on one thread: (1) the English validation
 * records with their UD parses and the Phoenix dictionaries (actor and agent lookup included);
 * (2) Indonesian news articles analysed once up to entities, then only the events step timed.
 * Prints sentences per second of each.
 */
public final class EventBench {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Path cameo = data.resolve("cameo");
        EventValidation.Prepared gsr = EventValidation.prepare(cameo.resolve("universalpetrarch/PETR2_GSR_validation.xml"),
                List.of(cameo.resolve("petrarch2/dictionaries")), null);
        int n = gsr.records().records().size();
        double perSecond = Timing.perSecond(n * 20, () -> {
            for (int k = 0; k < 20; k++) gsr.run();
        });
        System.out.printf("english: %d records x 20 passes, Phoenix dictionaries: %.0f sentences/s%n", n, perSecond);

        List<Doc> docs = new ArrayList<>();
        LanguagePack id = LanguagePack.forLanguage("id");
        Pipeline all = StandardPipeline.create();
        List<Step> upToEntities = new ArrayList<>();
        for (Step s : all.steps()) {
            if (s instanceof EventCoder) break;
            upToEntities.add(s);
        }
        Pipeline before = new Pipeline(upToEntities);
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(data.resolve("articles/id/kompas-trending-2025.jsonl"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null && docs.size() < articles) {
                JsonNode a = json.readTree(line);
                docs.add(before.run(Doc.of(Article.ofText(a.path("text").asText())), id, Long.MAX_VALUE));
            }
        }
        int sentences = docs.stream().mapToInt(d -> d.sentences().size()).sum();
        EventCoder coder = new EventCoder(CameoCodebook.bundled());
        int[] events = new int[1];
        double idPerSecond = Timing.perSecond(sentences, () -> {
            int e = 0;
            for (Doc d : docs) e += coder.apply(d, id).events().size();
            events[0] = e;
        });
        System.out.printf("indonesian: %d articles, %d sentences, %d events: %.0f sentences/s%n", docs.size(), sentences, events[0], idPerSecond);
    }
}
