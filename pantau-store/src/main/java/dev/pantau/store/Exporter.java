package dev.pantau.store;

import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a store's contents out: GDELT 2.0 Events and Mentions (tab-separated, no header, the
 * codebook's 61 and 16 columns in order), the pantau.article/1 objects as JSON Lines, any table
 * as CSV, and any table as Parquet (DuckDB's COPY).
 *
 * <p>Where Pantau's data differs from GDELT's: country codes are ISO 3166 alpha-3 (GDELT's geo
 * columns use FIPS 10-4), ADM1/ADM2 codes are left empty (Pantau has admin-1 names, which go
 * into the full name), the actors' own geography is not resolved (type 0), and DATEADDED is the
 * time the first article reporting the event was ingested.
 */
public final class Exporter {
    /** GDELT 2.0 Event table columns (GDELT Event Codebook V2.0), in file order. */
    public static final List<String> GDELT_EVENT_COLUMNS = gdeltEventColumns();
    /** GDELT 2.0 Mentions table columns, in file order. */
    public static final List<String> GDELT_MENTION_COLUMNS = List.of("GLOBALEVENTID", "EventTimeDate",
            "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID",
            "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
            "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras");

    private final DuckDBConnection db;

    Exporter(DuckDBConnection db) {
        this.db = db;
    }

    private static List<String> gdeltEventColumns() {
        List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
        for (String a : List.of("Actor1", "Actor2")) {
            for (String f : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                    "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) c.add(a + f);
        }
        c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String g : List.of("Actor1Geo", "Actor2Geo", "ActionGeo")) {
            for (String f : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")) {
                c.add(g + "_" + f);
            }
        }
        c.addAll(List.of("DATEADDED", "SOURCEURL"));
        return List.copyOf(c);
    }

    /** The events table in GDELT 2.0 Events layout; returns the number of rows. */
    public long gdeltEvents(Writer out) throws IOException {
        String sql = """
                SELECT e.event_id, e.day, e.source_actor, e.source_name, e.source_country,
                       e.target_actor, e.target_name, e.target_country,
                       (SELECT min(m.sentence) FROM event_mentions m WHERE m.event_id = e.event_id AND m.seq = e.first_seq) AS first_sentence,
                       e.code, e.root, e.quad_class, e.goldstein, e.num_mentions, e.num_sources, e.num_articles, e.avg_tone,
                       e.place, e.place_admin1, e.place_country, e.lat, e.lon, e.geoname_id,
                       strftime(l.logged_at, '%Y%m%d%H%M%S') AS added, coalesce(e.first_url, a.id) AS url
                FROM events e LEFT JOIN ingest_log l ON l.log_id = e.first_seq
                LEFT JOIN articles a ON a.seq = e.first_seq
                ORDER BY e.event_id""";
        long n = 0;
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                List<Object> row = new ArrayList<>(61);
                LocalDate day = rs.getObject(2) == null ? null : rs.getDate(2).toLocalDate();
                row.add(rs.getLong(1));
                row.add(day == null ? "" : String.format(Locale.ROOT, "%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
                row.add(day == null ? "" : String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
                row.add(day == null ? "" : day.getYear());
                row.add(day == null ? "" : String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / 365.0));
                actor(row, rs.getString(3), rs.getString(4), rs.getString(5));
                actor(row, rs.getString(6), rs.getString(7), rs.getString(8));
                int sentence = rs.getInt(9);
                row.add(!rs.wasNull() && sentence <= 1 ? 1 : 0); // IsRootEvent: reported in the lead
                String code = rs.getString(10);
                row.add(code);
                row.add(code == null ? "" : code.length() > 3 ? code.substring(0, 3) : code);
                row.add(rs.getString(11));
                row.add(rs.getInt(12));
                row.add(num(rs.getDouble(13)));
                row.add(rs.getInt(14));
                row.add(rs.getInt(15));
                row.add(rs.getInt(16));
                row.add(rs.getObject(17) == null ? "" : num(rs.getDouble(17)));
                noGeo(row);
                noGeo(row);
                String place = rs.getString(18), admin1 = rs.getString(19), country = rs.getString(20);
                if (place == null && country == null) {
                    noGeo(row);
                } else {
                    // a place with neither coordinates, admin-1 nor GeoNames id is a country ("Indonesia")
                    boolean countryOnly = place == null || place.equalsIgnoreCase(country)
                            || (admin1 == null && rs.getObject(21) == null && rs.getObject(23) == null);
                    row.add(countryOnly ? 1 : (admin1 != null && place.equalsIgnoreCase(admin1) ? 5 : 4));
                    List<String> name = new ArrayList<>();
                    if (place != null) name.add(place);
                    if (admin1 != null && !admin1.equalsIgnoreCase(place)) name.add(admin1);
                    if (country != null && !country.equalsIgnoreCase(place) && !countryOnly) name.add(country);
                    row.add(String.join(", ", name));
                    row.add(country);
                    row.add("");
                    row.add("");
                    row.add(rs.getObject(21) == null ? "" : num(rs.getDouble(21)));
                    row.add(rs.getObject(22) == null ? "" : num(rs.getDouble(22)));
                    row.add(rs.getObject(23) == null ? "" : rs.getLong(23));
                }
                row.add(rs.getString(24));
                row.add(rs.getString(25));
                if (row.size() != GDELT_EVENT_COLUMNS.size()) {
                    throw new IllegalStateException("GDELT event row has " + row.size() + " columns, not " + GDELT_EVENT_COLUMNS.size());
                }
                out.write(tsv(row));
                n++;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot export events: " + PantauStore.firstLine(e.getMessage()), e);
        }
        out.flush();
        return n;
    }

    /** The event mentions in GDELT 2.0 Mentions layout; returns the number of rows. */
    public long gdeltMentions(Writer out) throws IOException {
        String sql = """
                SELECT m.event_id, strftime(le.logged_at, '%Y%m%d%H%M%S'), strftime(lm.logged_at, '%Y%m%d%H%M%S'),
                       m.source, coalesce(m.url, m.article_id), m.sentence, m.source_offset, m.target_offset,
                       m.start_offset, m.confidence, m.doc_chars, m.doc_tone
                FROM event_mentions m JOIN events e ON e.event_id = m.event_id
                LEFT JOIN ingest_log le ON le.log_id = e.first_seq
                LEFT JOIN ingest_log lm ON lm.log_id = m.seq
                ORDER BY m.event_id, m.seq, m.mention_no""";
        long n = 0;
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                List<Object> row = new ArrayList<>(16);
                row.add(rs.getLong(1));
                row.add(rs.getString(2));
                row.add(rs.getString(3));
                row.add(rs.getString(5) != null && rs.getString(5).startsWith("http") ? 1 : 6); // 1 WEB, 6 a non-URL document id
                row.add(rs.getString(4));
                row.add(rs.getString(5));
                row.add(rs.getInt(6) + 1); // GDELT counts sentences from 1
                row.add(rs.getInt(7));
                row.add(rs.getInt(8));
                row.add(rs.getInt(9));
                row.add(1);
                row.add(Math.round(rs.getDouble(10) * 100));
                row.add(rs.getInt(11));
                row.add(rs.getObject(12) == null ? "" : num(rs.getDouble(12)));
                row.add("");
                row.add("");
                out.write(tsv(row));
                n++;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot export mentions: " + PantauStore.firstLine(e.getMessage()), e);
        }
        out.flush();
        return n;
    }

    /** Every stored article as its pantau.article/1 JSON object, one a line, in ingest order. */
    public long jsonl(Writer out) throws IOException {
        long n = 0;
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT doc_json FROM articles ORDER BY seq")) {
            while (rs.next()) {
                out.write(rs.getString(1));
                out.write('\n');
                n++;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot export articles: " + PantauStore.firstLine(e.getMessage()), e);
        }
        out.flush();
        return n;
    }

    /** One table as CSV with a header row (RFC 4180). */
    public long csv(String table, Writer out) throws IOException {
        checkTable(table);
        long n = 0;
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + order(table))) {
            int cols = rs.getMetaData().getColumnCount();
            List<Object> header = new ArrayList<>();
            for (int i = 1; i <= cols; i++) header.add(rs.getMetaData().getColumnLabel(i));
            out.write(ResultTable.csvLine(header));
            while (rs.next()) {
                List<Object> row = new ArrayList<>(cols);
                for (int i = 1; i <= cols; i++) row.add(ResultTable.plain(rs.getObject(i)));
                out.write(ResultTable.csvLine(row));
                n++;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot export " + table + ": " + PantauStore.firstLine(e.getMessage()), e);
        }
        out.flush();
        return n;
    }

    /** One table as a Parquet file (zstd), written by DuckDB. */
    public long parquet(String table, Path file) {
        checkTable(table);
        String path = file.toAbsolutePath().toString().replace("'", "''");
        try (Statement st = db.createStatement()) {
            st.execute("COPY (SELECT * FROM " + table + order(table) + ") TO '" + path + "' (FORMAT parquet, COMPRESSION zstd)");
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot write " + file + ": " + PantauStore.firstLine(e.getMessage()), e);
        }
    }

    private static void checkTable(String table) {
        if (!Schema.DATA_TABLES.contains(table)) {
            throw new StoreException("no table '" + table + "'; the tables are " + String.join(", ", Schema.DATA_TABLES));
        }
    }

    private static String order(String table) {
        return switch (table) {
            case "articles" -> " ORDER BY seq";
            case "events" -> " ORDER BY event_id";
            case "event_mentions" -> " ORDER BY seq, mention_no";
            case "ingest_log" -> " ORDER BY log_id";
            case "sources" -> " ORDER BY first_seq";
            case "quotes" -> " ORDER BY article_id, quote_no";
            case "attributions" -> " ORDER BY article_id, attribution_no";
            case "mentions" -> " ORDER BY article_id, entity_id, start_offset";
            default -> " ORDER BY article_id, entity_id";
        };
    }

    private static void actor(List<Object> row, String code, String name, String country) {
        CameoActors.Parts p = CameoActors.split(code, country);
        row.add(code);
        row.add(name == null ? "" : name.toUpperCase(Locale.ROOT));
        row.add(p.country());
        row.add(p.knownGroup());
        row.add("");
        row.add("");
        row.add("");
        for (int i = 0; i < 3; i++) row.add(i < p.types().size() ? p.types().get(i) : "");
    }

    private static void noGeo(List<Object> row) {
        row.add(0);
        for (int i = 0; i < 7; i++) row.add("");
    }

    private static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
    }

    private static String tsv(List<Object> row) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) sb.append('\t');
            Object v = row.get(i);
            if (v != null) sb.append(v.toString().replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        }
        return sb.append('\n').toString();
    }
}
