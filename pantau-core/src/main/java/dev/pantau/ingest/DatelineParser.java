package dev.pantau.ingest;

import dev.pantau.doc.Dateline;
import dev.pantau.doc.Doc;
import dev.pantau.link.KbEntry;
import dev.pantau.link.KnowledgeBase;
import dev.pantau.pipeline.LanguagePack;
import dev.pantau.pipeline.Layer;
import dev.pantau.pipeline.Step;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the dateline that opens many news articles: "Bisnis.com, JAKARTA -",
 * "JAKARTA, KOMPAS.com -", "TRIBUNNEWS.COM -", "JAKARTA (Reuters) -". The outlet is the part
 * that looks like a web domain or that the knowledge base knows as a medium; the other part is
 * the place. Both are normalised ("KOMPAS.com" → "Kompas.com", "PALANGKA RAYA" → "Palangka Raya").
 * Fills the document's outlet when the input had none.
 */
public final class DatelineParser implements Step {
    private static final String DASH = "\\s*(?:-{1,3}|–|—)";
    private static final String PART = "([\\p{L}][\\p{L}\\p{N}.'’ ]{0,38}?)";
    private static final Pattern TWO_PARTS = Pattern.compile("^\\s*" + PART + "\\s*,\\s*" + PART + DASH);
    private static final Pattern BRACKETED = Pattern.compile("^\\s*" + PART + "\\s*\\(\\s*([^()\\n]{2,30}?)\\s*\\)" + DASH);
    private static final Pattern ONE_PART = Pattern.compile("^\\s*" + PART + DASH + "\\s");
    private static final Pattern DOMAIN = Pattern.compile("(?i)^[\\p{L}\\p{N}]+(?:\\.[\\p{L}\\p{N}]+)*\\.(?:com|co\\.id|co|id|net|org|tv)$");

    private final KnowledgeBase kb;

    public DatelineParser(KnowledgeBase kb) {
        this.kb = kb;
    }

    @Override
    public String name() {
        return "dateline";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.DATELINE);
    }

    @Override
    public Doc apply(Doc doc, LanguagePack pack) {
        Dateline d = parse(doc.text());
        if (d == null) return doc;
        Doc out = doc.withDateline(d);
        return doc.outlet() == null && d.outlet() != null ? out.withOutlet(d.outlet()) : out;
    }

    /** The dateline at the start of the text, or null when it has none. */
    public Dateline parse(String text) {
        String head = text.length() > 120 ? text.substring(0, 120) : text;
        Matcher m = TWO_PARTS.matcher(head);
        if (m.find()) {
            String a = m.group(1).strip(), b = m.group(2).strip();
            if (isOutlet(a) && isPlace(b)) return new Dateline(m.start(1), m.end(), outlet(a), place(b));
            if (isOutlet(b) && isPlace(a)) return new Dateline(m.start(1), m.end(), outlet(b), place(a));
            return null;
        }
        m = BRACKETED.matcher(head);
        if (m.find() && isPlace(m.group(1).strip())) {
            return new Dateline(m.start(1), m.end(), outlet(m.group(2).strip()), place(m.group(1).strip()));
        }
        m = ONE_PART.matcher(head);
        if (m.find()) {
            String a = m.group(1).strip();
            if (isOutlet(a)) return new Dateline(m.start(1), m.end() - 1, outlet(a), null);
            if (isPlace(a) && a.equals(a.toUpperCase(Locale.ROOT))) {
                return new Dateline(m.start(1), m.end() - 1, null, place(a));
            }
        }
        return null;
    }

    private boolean isOutlet(String s) {
        if (DOMAIN.matcher(s).matches()) return true;
        KbEntry e = media(s);
        return e != null;
    }

    private KbEntry media(String s) {
        for (String form : new String[]{s, titleCase(s), s.toUpperCase(Locale.ROOT)}) {
            for (KbEntry e : kb.lookup(form)) {
                if ("media".equals(e.role())) return e;
            }
        }
        return null;
    }

    /** A place is one to four capitalised words. */
    private static boolean isPlace(String s) {
        String[] words = s.split("\\s+");
        if (words.length > 4 || s.contains(".")) return false;
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
        }
        return true;
    }

    private String outlet(String s) {
        if (DOMAIN.matcher(s).matches()) {
            int dot = s.indexOf('.');
            String name = s.substring(0, dot);
            String tld = s.substring(dot).toLowerCase(Locale.ROOT);
            boolean mixed = !name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT))
                    && Character.isUpperCase(name.charAt(0)) && name.substring(1).chars().allMatch(Character::isLowerCase);
            return (mixed ? name : titleCase(name)) + tld;
        }
        KbEntry e = media(s);
        return e != null ? e.name() : s;
    }

    private static String place(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT)) ? titleCase(s) : s;
    }

    static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }
}
