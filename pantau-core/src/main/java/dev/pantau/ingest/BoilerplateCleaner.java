package dev.pantau.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what is never article text before the body is searched: scripts, styles, forms'
 * controls, embedded media, hidden elements, and the page furniture that class and id names
 * announce (navigation, sharing bars, comments, related links, newsletters, adverts), as
 * Readability's "unlikely candidates" and trafilatura's cleaning do. Page wrappers are spared:
 * an element holding most of the page's text is never removed for its name.
 */
final class BoilerplateCleaner {
    private static final String NEVER_TEXT = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "button, input, select, textarea, option, link, meta, map, dialog";
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu", "figure", "figcaption");
    /** Class or id words that name page furniture (split at "-", "_", spaces and camel case, lower case). */
    private static final Set<String> FURNITURE_WORDS = Set.of("comment", "comments", "commentlist", "disqus", "share",
            "sharing", "sharebar", "social", "socials", "related", "relatedposts", "newsletter", "outbrain", "taboola",
            "cookie", "cookies", "consent", "gdpr", "popup", "modal", "breadcrumb", "breadcrumbs", "sidebar", "advert",
            "advertisement", "advertising", "ad", "ads", "adv", "dfp", "promo", "promotion", "subscribe", "subscription",
            "signup", "paywall", "recommended", "recommendations", "recirc", "recirculation", "trending", "popular",
            "footer", "nav", "navbar", "navigation", "menu", "toolbar", "masthead", "pagination", "pager", "skip",
            "print", "widget", "widgets", "banner", "sponsor", "sponsored", "tags", "tagline", "taglist", "keywords",
            "topics", "byline", "author", "authors", "bio", "meta", "dateline", "timestamp", "date", "published",
            "caption", "credit", "credits", "copyright", "rating", "login", "header", "hidden", "sr", "visually",
            "offscreen", "tooltip", "overlay", "jump", "more", "readmore", "next", "prev", "previous", "follow",
            "latest", "headlines", "donate", "membership", "affiliate", "crumbs", "utility", "tools", "tool", "icons",
            "icon", "logo", "search", "video", "gallery", "slideshow", "carousel", "audio", "podcast", "embed");
    private static final Set<String> STRONG_WORDS = Set.of("comment", "comments", "commentlist", "disqus", "outbrain",
            "taboola", "related", "relatedposts", "recommended", "recommendations", "newsletter", "cookie", "cookies");
    private static final Set<String> BODY_NAMES = Set.of("articlebody", "articletext", "articlecontent", "storybody",
            "storytext", "storycontent", "entrycontent", "postcontent", "postbody", "posttext", "bodytext", "contentbody",
            "articlebodytext", "newsbody", "detailtext", "textcontent");
    /** Words that mark article content even when a furniture word is also present. */
    private static final Set<String> CONTENT_WORDS = Set.of("article", "body", "content", "main", "story", "entry",
            "post", "text", "articlebody", "column");
    private static final Pattern SPLIT = Pattern.compile("[\\s_\\-:.]+|(?<=[a-z])(?=[A-Z])");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private BoilerplateCleaner() {
    }

    static void clean(Document d) {
        d.select(NEVER_TEXT).remove();
        Element body = d.body();
        if (body == null) return;
        for (Element e : body.select("[hidden], [aria-hidden=true], [style]")) {
            if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true") || HIDDEN_STYLE.matcher(e.attr("style")).find()) {
                if (!holdsArticle(e)) e.remove();
            }
        }
        int prose = Math.max(1, prose(body));
        List<Element> furniture = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || holdsArticle(e)) continue;
            if (FURNITURE_TAGS.contains(e.normalName()) || isFurnitureName(e)) furniture.add(e);
        }
        for (Element e : furniture) {
            if (e.parent() == null) continue;
            // a wrapper with a furniture-like name around much of the page's prose is layout, not furniture
            if (!isStrongFurniture(e) && prose(e) > 0.3 * prose) continue;
            // an embedded post is quoted text, though its wrapper is named "social" or "embed"
            if (!isStrongFurniture(e) && !FURNITURE_TAGS.contains(e.normalName()) && e.selectFirst("blockquote") != null) continue;
            e.remove();
        }
    }

    /** Characters of prose under an element: runs of its own text of sentence length, outside links. */
    static int prose(Element root) {
        int n = 0;
        for (Element e : root.getAllElements()) {
            if (e.normalName().equals("a")) continue;
            int own = e.ownText().length();
            if (own >= 80) n += own;
        }
        return n;
    }

    /** Comment threads and recommendation widgets go whatever their size. */
    private static boolean isStrongFurniture(Element e) {
        for (String w : SPLIT.split(e.className() + " " + e.id())) {
            if (STRONG_WORDS.contains(w.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** The element is or holds the marked-up article body. */
    private static boolean holdsArticle(Element e) {
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main") || tag.equals("html")) return true;
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) return true;
        return !e.select("[itemprop=articleBody]").isEmpty();
    }

    static boolean isFurnitureName(Element e) {
        String name = e.className() + " " + e.id();
        if (name.isBlank()) return false;
        boolean furniture = false;
        for (String w : SPLIT.split(name)) {
            String word = w.toLowerCase(Locale.ROOT);
            if (CONTENT_WORDS.contains(word)) return false;
            if (FURNITURE_WORDS.contains(word)) furniture = true;
        }
        return furniture;
    }

    /** Class or id names content-management systems give the article body: article-body, story-body, entry-content … */
    static boolean isBodyName(Element e) {
        String name = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (name.isBlank()) return false;
        for (String w : name.split("\\s+")) {
            String k = w.replaceAll("[-_]", "");
            if (BODY_NAMES.contains(k)) return true;
        }
        return false;
    }
}
