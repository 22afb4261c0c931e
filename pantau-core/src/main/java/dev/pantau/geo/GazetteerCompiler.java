package dev.pantau.geo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compiles the gazetteer from GeoNames (cities15000, admin1 codes, country info) and the
 * Indonesian region list (provinces, regencies and cities, districts). Keeps cities of at least
 * {@code minPopulation} people, capitals and regional seats anywhere, and every Indonesian
 * entry; drops names that are common words ({@code commonWords}) or shorter than 3 letters, so
 * "Batu" or "Of" never become places. Deterministic: sorted output.
 */
public final class GazetteerCompiler {
    private static final String[] REGION_SUFFIXES = {" Oblast", " Krai", " Province", " Prefecture", " Governorate", " Region", " State", " District"};

    private final long minPopulation;
    private final Set<String> commonWords;

    public GazetteerCompiler(long minPopulation, Set<String> commonWords) {
        this.minPopulation = minPopulation;
        this.commonWords = commonWords;
    }

    /** Places written. */
    public int compile(Path geonames, Path wilayah, Path out) throws IOException {
        Map<String, String> iso3 = new HashMap<>();
        for (String l : Files.readAllLines(geonames.resolve("countryInfo.txt"), StandardCharsets.UTF_8)) {
            if (l.startsWith("#") || l.isBlank()) continue;
            String[] c = l.split("\t");
            iso3.put(c[0], c[1]);
        }
        Map<String, String[]> admin1 = new HashMap<>();
        for (String l : Files.readAllLines(geonames.resolve("admin1CodesASCII.txt"), StandardCharsets.UTF_8)) {
            String[] c = l.split("\t");
            if (c.length >= 4) admin1.put(c[0], c);
        }
        Map<String, Place> places = new TreeMap<>();
        Map<String, Long> admin1People = new HashMap<>();
        List<String> cities = Files.readAllLines(geonames.resolve("cities15000.txt"), StandardCharsets.UTF_8);
        for (String l : cities) {
            String[] c = l.split("\t", -1);
            if (!c[14].isEmpty()) admin1People.merge(c[8] + "." + c[10], Long.parseLong(c[14]), Long::sum);
        }
        for (String l : cities) {
            String[] c = l.split("\t", -1);
            long pop = c[14].isEmpty() ? 0 : Long.parseLong(c[14]);
            String fcode = c[7], cc = c[8];
            if (pop < minPopulation && !cc.equals("ID") && !fcode.equals("PPLC") && !fcode.equals("PPLA")) continue;
            String[] a1 = admin1.get(cc + "." + c[10]);
            Place p = new Place(c[1], "city", iso3.get(cc), a1 == null ? null : a1[2], Double.valueOf(c[4]), Double.valueOf(c[5]),
                    Long.valueOf(c[0]), pop);
            add(places, c[1], p);
            if (!c[2].equals(c[1])) add(places, c[2], p);
        }
        for (String[] a : admin1.values()) {
            String country = iso3.get(a[0].substring(0, 2));
            // a region's weight is the people of its towns, so Florida (USA) outranks Florida (Uruguay)
            Place p = new Place(a[2], "admin1", country, a[2], null, null, Long.valueOf(a[3]), admin1People.getOrDefault(a[0], 0L));
            add(places, a[1], p);
            add(places, a[2], p);
            for (String suffix : REGION_SUFFIXES) {
                if (a[2].endsWith(suffix)) add(places, a[2].substring(0, a[2].length() - suffix.length()), p);
            }
        }
        Map<String, String> provinces = new HashMap<>();
        for (String[] c : csv(wilayah.resolve("provinces.csv"))) {
            provinces.put(c[0], c[1]);
            add(places, c[1], new Place(c[1], "admin1", "IDN", c[1], null, null, null, 0));
            add(places, "Provinsi " + c[1], new Place(c[1], "admin1", "IDN", c[1], null, null, null, 0));
        }
        Map<String, String> regencyProvince = new HashMap<>();
        for (String[] c : csv(wilayah.resolve("regencies.csv"))) {
            String province = provinces.get(c[1]);
            regencyProvince.put(c[0], province);
            Place p = new Place(c[2], "regency", "IDN", province, null, null, null, 0);
            add(places, c[2], p);
            String bare = c[2].replaceFirst("^(Kota Administrasi|Kabupaten Administrasi|Kota|Kabupaten) ", "");
            if (!bare.equals(c[2])) {
                if (c[2].startsWith("Kota")) add(places, bare, p);
                if (c[2].contains("Administrasi")) add(places, (c[2].startsWith("Kota") ? "Kota " : "Kabupaten ") + bare, p);
            }
        }
        // a word that builds many place names ("Barat", "Utara", "Baru") is no place on its own
        Map<String, Integer> partOf = new HashMap<>();
        for (String name : places.keySet()) {
            String[] words = name.split(" ");
            if (words.length > 1) for (String w : words) partOf.merge(w, 1, Integer::sum);
        }
        for (String[] c : csv(wilayah.resolve("districts.csv"))) {
            String province = regencyProvince.get(c[1]);
            Place p = new Place("Kecamatan " + c[2], "district", "IDN", province, null, null, null, 0);
            add(places, "Kecamatan " + c[2], p);
            if (c[2].length() >= 5 && (c[2].contains(" ") || partOf.getOrDefault(c[2], 0) < 3)) add(places, c[2], p);
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Place names compiled by `pantau train places` from GeoNames cities15000, admin1CodesASCII and");
        lines.add("# countryInfo (CC BY 4.0, geonames.org) and Indonesian regions (wilayah-id, MIT): cities of >= " + minPopulation);
        lines.add("# people, capitals and regional seats, first-level regions, and every Indonesian province, regency,");
        lines.add("# city and district. A name of several places keeps the most populous.");
        lines.add("name\tkind\tcountry\tadmin1\tlat\tlon\tgeonameId\tpopulation");
        for (Map.Entry<String, Place> e : places.entrySet()) {
            Place p = e.getValue();
            lines.add(String.join("\t", e.getKey(), p.kind(), nz(p.country()), nz(p.admin1()),
                    p.lat() == null ? "" : p.lat().toString(), p.lon() == null ? "" : p.lon().toString(),
                    p.geonameId() == null ? "" : p.geonameId().toString(), p.population() == 0 ? "" : String.valueOf(p.population())));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        return places.size();
    }

    private void add(Map<String, Place> places, String name, Place p) {
        name = name.strip();
        if (name.length() < 3 || !Character.isUpperCase(name.charAt(0)) || name.contains("\t")) return;
        if (!name.contains(" ") && commonWords.contains(name.toLowerCase(Locale.ROOT))) return;
        places.merge(name, p, GazetteerCompiler::better);
    }

    /**
     * The namesake that wins by {@link #rank}; when it has no coordinates and the other is the same
     * place's town in the same country (the regency of Surabaya and the GeoNames city), it takes
     * the town's coordinates and GeoNames id, keeping its own kind and region.
     */
    private static Place better(Place a, Place b) {
        Place win = rank(a) >= rank(b) ? a : b, other = win == a ? b : a;
        if (win.lat() == null && other.lat() != null && java.util.Objects.equals(win.country(), other.country())) {
            return new Place(win.name(), win.kind(), win.country(), win.admin1(), other.lat(), other.lon(),
                    win.geonameId() != null ? win.geonameId() : other.geonameId(), win.population());
        }
        return win;
    }

    /**
     * Indonesian provinces, regencies and cities outrank foreign namesakes; otherwise the place
     * with more people wins; districts come last.
     */
    private static long rank(Place p) {
        long r = p.population();
        if ("IDN".equals(p.country()) && (p.kind().equals("admin1") || p.kind().equals("regency"))) r += 1_000_000_000L;
        if (p.kind().equals("district")) r = -1;
        return r;
    }

    private static List<String[]> csv(Path p) throws IOException {
        List<String[]> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank()) continue;
            List<String> cols = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean quoted = false;
            for (char ch : l.toCharArray()) {
                if (ch == '"') quoted = !quoted;
                else if (ch == ',' && !quoted) {
                    cols.add(cur.toString());
                    cur.setLength(0);
                } else cur.append(ch);
            }
            cols.add(cur.toString());
            out.add(cols.toArray(new String[0]));
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
