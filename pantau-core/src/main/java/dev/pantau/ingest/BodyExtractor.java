package dev.pantau.ingest;

import dev.pantau.ingest.TextBlocks.Block;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds an article's body in a cleaned page: paragraph-like blocks vote for the elements around
 * them (Readability's content score: commas and length, shared with the parent and, halved, the
 * grandparent, discounted by link density); the best container, or the marked-up article body
 * ({@code itemprop=articleBody}, {@code <article>}) when it holds as much text, is kept together
 * with sibling containers that score alike; then each of its blocks is classified (link lists,
 * short lines between boilerplate, the repeated title are dropped; headings and list items inside
 * the text stay). When nothing scores, the page's low-link blocks are the body.
 */
final class BodyExtractor {
    private static final int MIN_PARAGRAPH = 25;

    private final List<Block> blocks;
    private final Map<Element, double[]> stats = new IdentityHashMap<>();   // text chars, link chars
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final List<Element> candidates = new ArrayList<>();   // in the order first scored, for ties

    private BodyExtractor(List<Block> blocks) {
        this.blocks = blocks;
    }

    /** The body text of a cleaned page, blocks separated by blank lines; "" when the page has none. */
    static String extract(Document d, String title) {
        Element body = d.body();
        if (body == null) return "";
        BodyExtractor x = new BodyExtractor(TextBlocks.of(body));
        List<Block> kept = x.select(body);
        List<Block> good = BlockFilter.filter(kept, title);
        // a page of a few short lines has no prose to anchor on: its low-link lines are the text
        if (good.isEmpty()) good = x.fallback();
        return BlockFilter.join(good);
    }

    private List<Block> select(Element body) {
        if (blocks.isEmpty()) return blocks;
        for (Block b : blocks) {
            for (Element e = b.owner(); e != null; e = e.parent()) {
                double[] s = stats.computeIfAbsent(e, k -> new double[2]);
                s[0] += b.text().length();
                s[1] += b.linkChars();
            }
        }
        scoreParagraphs();
        Element top = best(body);
        if (top == null) return fallback();
        Element marked = markedBody(body);
        if (marked != null) {
            // nested: the marked body wins with most of the text; apart: only with more of it
            double ratio = goodChars(marked) / Math.max(1, goodChars(top));
            if (ratio >= 1 || ratio >= 0.6 && (isInside(top, marked) || isInside(marked, top))) top = marked;
        }
        List<Element> parts = withSiblings(top);
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            for (Element p : parts) {
                if (b.owner() == p || isInside(b.owner(), p)) {
                    out.add(b);
                    break;
                }
            }
        }
        return out.isEmpty() ? fallback() : out;
    }

    private void scoreParagraphs() {
        for (Block b : blocks) {
            if (b.text().length() < MIN_PARAGRAPH || b.heading()) continue;
            double score = 1 + commas(b.text()) + Math.min(b.text().length() / 100, 3);
            Element e = b.owner();
            if (!e.normalName().equals("p") && !e.normalName().equals("pre") && !e.normalName().equals("td")) {
                // text straight inside a div counts as a paragraph of that div
                if (!scores.containsKey(e)) candidates.add(e);
                scores.merge(e, initial(e) + score, Double::sum);
            }
            Element parent = e.parent();
            for (int level = 0; parent != null && level < 5; level++, parent = parent.parent()) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                if (!scores.containsKey(parent)) {
                    scores.put(parent, initial(parent));
                    candidates.add(parent);
                }
                scores.merge(parent, score / divider, Double::sum);
            }
        }
    }

    private Element best(Element body) {
        Element top = null;
        double topScore = 0;
        for (Element e : candidates) {
            double s = scores.get(e) * (1 - linkDensity(e));
            scores.put(e, s);
            if (s > topScore || s == topScore && top != null && chars(e) > chars(top)) {
                topScore = s;
                top = e;
            }
        }
        if (top == null) return null;
        // climb while the parent is a better container (Readability: a parent scoring more than its child)
        double last = topScore;
        for (Element p = top.parent(); p != null && p != body.parent(); p = p.parent()) {
            Double ps = scores.get(p);
            if (ps == null) continue;
            if (ps < topScore / 3) break;
            if (ps > last) {
                top = p;
                break;
            }
            last = ps;
        }
        while (top.parent() != null && top != body && top.parent().childrenSize() == 1) top = top.parent();
        return top;
    }

    /** Siblings of the best container that score like it, or are paragraphs of real text. */
    private List<Element> withSiblings(Element top) {
        List<Element> out = new ArrayList<>();
        Element parent = top.parent();
        if (parent == null) return List.of(top);
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        for (Element s : parent.children()) {
            if (s == top) {
                out.add(s);
                continue;
            }
            double bonus = !top.className().isEmpty() && s.className().equals(top.className()) ? topScore * 0.2 : 0;
            double score = scores.getOrDefault(s, 0.0);
            if (score + bonus >= threshold) {
                out.add(s);
            } else if (s.normalName().equals("p")) {
                double len = chars(s), ld = linkDensity(s);
                String t = s.text();
                if (len > 80 && ld < 0.25 || len > 0 && len <= 80 && ld == 0 && t.matches("(?s).*\\.( |$).*")) out.add(s);
            }
        }
        return out;
    }

    /** The element the page marks as the article body: itemprop=articleBody, else its one {@code <article>}. */
    private Element markedBody(Element body) {
        Element best = null;
        for (Element e : body.select("[itemprop=articleBody], [itemprop=articlebody]")) {
            if (best == null || chars(e) > chars(best)) best = e;
        }
        if (best != null) return best;
        for (Element e : body.getAllElements()) {
            if (BoilerplateCleaner.isBodyName(e) && (best == null || chars(e) > chars(best))) best = e;
        }
        if (best != null) return best;
        List<Element> articles = body.select("article");
        if (articles.size() == 1) return articles.get(0);
        return null;
    }

    private List<Block> fallback() {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) if (b.linkDensity() < 0.5) out.add(b);
        return out;
    }

    private static double initial(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (BoilerplateCleaner.isFurnitureName(e)) s -= 25;
        return s;
    }

    private double chars(Element e) {
        double[] s = stats.get(e);
        return s == null ? 0 : s[0];
    }

    private double goodChars(Element e) {
        return chars(e) * (1 - linkDensity(e));
    }

    private double linkDensity(Element e) {
        double[] s = stats.get(e);
        return s == null || s[0] == 0 ? 0 : s[1] / s[0];
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p == ancestor) return true;
        return false;
    }

    private static int commas(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u060C' || c == '\u3001') n++;
        }
        return n;
    }
}
