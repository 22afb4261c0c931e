package dev.pantau.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pantau.Pantau;
import dev.pantau.doc.Article;
import dev.pantau.ingest.FeedItem;
import dev.pantau.ingest.FeedReader;
import dev.pantau.ingest.HtmlArticleReader;
import dev.pantau.ingest.PoliteFetcher;
import dev.pantau.ingest.SitemapReader;
import dev.pantau.store.Ingestor;
import dev.pantau.store.PantauStore;
import dev.pantau.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code pantau watch}: polls news feeds and ingests their new articles into a store. */
@Command(name = "watch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Poll news feeds (RSS, Atom, JSON Feed) or sitemaps and ingest every new article they list into a store, as a",
                "well-behaved crawler: conditional GET (ETag, Last-Modified), robots.txt and its crawl-delay obeyed, one",
                "request per host per --host-interval, time limits, retries with backoff, an honest User-Agent, and no",
                "internal addresses (loopback, private networks) unless --allow-private. What was seen and each feed's",
                "validators are kept in DIR/watch-state.json, so a restart goes on where it stopped."})
public final class WatchCommand implements Callable<Integer> {
    static final String STATE_FILE = "watch-state.json";
    private static final int SEEN_KEPT = 100_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--feeds", required = true, paramLabel = "FILE", description = "Feed URLs, one a line (# starts a comment).")
    Path feeds;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The store directory (created when absent).")
    Path store;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "PT15M",
            description = "Time between two polls of the feeds, ISO 8601 (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--once", description = "Poll every feed once and stop.")
    boolean once;

    @Option(names = "--host-interval", paramLabel = "DURATION", defaultValue = "PT2S",
            description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}); robots.txt's crawl-delay wins when longer.")
    Duration hostInterval;

    @Option(names = "--max-items", paramLabel = "N", defaultValue = "200", description = "New articles taken from one feed per poll (default: ${DEFAULT-VALUE}).")
    int maxItems;

    @Option(names = "--allow-private", description = "Allow feeds and pages on loopback and private addresses (an internal mirror, tests).")
    boolean allowPrivate;

    @Option(names = "--lang", paramLabel = "CODE", description = "Language of every article (id, ms, en); default: detect per article.")
    String lang;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (interval.isNegative() || interval.isZero()) throw new ParameterException(spec.commandLine(), "--interval must be positive");
        if (hostInterval.isNegative()) throw new ParameterException(spec.commandLine(), "--host-interval must not be negative");
        if (maxItems < 1) throw new ParameterException(spec.commandLine(), "--max-items must be positive");
        List<String> urls = feedUrls();
        PrintStream err = System.err;
        PoliteFetcher fetcher = new PoliteFetcher(new PoliteFetcher.Settings(Duration.ofSeconds(20), hostInterval, 3,
                Duration.ofSeconds(2), 10_000_000, allowPrivate));
        Pantau pantau = Pantau.builder().language(lang).build();
        try (PantauStore s = PantauStore.open(store)) {
            State state = State.read(store.resolve(STATE_FILE));
            Ingestor ingestor = s.ingestor();
            while (true) {
                for (String feed : urls) poll(feed, fetcher, pantau, ingestor, state, err);
                if (once) break;
                err.println("pantau watch: next poll at " + Instant.now().plus(interval));
                Thread.sleep(interval.toMillis());
            }
            err.printf("pantau watch: %d ingested, %d duplicates, %d failed%n", ingestor.ingested(), ingestor.duplicates(), ingestor.failedCount());
            return ingestor.failedCount() == 0 ? 0 : 1;
        } catch (StoreException e) {
            err.println("pantau watch: " + e.getMessage());
            return 1;
        }
    }

    private List<String> feedUrls() throws IOException {
        if (!Files.isRegularFile(feeds)) throw new ParameterException(spec.commandLine(), "--feeds " + feeds + ": no such file");
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(feeds, StandardCharsets.UTF_8)) {
            String l = line.contains("#") ? line.substring(0, line.indexOf('#')).strip() : line.strip();
            if (!l.isEmpty()) out.add(l);
        }
        if (out.isEmpty()) throw new ParameterException(spec.commandLine(), "--feeds " + feeds + " lists no feed");
        return out;
    }

    /** One poll of one feed: its new items fetched, analysed and committed, then the state saved. */
    private void poll(String feed, PoliteFetcher fetcher, Pantau pantau, Ingestor ingestor, State state, PrintStream err)
            throws InterruptedException, IOException {
        State.Feed f = state.feeds.computeIfAbsent(feed, k -> new State.Feed());
        PoliteFetcher.Result r = fetcher.fetch(feed, f.etag, f.lastModified);
        if (r.notModified()) {
            err.println("pantau watch: " + feed + ": not modified");
            return;
        }
        if (!r.ok()) {
            err.println("pantau watch: " + feed + ": " + r.problem());
            return;
        }
        List<FeedItem> items;
        try {
            items = items(feed, r.body(), fetcher, err);
        } catch (IllegalArgumentException e) {
            err.println("pantau watch: " + feed + ": not a feed or sitemap: " + e.getMessage());
            return;
        }
        int taken = 0, ingested = 0;
        for (FeedItem item : items) {
            if (state.seen.contains(item.url()) || taken >= maxItems) continue;
            taken++;
            PoliteFetcher.Result page = fetcher.fetch(item.url());
            String outcome;
            if (!page.ok()) {
                ingestor.failed(item.url(), page.problem() != null ? page.problem() : "HTTP " + page.status(), null);
                outcome = "failed";
            } else {
                outcome = ingest(item, page, pantau, ingestor);
            }
            if ("ingested".equals(outcome)) ingested++;
            // a page refused by robots.txt or gone is not asked for again either
            state.seen.add(item.url());
        }
        ingestor.commit();
        f.etag = r.etag();
        f.lastModified = r.lastModified();
        state.write(store.resolve(STATE_FILE));
        err.printf("pantau watch: %s: %d items, %d new, %d ingested%n", feed, items.size(), taken, ingested);
    }

    /**
     * The items of a feed, or of a sitemap (a {@code <urlset>}, or a {@code <sitemapindex>} whose
     * sitemaps are fetched in turn, one level deep).
     */
    private static List<FeedItem> items(String url, byte[] body, PoliteFetcher fetcher, PrintStream err) throws InterruptedException {
        String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.UTF_8);
        if (!head.contains("<urlset") && !head.contains("<sitemapindex")) return FeedReader.read(body, url);
        SitemapReader.Sitemap map = SitemapReader.read(body, url);
        List<FeedItem> out = new ArrayList<>(map.items());
        for (String child : map.sitemaps()) {
            PoliteFetcher.Result c = fetcher.fetch(child);
            if (!c.ok()) {
                err.println("pantau watch: " + child + ": " + c.problem());
                continue;
            }
            try {
                out.addAll(SitemapReader.read(c.body(), child).items());
            } catch (IllegalArgumentException e) {
                err.println("pantau watch: " + child + ": not a sitemap: " + e.getMessage());
            }
        }
        return out;
    }

    private static String ingest(FeedItem item, PoliteFetcher.Result page, Pantau pantau, Ingestor ingestor) {
        Article a;
        try {
            a = HtmlArticleReader.read(page.body(), page.finalUrl() != null ? page.finalUrl() : item.url());
        } catch (RuntimeException e) {
            ingestor.failed(item.url(), "cannot extract the article from the HTML page: " + e.getMessage(), null);
            return "failed";
        }
        if (a.text().isBlank()) {
            ingestor.failed(item.url(), "HTML page has no text", null);
            return "failed";
        }
        // the feed knows the title and date when the page does not say
        String published = a.published() != null ? a.published() : item.published();
        String title = a.title() != null ? a.title() : item.title();
        a = new Article(a.id(), a.url() != null ? a.url() : item.url(), a.outlet(), title, published, a.text());
        return ingestor.ingest(item.url(), a, pantau::analyze);
    }

    /** What the watcher remembers between runs: each feed's validators, and the article URLs already handled. */
    static final class State {
        static final class Feed {
            String etag;
            String lastModified;
        }

        final Map<String, Feed> feeds = new LinkedHashMap<>();
        final LinkedHashSet<String> seen = new LinkedHashSet<>();

        static State read(Path file) throws IOException {
            State s = new State();
            if (!Files.exists(file)) return s;
            ObjectNode root;
            try {
                root = (ObjectNode) new ObjectMapper().readTree(file.toFile());
            } catch (IOException | ClassCastException e) {
                throw new IOException("the watch state " + file + " is unreadable (delete it to start afresh): " + e.getMessage(), e);
            }
            root.path("feeds").fields().forEachRemaining(e -> {
                Feed f = new Feed();
                f.etag = e.getValue().hasNonNull("etag") ? e.getValue().get("etag").asText() : null;
                f.lastModified = e.getValue().hasNonNull("lastModified") ? e.getValue().get("lastModified").asText() : null;
                s.feeds.put(e.getKey(), f);
            });
            root.path("seen").forEach(n -> s.seen.add(n.asText()));
            return s;
        }

        /** Writes the state beside the file and moves it into place, so a crash leaves the old or the new state. */
        void write(Path file) throws IOException {
            while (seen.size() > SEEN_KEPT) seen.remove(seen.iterator().next());
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = json.createObjectNode();
            ObjectNode fs = root.putObject("feeds");
            for (Map.Entry<String, Feed> e : feeds.entrySet()) {
                ObjectNode f = fs.putObject(e.getKey());
                f.put("etag", e.getValue().etag);
                f.put("lastModified", e.getValue().lastModified);
            }
            ArrayNode a = root.putArray("seen");
            seen.forEach(a::add);
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
