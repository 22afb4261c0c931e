package dev.pantau.store;

import dev.pantau.doc.Article;
import dev.pantau.doc.Doc;
import dev.pantau.pipeline.AnalysisException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PantauStoreTest {
    @TempDir
    Path dir;

    static Article article(Doc d) {
        return new Article(d.id(), d.url(), d.outlet(), d.title(), d.published(), d.text());
    }

    static String ingest(Ingestor in, Doc d) {
        return in.ingest("test:" + d.id(), article(d), a -> d);
    }

    static Doc putinKim(String id, String url, String outlet, String extra) {
        return Docs.meeting(id, url, outlet, "Vladimir Putin", "RUSGOV", "Kim Jong-un", "PRKGOV", "2023-09-13", extra);
    }

    @Test
    void storesAndQueriesWhatWasIngested() {
        try (PantauStore s = PantauStore.open(dir)) {
            Ingestor in = s.ingestor();
            assertEquals("ingested", ingest(in, putinKim("a1", "https://bisnis.example/a1", "Bisnis.com", "Roket dan satelit dibahas.")));
            assertEquals("ingested", ingest(in, Docs.meeting("a2", "https://kompas.example/a2", "Kompas.com",
                    "Joko Widodo", "IDNGOV", "Anthony Albanese", "AUSGOV", "2023-09-05", "Perdagangan dibahas.")));
            in.commit();
            assertEquals(2, in.ingested());

            ResultTable ev = s.queries().events(new StoreQueries.EventFilter("RUS", "PRK", "04",
                    LocalDate.parse("2023-09-01"), LocalDate.parse("2023-09-30"), "RUS", 10));
            assertEquals(1, ev.rows().size());
            assertEquals("RUSGOV", ev.column("source_actor").get(0));
            assertEquals("2023-09-13", ev.column("day").get(0));
            assertEquals(0, s.queries().events(new StoreQueries.EventFilter("IDN", "PRK", null, null, null, null, 10)).rows().size());
            assertEquals(0, s.queries().events(new StoreQueries.EventFilter("RUS", null, null, LocalDate.parse("2023-10-01"), null, null, 10)).rows().size());

            ResultTable hits = s.queries().articles("satelit", 10);
            assertEquals(List.of("a1"), hits.column("id"));
            assertTrue(hits.column("snippet").get(0).toString().contains("<b>satelit</b>"), hits.toString());
            // the enclitic form finds the word; the prefix is not stemmed away
            assertEquals(List.of("a1"), s.queries().articles("satelitnya", 10).column("id"));

            ResultTable quotes = s.queries().quotes("vladimir putin", 10);
            assertEquals(1, quotes.rows().size());
            assertEquals("Kerja sama kita penting,", quotes.column("text").get(0));

            ResultTable people = s.queries().entities("PERSON", 20);
            assertEquals(4, people.rows().size());
            assertEquals(0, s.queries().entities("ORGANIZATION", 20).rows().size());

            ResultTable tl = s.queries().timeline("PRK", "month", null, null);
            assertEquals(List.of("2023-09-01"), tl.column("period"));
            assertEquals(1L, ((Number) tl.column("as_target").get(0)).longValue());
        }
        // and again after reopening
        try (PantauStore s = PantauStore.open(dir)) {
            assertFalse(s.reconciliation().changed());
            assertEquals(2L, s.counts().get("articles"));
            assertEquals(2L, s.indexedArticles());
        }
    }

    @Test
    void answersTheServersQuestionsPageByPage() {
        try (PantauStore s = PantauStore.open(dir)) {
            Ingestor in = s.ingestor();
            ingest(in, putinKim("a1", "https://bisnis.example/a1", "Bisnis.com", "Roket dan satelit dibahas."));
            ingest(in, putinKim("a2", "https://kompas.example/a2", "Kompas.com", "Satelit juga dibahas."));
            ingest(in, Docs.meeting("a3", "https://kompas.example/a3", "Kompas.com",
                    "Joko Widodo", "IDNGOV", "Anthony Albanese", "AUSGOV", "2023-09-05", "Perdagangan dibahas."));
            in.commit();
            StoreQueries q = s.queries();

            ResultTable all = q.events(new StoreQueries.EventFilter(null, null, null, null, null, null, 10), 0);
            assertEquals(2, all.rows().size());
            assertEquals(List.of("IDNGOV", "RUSGOV"), all.column("source_actor"));
            assertEquals(43.1, ((Number) all.column("lat").get(1)).doubleValue(), 1e-9);
            ResultTable second = q.events(new StoreQueries.EventFilter(null, null, null, null, null, null, 1), 1);
            assertEquals(List.of("RUSGOV"), second.column("source_actor"));

            long putinKimEvent = ((Number) all.column("event_id").get(1)).longValue();
            ResultTable ev = q.event(putinKimEvent);
            assertEquals(List.of(2), ev.column("num_articles").stream().map(o -> ((Number) o).intValue()).toList());
            assertFalse(ev.columns().contains("event_key"));
            ResultTable mentions = q.eventMentions(putinKimEvent);
            assertEquals(List.of("a1", "a2"), mentions.column("article_id"));
            assertEquals(List.of("Pertemuan di Vladivostok", "Pertemuan di Vladivostok"), mentions.column("title"));
            assertEquals("bertemu", mentions.column("evidence").get(0));
            assertEquals(0, q.event(999_999).rows().size());

            ResultTable graph = q.actorGraph(null, null, 10);
            assertEquals(List.of("IDNGOV", "RUSGOV"), graph.column("source_actor").stream().sorted().toList());
            assertEquals(0, q.actorGraph(LocalDate.parse("2023-09-10"), LocalDate.parse("2023-09-12"), 10).rows().size());
            assertEquals(List.of("RUSGOV"), q.actorGraph(LocalDate.parse("2023-09-10"), null, 10).column("source_actor"));

            ResultTable a = q.article("a1");
            assertEquals(1, a.rows().size());
            assertTrue(a.column("doc_json").get(0).toString().contains("\"schema\""), a.column("doc_json").get(0).toString());
            assertEquals(0, q.article("../a1").rows().size());

            assertEquals(3, q.recentArticles(10, 0).rows().size());
            assertEquals(1, q.recentArticles(10, 2).rows().size());
            assertEquals(List.of("a1", "a2"), q.articles("satelit", 10, 0).column("id").stream().sorted().toList());
            ResultTable page2 = q.articles("satelit", 1, 1);
            assertEquals(1, page2.rows().size());
            assertEquals(2, ((Number) page2.column("rank").get(0)).intValue());
            assertEquals(1, q.quotes(null, 2, 2).rows().size());
            assertEquals(2, q.entities("PERSON", 10, 2).rows().size());
            assertThrows(StoreException.class, () -> q.recentArticles(10, -1));

            // a reader connection sees what the writer commits afterwards, events pages included
            // (pages are cached between commits: a commit must drop them)
            StoreQueries reader = s.readerQueries();
            assertEquals(3, reader.recentArticles(10, 0).rows().size());
            StoreQueries.EventFilter every = new StoreQueries.EventFilter(null, null, null, null, null, null, 10);
            List<Object> before = reader.events(every, 0).column("event_id");
            assertEquals(before, reader.events(every, 0).column("event_id"));
            assertEquals(before, q.events(every, 0).column("event_id"));
            assertEquals(0, reader.events(new StoreQueries.EventFilter(null, "CHN", null, null, null, null, 10), 0).rows().size());
            ingest(in, Docs.meeting("a4", "https://kompas.example/a4", "Kompas.com",
                    "Joko Widodo", "IDNGOV", "Xi Jinping", "CHNGOV", "2023-10-05", "Kereta cepat."));
            in.commit();
            assertEquals(4, reader.recentArticles(10, 0).rows().size());
            assertEquals(1, reader.events(new StoreQueries.EventFilter(null, "CHN", null, null, null, null, 10), 0).rows().size());
            assertEquals(before.size() + 1, reader.events(every, 0).rows().size());
            assertEquals(before.size() + 1, q.events(every, 0).rows().size());
            // a report of an event already on the page changes its counts
            ingest(in, Docs.meeting("a5", "https://kompas.example/a5", "Tempo", "Joko Widodo", "IDNGOV", "Xi Jinping", "CHNGOV",
                    "2023-10-05", "Kereta cepat lagi."));
            in.commit();
            ResultTable chn = reader.events(new StoreQueries.EventFilter(null, "CHN", null, null, null, null, 10), 0);
            assertEquals(2L, ((Number) chn.column("num_mentions").get(0)).longValue());
            assertEquals(2L, ((Number) chn.column("num_sources").get(0)).longValue());
            // a page found by id from the rows kept since the last commit is the page DuckDB reads (5,000 rows: not cached)
            StoreQueries.EventFilter wide = new StoreQueries.EventFilter(null, null, null, null, null, null, 5000);
            StoreQueries.EventFilter idn = new StoreQueries.EventFilter("IDN", null, null, LocalDate.parse("2023-01-01"), null, null, 10);
            assertEquals(reader.events(wide, 0).rows(), reader.events(every, 0).rows());
            assertEquals(reader.events(new StoreQueries.EventFilter("IDN", null, null, LocalDate.parse("2023-01-01"), null, null, 5000), 0).rows(),
                    reader.events(idn, 0).rows());
            assertEquals(reader.events(wide, 0).rows().subList(1, 2), reader.events(new StoreQueries.EventFilter(null, null, null, null, null, null, 1), 1).rows());
        }
    }

    @Test
    void reingestingTheSameArticleIsADuplicate() {
        try (PantauStore s = PantauStore.open(dir)) {
            Ingestor in = s.ingestor();
            Doc a = putinKim("a1", "https://bisnis.example/a1", "Bisnis.com", "Satu.");
            assertEquals("ingested", ingest(in, a));
            // in the same batch, by URL (tracking parameters and the fragment do not count)
            Doc sameUrl = putinKim("other-id", "http://bisnis.example/a1/?utm_source=x#top", "Bisnis.com", "Teks yang diperbarui.");
            assertEquals("duplicate", ingest(in, sameUrl));
            in.commit();
            // in a later batch, by text (other white space, no URL, another id)
            Doc sameText = Docs.meeting("copy", null, "Koran Lain", "Vladimir Putin", "RUSGOV", "Kim Jong-un", "PRKGOV",
                    "2023-09-13", "Satu.");
            Doc spaced = Doc.of(new Article("copy", null, "Koran Lain", null, null, "  " + sameText.text().replace(" ", "  ") + "\n"));
            assertEquals("duplicate", in.ingest("copy", article(spaced), x -> { throw new AssertionError("a duplicate is not analysed"); }));
            // same id, different article: refused, with the reason
            Doc clash = Docs.meeting("a1", "https://elsewhere.example/x", "Lain", "Joko Widodo", "IDNGOV", "Anthony Albanese", "AUSGOV", "2023-01-02", "Dua.");
            assertEquals("failed", ingest(in, clash));
            in.commit();
            assertEquals(1, in.ingested());
            assertEquals(2, in.duplicates());
            assertEquals(1, in.failedCount());
            assertEquals(1L, s.counts().get("articles"));
            assertEquals(1L, s.counts().get("events"));
            ResultTable log = s.sql("SELECT status, article_id, error FROM ingest_log ORDER BY log_id");
            assertEquals(List.of("ingested", "duplicate", "duplicate", "failed"), log.column("status"));
            assertEquals("a1", log.column("article_id").get(2));
            assertTrue(log.column("error").get(3).toString().contains("already used by a different article"));
        }
        // a new process knows what is stored
        try (PantauStore s = PantauStore.open(dir)) {
            Ingestor in = s.ingestor();
            assertEquals("duplicate", ingest(in, putinKim("a1", "https://bisnis.example/a1", "Bisnis.com", "Satu.")));
            in.commit();
            assertEquals(1L, s.counts().get("articles"));
        }
    }

    @Test
    void aBadInputInTheMiddleOfABatchTakesNothingElseDown() {
        try (PantauStore s = PantauStore.open(dir)) {
            Ingestor in = s.ingestor();
            assertEquals("ingested", ingest(in, putinKim("a1", "https://x.example/1", "A", "Satu.")));
            Article broken = new Article("bad", "https://x.example/bad", "A", null, null, "teks yang gagal");
            assertEquals("failed", in.ingest("bad.jsonl:2", broken, a -> { throw new AnalysisException("time limit of 60 s exceeded"); }));
            in.failed("notes.pdf", "binary file (NUL byte at offset 10), not text, HTML or JSON Lines", null);
            assertEquals("ingested", ingest(in, putinKim("a3", "https://x.example/3", "B", "Tiga.")));
            in.commit();
            assertEquals(2L, s.counts().get("articles"));
            ResultTable failed = s.sql("SELECT input, error FROM ingest_log WHERE status = 'failed' ORDER BY log_id");
            assertEquals(List.of("bad.jsonl:2", "notes.pdf"), failed.column("input"));
            assertEquals("time limit of 60 s exceeded", failed.column("error").get(0));
            // the failed article's keys were released: a good copy of it is accepted later
            Doc fixed = putinKim("bad", "https://x.example/bad", "A", "Diperbaiki.");
            assertEquals("ingested", ingest(in, fixed));
            in.commit();
            assertEquals(3L, s.counts().get("articles"));
        }
    }

    @Test
    void mergesOneEventReportedByManyArticles() {
        try (PantauStore s = PantauStore.open(dir)) {
            Ingestor in = s.ingestor();
            ingest(in, putinKim("a1", "https://bisnis.example/1", "Bisnis.com", "Satu."));
            ingest(in, putinKim("a2", "https://kompas.example/2", "Kompas.com", "Dua."));
            in.commit();
            ingest(in, putinKim("a3", "https://bisnis.example/3", "Bisnis.com", "Tiga."));
            // another day is another event
            ingest(in, Docs.meeting("a4", "https://detik.example/4", "detik.com", "Vladimir Putin", "RUSGOV",
                    "Kim Jong-un", "PRKGOV", "2023-09-14", "Empat."));
            in.commit();
            ResultTable ev = s.sql("SELECT event_id, day, num_mentions, num_sources, num_articles, first_url FROM events ORDER BY event_id");
            assertEquals(2, ev.rows().size());
            assertEquals(List.of(3, 1), ev.column("num_mentions"));
            assertEquals(List.of(2, 1), ev.column("num_sources"));
            assertEquals(List.of(3, 1), ev.column("num_articles"));
            assertEquals("https://bisnis.example/1", ev.column("first_url").get(0));
            assertEquals(List.of(1L, 1L, 1L, 2L), s.sql("SELECT event_id FROM event_mentions ORDER BY seq").column("event_id"));
        }
    }

    @Test
    void reopeningIndexesWhatACrashLeftOutOfLucene() {
        try (PantauStore s = PantauStore.open(dir)) {
            Ingestor in = s.ingestor();
            ingest(in, putinKim("a1", "https://x.example/1", "A", "Satu."));
            in.commit();
            ingest(in, putinKim("a2", "https://x.example/2", "B", "Kapal selam."));
            ingest(in, putinKim("a3", "https://x.example/3", "C", "Tiga."));
            in.commitDatabaseOnly(); // the process dies between the DuckDB and the Lucene commit
            assertEquals(1L, s.indexedArticles());
        }
        try (PantauStore s = PantauStore.open(dir)) {
            assertEquals(new PantauStore.Reconciliation(2, 0, false), s.reconciliation());
            assertEquals(3L, s.indexedArticles());
            assertEquals(List.of("a2"), s.queries().articles("selam", 10).column("id"));
        }
        try (PantauStore s = PantauStore.open(dir)) {
            assertFalse(s.reconciliation().changed());
        }
    }

    @Test
    void aBatchThatFailsBeforeItsCommitLeavesNothingBehind() {
        try (PantauStore s = PantauStore.open(dir)) {
            Ingestor in = s.ingestor();
            ingest(in, putinKim("a1", "https://x.example/1", "A", "Satu."));
            in.commit();
            ingest(in, putinKim("a2", "https://x.example/2", "B", "Dua."));
            ingest(in, putinKim("a3", "https://x.example/3", "C", "Tiga."));
            in.failBeforeCommit = true;
            StoreException e = assertThrows(StoreException.class, in::commit);
            assertTrue(e.getMessage().contains("nothing of it was stored"), e.getMessage());
        }
        try (PantauStore s = PantauStore.open(dir)) {
            assertEquals(1L, s.counts().get("articles"));
            assertEquals(1L, s.counts().get("ingest_log"));
            assertEquals(1L, s.counts().get("event_mentions"));
            assertEquals(1L, s.counts().get("entities") / 2);
            assertEquals(List.of(1), s.sql("SELECT num_mentions FROM events").column("num_mentions"));
            assertEquals(1L, s.indexedArticles());
            // and the articles can be ingested again
            Ingestor in = s.ingestor();
            assertEquals("ingested", ingest(in, putinKim("a2", "https://x.example/2", "B", "Dua.")));
            in.commit();
            assertEquals(List.of(2), s.sql("SELECT num_mentions FROM events").column("num_mentions"));
        }
    }

    @Test
    void reopeningDropsFromLuceneWhatTheDatabaseDoesNotHave() throws Exception {
        try (PantauStore s = PantauStore.open(dir)) {
            Ingestor in = s.ingestor();
            ingest(in, putinKim("a1", "https://x.example/1", "A", "Satu."));
            in.commit();
            ingest(in, putinKim("a2", "https://x.example/2", "B", "Kapal selam."));
            in.commit();
            // the database goes back to before the second batch (say, restored from a copy)
            try (var st = s.connection().createStatement()) {
                for (String t : List.of("entities", "mentions", "quotes", "attributions")) st.execute("DELETE FROM " + t + " WHERE article_id = 'a2'");
                st.execute("DELETE FROM event_mentions WHERE seq > 1");
                st.execute("DELETE FROM articles WHERE seq > 1");
                st.execute("DELETE FROM ingest_log WHERE log_id > 1");
                s.connection().commit();
            }
        }
        try (PantauStore s = PantauStore.open(dir)) {
            assertEquals(new PantauStore.Reconciliation(0, 1, false), s.reconciliation());
            assertEquals(1L, s.indexedArticles());
            assertEquals(0, s.queries().articles("selam", 10).rows().size());
        }
    }

    @Test
    void exportsGdeltLayouts() throws Exception {
        assertEquals(61, Exporter.GDELT_EVENT_COLUMNS.size());
        assertEquals(16, Exporter.GDELT_MENTION_COLUMNS.size());
        try (PantauStore s = PantauStore.open(dir)) {
            Ingestor in = s.ingestor();
            ingest(in, putinKim("a1", "https://bisnis.example/1", "Bisnis.com", "Satu."));
            ingest(in, putinKim("a2", "https://kompas.example/2", "Kompas.com", "Dua."));
            in.commit();
            StringWriter events = new StringWriter();
            assertEquals(1, s.exporter().gdeltEvents(events));
            String[] row = events.toString().split("\n")[0].split("\t", -1);
            assertEquals(61, row.length);
            assertEquals("1", row[0]);
            assertEquals("20230913", row[1]);
            assertEquals("RUSGOV", row[5]);
            assertEquals("VLADIMIR PUTIN", row[6]);
            assertEquals("RUS", row[7]);
            assertEquals("GOV", row[12]);
            assertEquals("PRKGOV", row[15]);
            assertEquals("040", row[26]);
            assertEquals("04", row[28]);
            assertEquals("2", row[31]); // NumMentions
            assertEquals("2", row[32]); // NumSources
            assertEquals("4", row[51]); // ActionGeo_Type: a city
            assertEquals("https://bisnis.example/1", row[60]);

            StringWriter mentions = new StringWriter();
            assertEquals(2, s.exporter().gdeltMentions(mentions));
            for (String line : mentions.toString().split("\n")) {
                String[] m = line.split("\t", -1);
                assertEquals(16, m.length);
                assertEquals("1", m[0]);
                assertEquals("80", m[11]);
            }
            StringWriter jsonl = new StringWriter();
            assertEquals(2, s.exporter().jsonl(jsonl));
            assertTrue(jsonl.toString().startsWith("{\"schema\":\"pantau.article/1\""), jsonl.toString().substring(0, 40));

            Path pq = dir.resolve("events.parquet");
            assertEquals(1, s.exporter().parquet("events", pq));
            assertEquals(List.of(1L), s.sql("SELECT count(*) AS n FROM read_parquet('" + pq + "')").column("n"));
            assertThrows(StoreException.class, () -> s.exporter().csv("passwords", new StringWriter()));
        }
    }

    @Test
    void aSecondProcessIsToldTheStoreIsInUse() {
        // DuckDB's lock is per process; within one process the same file can be opened twice,
        // but Lucene's write lock is per index and says the same thing
        try (PantauStore s = PantauStore.open(dir)) {
            StoreException e = assertThrows(StoreException.class, () -> PantauStore.open(dir));
            assertTrue(e.getMessage().contains("in use") || e.getMessage().contains("locked"), e.getMessage());
        }
    }
}
