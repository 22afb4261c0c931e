package dev.pantau.event;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A verb dictionary in PETRARCH's format ({@code CAMEO.2.0.txt}, {@code PETR.Validate.verbs.txt},
 * and Pantau's own {@code lang/<code>/cameo.verbs.txt}), read as it is:
 * <ul>
 *   <li>synonym sets: {@code &NAME} followed by {@code +MEMBER} lines (members may be phrases with
 *       underscores or spaces, or other sets);</li>
 *   <li>verb blocks: {@code ---  NAME   [code]  ---}, then the block's verbs, one a line, with an
 *       optional own {@code [code]} and irregular forms in braces; a multi-word verb carries
 *       {@code +} before its verb word ({@code +ROUND_UP}, {@code KLM_NOP_+RST});</li>
 *   <li>patterns: {@code - <before> * <after> [code] # comment}: {@code *} is the verb, the words
 *       after it the object or following phrase, parentheses a prepositional phrase, {@code &SET}
 *       any member of a set, {@code {A B}} a multi-word noun, {@code $}/{@code +} the source and
 *       target slots, {@code %} a compound actor, {@code ^} a skipped phrase.</li>
 * </ul>
 * Codes: {@code [---]} codes nothing; {@code [A:B]} codes A from source to target and B back
 * ({@code [:B]} only back). A multi-word verb with its own code takes none of its block's patterns.
 * Words of verbs and patterns compare upper-case with a word's form or lemma, whole words as in
 * PETRARCH-2 (a trailing underscore, TABARI's mark of an exact word, changes nothing).
 */
public final class VerbPatterns {
    private static final Pattern BLOCK = Pattern.compile("^-{3}\\s+(\\S+)\\s*\\[([^]]*)]\\s*-{3}.*$");
    private static final Pattern CODE = Pattern.compile("\\[([^]]*)]");

    /** A code of a verb or pattern: forward code (source → target) and optional backward code. */
    public record Code(String forward, String backward) {
        static Code parse(String raw) {
            String s = raw.strip();
            if (s.isEmpty() || s.equals("---")) return null;
            int colon = s.indexOf(':');
            if (colon < 0) return new Code(s, null);
            String f = s.substring(0, colon).strip(), b = s.substring(colon + 1).strip();
            return new Code(f.isEmpty() || f.equals("---") ? null : f, b.isEmpty() || b.equals("---") ? null : b);
        }
    }

    /**
     * One element of a pattern: a word, a set, or a slot. {@code joinedBefore}/{@code joinedAfter}:
     * joined by an underscore to the word (or the verb, {@code *}) before or after it
     * ({@code RECENTLY_*}, {@code MOST_CERTAINLY_&NEGATVAUXVRB_EVER}), which PETRARCH reads as
     * "right next to it".
     */
    public record Element(Kind kind, String word, boolean joinedBefore, boolean joinedAfter) {
        public enum Kind { WORD, SET, SOURCE, TARGET, COMPOUND, SKIP }

        public Element(Kind kind, String word) {
            this(kind, word, false, false);
        }

        boolean literal() {
            return kind == Kind.WORD || kind == Kind.SET;
        }
    }

    /** A pattern of a verb block, with the number of literal words it demands (its specificity). */
    public record VerbPattern(List<Element> before, List<Element> after, Code code, int literals, int line) {
        /** How many literal words or sets stand before the verb. */
        public int literalsBefore() {
            int n = 0;
            for (Element e : before) if (e.kind() == Element.Kind.WORD || e.kind() == Element.Kind.SET) n++;
            return n;
        }

        /** Whether the pattern asks for a compound actor ({@code %}): "% * [030:030]", X and Y agree. */
        public boolean compound() {
            for (Element e : before) if (e.kind() == Element.Kind.COMPOUND) return true;
            for (Element e : after) if (e.kind() == Element.Kind.COMPOUND) return true;
            return false;
        }
    }

    /** A verb: its words (the verb word at {@code verbIndex}), its code and its block's patterns. */
    public record Verb(String block, List<String> words, int verbIndex, Code code, List<VerbPattern> patterns) {
        public String head() {
            return words.get(verbIndex);
        }
    }

    /**
     * A transformation of a verb over a clause ({@code ~ a (b . ATTACK) CLAIM = a b 112}): the
     * outer verb's subject, the clause's subject ({@code a} the same actor, {@code _} none, another
     * letter another actor) and target ({@code .} any), the clause's verb and the outer verb (verb
     * words of the dictionary, standing for their codes; {@code Q} any verb), and the event it
     * makes: source, target (letters of the left side) and code ({@code Q} the clause's own).
     */
    public record Transformation(String source, String innerSource, String innerTarget, String innerVerb, String verb,
                                 String resultSource, String resultTarget, String code) {
    }

    private static final Pattern TRANSFORMATION = Pattern.compile(
            "^~\\s*(\\S+)\\s*\\(\\s*(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*\\)\\s*(\\S+)\\s*=\\s*(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*$");

    private final List<Transformation> transformations = new ArrayList<>();
    private final Map<String, List<Verb>> byWord = new HashMap<>();
    private final Map<String, List<String>> sets = new LinkedHashMap<>();
    private final Map<String, List<String[]>> setWords = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private int verbs;
    private int patterns;

    private VerbPatterns() {
    }

    public static VerbPatterns read(Path file) throws IOException {
        return parse(DictionaryFiles.lines(file), file.toString());
    }

    public static VerbPatterns parse(List<String> lines, String source) {
        VerbPatterns d = new VerbPatterns();
        String set = null;
        String block = null;
        Code blockCode = null;
        List<String[]> blockVerbs = new ArrayList<>(); // raw verb lines of the current block
        List<VerbPattern> blockPatterns = new ArrayList<>();
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = stripComment(raw);
            if (line.isBlank()) {
                set = null;
                continue;
            }
            String s = line.strip();
            if (s.startsWith("<!--") || s.startsWith("####")) continue;
            if (s.startsWith("~")) {
                Matcher tm = TRANSFORMATION.matcher(s.toUpperCase(Locale.ROOT));
                if (tm.matches()) {
                    d.transformations.add(new Transformation(tm.group(1), tm.group(2), tm.group(3), tm.group(4), tm.group(5),
                            tm.group(6), tm.group(7), tm.group(8)));
                } else {
                    d.problems.add(source + ":" + n + ": unreadable transformation: " + s);
                }
                continue;
            }
            Matcher bm = BLOCK.matcher(s);
            if (bm.matches()) {
                d.closeBlock(block, blockCode, blockVerbs, blockPatterns);
                block = bm.group(1);
                blockCode = Code.parse(bm.group(2));
                blockVerbs = new ArrayList<>();
                blockPatterns = new ArrayList<>();
                set = null;
                continue;
            }
            if (s.startsWith("&")) {
                set = setName(s.substring(1));
                d.sets.computeIfAbsent(set, k -> new ArrayList<>());
                continue;
            }
            if (set != null && s.startsWith("+")) {
                d.sets.get(set).add(s.substring(1).strip().toUpperCase(Locale.ROOT));
                continue;
            }
            if (block == null) {
                d.problems.add(source + ":" + n + ": outside any verb block: " + s);
                continue;
            }
            if (s.startsWith("-")) {
                VerbPattern p = d.pattern(s.substring(1).strip(), n, source);
                if (p != null) blockPatterns.add(p);
                continue;
            }
            blockVerbs.add(new String[]{s, String.valueOf(n)});
        }
        d.closeBlock(block, blockCode, blockVerbs, blockPatterns);
        for (Map.Entry<String, List<String>> e : d.sets.entrySet()) {
            List<String[]> members = new ArrayList<>();
            for (String m : e.getValue()) {
                if (m.startsWith("&")) members.add(new String[]{"&" + setName(m.substring(1))});
                else members.add(java.util.Arrays.stream(m.strip().split("[\\s_]+")).filter(w -> !w.isEmpty()).toArray(String[]::new));
            }
            d.setWords.put(e.getKey(), List.copyOf(members));
        }
        return d;
    }

    private static String stripComment(String raw) {
        int hash = raw.indexOf('#');
        return hash < 0 ? raw : raw.substring(0, hash);
    }

    private void closeBlock(String block, Code blockCode, List<String[]> verbLines, List<VerbPattern> blockPatterns) {
        if (block == null) return;
        List<VerbPattern> ps = List.copyOf(blockPatterns);
        patterns += ps.size();
        for (String[] vl : verbLines) {
            String s = vl[0];
            Code code = blockCode;
            boolean own = false;
            Matcher cm = CODE.matcher(s);
            if (cm.find()) {
                code = Code.parse(cm.group(1));
                own = true;
                s = (s.substring(0, cm.start()) + s.substring(cm.end())).strip();
            }
            List<String> forms = new ArrayList<>();
            int brace = s.indexOf('{');
            if (brace >= 0) {
                int close = s.indexOf('}', brace);
                String inner = s.substring(brace + 1, close < 0 ? s.length() : close);
                for (String f : inner.strip().split("\\s+")) if (!f.isBlank()) forms.add(f);
                s = s.substring(0, brace).strip();
            }
            if (s.isEmpty()) continue;
            forms.add(0, s);
            // a multi-word verb with its own code is final: the block's patterns are for its single verbs
            for (String form : forms) addVerb(block, form, code, own && form.contains("_") ? List.of() : ps);
        }
    }

    private void addVerb(String block, String form, Code code, List<VerbPattern> ps) {
        String f = form.strip().toUpperCase(Locale.ROOT);
        boolean multi = f.contains("+");
        List<String> words = new ArrayList<>();
        int verbIndex = 0;
        for (String w : f.replace(' ', '_').split("_")) {
            if (w.isEmpty()) continue;
            if (w.startsWith("+")) {
                verbIndex = words.size();
                w = w.substring(1);
            }
            if (!w.isEmpty()) words.add(w);
        }
        if (words.isEmpty()) return;
        if (!multi) verbIndex = 0;
        Verb v = new Verb(block, List.copyOf(words), verbIndex, code, ps);
        byWord.computeIfAbsent(v.head(), k -> new ArrayList<>()).add(v);
        verbs++;
    }

    private VerbPattern pattern(String body, int line, String source) {
        Matcher cm = CODE.matcher(body);
        if (!cm.find()) {
            problems.add(source + ":" + line + ": pattern without [code]: " + body);
            return null;
        }
        Code code = Code.parse(cm.group(1));
        String words = body.substring(0, cm.start());
        int star = words.indexOf('*');
        if (star < 0) {
            problems.add(source + ":" + line + ": pattern without '*': " + body);
            return null;
        }
        List<Element> before = joined(elements(words.substring(0, star)), words.substring(0, star), false, words.substring(0, star).endsWith("_"));
        List<Element> after = joined(elements(words.substring(star + 1)), words.substring(star + 1), words.substring(star + 1).startsWith("_"), false);
        int literals = 0;
        for (Element e : before) if (e.kind() == Element.Kind.WORD || e.kind() == Element.Kind.SET) literals++;
        for (Element e : after) if (e.kind() == Element.Kind.WORD || e.kind() == Element.Kind.SET) literals++;
        return new VerbPattern(before, after, code, literals, line);
    }

    private static final Pattern TOKEN = Pattern.compile("[^\\s_(){}]+");

    /**
     * The elements with their joins: two literal tokens with only underscores between them are
     * joined, and so is the token next to the verb when {@code verbFirst}/{@code verbLast} says
     * the verb's star is glued to the text's start or end.
     */
    private static List<Element> joined(List<Element> elements, String text, boolean verbFirst, boolean verbLast) {
        List<String> gaps = new ArrayList<>(); // the text between consecutive tokens
        List<Boolean> literal = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int end = -1;
        while (m.find()) {
            if (end >= 0) gaps.add(text.substring(end, m.start()));
            String tok = m.group();
            literal.add(!(tok.equals("$") || tok.equals("+") || tok.equals("%") || tok.equals("^") || tok.startsWith("+") || tok.startsWith("$")));
            end = m.end();
        }
        if (literal.size() != elements.size()) return elements; // glued slots ("+WORD"): leave the joins out
        List<Element> out = new ArrayList<>();
        for (int k = 0; k < elements.size(); k++) {
            Element e = elements.get(k);
            if (!e.literal()) {
                out.add(e);
                continue;
            }
            boolean before = k == 0 ? verbFirst : literal.get(k - 1) && gaps.get(k - 1).matches("_+");
            boolean after = k == elements.size() - 1 ? verbLast : literal.get(k + 1) && gaps.get(k).matches("_+");
            out.add(new Element(e.kind(), e.word(), before, after));
        }
        return out;
    }

    private static List<Element> elements(String text) {
        List<Element> out = new ArrayList<>();
        String t = text.replace('(', ' ').replace(')', ' ').replace('{', ' ').replace('}', ' ');
        for (String tok : t.strip().split("[\\s_]+")) {
            if (tok.isEmpty()) continue;
            String u = tok.toUpperCase(Locale.ROOT);
            switch (u) {
                case "$" -> out.add(new Element(Element.Kind.SOURCE, null));
                case "+" -> out.add(new Element(Element.Kind.TARGET, null));
                case "%" -> out.add(new Element(Element.Kind.COMPOUND, null));
                case "^" -> out.add(new Element(Element.Kind.SKIP, null));
                default -> {
                    if (u.startsWith("&")) out.add(new Element(Element.Kind.SET, setName(u.substring(1))));
                    else {
                        // "+" or "$" glued to a word marks that word as target or source
                        if (u.startsWith("+")) {
                            out.add(new Element(Element.Kind.TARGET, null));
                            u = u.substring(1);
                        } else if (u.startsWith("$")) {
                            out.add(new Element(Element.Kind.SOURCE, null));
                            u = u.substring(1);
                        }
                        if (!u.isEmpty()) out.add(new Element(Element.Kind.WORD, u));
                    }
                }
            }
        }
        return out;
    }

    /** The transformations of verbs over clauses, in the order of the file. */
    public List<Transformation> transformations() {
        return transformations;
    }

    /** The code a single verb word stands for (its own, else its block's forward code), or null. */
    public String verbCode(String word) {
        for (Verb v : verbs(word)) if (v.words().size() == 1 && v.code() != null && v.code().forward() != null) return v.code().forward();
        return null;
    }

    /** The verbs whose verb word is {@code word} (upper-case). */
    public List<Verb> verbs(String word) {
        return byWord.getOrDefault(word, List.of());
    }

    /** A set's name as defined and as referred to: "&CURRENCY" and "&AUXVERB1_" alike, without the trailing underscore. */
    static String setName(String raw) {
        String n = raw.strip().toUpperCase(Locale.ROOT);
        while (n.endsWith("_")) n = n.substring(0, n.length() - 1);
        return n;
    }

    /** The members of a synonym set, each a phrase of upper-case words separated by spaces or underscores. */
    public List<String> set(String name) {
        return sets.getOrDefault(setName(name), List.of());
    }

    /** The members of a set as arrays of words; a member that is another set is one element "&NAME". */
    public List<String[]> setMembers(String name) {
        return setWords.getOrDefault(setName(name), List.of());
    }

    public Collection<String> verbWords() {
        return byWord.keySet();
    }

    public int verbCount() {
        return verbs;
    }

    public int patternCount() {
        return patterns;
    }

    public int setCount() {
        return sets.size();
    }

    /** Lines that could not be read, with file and line number. */
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
