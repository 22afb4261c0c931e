package dev.pantau.link;

import dev.pantau.pipeline.LanguagePack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CAMEO agents: role words ("presiden", "polisi", "menteri luar negeri") and the role code they
 * give an actor (GOV, COP, GOVFRM ...), read from files in PETRARCH's agents format, so the
 * PETRARCH2/Phoenix English file and Pantau's own ({@code lang/<code>/agents.txt}) load alike:
 * {@code PHRASE_WITH_UNDERSCORES [~CODE]}; {@code !NAME! = A, B} defines a substitution used as
 * {@code !NAME!} inside phrases; {@code WORD {PLURAL}} gives an irregular plural; {@code #} starts
 * a comment. Lines that are none of these are skipped and listed ({@link #skipped}).
 */
public final class Agents {
    // "[~ENV}" occurs in Phoenix.agents.txt: either bracket closes the code; "[ ~COP]" in PETR.Validate.agents.txt
    private static final Pattern ENTRY = Pattern.compile("^(.+?)\\s*\\[\\s*~([A-Z]{3,})\\s*[]}]\\s*(#.*)?$");
    private static final Pattern SUBSTITUTION = Pattern.compile("^!([A-Z]+)!\\s*=\\s*(.+)$");
    private static final Pattern MARK = Pattern.compile("!([A-Z]+)!");

    private final Map<String, String> codes = new HashMap<>(); // lower-case phrase (words joined by spaces) -> code
    private final List<String> skipped = new ArrayList<>();
    private int longest = 1;

    private Agents() {
    }

    /** The agents of a language pack ({@code agents.txt}); empty when the pack has none. */
    public static Agents forPack(LanguagePack pack) {
        return pack.compiled("agents", p -> parse(p.lines("agents.txt"), "lang/" + p.code() + "/agents.txt"));
    }

    public static Agents read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    static Agents parse(List<String> lines, String source) {
        Agents a = new Agents();
        Map<String, List<String>> substitutions = new HashMap<>();
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            Matcher sub = SUBSTITUTION.matcher(line);
            if (sub.matches()) {
                List<String> alternatives = new ArrayList<>();
                for (String alt : sub.group(2).split(",")) if (!alt.isBlank()) alternatives.add(alt.strip());
                substitutions.put(sub.group(1), alternatives);
                continue;
            }
            Matcher m = ENTRY.matcher(line);
            if (!m.matches()) {
                a.skipped.add(source + ":" + n + ": not an agent entry 'PHRASE [~CODE]': " + line);
                continue;
            }
            String code = m.group(2);
            String phrase = m.group(1).strip();
            List<String> forms = new ArrayList<>();
            int brace = phrase.indexOf('{');
            if (brace >= 0) {
                int close = phrase.indexOf('}', brace);
                if (close < 0) {
                    a.skipped.add(source + ":" + n + ": unclosed '{': " + line);
                    continue;
                }
                String plural = phrase.substring(brace + 1, close).strip();
                phrase = phrase.substring(0, brace).strip();
                if (!plural.isEmpty()) forms.add(plural);
            }
            forms.add(0, phrase);
            for (String form : forms) {
                for (String expanded : expand(form, substitutions, source, n)) a.add(expanded, code);
            }
        }
        return a;
    }

    private static List<String> expand(String phrase, Map<String, List<String>> substitutions, String source, int line) {
        Matcher m = MARK.matcher(phrase);
        if (!m.find()) return List.of(phrase);
        List<String> alternatives = substitutions.get(m.group(1));
        if (alternatives == null) {
            throw new IllegalArgumentException(source + ":" + line + ": no substitution !" + m.group(1) + "! defined before it");
        }
        List<String> out = new ArrayList<>();
        for (String alt : alternatives) {
            out.addAll(expand(phrase.substring(0, m.start()) + alt + phrase.substring(m.end()), substitutions, source, line));
        }
        return out;
    }

    private void add(String phrase, String code) {
        String key = phrase.replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (key.isEmpty()) return;
        codes.putIfAbsent(key, code);
        longest = Math.max(longest, key.split(" ").length);
    }

    /** The agent code of a phrase of words (any case), or null. */
    public String code(String phrase) {
        return codes.get(phrase.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }

    /** The longest agent phrase starting at {@code from}: its length in words and code, or null. */
    public Match longestAt(List<String> words, int from) {
        StringBuilder b = new StringBuilder();
        Match best = null;
        for (int k = from; k < words.size() && k - from < longest; k++) {
            if (k > from) b.append(' ');
            b.append(words.get(k).toLowerCase(Locale.ROOT));
            String code = codes.get(b.toString());
            if (code != null) best = new Match(k - from + 1, code);
        }
        return best;
    }

    public record Match(int words, String code) {
    }

    /** Lines that were no entry, each with its file and line number: third-party files have a few typos. */
    public List<String> skipped() {
        return List.copyOf(skipped);
    }

    public int size() {
        return codes.size();
    }
}
