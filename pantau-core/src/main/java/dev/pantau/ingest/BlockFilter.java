package dev.pantau.ingest;

import dev.pantau.ingest.TextBlocks.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Paragraph-level classification of the blocks of the chosen container, after jusText: a block
 * that is mostly link text is boilerplate; a long block of prose is content; a short block is
 * content only when it sits between content (context decides, as jusText's "near-good"), except
 * headings and list items, which keep their place when text follows them (a list item also when
 * text precedes it: the end of a list closing the article). The headline ({@code <h1>}, or a
 * heading that repeats the title) is dropped, and so is a short time-stamp line ("Updated: 5 March
 * 2024 10:00") that is no sentence.
 */
final class BlockFilter {
    private static final int SHORT = 50;

    private BlockFilter() {
    }

    static List<Block> filter(List<Block> in, String title) {
        int n = in.size();
        Kind[] kinds = new Kind[n];
        for (int i = 0; i < n; i++) kinds[i] = classify(in.get(i), title);
        // short blocks take the class of their surroundings: good when content is on both sides
        for (int i = 0; i < n; i++) {
            if (kinds[i] != Kind.SHORT) continue;
            Kind before = nearest(kinds, i, -1), after = nearest(kinds, i, 1);
            kinds[i] = before == Kind.GOOD && after == Kind.GOOD ? Kind.GOOD
                    : (in.get(i).heading() || in.get(i).tag().equals("li")) && after == Kind.GOOD ? Kind.GOOD
                    : in.get(i).tag().equals("li") && before == Kind.GOOD && in.get(i).linkDensity() < 0.3 ? Kind.GOOD : Kind.BAD;
        }
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < n; i++) if (kinds[i] == Kind.GOOD) out.add(in.get(i));
        return out;
    }

    static String join(List<Block> blocks) {
        StringBuilder b = new StringBuilder();
        for (Block k : blocks) {
            if (b.length() > 0) b.append("\n\n");
            b.append(k.text());
        }
        return b.toString();
    }

    private enum Kind { GOOD, SHORT, BAD }

    private static Kind classify(Block b, String title) {
        String t = b.text();
        if (b.tag().equals("h1") || title != null && b.heading() && isTitle(t, title)) return Kind.BAD;
        if (inQuote(b)) return b.linkDensity() > 0.9 ? Kind.BAD : Kind.GOOD;
        if (b.linkDensity() > 0.5) return Kind.BAD;
        // a time stamp line ("Published 10:48, Tue, Nov 19, 2019 | Updated …") is page furniture
        if (t.length() < 100 && !endsSentence(t) && PageDates.inText(t) != null && t.split("\\s+").length <= 12) return Kind.BAD;
        if (t.length() < SHORT) return Kind.SHORT;
        if (b.linkDensity() > 0.3 && t.length() < 200) return Kind.SHORT;
        return Kind.GOOD;
    }

    private static Kind nearest(Kind[] kinds, int i, int step) {
        for (int j = i + step; j >= 0 && j < kinds.length; j += step) {
            if (kinds[j] != Kind.SHORT) return kinds[j];
        }
        return Kind.BAD;
    }

    /** The heading repeats the title, alone or within "Title | Outlet" (or the title is in a longer headline). */
    private static boolean isTitle(String heading, String title) {
        String h = norm(heading), t = norm(title);
        if (h.isEmpty() || t.isEmpty()) return false;
        return h.equals(t) || h.length() >= 15 && t.contains(h) || t.length() >= 15 && h.contains(t);
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Quoted text (an embedded post, a pull quote) inside the body is content even when it links a lot. */
    private static boolean inQuote(Block b) {
        for (org.jsoup.nodes.Element e = b.owner(); e != null; e = e.parent()) {
            if (e.normalName().equals("blockquote")) return true;
            if (e.normalName().equals("body")) return false;
        }
        return false;
    }

    private static boolean endsSentence(String t) {
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D';
    }
}
