package dev.pantau.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The answer to a query: named columns and rows, written as an aligned table, one JSON array, or CSV. */
public record ResultTable(List<String> columns, List<List<Object>> rows) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_CELL = 100;

    public enum Format { TABLE, JSON, CSV }

    public ResultTable {
        columns = List.copyOf(columns);
        rows = Collections.unmodifiableList(new ArrayList<>(rows));
    }

    static ResultTable of(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        List<String> cols = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) cols.add(md.getColumnLabel(i));
        List<List<Object>> rows = new ArrayList<>();
        while (rs.next()) {
            List<Object> row = new ArrayList<>(cols.size());
            for (int i = 1; i <= cols.size(); i++) row.add(plain(rs.getObject(i)));
            rows.add(row);
        }
        return new ResultTable(cols, rows);
    }

    /** JDBC values as JSON-friendly ones: dates and timestamps as ISO strings. */
    static Object plain(Object v) {
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) return v;
        if (v instanceof java.sql.Date d) return d.toLocalDate().toString();
        if (v instanceof java.sql.Timestamp t) return t.toLocalDateTime().toString();
        return v.toString();
    }

    /** The values of one column. */
    public List<Object> column(String name) {
        int i = columns.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("no column " + name + " in " + columns);
        List<Object> out = new ArrayList<>();
        for (List<Object> r : rows) out.add(r.get(i));
        return out;
    }

    public void write(Format format, Writer out) throws IOException {
        switch (format) {
            case JSON -> writeJson(out);
            case CSV -> writeCsv(out);
            case TABLE -> writeTable(out);
        }
        out.flush();
    }

    private void writeJson(Writer out) throws IOException {
        JsonGenerator g = JSON.getFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartArray();
        writeRowObjects(g);
        g.writeEndArray();
        g.flush();
        out.write('\n');
    }

    /**
     * Each row as a JSON object of its columns, into an array the caller opened: the values are
     * the plain ones of {@link #of} (strings, numbers, booleans, null), written without going
     * through the generator's object mapper.
     */
    public void writeRowObjects(JsonGenerator g) throws IOException {
        for (List<Object> r : rows) {
            g.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                g.writeFieldName(columns.get(i));
                Object v = r.get(i);
                if (v == null) g.writeNull();
                else if (v instanceof String s) g.writeString(s);
                else if (v instanceof Double d) g.writeNumber(d);
                else if (v instanceof Long l) g.writeNumber(l);
                else if (v instanceof Integer n) g.writeNumber(n);
                else if (v instanceof Boolean b) g.writeBoolean(b);
                else g.writeObject(v);
            }
            g.writeEndObject();
        }
    }

    private void writeCsv(Writer out) throws IOException {
        out.write(csvLine(columns));
        for (List<Object> r : rows) out.write(csvLine(r));
    }

    static String csvLine(List<?> values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) sb.append(',');
            Object v = values.get(i);
            if (v == null) continue;
            String s = v.toString();
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                sb.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(s);
            }
        }
        return sb.append("\r\n").toString();
    }

    private void writeTable(Writer out) throws IOException {
        int[] w = new int[columns.size()];
        List<String[]> cells = new ArrayList<>();
        for (int i = 0; i < w.length; i++) w[i] = columns.get(i).length();
        for (List<Object> r : rows) {
            String[] c = new String[w.length];
            for (int i = 0; i < w.length; i++) {
                String s = r.get(i) == null ? "" : r.get(i).toString().replaceAll("\\s+", " ");
                if (s.length() > MAX_CELL) s = s.substring(0, MAX_CELL - 1) + "…";
                c[i] = s;
                w[i] = Math.max(w[i], s.length());
            }
            cells.add(c);
        }
        out.write(tableLine(columns.toArray(new String[0]), w));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < w.length; i++) rule.append(i > 0 ? "  " : "").append("-".repeat(w[i]));
        out.write(rule.append('\n').toString());
        for (String[] c : cells) out.write(tableLine(c, w));
        out.write("(" + rows.size() + (rows.size() == 1 ? " row" : " rows") + ")\n");
    }

    private static String tableLine(String[] c, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.length; i++) {
            if (i > 0) sb.append("  ");
            sb.append(c[i]);
            if (i < c.length - 1) sb.append(" ".repeat(w[i] - c[i].length()));
        }
        return sb.append('\n').toString();
    }
}
