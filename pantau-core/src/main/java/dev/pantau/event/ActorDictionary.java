package dev.pantau.event;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Actors in PETRARCH's (TABARI 0.8) actor-dictionary format, as {@code PETR.Validate.actors.txt}
 * and the Phoenix {@code *.actors.txt} files write them:
 * <pre>
 * AUSTRALIA [AUS]
 * +AUSTRALIAN                      synonym of the entry above
 * GOLLUM  # comment
 * +SMEAGOL
 *     [HOB &lt; 950601]              code before a date
 *     [HOBGOV 19950601 - 19990815] code between two dates
 *     [HOBREB &gt; 990816]           code after a date
 * </pre>
 * A name's words are separated by underscores or spaces and match whole words, as in PETRARCH-2
 * (TABARI's stems, "ARGENTIN" for Argentina and Argentine, are not matched: "THE_KU" must not
 * name "the Kuwait government"). {@code [---]}
 * marks a name that is no actor. Dates are YYYYMMDD or YYMMDD (years up to 30 are 20xx).
 */
public final class ActorDictionary {
    private static final Pattern CODE = Pattern.compile("\\[([^]]*)]");
    private static final Pattern DATED = Pattern.compile(
            "^(\\S+)\\s*(?:([<>])\\s*(\\d{6,8})|(\\d{6,8})\\s*-\\s*(\\d{6,8}))?$");

    /** One code of an actor, valid from {@code from} (inclusive) to {@code to} (exclusive); null bounds are open. */
    public record DatedCode(String code, LocalDate from, LocalDate to) {
        boolean restricted() {
            return from != null || to != null;
        }

        boolean covers(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
        }
    }

    /** One name of an actor: its words (upper-case) and the actor. */
    public record Name(List<String> words, Actor actor) {
    }

    /** An actor: its first name and its codes. */
    public static final class Actor {
        final String name;
        final List<DatedCode> codes = new ArrayList<>();

        Actor(String name) {
            this.name = name;
        }

        /** The code valid on {@code date} (a restricted code wins over an open one), or null. */
        public String code(LocalDate date) {
            String open = null;
            for (DatedCode c : codes) {
                if (!c.restricted()) {
                    if (open == null) open = c.code();
                } else if (date != null && c.covers(date)) {
                    return c.code();
                }
            }
            return open;
        }

        public String name() {
            return name;
        }
    }

    /** A match in a sentence: words [from, to) name the actor. */
    public record Match(int from, int to, Actor actor) {
    }

    private final Map<String, List<Name>> byFirstWord = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private int names;
    private int actors;

    private ActorDictionary() {
    }

    public static ActorDictionary read(List<Path> files) throws IOException {
        ActorDictionary d = new ActorDictionary();
        for (Path f : files) d.read(DictionaryFiles.lines(f), f.toString());
        return d;
    }

    public static ActorDictionary parse(List<String> lines, String source) {
        ActorDictionary d = new ActorDictionary();
        d.read(lines, source);
        return d;
    }

    private void read(List<String> lines, String source) {
        Actor current = null;
        boolean inComment = false;
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw;
            if (inComment) {
                int end = line.indexOf("-->");
                if (end < 0) continue;
                line = line.substring(end + 3);
                inComment = false;
            }
            int open = line.indexOf("<!--");
            if (open >= 0) {
                int end = line.indexOf("-->", open);
                if (end < 0) {
                    inComment = true;
                    line = line.substring(0, open);
                } else {
                    line = line.substring(0, open) + line.substring(end + 3);
                }
            }
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            if (line.isBlank()) continue;
            boolean indented = Character.isWhitespace(line.charAt(0));
            String s = line.strip();
            List<String> codes = new ArrayList<>();
            Matcher cm = CODE.matcher(s);
            while (cm.find()) codes.add(cm.group(1).strip());
            String name = CODE.matcher(s).replaceAll("").strip();
            if (indented && name.isEmpty()) {
                if (current == null) {
                    problems.add(source + ":" + n + ": a code line before any actor: " + s);
                    continue;
                }
            } else if (s.startsWith("+")) {
                if (current == null) {
                    problems.add(source + ":" + n + ": a synonym before any actor: " + s);
                    continue;
                }
                addName(name.substring(1), current);
            } else {
                if (name.isEmpty()) {
                    problems.add(source + ":" + n + ": no actor name: " + s);
                    continue;
                }
                current = new Actor(name);
                actors++;
                addName(name, current);
            }
            for (String c : codes) {
                DatedCode dc = datedCode(c);
                if (dc == null) problems.add(source + ":" + n + ": unreadable code [" + c + "]");
                else if (!dc.code().isEmpty()) current.codes.add(dc);
            }
        }
    }

    private void addName(String text, Actor actor) {
        List<String> words = new ArrayList<>();
        for (String w : text.strip().toUpperCase(Locale.ROOT).split("[\\s_]+")) if (!w.isEmpty()) words.add(w);
        if (words.isEmpty()) return;
        byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Name(List.copyOf(words), actor));
        names++;
    }

    private static DatedCode datedCode(String raw) {
        String s = raw.replaceAll("\\s+", " ").strip();
        if (s.equals("---") || s.equals("+++") || s.isEmpty()) return new DatedCode("", null, null);
        Matcher m = DATED.matcher(s);
        if (!m.matches()) return null;
        String code = m.group(1).toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9/&\"]+") || code.matches("-+|\\++")) return new DatedCode("", null, null);
        if (m.group(2) != null) {
            LocalDate d = date(m.group(3));
            if (d == null) return null;
            return m.group(2).equals("<") ? new DatedCode(code, null, d) : new DatedCode(code, d, null);
        }
        if (m.group(4) != null) {
            LocalDate a = date(m.group(4)), b = date(m.group(5));
            if (a == null || b == null) return null;
            return new DatedCode(code, a, b.plusDays(1));
        }
        return new DatedCode(code, null, null);
    }

    /** YYYYMMDD or YYMMDD (years 00–30 are 2000–2030). */
    static LocalDate date(String s) {
        try {
            if (s.length() == 8) {
                return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6)));
            }
            if (s.length() == 6) {
                int yy = Integer.parseInt(s.substring(0, 2));
                return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4)));
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /**
     * Every longest actor name in a sentence of words (upper-cased by the caller): scanning left
     * to right, the longest name starting at a word wins and the scan resumes after it.
     */
    public List<Match> find(List<String> upperWords) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < upperWords.size(); ) {
            Name best = longer(null, byFirstWord.get(upperWords.get(i)), upperWords, i);
            if (best == null) {
                i++;
                continue;
            }
            out.add(new Match(i, i + best.words().size(), best.actor()));
            i += best.words().size();
        }
        return out;
    }

    private static Name longer(Name best, List<Name> candidates, List<String> words, int at) {
        if (candidates == null) return best;
        for (Name n : candidates) {
            if (best != null && n.words().size() <= best.words().size()) continue;
            if (matches(n, words, at)) best = n;
        }
        return best;
    }

    private static boolean matches(Name n, List<String> words, int at) {
        if (at + n.words().size() > words.size()) return false;
        for (int k = 0; k < n.words().size(); k++) if (!words.get(at + k).equals(n.words().get(k))) return false;
        return true;
    }

    public int actorCount() {
        return actors;
    }

    public int nameCount() {
        return names;
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }
}
