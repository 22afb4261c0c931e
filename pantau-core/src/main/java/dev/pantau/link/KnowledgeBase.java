package dev.pantau.link;

import dev.pantau.doc.Entity;
import dev.pantau.pipeline.LanguagePack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actor knowledge base: countries (with short forms and capitals used as metonyms),
 * organisations and people with date-bounded roles, read from TSV files shipped under
 * {@code /dev/pantau/kb/} plus any user files (same formats, see docs/knowledge-base.md).
 * Immutable after loading; lookups are by exact surface form.
 */
public final class KnowledgeBase {
    private static volatile KnowledgeBase bundled;

    private final Map<String, List<KbEntry>> byName = new HashMap<>();
    private final Map<String, KbEntry> countries = new HashMap<>();
    private final Map<String, String> metonyms = new HashMap<>();
    private final Map<String, String> englishNames = new HashMap<>();
    private final Set<String> firstWords = new HashSet<>();

    private KnowledgeBase() {
    }

    /** The knowledge base shipped with Pantau, loaded once. */
    public static KnowledgeBase bundled() {
        KnowledgeBase kb = bundled;
        if (kb == null) {
            synchronized (KnowledgeBase.class) {
                if (bundled == null) {
                    KnowledgeBase k = new KnowledgeBase();
                    k.loadCountries(LanguagePack.readLines("/dev/pantau/kb/countries.tsv", true), "countries.tsv");
                    k.loadOrganizations(LanguagePack.readLines("/dev/pantau/kb/organizations.tsv", true), "organizations.tsv");
                    k.loadPeople(LanguagePack.readLines("/dev/pantau/kb/people.tsv", true), "people.tsv");
                    bundled = k;
                }
                kb = bundled;
            }
        }
        return kb;
    }

    /** The bundled KB plus user files; each file's kind is told by its header line. */
    public static KnowledgeBase withUserFiles(List<Path> files) {
        KnowledgeBase k = new KnowledgeBase();
        KnowledgeBase b = bundled();
        b.byName.forEach((n, l) -> k.byName.put(n, new ArrayList<>(l)));
        k.countries.putAll(b.countries);
        k.metonyms.putAll(b.metonyms);
        k.englishNames.putAll(b.englishNames);
        k.firstWords.addAll(b.firstWords);
        for (Path f : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(f).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read knowledge-base file " + f, e);
            }
            if (lines.isEmpty()) continue;
            String header = lines.get(0);
            if (header.startsWith("iso3\t")) k.loadCountries(lines, f.toString());
            else if (header.startsWith("name\taliases\ttype\t")) k.loadOrganizations(lines, f.toString());
            else if (header.startsWith("name\taliases\tcountry\t")) k.loadPeople(lines, f.toString());
            else throw new IllegalArgumentException(f + ": unknown knowledge-base header '" + header
                        + "' (expected the header of countries.tsv, organizations.tsv or people.tsv)");
        }
        return k;
    }

    /** Whether some name or metonym of the KB starts with this word: a cheap test before building candidates. */
    public boolean startsAName(String firstWord) {
        return firstWords.contains(firstWord);
    }

    /** Entries a surface form names exactly (case-sensitive); empty when none. */
    public List<KbEntry> lookup(String surface) {
        return byName.getOrDefault(surface, List.of());
    }

    /** Every name the KB indexes with the entries it names. */
    public void forEachName(java.util.function.BiConsumer<String, List<KbEntry>> action) {
        byName.forEach((name, entries) -> action.accept(name, Collections.unmodifiableList(entries)));
    }

    public KbEntry country(String iso3) {
        return countries.get(iso3);
    }

    /** A country's English short name ("Russia" for RUS), or null. */
    public String englishName(String iso3) {
        return englishNames.get(iso3);
    }

    /** The country whose government a capital or seat names ("Moskow" → RUS), or null. */
    public String metonymCountry(String surface) {
        return metonyms.get(surface);
    }

    /** The entry of a person, organisation or country whose role holds on {@code day}, preferring exact dates. */
    public KbEntry best(List<KbEntry> entries, LocalDate day) {
        KbEntry fallback = null;
        for (KbEntry e : entries) {
            if (e.validOn(day)) {
                if (e.kind() != KbEntry.Kind.PERSON || e.start() != null) return e;
                if (fallback == null) fallback = e;
            }
        }
        if (fallback != null) return fallback;
        if (entries.isEmpty()) return null;
        // no role holds that day: the person is still this person, without a current role
        KbEntry e = entries.get(entries.size() - 1);
        return new KbEntry(e.key(), e.kind(), e.name(), e.type(), e.wikidata(), e.country(),
                e.country(), null, e.names(), null, null);
    }

    private void loadCountries(List<String> lines, String file) {
        for (String[] c : rows(lines, file, 8)) {
            String iso3 = c[0], cameo = c[2].isEmpty() ? c[0] : c[2];
            List<String> names = new ArrayList<>();
            addName(names, c[3]);
            addName(names, c[4]);
            for (String a : split(c[5])) addName(names, a);
            KbEntry e = new KbEntry("country:" + iso3, KbEntry.Kind.COUNTRY, names.get(0), Entity.Type.LOCATION,
                    null, iso3, cameo, null, names, null, null);
            countries.put(iso3, e);
            if (!c[4].isEmpty()) englishNames.put(iso3, c[4]);
            index(e);
            // c[6], the demonyms ("warga Rusia"), name groups of people, not the country: not indexed yet
            for (String m : split(c[7])) {
                metonyms.put(m, iso3);
                firstWords.add(firstWord(m));
            }
        }
    }

    private void loadOrganizations(List<String> lines, String file) {
        for (String[] c : rows(lines, file, 6)) {
            List<String> names = new ArrayList<>();
            addName(names, c[0]);
            for (String a : split(c[1])) addName(names, a);
            KbEntry e = new KbEntry("org:" + c[0], KbEntry.Kind.ORGANIZATION, c[0], Entity.Type.ORGANIZATION,
                    emptyToNull(c[5]), emptyToNull(c[3]), emptyToNull(c[4]), c[2], names, null, null);
            index(e);
        }
    }

    private void loadPeople(List<String> lines, String file) {
        for (String[] c : rows(lines, file, 8)) {
            List<String> names = new ArrayList<>();
            addName(names, c[0]);
            for (String a : split(c[1])) addName(names, a);
            KbEntry e = new KbEntry("person:" + c[0], KbEntry.Kind.PERSON, c[0], Entity.Type.PERSON,
                    emptyToNull(c[7]), emptyToNull(c[2]), emptyToNull(c[3]), emptyToNull(c[4]), names,
                    date(c[5], false, file), date(c[6], true, file));
            index(e);
        }
    }

    private void index(KbEntry e) {
        for (String n : e.names()) {
            firstWords.add(firstWord(n));
            List<KbEntry> l = byName.computeIfAbsent(n, k -> new ArrayList<>(1));
            l.add(e);
        }
    }

    /** The first token of a name as the tokenizer cuts it: up to a space or a bracket. */
    private static String firstWord(String name) {
        int end = 0;
        while (end < name.length() && name.charAt(end) != ' ' && name.charAt(end) != '(' && name.charAt(end) != ',') end++;
        return name.substring(0, end);
    }

    private static List<String[]> rows(List<String> lines, String file, int columns) {
        List<String[]> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split("\t", -1);
            if (c.length < columns) {
                throw new IllegalArgumentException(file + ": row " + (i + 1) + " has " + c.length
                        + " columns, expected " + columns + ": " + lines.get(i));
            }
            for (int j = 0; j < c.length; j++) c[j] = c[j].strip();
            out.add(c);
        }
        return out;
    }

    private static List<String> split(String multi) {
        List<String> out = new ArrayList<>();
        for (String s : multi.split("\\|")) {
            if (!s.isBlank()) out.add(s.strip());
        }
        return out;
    }

    private static void addName(List<String> names, String n) {
        if (n != null && !n.isBlank() && !names.contains(n.strip())) names.add(n.strip());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD; a partial end date covers its whole period. */
    static LocalDate date(String s, boolean isEnd, String file) {
        if (s == null || s.isBlank()) return null;
        try {
            String[] p = s.split("-");
            int y = Integer.parseInt(p[0]);
            if (p.length == 1) return isEnd ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            int m = Integer.parseInt(p[1]);
            if (p.length == 2) {
                LocalDate first = LocalDate.of(y, m, 1);
                return isEnd ? first.withDayOfMonth(first.lengthOfMonth()) : first;
            }
            return LocalDate.parse(s);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(file + ": bad date '" + s + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)", e);
        }
    }
}
