package dev.pantau.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Lucene side of a store: one document per stored article, its body and title analysed by
 * language ({@link IndonesianLightAnalyzer} for Indonesian and Malay, Lucene's English analyser
 * for English). Every commit carries the ingest-log id of the last article it holds
 * ({@value #WATERMARK}), which is how a store finds what the index lacks after a crash.
 */
final class FullTextIndex implements AutoCloseable {
    static final String WATERMARK = "pantau.last_seq";
    static final String ID = "id", SEQ = "seq", URL = "url", OUTLET = "outlet", PUBLISHED = "published";
    static final List<String> LANGS = List.of("id", "en");

    private final Directory dir;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    FullTextIndex(Path path) {
        try {
            dir = FSDirectory.open(path);
            analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
                    "body_id", new IndonesianLightAnalyzer(), "title_id", new IndonesianLightAnalyzer(),
                    "body_en", new EnglishAnalyzer(), "title_en", new EnglishAnalyzer()));
            IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
            cfg.setCommitOnClose(false); // only a batch's explicit commit, with its watermark, counts
            cfg.setRAMBufferSizeMB(64);
            writer = new IndexWriter(dir, cfg);
            searchers = new SearcherManager(writer, null);
        } catch (LockObtainFailedException e) {
            throw new StoreException("the full-text index " + path + " is locked by another process", e);
        } catch (IOException e) {
            throw new StoreException("cannot open the full-text index " + path + ": " + e.getMessage(), e);
        }
    }

    /** The field suffix for an article's language: Malay and unknown languages use the Indonesian analysis. */
    static String lang(String language) {
        return "en".equals(language) ? "en" : "id";
    }

    /** The ingest-log id of the last article of the last commit; 0 for a new index. */
    long watermark() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals(WATERMARK)) return Long.parseLong(e.getValue());
            }
        }
        return 0;
    }

    /** A row of the articles table as the index needs it. */
    record Entry(long seq, String id, String url, String outlet, String published, String language, String title, String text) {
    }

    void add(Entry a) throws IOException {
        Document d = new Document();
        d.add(new StringField(ID, a.id(), Field.Store.YES));
        d.add(new LongPoint(SEQ, a.seq()));
        d.add(new StoredField(SEQ, a.seq()));
        d.add(new NumericDocValuesField(SEQ, a.seq()));
        if (a.url() != null) d.add(new StoredField(URL, a.url()));
        if (a.outlet() != null) d.add(new StoredField(OUTLET, a.outlet()));
        if (a.published() != null) d.add(new StoredField(PUBLISHED, a.published()));
        String l = lang(a.language());
        if (a.title() != null) d.add(new TextField("title_" + l, a.title(), Field.Store.YES));
        d.add(new TextField("body_" + l, a.text(), Field.Store.YES));
        writer.updateDocument(new Term(ID, a.id()), d);
    }

    /** Removes the articles whose ingest-log id is above {@code seq}; returns how many there were. */
    long deleteAfter(long seq) throws IOException {
        Query q = LongPoint.newRangeQuery(SEQ, seq + 1, Long.MAX_VALUE);
        long n = count(q);
        if (n > 0) writer.deleteDocuments(q);
        return n;
    }

    void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /** Makes everything added durable, recording {@code seq} as the index's watermark. */
    void commit(long seq) throws IOException {
        writer.setLiveCommitData(Map.of(WATERMARK, Long.toString(seq)).entrySet());
        writer.commit(); // searches refresh when they run, not here: a commit stays cheap
    }

    /** Drops everything added since the last commit (what a crash would lose). */
    void rollbackUncommitted() throws IOException {
        writer.rollback();
    }

    long count(Query q) throws IOException {
        searchers.maybeRefresh();
        IndexSearcher s = searchers.acquire();
        try {
            return s.count(q);
        } finally {
            searchers.release(s);
        }
    }

    long numDocs() throws IOException {
        return count(new org.apache.lucene.search.MatchAllDocsQuery());
    }

    /** One hit of a full-text search. */
    record Hit(String id, float score, String title, String outlet, String published, String url, String snippet) {
    }

    /**
     * Articles matching the query (Lucene query syntax; plain words are OR-ed and ranked by BM25,
     * titles weigh double), best first, with the best passages highlighted by {@code <b>…</b>}.
     */
    List<Hit> search(String queryText, int limit) throws IOException {
        Query q = parse(queryText);
        searchers.maybeRefresh();
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs top = s.search(q, Math.max(1, limit));
            String[] fields = {"body_id", "body_en"};
            UnifiedHighlighter hl = UnifiedHighlighter.builder(s, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", false))
                    .withMaxLength(200_000).build();
            Map<String, String[]> snippets = hl.highlightFields(fields, q, top, new int[]{2, 2});
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document d = s.storedFields().document(sd.doc);
                String snippet = snippets.get("body_id")[i];
                if (snippet == null) snippet = snippets.get("body_en")[i];
                String title = d.get("title_id") != null ? d.get("title_id") : d.get("title_en");
                hits.add(new Hit(d.get(ID), sd.score, title, d.get(OUTLET), d.get(PUBLISHED), d.get(URL),
                        snippet == null ? null : snippet.replaceAll("\\s+", " ").trim()));
            }
            return hits;
        } finally {
            searchers.release(s);
        }
    }

    private Query parse(String text) {
        if (text == null || text.isBlank()) return new MatchNoDocsQuery("empty query");
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String l : LANGS) {
            b.add(parse("body_" + l, text), BooleanClause.Occur.SHOULD);
            b.add(new BoostQuery(parse("title_" + l, text), 2f), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private Query parse(String field, String text) {
        QueryParser p = new QueryParser(field, analyzer);
        try {
            return p.parse(text);
        } catch (ParseException | RuntimeException e) {
            try {
                return p.parse(QueryParser.escape(text)); // "Jong-un (Korea" is words, not syntax
            } catch (ParseException e2) {
                throw new StoreException("cannot parse the search '" + text + "': " + e2.getMessage());
            }
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            dir.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
