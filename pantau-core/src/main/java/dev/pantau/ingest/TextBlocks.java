package dev.pantau.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a page body into text blocks, the units the extractor scores and keeps or drops: a block
 * is the text between two block-level boundaries ({@code <p>}, {@code <div>}, {@code <li>},
 * headings, {@code <br><br>} …), with the characters inside links counted apart, and the element
 * that owns it (its nearest block-level ancestor).
 */
final class TextBlocks {
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "aside", "header", "footer", "nav",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead",
            "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "address", "hr", "form", "fieldset",
            "center", "details", "summary", "body", "html", "dialog", "menu", "picture", "video", "audio");

    /** One block: its text (white space collapsed), how much of it is link text, and its owner element. */
    record Block(Element owner, String text, int linkChars) {
        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }

        String tag() {
            return owner.normalName();
        }

        boolean heading() {
            return tag().length() == 2 && tag().charAt(0) == 'h' && Character.isDigit(tag().charAt(1));
        }
    }

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;

    private TextBlocks() {
    }

    static List<Block> of(Element root) {
        TextBlocks b = new TextBlocks();
        b.walk(root, root);
        b.flush(root);
        return b.blocks;
    }

    private void walk(Node node, Element owner) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                append(t.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    lineBreak();
                    continue;
                }
                if (tag.equals("img")) continue;
                boolean block = BLOCK_TAGS.contains(tag);
                if (block) {
                    flush(owner);
                    walk(e, e);
                    flush(e);
                } else {
                    boolean link = tag.equals("a");
                    if (link) linkDepth++;
                    walk(e, owner);
                    if (link) linkDepth--;
                }
            }
        }
    }

    /** Appends text with white space collapsed to single spaces (newlines in the source are formatting). */
    private void append(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') {
                int n = text.length();
                if (n > 0 && text.charAt(n - 1) != ' ' && text.charAt(n - 1) != '\n') text.append(' ');
            } else {
                text.append(c);
                if (linkDepth > 0) linkChars++;
            }
        }
    }

    /** A {@code <br>}: a line break inside the block. */
    private void lineBreak() {
        int n = text.length();
        if (n == 0) return;
        if (text.charAt(n - 1) == ' ') text.setCharAt(n - 1, '\n');
        else if (text.charAt(n - 1) != '\n') text.append('\n');
    }

    private void flush(Element owner) {
        String t = text.toString().strip();
        if (!t.isEmpty()) blocks.add(new Block(owner, t, Math.min(linkChars, t.length())));
        text.setLength(0);
        linkChars = 0;
    }
}
