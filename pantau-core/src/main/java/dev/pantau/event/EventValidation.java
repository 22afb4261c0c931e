package dev.pantau.event;

import dev.pantau.link.Agents;
import dev.pantau.syntax.UdSentence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs a PETRARCH validation-records file through the {@link DependencyCoder} with the parses in
 * its records and the dictionaries its {@code <Environment>} names, and counts as
 * UniversalPetrarch's validation does: an expected coding the coder produced is correct, one it
 * missed is uncoded, a coding it produced that the record does not expect is extra. Records that
 * expect an input error (they test the old Treebank reader) or carry no CoNLL-U parse are skipped
 * and counted.
 */
public final class EventValidation {

    /** The figures of a run, and each record's outcome. */
    public record Result(int records, int skipped, int correct, int uncoded, int extra, List<String> details) {
        public double tpPct() {
            return pct(correct, correct + uncoded);
        }

        public double fnPct() {
            return pct(uncoded, correct + uncoded);
        }

        public double fpPct() {
            return pct(extra, correct + extra);
        }

        private static double pct(int a, int b) {
            return b == 0 ? 0 : Math.round(10000.0 * a / b) / 100.0;
        }
    }

    private EventValidation() {
    }

    /**
     * Runs the records file; dictionaries are looked up in {@code dictionaryDirs} in order (then
     * beside the records file).
     */
    public static Result run(Path recordsFile, List<Path> dictionaryDirs) throws IOException {
        return run(recordsFile, dictionaryDirs, null);
    }

    /**
     * As {@link #run(Path, List)}, with the expected codings taken from {@code expectedFile}
     * instead (records matched by id, "-" and "_" alike): UniversalPetrarch's re-parsed unit
     * tests expect the codes of its own converted verb file, PETRARCH-2's records those of the
     * {@code PETR.Validate.verbs.txt} that is published with them.
     */
    public static Result run(Path recordsFile, List<Path> dictionaryDirs, Path expectedFile) throws IOException {
        return prepare(recordsFile, dictionaryDirs, expectedFile).run();
    }

    /** The records and dictionaries, read once: {@link Prepared#run} codes and counts (what a benchmark times). */
    public static Prepared prepare(Path recordsFile, List<Path> dictionaryDirs, Path expectedFile) throws IOException {
        ValidationRecords vr = ValidationRecords.read(recordsFile);
        if (expectedFile != null) vr = vr.expecting(ValidationRecords.read(expectedFile));
        List<Path> dirs = new ArrayList<>(dictionaryDirs);
        if (recordsFile.toAbsolutePath().getParent() != null) dirs.add(recordsFile.toAbsolutePath().getParent());
        VerbPatterns verbs = VerbPatterns.read(find(dirs, one(vr, "Verbfile")));
        List<Path> actorFiles = new ArrayList<>();
        for (String f : vr.environment().getOrDefault("Actorfile", List.of())) actorFiles.add(find(dirs, f));
        ActorDictionary actors = ActorDictionary.read(actorFiles);
        Agents agents = vr.environment().containsKey("Agentfile") ? Agents.read(find(dirs, one(vr, "Agentfile"))) : null;
        Discards discards = vr.environment().containsKey("Discardfile") ? Discards.read(find(dirs, one(vr, "Discardfile"))) : Discards.NONE;
        return new Prepared(vr, new DependencyCoder(verbs, English.INSTANCE), actors, agents, discards);
    }

    /** A records file with its dictionaries, ready to code. */
    public record Prepared(ValidationRecords records, DependencyCoder coder, ActorDictionary actors, Agents agents, Discards discards) {
        public Result run() {
            return EventValidation.run(records, coder, actors, agents, discards);
        }
    }

    static Result run(ValidationRecords vr, DependencyCoder coder, ActorDictionary actors, Agents agents, Discards discards) {
        int records = 0, skipped = 0, correct = 0, uncoded = 0, extra = 0;
        List<String> details = new ArrayList<>();
        for (ValidationRecords.Record r : vr.records()) {
            if (r.error() != null || r.parse() == null) {
                skipped++;
                continue;
            }
            records++;
            UdSentence s = r.parse();
            List<String> upper = new ArrayList<>(), lowerForms = new ArrayList<>(), lowerLemmas = new ArrayList<>();
            for (var w : s.words()) {
                upper.add(w.form().toUpperCase(Locale.ROOT));
                lowerForms.add(w.form().toLowerCase(Locale.ROOT));
                String lemma = w.lemma() == null || w.lemma().equals("_") ? w.form() : w.lemma();
                lowerLemmas.add(lemma.toLowerCase(Locale.ROOT));
            }
            Set<String> produced = new LinkedHashSet<>();
            if (!discards.matches(upper)) {
                LocalDate date = ActorDictionary.date(r.date());
                List<DependencyCoder.ActorSpan> actorSpans = new ArrayList<>();
                for (ActorDictionary.Match m : actors.find(upper)) {
                    String code = m.actor().code(date);
                    if (code != null) actorSpans.add(new DependencyCoder.ActorSpan(m.from(), m.to(), code, null));
                }
                List<DependencyCoder.AgentSpan> agentSpans = agents == null ? List.of() : DependencyCoder.agentSpans(agents, lowerForms, lowerLemmas);
                for (DependencyCoder.Coded c : coder.code(s, actorSpans, agentSpans)) produced.addAll(codings(c));
            }
            Set<String> expected = new LinkedHashSet<>();
            for (ValidationRecords.Coding c : r.expected()) expected.add(c.code() + " " + c.source() + " " + (c.target().isEmpty() ? "---" : c.target()));
            int ok = 0;
            for (String e : expected) if (produced.contains(e)) ok++;
            int missed = expected.size() - ok, added = 0;
            for (String p : produced) if (!expected.contains(p)) added++;
            correct += ok;
            uncoded += missed;
            extra += added;
            if (missed > 0 || added > 0) {
                details.add(r.id() + "\texpected " + expected + "\tproduced " + produced + "\t" + r.text());
            }
        }
        return new Result(records, skipped, correct, uncoded, extra, details);
    }

    /**
     * An event as "code source target" lines: a dictionary name of several actors
     * ("THE_SHIRE [FRO/BIL/SAM]") codes each of them, as PETRARCH-2 does.
     */
    static List<String> codings(DependencyCoder.Coded c) {
        List<String> out = new ArrayList<>();
        for (String src : c.source().code().split("/")) {
            for (String tgt : (c.target() == null ? "---" : c.target().code()).split("/")) out.add(c.code() + " " + src + " " + tgt);
        }
        return out;
    }

    private static String one(ValidationRecords vr, String key) {
        List<String> v = vr.environment().get(key);
        if (v == null || v.isEmpty()) throw new IllegalArgumentException("the records' <Environment> names no " + key);
        return v.get(0);
    }

    private static Path find(List<Path> dirs, String name) {
        for (Path d : dirs) {
            Path p = d.resolve(name);
            if (Files.isRegularFile(p)) return p;
        }
        throw new IllegalArgumentException("dictionary " + name + " not found in " + dirs);
    }

    /** English for the validation records: lemma lookup, UD English prepositions. */
    enum English implements DependencyCoder.Language {
        INSTANCE;

        private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
        private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "should");
        private static final Set<String> TARGET = Set.of("with", "to", "against", "toward", "towards", "on", "into", "at", "upon", "over");
        private static final Set<String> AGENT = Set.of("by", "from");
        private static final Set<String> PLACES = Set.of("in", "at", "for", "from");
        private static final Set<String> INFINITIVE = Set.of("to");
        private static final Set<String> RECIPROCAL = Set.of("03", "04", "05", "06");
        private static final Set<String> PRONOUNS = Set.of("it", "he", "she", "they", "we", "who", "which", "that", "i", "you");

        @Override
        public List<DependencyCoder.Key> keys(UdSentence s, int word) {
            var w = s.words().get(word);
            Set<String> keys = new LinkedHashSet<>();
            keys.add((w.lemma() == null || w.lemma().equals("_") ? w.form() : w.lemma()).toUpperCase(Locale.ROOT));
            String form = w.form().toUpperCase(Locale.ROOT);
            keys.add(form);
            // regular inflections, as PETRARCH generates them from the base form (a parser's lemma may be wrong)
            if (form.endsWith("IED")) keys.add(form.substring(0, form.length() - 3) + "Y");
            if (form.endsWith("ED")) {
                keys.add(form.substring(0, form.length() - 2));
                keys.add(form.substring(0, form.length() - 1));
            }
            if (form.endsWith("ING")) {
                keys.add(form.substring(0, form.length() - 3));
                keys.add(form.substring(0, form.length() - 3) + "E");
            }
            if (form.endsWith("IES")) keys.add(form.substring(0, form.length() - 3) + "Y");
            if (form.endsWith("ES")) keys.add(form.substring(0, form.length() - 2));
            if (form.endsWith("S")) keys.add(form.substring(0, form.length() - 1));
            List<DependencyCoder.Key> out = new ArrayList<>();
            for (String k : keys) if (k.length() >= 2) out.add(new DependencyCoder.Key(k, false));
            return out;
        }

        @Override
        public Set<String> negations() {
            return NEGATIONS;
        }

        @Override
        public Set<String> modals() {
            return MODALS;
        }

        @Override
        public Set<String> targetPrepositions() {
            return TARGET;
        }

        @Override
        public Set<String> agentPrepositions() {
            return AGENT;
        }

        @Override
        public Set<String> pronouns() {
            return PRONOUNS;
        }

        @Override
        public Set<String> placePrepositions() {
            return PLACES;
        }

        @Override
        public boolean combinesChains() {
            return true;
        }

        @Override
        public boolean subordinateEvents() {
            return false;
        }

        @Override
        public Set<String> reciprocalRoots() {
            return RECIPROCAL;
        }

        @Override
        public boolean adjacentPatternWords() {
            return true;
        }

        @Override
        public Set<String> infinitiveMarks() {
            return INFINITIVE;
        }
    }

    /** Counts of a result, for one JSON line. */
    public static Map<String, Object> figures(Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("records", r.records());
        m.put("skipped", r.skipped());
        m.put("correct", r.correct());
        m.put("uncoded", r.uncoded());
        m.put("extra", r.extra());
        m.put("tp_pct", r.tpPct());
        m.put("fn_pct", r.fnPct());
        m.put("fp_pct", r.fpPct());
        return m;
    }
}
