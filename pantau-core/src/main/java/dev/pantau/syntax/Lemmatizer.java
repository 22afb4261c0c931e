package dev.pantau.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Indonesian lemmatizer that follows the conventions of Universal Dependencies Indonesian-GSD:
 * lemmas in lower case, a derived word lemmatised to its bare root ("mendesain" → "desain",
 * "peralatan" → "alat", "terletak" → "letak"), reduplication to its base ("negara-negara" →
 * "negara"), the clitic pronoun to its full form ("nya" → "dia").
 *
 * <p>Method, in order:
 * <ol>
 *   <li>a table learned from UD training treebanks ({@link LemmaLexiconTrainer}): the most frequent
 *       lemma of (lower-cased form, UPOS), else of the form under any UPOS. It only holds the forms
 *       the rules below get wrong (lexicalised words such as "sebuah" → "buah"), so it stays small;</li>
 *   <li>names, numbers, punctuation, symbols and foreign words (PROPN, NUM, PUNCT, SYM, X) keep their
 *       form, lower-cased, as GSD writes them ("Kalla" → "kalla", "2023" → "2023"); so do unseen
 *       function words;</li>
 *   <li>nouns, verbs, adjectives and adverbs: affix stripping validated by a root-word set, after
 *       Nazief &amp; Adriani (1996) as refined by Asian, Williams &amp; Tahaghoghi (2005, "Stemming
 *       Indonesian", ACSC): inflectional particle (-lah, -kah, -tah, -pun), then possessive (-ku,
 *       -mu, -nya), then derivational suffix (-kan, -an, -i); then up to three derivational prefixes
 *       (di-, ke-, se-, ber-, ter-, per-, meN-, peN-) with the nasal's recoding (the lost initial
 *       p/t/k/s restored), Nazief's forbidden confixes and Asian et al.'s giving back of the suffixes
 *       when prefix removal alone fails, which also covers the confixes ke-…-an, per-…-an, peN-…-an
 *       and ber-…-an. A reading is accepted only when it ends in a known root; among several, the
 *       root that is a treebank lemma, then the one with the fewest affixes removed, wins. When no
 *       reading ends in a root, the lower-cased form is the lemma.</li>
 * </ol>
 * Immutable after loading and so safe to share between threads.
 */
public final class Lemmatizer {
    public static final String LEMMAS_RESOURCE = "/dev/pantau/lang/id/lemmas.tsv";
    public static final String ROOTS_RESOURCE = "/dev/pantau/lang/id/roots.txt";

    /** UPOS whose lemma is the form itself in UD Indonesian (lower-cased in GSD). */
    private static final Set<String> FORM_KEEPING = Set.of("PROPN", "NUM", "PUNCT", "SYM", "X");
    /** Open classes, the only ones whose unknown words are worth stripping: function words are listed. */
    private static final Set<String> STRIPPED = Set.of("NOUN", "VERB", "ADJ", "ADV");
    private static final int MAX_PREFIXES = 3;

    private final Map<String, String> byFormAndPos;
    private final Map<String, String> byForm;
    /** Root → how often it is a lemma in the training treebanks (0: only in the root list). */
    private final Map<String, Integer> roots;

    Lemmatizer(Map<String, String> byFormAndPos, Map<String, String> byForm, Map<String, Integer> roots) {
        this.byFormAndPos = Map.copyOf(byFormAndPos);
        this.byForm = Map.copyOf(byForm);
        this.roots = Map.copyOf(roots);
    }

    /** Rules only, no learned table: what the trainer compares the treebanks' lemmas with. */
    static Lemmatizer rulesOnly(Map<String, Integer> roots) {
        return new Lemmatizer(Map.of(), Map.of(), roots);
    }

    /** The lemmatizer of the Indonesian pack, loaded once from the class path. */
    public static Lemmatizer shared() {
        return Shared.INSTANCE;
    }

    /**
     * Loads the data {@link LemmaLexiconTrainer} writes: the table ({@code form upos lemma count})
     * and the roots ({@code root} or {@code root count}, one a line).
     */
    public static Lemmatizer load(InputStream lemmas, InputStream roots) {
        Map<String, String> exact = new HashMap<>();
        Map<String, Map<String, Integer>> formCounts = new HashMap<>();
        for (String line : lines(lemmas)) {
            String[] c = line.split("\t", -1);
            if (c.length < 4) continue;
            exact.put(key(c[0], c[1]), c[2]);
            formCounts.computeIfAbsent(c[0], k -> new HashMap<>()).merge(c[2], Integer.parseInt(c[3]), Integer::sum);
        }
        Map<String, String> byForm = new HashMap<>();
        formCounts.forEach((form, counts) -> byForm.put(form, mostFrequent(counts)));
        Map<String, Integer> rootCounts = new HashMap<>();
        for (String line : lines(roots)) {
            int tab = line.indexOf('\t');
            if (tab < 0) rootCounts.put(line, 0);
            else rootCounts.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
        }
        return new Lemmatizer(exact, byForm, rootCounts);
    }

    /**
     * The lemma of one word given its UPOS (which may be null when unknown).
     *
     * @return lower case, never null; the lower-cased form when nothing applies
     */
    public String lemma(String form, String upos) {
        String lower = form.toLowerCase(Locale.ROOT);
        String known = byFormAndPos.get(key(lower, upos));
        if (known == null) known = byForm.get(lower);
        return known != null ? known : ruleLemma(lower, upos);
    }

    /** Whether the root-word set holds {@code word} (lower case). */
    public boolean isRoot(String word) {
        return roots.containsKey(word);
    }

    /** The lemma the rules alone give a lower-cased form. */
    String ruleLemma(String lower, String upos) {
        if ("PROPN".equals(upos)) return nameLemma(lower);
        if (upos != null && FORM_KEEPING.contains(upos)) return lower;
        // function words that change ("nya" → "dia", "sebuah" → "buah") are all in the table; guessing
        // at unseen ones strips prepositions glued to their noun ("dibidang") that UD leaves alone
        if (upos != null && !STRIPPED.contains(upos)) return lower;
        if (hasDigit(lower)) return lower; // "1950-an", "ke-16": UD GSD keeps numbers as written
        // -kan makes verbs only: a noun or adjective ending in "kan" is a root's k + -an ("masakan")
        boolean verbal = !"NOUN".equals(upos) && !"ADJ".equals(upos);
        String root = reduplicationBase(lower, verbal);
        if (root == null) root = stem(lower, verbal);
        return root != null ? root : lower;
    }

    /**
     * Names keep their form, except that GSD writes a capitalised peN- word tagged PROPN as "pen"
     * + the restored base + its suffix ("Pengembangan" → "penkembangan", "Pelabuhan" →
     * "penlabuhan", "Pengurus" → "penurus"): its conversion spelled MorphInd's "peN+" literally.
     * Roots ("Penduduk", "Pengaruh") and per- words ("Perguruan") are left alone, as there.
     */
    private String nameLemma(String lower) {
        if (!lower.startsWith("pe") || lower.startsWith("per") || roots.containsKey(lower)) return lower;
        for (String suffix : new String[]{"an", ""}) {
            if (!lower.endsWith(suffix)) continue;
            String base = lower.substring(0, lower.length() - suffix.length());
            List<String[]> readings = new ArrayList<>();
            nasalReadings(base, "pe", readings);
            if (base.startsWith("pel") && base.length() > 3 && vowel(base.charAt(3))) add(readings, "pe", base.substring(2));
            for (String[] r : readings) {
                if (r[1].length() >= 3 && roots.containsKey(r[1])) return "pen" + r[1] + suffix;
            }
        }
        return lower;
    }

    private static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) return true;
        }
        return false;
    }

    // ---- reduplication -------------------------------------------------------------------------

    /**
     * The lemma of a reduplicated word, or null when it is not one: full ("negara-negara"),
     * with an affix on one half ("besar-besaran", "bermain-main", "berhati-hati") or with the
     * nasal of meN- on the second ("terus-menerus"); UD lemmatises all of them to the base.
     */
    private String reduplicationBase(String w, boolean verbal) {
        int dash = w.indexOf('-');
        if (dash <= 0 || dash != w.lastIndexOf('-') || dash == w.length() - 1) {
            return w.endsWith("2") && w.length() > 3 && Character.isLetter(w.charAt(w.length() - 2))
                    ? rootOrSelf(w.substring(0, w.length() - 1), verbal) // "kira2", the informal spelling
                    : null;
        }
        String a = w.substring(0, dash), b = w.substring(dash + 1);
        if (a.equals(b)) return rootOrSelf(a, verbal);
        if (b.startsWith(a) || a.endsWith(b)) return rootOrSelf(a.length() <= b.length() ? a : b, verbal);
        String sa = stem(a, verbal), sb = stem(b, verbal);
        if (sa != null && sa.equals(sb)) return sa;
        if (sb != null && sb.equals(a)) return a;
        if (sa != null && sa.equals(b)) return b;
        return null;
    }

    private String rootOrSelf(String w, boolean verbal) {
        String s = stem(w, verbal);
        return s != null ? s : w;
    }

    // ---- affix stripping (Nazief & Adriani; Asian et al. 2005) ---------------------------------

    /**
     * The root reached by affix stripping, or null when no reading ends in a known root. Nazief &amp;
     * Adriani stop at the first reading in the dictionary; here every reading is tried and {@link Best}
     * chooses, because the dictionary holds both derived lemmas ("peroleh", "pelajar") and short roots
     * ("tar", "per") and the least analysed reading is UD's ("menari" → "tari", not me- + tar + -i).
     *
     * @param verbal whether the word may carry the verbal suffix -kan; nouns and adjectives ending in
     *               "kan" end in a root's k + -an ("masakan", "kebijakan")
     */
    String stem(String w, boolean verbal) {
        if (roots.containsKey(w)) return w;
        Best best = new Best();
        List<Suffixed> states = suffixStates(w, verbal);
        for (Suffixed st : states) {
            offer(best, st.word, st.removed);
        }
        // prefixes: Nazief strips them from the most stripped state; Asian et al. give the suffixes
        // back one by one when that fails ("pertahanan" is per- + tahan + -an, not per- + taha + -nan)
        for (int i = states.size() - 1; i >= 0; i--) {
            Suffixed st = states.get(i);
            stripPrefixes(st.word, st.derivational, st.removed, 0, "", best);
        }
        return best.root;
    }

    /** A word with suffixes removed: how many, and which derivational one ("" for none). */
    private record Suffixed(String word, String derivational, int removed) {
    }

    /** The word, then without its particle, its possessive and its derivational suffix, in that order. */
    private static List<Suffixed> suffixStates(String w, boolean verbal) {
        List<Suffixed> states = new ArrayList<>();
        states.add(new Suffixed(w, "", 0));
        String s = w;
        int removed = 0;
        for (String[] set : new String[][]{PARTICLES, POSSESSIVES}) {
            String cut = strip(s, set);
            if (cut == null) continue;
            s = cut;
            states.add(new Suffixed(s, "", ++removed));
        }
        for (String suffix : DERIVATIONAL) {
            if (!s.endsWith(suffix) || s.length() - suffix.length() < 3) continue;
            if (suffix.equals("kan") && !verbal) continue;
            states.add(new Suffixed(s.substring(0, s.length() - suffix.length()), suffix, removed + 1));
        }
        return states;
    }

    private void offer(Best best, String candidate, int removed) {
        Integer seen = roots.get(candidate);
        if (seen != null) best.offer(candidate, removed, seen);
    }

    /**
     * The best analysis so far: a root that is a lemma in the treebanks before one only in the root
     * list (which also holds derived words: "sahkan", "melambang"), then the fewest affixes removed,
     * then the root more often a lemma ("makan" over "pakan" for "memakan"), then the first found.
     */
    private static final class Best {
        String root;
        int affixes = Integer.MAX_VALUE;
        int attested = -1;

        void offer(String candidate, int removed, int count) {
            boolean isLemma = count > 0, bestIsLemma = attested > 0;
            if (isLemma != bestIsLemma ? isLemma
                    : removed < affixes || (removed == affixes && count > attested)) {
                root = candidate;
                affixes = removed;
                attested = count;
            }
        }
    }

    private static final String[] PARTICLES = {"lah", "kah", "tah", "pun"};
    private static final String[] POSSESSIVES = {"nya", "ku", "mu"};
    /** "-kan" before "-an": both end in "an"; "-an" after "-kan" recovers a root ending in k ("masakan"). */
    private static final String[] DERIVATIONAL = {"kan", "an", "i"};

    private static String strip(String s, String[] suffixes) {
        for (String x : suffixes) {
            if (s.endsWith(x) && s.length() - x.length() >= 3) return s.substring(0, s.length() - x.length());
        }
        return null;
    }

    /** Depth-first over the prefix readings, each candidate checked against the roots. */
    private void stripPrefixes(String s, String suffix, int removed, int depth, String previous, Best best) {
        if (depth == MAX_PREFIXES) return;
        for (String[] c : prefixReadings(s)) { // {prefix type, remainder}
            String type = c[0], rest = c[1];
            if (type.equals(previous) || rest.length() < 3) continue; // Nazief: no prefix twice in a row
            if (depth == 0 && forbiddenConfix(type, suffix)) continue;
            offer(best, rest, removed + 1);
            stripPrefixes(rest, suffix, removed + 1, depth + 1, type, best);
        }
    }

    /** Nazief &amp; Adriani's prefix–suffix pairs that do not occur together (be-…-i, di-…-an, …). */
    private static boolean forbiddenConfix(String prefix, String suffix) {
        return switch (prefix) {
            case "ber" -> suffix.equals("i");
            case "di", "me", "ter" -> suffix.equals("an");
            case "ke", "se" -> suffix.equals("i") || suffix.equals("kan");
            default -> false;
        };
    }

    /**
     * The readings of a word's first prefix, most likely first: {type, remainder}. The meN- and
     * peN- rows follow Asian et al.'s table, where the nasal replaced the root's first consonant
     * (p → m, t → n, k → ng, s → ny) and the lost consonant is put back.
     */
    private static List<String[]> prefixReadings(String s) {
        List<String[]> out = new ArrayList<>(3);
        if (s.startsWith("di")) add(out, "di", s.substring(2));
        else if (s.startsWith("ke")) add(out, "ke", s.substring(2));
        else if (s.startsWith("se")) add(out, "se", s.substring(2));
        else if (s.startsWith("me")) nasalReadings(s, "me", out);
        else if (s.startsWith("pe")) peReadings(s, out);
        else if (s.startsWith("be")) liquidReadings(s, "ber", out);
        else if (s.startsWith("te")) liquidReadings(s, "ter", out);
        return out;
    }

    private static void add(List<String[]> out, String type, String rest) {
        out.add(new String[]{type, rest});
    }

    /** ber- and ter- (and per- through {@link #peReadings}): "berV" is ber-V or be-rV; "beCer" is be-Cer. */
    private static void liquidReadings(String s, String type, List<String[]> out) {
        if (s.startsWith(type)) {
            String rest = s.substring(3);
            add(out, type, rest);
            if (!rest.isEmpty() && vowel(rest.charAt(0))) add(out, type, s.substring(2)); // "terasa" = te-rasa
        } else if (s.length() > 5 && !vowel(s.charAt(2)) && s.startsWith("er", 3)) {
            add(out, type, s.substring(2)); // "bekerja", "tepercaya"
        } else if (type.equals("ber") && s.startsWith("belajar")) {
            add(out, type, s.substring(3)); // the one word with bel-
        }
    }

    /** peN-, per- and pe-: the nasal forms as for meN-, then per-, then plain pe- before l, r, w, y or a consonant. */
    private static void peReadings(String s, List<String[]> out) {
        if (s.startsWith("per")) {
            liquidReadings(s, "per", out);
            return;
        }
        nasalReadings(s, "pe", out);
        if (s.length() > 3 && !vowel(s.charAt(2)) && "mn".indexOf(s.charAt(2)) < 0) {
            add(out, "pe", s.substring(2)); // "pelatih", "petani", "pedagang", "pewaris"
        }
    }

    /** meN- / peN- with the nasal's allomorphs, and me- / pe- before l, r, w, y. */
    private static void nasalReadings(String s, String p, List<String[]> out) {
        String type = p; // "me" or "pe": one type per prefix, whatever its allomorph
        String r = s.substring(2);
        if (r.isEmpty()) return;
        if (r.startsWith("ng")) {
            String rest = r.substring(2);
            if (!rest.isEmpty() && vowel(rest.charAt(0))) {
                add(out, type, rest);             // "mengambil"
                add(out, type, "k" + rest);       // "mengirim"
            } else if (!rest.isEmpty()) {
                add(out, type, rest);             // "menggunakan", "mengkritik"
            }
        } else if (r.startsWith("ny")) {
            String rest = r.substring(2);
            if (!rest.isEmpty() && vowel(rest.charAt(0))) {
                add(out, type, "s" + rest);       // "menyatakan"
                add(out, type, r);                // "menyanyi"
            }
        } else if (r.startsWith("m")) {
            String rest = r.substring(1);
            if (!rest.isEmpty() && vowel(rest.charAt(0))) {
                add(out, type, "p" + rest);       // "memukul"
                add(out, type, r);                // "memakan", "meminum"
            } else if (!rest.isEmpty()) {
                add(out, type, rest);             // "membuat", "mempunyai", "memproduksi", "memperkuat"
            }
        } else if (r.startsWith("n")) {
            String rest = r.substring(1);
            if (!rest.isEmpty() && vowel(rest.charAt(0))) {
                add(out, type, "t" + rest);       // "menulis"
                add(out, type, r);                // "menikah"
            } else if (!rest.isEmpty()) {
                add(out, type, rest);             // "mendesain", "mencari", "menjual", "mentransfer"
            }
        } else if ("lrwy".indexOf(r.charAt(0)) >= 0) {
            add(out, type, r);                    // "melihat", "merasa", "mewakili", "meyakini"
        }
        if (r.startsWith("nge") && monosyllable(r.substring(3))) add(out, type, r.substring(3)); // "mengebom"
    }

    private static boolean vowel(char c) {
        return "aiueo".indexOf(c) >= 0;
    }

    /** One vowel group: the roots that take menge- / penge- ("bom", "cat", "tik"). */
    private static boolean monosyllable(String w) {
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < w.length(); i++) {
            boolean v = vowel(w.charAt(i));
            if (v && !inVowel) groups++;
            inVowel = v;
        }
        return groups == 1;
    }

    // ---- loading ---------------------------------------------------------------------------------

    static String key(String form, String upos) {
        return form + '\t' + upos;
    }

    /** The lemma with the highest count; ties go to the alphabetically first, so loading is deterministic. */
    static String mostFrequent(Map<String, Integer> counts) {
        String best = null;
        int bestCount = -1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int c = e.getValue();
            if (c > bestCount || (c == bestCount && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestCount = c;
            }
        }
        return best;
    }

    /** Data lines: "#" starts a comment, except "#\t…", the row of the word "#". */
    private static List<String> lines(InputStream in) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || (line.startsWith("#") && !line.startsWith("#\t"))) continue;
                out.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lemmatizer data", e);
        }
        return out;
    }

    /** Lazy holder: the pack's data is read on first use, once. */
    private static final class Shared {
        static final Lemmatizer INSTANCE = fromClassPath();

        private static Lemmatizer fromClassPath() {
            try (InputStream lemmas = Lemmatizer.class.getResourceAsStream(LEMMAS_RESOURCE);
                 InputStream roots = Lemmatizer.class.getResourceAsStream(ROOTS_RESOURCE)) {
                if (lemmas == null || roots == null) {
                    throw new IllegalStateException("missing " + LEMMAS_RESOURCE + " or " + ROOTS_RESOURCE);
                }
                return load(lemmas, roots);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read lemmatizer data", e);
            }
        }
    }
}
