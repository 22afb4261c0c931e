package dev.pantau.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantau.doc.Article;
import dev.pantau.doc.Doc;
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
 * Where the pipeline's time goes, step by step, on one thread: Indonesian news articles run
 * through every step of the standard pipeline (3 warm-up passes, then 5 timed), each step's
 * apply timed on its own. Prints each step's share of the total and articles per second.
 */
public final class StepBench {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(data.resolve("articles/id/kompas-trending-2025.jsonl"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null && texts.size() < limit) texts.add(json.readTree(line).path("text").asText());
        }
        LanguagePack id = LanguagePack.forLanguage("id");
        Pipeline pipeline = StandardPipeline.create();
        List<Step> steps = pipeline.steps();
        long[] nanos = new long[steps.size()];
        for (int pass = 0; pass < 8; pass++) {
            boolean timed = pass >= 3;
            for (String text : texts) {
                Doc d = Doc.of(Article.ofText(text));
                for (int s = 0; s < steps.size(); s++) {
                    long t0 = System.nanoTime();
                    d = steps.get(s).apply(d, id);
                    if (timed) nanos[s] += System.nanoTime() - t0;
                }
            }
        }
        long total = 0;
        for (long n : nanos) total += n;
        System.out.printf("%d articles x 5 passes: %.1f articles/s on one thread%n", texts.size(), texts.size() * 5 / (total / 1e9));
        for (int s = 0; s < steps.size(); s++) {
            System.out.printf("  %-12s %5.1f%%%n", steps.get(s).name(), 100.0 * nanos[s] / total);
        }
    }
}
