package dev.pantau.event;

import dev.pantau.syntax.Conllu;
import dev.pantau.syntax.UdSentence;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PETRARCH / UniversalPetrarch validation-records file: an {@code <Environment>} naming the
 * dictionaries, then {@code <Sentence>} records, each with its expected
 * {@code <EventCoding eventcode sourcecode targetcode/>} lines (or {@code noevents}, or an
 * expected {@code error}), its {@code <Text>} and its CoNLL-U {@code <Parse>}. The files mix XML
 * with free "#" comments and self-closed {@code <Sentence .../>} openers, so they are read by
 * their tags, not by an XML parser.
 */
public record ValidationRecords(Map<String, List<String>> environment, List<Record> records) {

    /** One expected coding. */
    public record Coding(String code, String source, String target) {
        @Override
        public String toString() {
            return code + " " + source + " " + target;
        }
    }

    /** One record: id, category, date (YYYYMMDD), expected codings, whether it expects none or an error, its CoNLL-U parse (null when it has none). */
    public record Record(String id, String category, String date, List<Coding> expected, boolean noEvents, String error,
                         String text, UdSentence parse) {
    }

    /**
     * These records (parses, texts, environment) with the expectations of {@code other}'s
     * records of the same id ("-" and "_" alike) and the same text (case and spacing aside);
     * records {@code other} lacks, or holds with another sentence, are dropped.
     */
    public ValidationRecords expecting(ValidationRecords other) {
        Map<String, Record> byId = new LinkedHashMap<>();
        for (Record r : other.records()) byId.put(r.id().replace('-', '_'), r);
        List<Record> out = new ArrayList<>();
        for (Record r : records) {
            Record o = byId.get(r.id().replace('-', '_'));
            if (o != null && normal(o.text()).equals(normal(r.text()))) out.add(new Record(r.id(), r.category(), r.date(), o.expected(), o.noEvents(), o.error(), r.text(), r.parse()));
        }
        return new ValidationRecords(environment, List.copyOf(out));
    }

    private static String normal(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b([^>]*)>");
    private static final Pattern ATTR = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*)>");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
    private static final Pattern PARSE = Pattern.compile("<Parse>(.*?)</Parse>", Pattern.DOTALL);
    private static final Pattern ENV = Pattern.compile("<Environment>(.*?)</Environment>", Pattern.DOTALL);
    private static final Pattern ENV_ENTRY = Pattern.compile("<(\\w+)>([^<]*)</\\1>");

    public static ValidationRecords read(Path file) throws IOException {
        return parse(String.join("\n", DictionaryFiles.lines(file)), file.toString());
    }

    public static ValidationRecords parse(String xml, String source) {
        String text = COMMENT.matcher(xml).replaceAll("");
        Map<String, List<String>> env = new LinkedHashMap<>();
        Matcher em = ENV.matcher(text);
        if (em.find()) {
            Matcher e = ENV_ENTRY.matcher(em.group(1));
            while (e.find()) {
                List<String> values = new ArrayList<>();
                for (String v : e.group(2).split(e.group(1).equals("Include") ? "\\s+" : ",")) {
                    if (!v.isBlank()) values.add(v.strip());
                }
                env.put(e.group(1), values);
            }
        }
        List<Record> out = new ArrayList<>();
        Matcher sm = SENTENCE.matcher(text);
        List<int[]> starts = new ArrayList<>();
        List<String> attrs = new ArrayList<>();
        while (sm.find()) {
            starts.add(new int[]{sm.start(), sm.end()});
            attrs.add(sm.group(1));
        }
        for (int k = 0; k < starts.size(); k++) {
            int bodyEnd = k + 1 < starts.size() ? starts.get(k + 1)[0] : text.length();
            String body = text.substring(starts.get(k)[1], bodyEnd);
            Map<String, String> a = attributes(attrs.get(k));
            List<Coding> expected = new ArrayList<>();
            boolean none = false;
            String error = null;
            Matcher cm = CODING.matcher(body);
            while (cm.find()) {
                Map<String, String> c = attributes(cm.group(1));
                if (c.containsKey("noevents")) none = true;
                else if (c.containsKey("error")) error = c.get("error");
                else if (c.containsKey("eventcode")) {
                    expected.add(new Coding(c.get("eventcode"), unescape(c.getOrDefault("sourcecode", "")),
                            unescape(c.getOrDefault("targetcode", ""))));
                }
            }
            Matcher tm = TEXT.matcher(body);
            Matcher pm = PARSE.matcher(body);
            UdSentence parse = null;
            String id = a.getOrDefault("id", source + "#" + (k + 1));
            if (pm.find() && pm.group(1).strip().matches("(?s)\\d+\t.*")) {
                List<UdSentence> parsed = Conllu.read(new StringReader(pm.group(1).strip() + "\n"), source + " record " + id);
                if (!parsed.isEmpty()) parse = parsed.get(0);
            }
            if (parse == null && expected.isEmpty() && !none && error == null) continue; // stop markers, FINAL-RECORD
            String category = a.containsKey("category") ? a.get("category") : a.getOrDefault("source", "");
            out.add(new Record(id, category, a.getOrDefault("date", ""), List.copyOf(expected), none, error,
                    tm.find() ? tm.group(1).strip().replaceAll("\\s+", " ") : "", parse));
        }
        return new ValidationRecords(env, List.copyOf(out));
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> m = new LinkedHashMap<>();
        Matcher am = ATTR.matcher(s);
        while (am.find()) m.put(am.group(1), am.group(2));
        return m;
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    }
}
