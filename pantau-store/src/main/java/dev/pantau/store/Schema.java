package dev.pantau.store;

import java.util.List;

/**
 * The DuckDB tables of a store. Keys are enforced by the writer, not by DuckDB constraints:
 * DuckDB's unique indexes are kept in memory and make the per-batch upsert of events slower
 * than the checks the writer does anyway.
 */
final class Schema {
    static final int VERSION = 1;

    private Schema() {
    }

    static final List<String> TABLES = List.of(
            """
            CREATE TABLE IF NOT EXISTS store_info (
              key VARCHAR, value VARCHAR)""",
            """
            CREATE TABLE IF NOT EXISTS ingest_log (
              log_id BIGINT,          -- order of arrival, across runs; articles.seq refers to it
              input VARCHAR,          -- file, file:line, or '-'
              status VARCHAR,         -- ingested | duplicate | failed
              article_id VARCHAR,     -- the stored article (for a duplicate: the one it duplicates)
              error VARCHAR,
              logged_at TIMESTAMP)""",
            """
            CREATE TABLE IF NOT EXISTS sources (
              source VARCHAR,         -- outlet name as the articles give it, or the URL's host
              domain VARCHAR,
              articles BIGINT,
              first_seq BIGINT)""",
            """
            CREATE TABLE IF NOT EXISTS articles (
              seq BIGINT,             -- ingest_log.log_id of this article; the Lucene index's watermark
              id VARCHAR,
              url VARCHAR,
              canonical_url VARCHAR,
              text_hash VARCHAR,
              source VARCHAR,
              outlet VARCHAR,
              title VARCHAR,
              language VARCHAR,
              published VARCHAR,
              published_day DATE,
              dateline_place VARCHAR,
              dateline_outlet VARCHAR,
              chars INTEGER,
              tone DOUBLE, positive DOUBLE, negative DOUBLE, polarity DOUBLE, words INTEGER,
              text VARCHAR,
              doc_json VARCHAR)       -- the whole pantau.article/1 object""",
            """
            CREATE TABLE IF NOT EXISTS entities (
              article_id VARCHAR, entity_id VARCHAR, name VARCHAR, type VARCHAR,
              kb VARCHAR, country VARCHAR, actor VARCHAR, mentions INTEGER)""",
            """
            CREATE TABLE IF NOT EXISTS mentions (
              article_id VARCHAR, entity_id VARCHAR, start_offset INTEGER, end_offset INTEGER,
              text VARCHAR, kind VARCHAR)""",
            """
            CREATE TABLE IF NOT EXISTS quotes (
              article_id VARCHAR, quote_no INTEGER, start_offset INTEGER, end_offset INTEGER,
              text VARCHAR, direct BOOLEAN, speaker_entity VARCHAR, speaker VARCHAR,
              speaker_actor VARCHAR, cue VARCHAR)""",
            """
            CREATE TABLE IF NOT EXISTS attributions (
              article_id VARCHAR, attribution_no INTEGER, start_offset INTEGER, end_offset INTEGER,
              text VARCHAR, source VARCHAR, entity_id VARCHAR)""",
            """
            CREATE TABLE IF NOT EXISTS events (
              event_id BIGINT,        -- GDELT GLOBALEVENTID
              event_key VARCHAR,      -- source|root|target|day|place|negated: what merges mentions
              day DATE, date_value VARCHAR,
              source_actor VARCHAR, source_name VARCHAR, source_country VARCHAR,
              target_actor VARCHAR, target_name VARCHAR, target_country VARCHAR,
              code VARCHAR, root VARCHAR, quad_class INTEGER, goldstein DOUBLE,
              negated BOOLEAN, hypothetical BOOLEAN,
              place VARCHAR, place_country VARCHAR, place_admin1 VARCHAR,
              lat DOUBLE, lon DOUBLE, geoname_id BIGINT,
              num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER, avg_tone DOUBLE,
              first_seq BIGINT, last_seq BIGINT, first_url VARCHAR)""",
            """
            CREATE TABLE IF NOT EXISTS event_mentions (
              event_id BIGINT, event_key VARCHAR, seq BIGINT, mention_no INTEGER,
              article_id VARCHAR, article_event_id VARCHAR, source VARCHAR, url VARCHAR,
              published_day DATE, sentence INTEGER, start_offset INTEGER, end_offset INTEGER,
              evidence VARCHAR, source_offset INTEGER, target_offset INTEGER,
              code VARCHAR, confidence DOUBLE, hypothetical BOOLEAN, doc_chars INTEGER, doc_tone DOUBLE,
              -- fields of the event as this article reported it, to create the merged row
              day DATE, date_value VARCHAR,
              source_actor VARCHAR, source_name VARCHAR, source_country VARCHAR,
              target_actor VARCHAR, target_name VARCHAR, target_country VARCHAR,
              root VARCHAR, quad_class INTEGER, goldstein DOUBLE, negated BOOLEAN,
              place VARCHAR, place_country VARCHAR, place_admin1 VARCHAR,
              lat DOUBLE, lon DOUBLE, geoname_id BIGINT)""");

    /** Every data table, in the order an export of the whole store lists them. */
    static final List<String> DATA_TABLES = List.of("articles", "entities", "mentions", "quotes",
            "attributions", "events", "event_mentions", "sources", "ingest_log");
}
