package dev.pantau.bench;

import dev.pantau.Pantau;
import dev.pantau.doc.Article;
import dev.pantau.doc.Doc;
import dev.pantau.ingest.InputItem;
import dev.pantau.ingest.InputReader;
import dev.pantau.store.Ingestor;
import dev.pantau.store.PantauStore;
import dev.pantau.store.StoreQueries;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Store benchmark, in four measurements printed as JSON lines:
 * <ol>
 *   <li>analysis: articles per second of the pipeline alone ({@code threads} threads);</li>
 *   <li>store: articles per second of the store alone (admission, DuckDB batch, event merging,
 *       Lucene), writing the analysed articles several times under new ids;</li>
 *   <li>full text: every article of the corpus (Indonesian and English, unanalysed) indexed,
 *       then the latency of top-10 searches;</li>
 *   <li>events: synthetic events added up to {@code events} rows, then the latency of an
 *       events query by actor and month.</li>
 * </ol>
 * Usage: StoreBench DATA_DIR STORE_DIR [analyse=400] [threads=2] [copies=10] [events=1000000]
 */
public final class StoreBench {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path store = Path.of(args.length > 1 ? args[1] : "/tmp/pantau-store-bench");
        int analyse = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        int copies = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        long events = args.length > 5 ? Long.parseLong(args[5]) : 1_000_000L;
        if (Files.exists(store)) throw new IllegalArgumentException(store + " exists; give a new directory");

        List<Article> id = read(data.resolve("articles/id"));
        List<Article> en = read(data.resolve("articles/en"));
        System.err.printf("read %d Indonesian and %d English articles%n", id.size(), en.size());

        // 1. analysis alone
        Pantau pantau = Pantau.builder().build();
        pantau.analyze(id.get(0)); // load the models outside the timing
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<Doc>> fs = new ArrayList<>();
        for (Article a : id.subList(0, Math.min(analyse, id.size()))) fs.add(pool.submit(() -> pantau.analyze(a)));
        List<Doc> docs = new ArrayList<>();
        for (Future<Doc> f : fs) {
            try {
                docs.add(f.get());
            } catch (Exception e) {
                // an article the pipeline refuses is not part of the store benchmark
            }
        }
        double secs = Timing.seconds(t0);
        pool.shutdown();
        long evs = docs.stream().mapToLong(d -> d.events().size()).sum();
        System.out.printf("{\"measure\":\"analysis\",\"articles\":%d,\"threads\":%d,\"seconds\":%.2f,\"articles_per_s\":%.1f,\"events\":%d}%n",
                docs.size(), threads, secs, docs.size() / secs, evs);

        // 2. the store alone: the analysed articles, `copies` times under new ids and URLs
        try (PantauStore s = PantauStore.open(store)) {
            Ingestor in = s.ingestor();
            long t1 = System.nanoTime();
            int n = 0;
            for (int c = 0; c < copies; c++) {
                for (Doc d : docs) {
                    Doc copy = copy(d, c);
                    Article a = new Article(copy.id(), copy.url(), copy.outlet(), copy.title(), copy.published(), copy.text());
                    // the corpus repeats a few articles (same URL): those count as duplicates, not as stored
                    if ("ingested".equals(in.ingest("bench", a, x -> copy))) n++;
                    if (in.pending() >= 500) in.commit();
                }
            }
            in.commit();
            double st = Timing.seconds(t1);
            double[] parts = in.storeSeconds();
            System.out.printf("{\"measure\":\"store\",\"duplicates\":%d,\"articles\":%d,\"seconds\":%.2f,\"articles_per_s\":%.1f,\"duckdb_s\":%.2f,\"lucene_s\":%.2f,\"events\":%d,\"event_mentions\":%d}%n",
                    in.duplicates(), n, st, n / st, parts[0], parts[1], s.counts().get("events"), s.counts().get("event_mentions"));

            // 3. full text over the whole corpus (unanalysed articles: text and metadata only)
            long t2 = System.nanoTime();
            int m = 0;
            for (List<Article> corpus : List.of(id, en)) {
                String lang = corpus == id ? "id" : "en";
                for (Article a : corpus) {
                    Doc bare = Doc.of(a).withLanguage(lang);
                    if ("ingested".equals(in.ingest("bench-text", a, x -> bare))) m++;
                    if (in.pending() >= 2000) in.commit();
                }
            }
            in.commit();
            System.out.printf("{\"measure\":\"bare_articles\",\"articles\":%d,\"seconds\":%.2f,\"articles_per_s\":%.1f}%n",
                    m, Timing.seconds(t2), m / Timing.seconds(t2));
            StoreQueries q = s.queries();
            String[] searches = {"Kim Jong-un satelit", "presiden jokowi", "banjir jakarta", "harga minyak",
                    "oil prices", "central bank interest rates", "pemilihan umum", "gempa bumi", "football match", "korupsi"};
            for (String w : searches) q.articles(w, 10); // warm up
            double[] lat = new double[searches.length * 5];
            for (int r = 0; r < 5; r++) {
                for (int i = 0; i < searches.length; i++) {
                    long tq = System.nanoTime();
                    q.articles(searches[i], 10);
                    lat[r * searches.length + i] = Timing.seconds(tq) * 1000;
                }
            }
            printLatency("fulltext_top10_with_snippets", s.indexedArticles(), lat);
        }

        // 4. events at scale: synthetic rows beside the real ones
        long real;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store.resolve(PantauStore.DB_FILE).toAbsolutePath());
             Statement st = c.createStatement()) {
            var rs = st.executeQuery("SELECT count(*) FROM events");
            rs.next();
            real = rs.getLong(1);
            long add = Math.max(0, events - real);
            long t3 = System.nanoTime();
            st.execute("""
                    INSERT INTO events (event_id, event_key, day, source_actor, target_actor, code, root, quad_class, goldstein,
                                        negated, hypothetical, place_country, num_mentions, num_sources, num_articles, avg_tone)
                    SELECT 10000000 + i, 'synthetic|' || i, DATE '2021-01-01' + CAST(i %% 1460 AS INTEGER),
                           (['RUS','PRK','USA','CHN','IDN','AUS','JPN','KOR','IND','FRA'])[1 + CAST(hash(i) %% 10 AS INTEGER)] ||
                           (['','GOV','MIL','BUS'])[1 + CAST(hash(i + 1) %% 4 AS INTEGER)],
                           (['RUS','PRK','USA','CHN','IDN','AUS','JPN','KOR','IND','FRA'])[1 + CAST(hash(i + 2) %% 10 AS INTEGER)],
                           lpad(CAST(1 + hash(i + 3) %% 20 AS VARCHAR), 2, '0') || '0', lpad(CAST(1 + hash(i + 3) %% 20 AS VARCHAR), 2, '0'),
                           1, 1.0, false, false, 'IDN', 1, 1, 1, 0.0
                    FROM range(%d) t(i)""".formatted(add));
            System.err.printf("added %d synthetic events in %.1f s%n", add, Timing.seconds(t3));
        }
        try (PantauStore s = PantauStore.open(store)) {
            StoreQueries q = s.queries();
            String[][] cases = {{"RUS", "2023-09-01", "2023-09-30"}, {"PRK", "2022-03-01", "2022-03-31"},
                    {"USAGOV", "2024-06-01", "2024-06-30"}, {"IDN", "2021-12-01", "2021-12-31"}};
            for (String[] c : cases) q.events(filter(c)); // warm up
            double[] lat = new double[cases.length * 5];
            long rows = 0;
            for (int r = 0; r < 5; r++) {
                for (int i = 0; i < cases.length; i++) {
                    long tq = System.nanoTime();
                    rows += q.events(filter(cases[i])).rows().size();
                    lat[r * cases.length + i] = Timing.seconds(tq) * 1000;
                }
            }
            printLatency("events_by_actor_and_month", s.counts().get("events"), lat);
            System.err.printf("(%d rows per query on average)%n", rows / lat.length);
        }
    }

    private static StoreQueries.EventFilter filter(String[] c) {
        return new StoreQueries.EventFilter(c[0], null, null, LocalDate.parse(c[1]), LocalDate.parse(c[2]), null, 1000);
    }

    private static void printLatency(String what, long size, double[] ms) {
        Arrays.sort(ms);
        System.out.printf("{\"measure\":\"%s\",\"size\":%d,\"queries\":%d,\"median_ms\":%.1f,\"p95_ms\":%.1f,\"max_ms\":%.1f}%n",
                what, size, ms.length, ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1], ms[ms.length - 1]);
    }

    /** The analysed document under a new id and URL, its text with a marker at the end (offsets unchanged). */
    private static Doc copy(Doc d, int c) {
        if (c == 0) return d;
        String suffix = " [salinan " + c + "]";
        return new Doc(d.id() + "-copy" + c, d.url() == null ? null : d.url() + "?copy=" + c, d.outlet(), d.title(), d.language(),
                d.published(), d.dateline(), d.text() + suffix, d.tokens(), d.sentences(), d.words(), d.entities(), d.times(),
                d.quotes(), d.attributions(), d.events(), d.tone());
    }

    /** The articles of every JSON Lines file in {@code dir}, in file-name order (failed lines left out). */
    static List<Article> read(Path dir) throws Exception {
        List<String> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().map(Path::toString).toList();
        }
        List<Article> out = new ArrayList<>();
        for (InputItem item : new InputReader(files, 10_000_000, InputReader.Format.JSONL, System.in)) {
            if (!item.failed()) out.add(item.article());
        }
        return out;
    }
}
