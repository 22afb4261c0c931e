package dev.pantau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pantau.ingest.ArticleExtractor;
import dev.pantau.ingest.ExtractedArticle;
import dev.pantau.ingest.ShingleScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** {@code pantau eval extract}: the article-extraction benchmark's own metric on our extractor. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Article-body extraction on the Scrapinghub article-extraction benchmark (DIR holds ground-truth.json",
                "and html/ID.html.gz): per-page 4-gram shingle precision and recall averaged over pages, F1 of the",
                "averages, as the benchmark's evaluate.py. Published dates: on the pages whose URL carries a date, how",
                "often the date read from the markup alone (JSON-LD, meta tags, <time>; never the URL) falls on that day.",
                "Prints one JSON line."})
final class EvalExtract implements Callable<Integer> {
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\\d|3[01])(?:/|-)");

    enum Half { all, even, odd }

    @Option(names = "--benchmark", required = true, paramLabel = "DIR", description = "The benchmark folder.")
    Path dir;
    @Option(names = "--half", defaultValue = "all", paramLabel = "HALF",
            description = "all, or even / odd: the pages at even / odd positions of the ids sorted (default: ${DEFAULT-VALUE}).")
    Half half;
    @Option(names = "--predictions", paramLabel = "FILE", description = "Also write the extracted bodies here, in the benchmark's output JSON format.")
    Path predictions;
    @Option(names = "--per-page", paramLabel = "FILE", description = "Also write each page's id, precision, recall and F1 here (JSON Lines).")
    Path perPage;

    @Override
    public Integer call() {
        try {
            return evaluate();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            System.err.println("pantau eval extract: " + e.getMessage());
            return 1;
        }
    }

    private int evaluate() throws IOException {
        Path truthFile = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(truthFile)) throw new IllegalArgumentException(truthFile + " not found: is " + dir + " the benchmark folder?");
        ObjectMapper json = new ObjectMapper();
        JsonNode truth = json.readTree(truthFile.toFile());
        List<String> ids = new ArrayList<>();
        truth.fieldNames().forEachRemaining(ids::add);
        ids.sort(null);
        ShingleScorer scorer = new ShingleScorer();
        ObjectNode predicted = json.createObjectNode();
        StringBuilder pages = new StringBuilder();
        int datedUrls = 0, datedMarkup = 0, sameDay = 0, withinDay = 0, anyMarkupDate = 0;
        for (int i = 0; i < ids.size(); i++) {
            if (half == Half.even && i % 2 != 0 || half == Half.odd && i % 2 == 0) continue;
            String id = ids.get(i);
            JsonNode gold = truth.get(id);
            String url = gold.path("url").asText(null);
            ExtractedArticle a = ArticleExtractor.extract(readPage(id), url, false);
            double[] c = scorer.add(gold.path("articleBody").asText(""), a.text());
            predicted.putObject(id).put("articleBody", a.text());
            if (perPage != null) {
                ObjectNode p = json.createObjectNode().put("id", id).put("url", url);
                double pr = c[0] + c[1] == 0 ? 0 : c[0] / (c[0] + c[1]), re = c[0] + c[2] == 0 ? 0 : c[0] / (c[0] + c[2]);
                p.put("precision", round(pr)).put("recall", round(re)).put("f1", round(pr + re == 0 ? 0 : 2 * pr * re / (pr + re)));
                pages.append(p).append('\n');
            }
            if (a.published() != null && !"url".equals(a.publishedFrom())) anyMarkupDate++;
            LocalDate urlDay = urlDay(url);
            if (urlDay != null) {
                datedUrls++;
                if (a.published() != null && !"url".equals(a.publishedFrom())) {
                    datedMarkup++;
                    LocalDate found = LocalDate.parse(a.published().substring(0, 10));
                    if (found.equals(urlDay)) sameDay++;
                    if (Math.abs(found.toEpochDay() - urlDay.toEpochDay()) <= 1) withinDay++;
                }
            }
        }
        if (predictions != null) json.writerWithDefaultPrettyPrinter().writeValue(predictions.toFile(), predicted);
        if (perPage != null) Files.writeString(perPage, pages);
        ObjectNode out = json.createObjectNode();
        out.put("benchmark", dir.toString()).put("half", half.name()).put("pages", scorer.pages());
        out.put("precision", round(scorer.precision())).put("recall", round(scorer.recall())).put("f1", round(scorer.f1()));
        ObjectNode dates = out.putObject("published");
        dates.put("pages_dated_in_markup", anyMarkupDate).put("pages_with_url_date", datedUrls).put("dated_in_markup", datedMarkup);
        dates.put("same_day", datedMarkup == 0 ? 0 : round((double) sameDay / datedMarkup));
        dates.put("within_one_day", datedMarkup == 0 ? 0 : round((double) withinDay / datedMarkup));
        System.out.println(out);
        return 0;
    }

    private byte[] readPage(String id) throws IOException {
        Path gz = dir.resolve("html").resolve(id + ".html.gz");
        if (!Files.isRegularFile(gz)) throw new IllegalArgumentException(gz + " not found (the page of ground-truth id " + id + ")");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    /** The publication day a URL path states ("/2019/11/19/"), the reference the dates are checked against. */
    static LocalDate urlDay(String url) {
        if (url == null) return null;
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
