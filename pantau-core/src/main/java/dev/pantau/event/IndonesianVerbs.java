package dev.pantau.event;

import dev.pantau.pipeline.LanguagePack;
import dev.pantau.syntax.Lemmatizer;
import dev.pantau.syntax.UdSentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Indonesian for the {@link DependencyCoder}: the pack's verb dictionary ({@code cameo.verbs.txt},
 * PETRARCH format, verbs in their active form), and how an Indonesian word finds its entry. The
 * active form is looked up as written ("menyerang"); a passive di- form ("diserang",
 * "ditandatangani") or ter- form ("tertangkap") finds the active verbs of the same root and
 * suffix through the lemmatizer, so the dictionary lists each verb once.
 */
final class IndonesianVerbs implements DependencyCoder.Language {
    private final VerbPatterns verbs;
    private final Map<String, List<String>> byRoot = new HashMap<>(); // "serang|" -> [MENYERANG]; "tanda tangan|i" -> [MENANDATANGANI]
    private final Map<String, List<String>> byLemma = new HashMap<>(); // "serang" -> [MENYERANG, ...], any suffix
    // the word lists of the methods below, made once (the coder asks for them for every verb)
    private static final Set<String> COMPLEMENT_MARKS = Set.of("agar", "supaya");
    private static final Set<String> REFLEXIVES = Set.of("diri", "dirinya");
    private static final Set<String> AGENT_PREPOSITIONS = Set.of("oleh");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("di");
    private static final Set<String> FIRST_PERSON = Set.of("saya", "aku", "kami", "kita", "gue", "gua");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("nya", "dia", "ia", "beliau");
    private static final Set<String> UNNAMED_SOURCE_ROOTS = Set.of("14");
    private static final Set<String> TARGETLESS_ROOTS = Set.of("01", "14", "15");

    private final Lemmatizer lemmatizer;
    private final Set<String> negations;
    private final Set<String> modals;
    private final Set<String> questionWords;
    private final Set<String> targetPrepositions;
    private final Set<String> pronouns;
    private final Set<String> thirdPerson;

    private IndonesianVerbs(LanguagePack pack) {
        verbs = VerbPatterns.parse(pack.lines("cameo.verbs.txt"), "lang/" + pack.code() + "/cameo.verbs.txt");
        lemmatizer = Lemmatizer.shared();
        for (String w : verbs.verbWords()) {
            String lower = w.toLowerCase(Locale.ROOT);
            String lemma = lemmatizer.lemma(lower, "VERB");
            if (lower.startsWith("me") || lower.startsWith("ber")) byLemma.computeIfAbsent(lemma, k -> new ArrayList<>()).add(w);
            if (!lower.startsWith("me")) continue; // only meN- verbs have a di- passive
            byRoot.computeIfAbsent(lemma + "|" + suffix(lower), k -> new ArrayList<>()).add(w);
        }
        Set<String> neg = new java.util.HashSet<>(), mod = new java.util.HashSet<>(), question = new java.util.HashSet<>();
        for (String[] r : pack.rows("modality.tsv")) {
            if (r.length < 2) continue;
            if (r[1].equals("negation")) neg.add(r[0]);
            else if (r[1].equals("question")) question.add(r[0]);
            else mod.add(r[0]);
        }
        negations = Set.copyOf(neg);
        modals = Set.copyOf(mod);
        questionWords = Set.copyOf(question);
        targetPrepositions = Set.of("dengan", "kepada", "terhadap", "ke", "pada", "atas", "bagi", "untuk", "melawan", "kpd");
        pronouns = Set.of("ia", "dia", "beliau", "mereka", "kami", "kita", "saya", "aku", "nya", "pihaknya", "keduanya");
        thirdPerson = Set.of("ia", "dia", "beliau");
    }

    static IndonesianVerbs forPack(LanguagePack pack) {
        return pack.compiled("cameo-verbs-id", IndonesianVerbs::new);
    }

    VerbPatterns verbs() {
        return verbs;
    }

    private static String suffix(String w) {
        return w.endsWith("kan") ? "kan" : w.endsWith("i") ? "i" : "";
    }

    @Override
    public List<DependencyCoder.Key> keys(UdSentence s, int word) {
        String lower = s.words().get(word).form().toLowerCase(Locale.ROOT);
        String upper = lower.toUpperCase(Locale.ROOT);
        List<DependencyCoder.Key> out = new ArrayList<>(2);
        out.add(new DependencyCoder.Key(upper, false));
        if ((lower.startsWith("di") || lower.startsWith("ter")) && lower.length() > 4) {
            String lemma = lemmatizer.lemma(lower, "VERB");
            for (String active : byRoot.getOrDefault(lemma + "|" + suffix(lower), List.of())) {
                out.add(new DependencyCoder.Key(active, true));
            }
        }
        return out;
    }

    /**
     * A noun of an act ("penolakan", "serangan", "kecaman", "penangkapan": pe-an, -an and per-an
     * forms, or the bare root used as a noun: "protes", "kritik", "demo") names the meN- and ber-
     * verbs of its root; the plain suffix-less verb first ("menolak" before "menolakkan").
     */
    @Override
    public List<DependencyCoder.Key> nominalKeys(UdSentence s, int word) {
        String lower = s.words().get(word).form().toLowerCase(Locale.ROOT);
        if (lower.length() < 4) return List.of();
        String lemma = lemmatizer.lemma(lower, "NOUN");
        // a peN- noun without -an names who or what does it ("penghalang", "penyerang"), not the act
        if (lower.startsWith("pe") && !lower.endsWith("an") && !lemma.equals(lower)) return List.of();
        List<String> verbsOfRoot = byLemma.getOrDefault(lemma, List.of());
        // a per-an noun names the act of a ber- or memper- verb ("pertemuan" bertemu, "perundingan"
        // berunding, "perjuangan" memperjuangkan), a peN-an noun that of a meN- verb ("penahanan"
        // menahan): "pertahanan" (defence) is no "menahan". (ke-an nouns of adjectives do name
        // meN-kan acts: "kelonggaran" melonggarkan.)
        if (lower.endsWith("an") && lower.startsWith("per") && !lemma.startsWith("per")) {
            List<String> kin = new ArrayList<>();
            for (String v : verbsOfRoot) {
                String lv = v.toLowerCase(Locale.ROOT);
                if (!lv.startsWith("me") || lv.startsWith("memper")) kin.add(v);
            }
            verbsOfRoot = kin;
        }
        List<DependencyCoder.Key> out = new ArrayList<>();
        for (String v : verbsOfRoot) if (suffix(v.toLowerCase(Locale.ROOT)).isEmpty()) out.add(new DependencyCoder.Key(v, false));
        for (String v : verbsOfRoot) if (!suffix(v.toLowerCase(Locale.ROOT)).isEmpty()) out.add(new DependencyCoder.Key(v, false));
        return out;
    }

    @Override
    public Set<String> negations() {
        return negations;
    }

    @Override
    public Set<String> modals() {
        return modals;
    }

    @Override
    public Set<String> complementMarks() {
        return COMPLEMENT_MARKS;
    }

    @Override
    public Set<String> reflexives() {
        return REFLEXIVES;
    }

    @Override
    public Set<String> questionWords() {
        return questionWords;
    }

    @Override
    public Set<String> targetPrepositions() {
        return targetPrepositions;
    }

    @Override
    public Set<String> agentPrepositions() {
        return AGENT_PREPOSITIONS;
    }

    @Override
    public Set<String> pronouns() {
        return pronouns;
    }

    /** Pronouns that refer to the last person named: "ia", "dia", "beliau". */
    Set<String> thirdPersonSingular() {
        return thirdPerson;
    }

    @Override
    public Set<String> placePrepositions() {
        return PLACE_PREPOSITIONS;
    }

    @Override
    public Set<String> firstPersonPronouns() {
        return FIRST_PERSON;
    }

    @Override
    public Set<String> objectPronouns() {
        return OBJECT_PRONOUNS;
    }

    @Override
    public boolean unnamedTargets() {
        return true;
    }

    @Override
    public Set<String> unnamedSourceRoots() {
        return UNNAMED_SOURCE_ROOTS;
    }

    @Override
    public Set<String> targetlessRoots() {
        return TARGETLESS_ROOTS;
    }
}
