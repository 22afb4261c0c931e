package dev.pantau.bench;

import dev.pantau.Pantau;
import dev.pantau.doc.Article;
import dev.pantau.doc.Doc;
import dev.pantau.doc.Event;
import dev.pantau.store.Ingestor;
import dev.pantau.store.PantauStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the store the server benchmark runs on ({@code scripts/bench-server-store}): real
 * Indonesian articles of the shared data analysed by the pipeline and ingested, then, since real
 * articles give about one event for every four articles, the analyses of the articles that have
 * events ingested again under new ids with their publication and event dates shifted, until the
 * store holds the wanted number of events. Everything goes through the store's own ingest API
 * ({@link Ingestor#ingest}), so the copies are merged into events, logged and indexed like any
 * article; the actors, codes, places and tones are those the pipeline found, only the dates move.
 * <p>
 * Copy {@code c} moves every date by {@code shift(c)} days, a different shift for every copy,
 * spread over the four years before the original dates, so a copy's events get days (and hence
 * event keys) of their own while two articles reporting one event still merge in each copy.
 * <p>
 * Usage: ServerStore DATA_DIR STORE_DIR [events=100000] [analyse=2000] [threads=2]
 */
public final class ServerStore {
    private static final Pattern FULL = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(.*)");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ServerStore DATA_DIR STORE_DIR [events=100000] [analyse=2000] [threads=2]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path store = Path.of(args[1]);
        long events = args.length > 2 ? Long.parseLong(args[2]) : 100_000L;
        int analyse = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        if (events < 1 || analyse < 1 || threads < 1) throw new IllegalArgumentException("events, analyse and threads must be positive");
        if (Files.exists(store)) throw new IllegalArgumentException(store + " exists; give a new directory");
        Path articles = data.resolve("articles/id");
        if (!Files.isDirectory(articles)) throw new IllegalArgumentException("no Indonesian articles in " + articles);

        // every k-th article of the corpus, so every outlet and year is represented
        List<Article> all = StoreBench.read(articles);
        List<Article> chosen = new ArrayList<>();
        double step = Math.max(1.0, all.size() / (double) analyse);
        for (double i = 0; i < all.size() && chosen.size() < analyse; i += step) chosen.add(all.get((int) i));
        System.err.printf("analysing %d of %d Indonesian articles on %d threads%n", chosen.size(), all.size(), threads);

        Pantau pantau = Pantau.builder().build();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<Doc>> fs = new ArrayList<>();
        for (Article a : chosen) fs.add(pool.submit(() -> pantau.analyze(a)));
        List<Doc> docs = new ArrayList<>();
        int refused = 0;
        for (Future<Doc> f : fs) {
            try {
                docs.add(f.get());
            } catch (Exception e) {
                refused++;
            }
        }
        pool.shutdown();
        System.err.printf("analysed %d articles in %.1f s (%d refused)%n", docs.size(), Timing.seconds(t0), refused);

        long t1 = System.nanoTime();
        try (PantauStore s = PantauStore.open(store)) {
            Ingestor in = s.ingestor();
            for (Doc d : docs) ingest(in, d);
            in.commit();
            long real = s.counts().get("events");
            List<Doc> withEvents = docs.stream().filter(d -> !d.events().isEmpty()).toList();
            System.err.printf("stored %d articles, %d events; %d articles have events%n", in.ingested(), real, withEvents.size());
            if (withEvents.isEmpty()) throw new IllegalStateException("no analysed article has an event; nothing to replicate");
            long have = real;
            int c = 0;
            while (have < events) {
                c++;
                if (c >= SHIFTS) throw new IllegalStateException("more than " + SHIFTS + " copies needed; analyse more articles");
                for (Doc d : withEvents) ingest(in, copy(d, c));
                in.commit();
                have = s.counts().get("events");
                if (c % 10 == 0) System.err.printf("copy %d: %d events%n", c, have);
            }
            var counts = s.counts();
            System.out.printf("{\"store\":\"%s\",\"analysed\":%d,\"copies\":%d,\"articles\":%d,\"events\":%d,\"event_mentions\":%d,\"seconds\":%.1f}%n",
                    store, docs.size(), c, counts.get("articles"), counts.get("events"), counts.get("event_mentions"), Timing.seconds(t1));
        }
    }

    private static void ingest(Ingestor in, Doc d) {
        Article a = new Article(d.id(), d.url(), d.outlet(), d.title(), d.published(), d.text());
        in.ingest("bench-server-store", a, x -> d);
        if (in.pending() >= 1000) in.commit();
    }

    /**
     * A shift of its own for each copy 1 to SHIFTS - 1 (577 and 1461 are coprime), up to four
     * years back: backwards, so no copy reports an event after its corpus was collected.
     */
    private static final int SHIFTS = 1461;

    static int shift(int c) {
        return (int) -((c * 577L) % SHIFTS);
    }

    /** The analysis under a new id and URL, its text marked at the end (offsets unchanged), its dates shifted. */
    static Doc copy(Doc d, int c) {
        int days = shift(c);
        List<Event> events = new ArrayList<>(d.events().size());
        for (Event e : d.events()) {
            events.add(new Event(e.id(), e.code(), e.root(), e.quadClass(), e.goldstein(), e.source(), e.target(),
                    shiftDate(e.date(), days), e.location(), e.negated(), e.hypothetical(), e.confidence(), e.sentence(), e.evidence()));
        }
        return new Doc(d.id() + "-copy" + c, d.url() == null ? null : d.url() + "?copy=" + c, d.outlet(), d.title(), d.language(),
                shiftDate(d.published(), days), d.dateline(), d.text() + " [salinan " + c + "]", d.tokens(), d.sentences(), d.words(),
                d.entities(), d.times(), d.quotes(), d.attributions(), events, d.tone());
    }

    /** An ISO date, date-time, month or year moved by {@code days}; other values (null, weeks, seasons) unchanged. */
    static String shiftDate(String v, int days) {
        if (v == null) return null;
        try {
            Matcher m = FULL.matcher(v);
            if (m.matches()) return LocalDate.parse(m.group(1)).plusDays(days) + m.group(2);
            if (MONTH.matcher(v).matches()) return LocalDate.parse(v + "-01").plusDays(days).toString().substring(0, 7);
            if (YEAR.matcher(v).matches()) return LocalDate.parse(v + "-07-01").plusDays(days).toString().substring(0, 4);
        } catch (DateTimeParseException e) {
            // not a real date (e.g. 2023-13-40): left as the pipeline gave it
        }
        return v;
    }

}
