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
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu");
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
        int total = Math.max(1, body.text().length());
        List<Element> furniture = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || holdsArticle(e)) continue;
            if (FURNITURE_TAGS.contains(e.normalName()) || isFurnitureName(e)) furniture.add(e);
        }
        for (Element e : furniture) {
            if (e.parent() == null) continue;
            // a wrapper with a furniture-like name around most of the page is layout, not furniture
            if (e.text().length() > total / 2) continue;
            e.remove();
        }
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
}
