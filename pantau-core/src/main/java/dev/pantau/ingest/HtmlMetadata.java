package dev.pantau.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An article page's metadata, each field from the most specific source that carries it: JSON-LD
 * (schema.org NewsArticle and kin), then OpenGraph and other meta tags, then microdata and
 * markup ({@code <time>}, {@code <h1>}, {@code rel=author}), then the URL (a date in the path,
 * the domain as outlet). Read before any boilerplate is removed.
 */
final class HtmlMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] DATE_METAS = {"article:published_time", "og:published_time", "og:article:published_time",
        "datePublished", "pubdate", "publishdate", "publish-date", "publish_date", "pub_date", "article.published",
        "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created", "dcterms.created", "date",
        "sailthru.date", "parsely-pub-date", "originalpublicationdate", "article_date_original", "publication_date",
        "release_date", "created", "content_publisheddate", "dateCreated"};

    String title;
    String author;
    String published;
    /** Where {@code published} came from: json-ld, meta, time, url (or dateline, set later). */
    String publishedFrom;
    String outlet;
    String language;
    String url;

    static HtmlMetadata read(Document d, String pageUrl) {
        HtmlMetadata m = new HtmlMetadata();
        List<JsonNode> ld = articleObjects(d);
        for (JsonNode a : ld) {
            if (m.title == null) m.title = text(a.get("headline"));
            if (m.title == null) m.title = text(a.get("name"));
            if (m.author == null) m.author = names(a.get("author"));
            if (m.published == null) {
                m.published = PageDates.normalize(text(a.get("datePublished")));
                if (m.published == null) m.published = PageDates.normalize(text(a.get("dateCreated")));
                if (m.published != null) m.publishedFrom = "json-ld";
            }
            if (m.outlet == null) m.outlet = names(a.get("publisher"));
            if (m.language == null) m.language = text(a.get("inLanguage"));
        }
        m.title = first(m.title, meta(d, "og:title"), meta(d, "twitter:title"), itemprop(d, "headline"), h1(d), d.title());
        m.author = first(m.author, meta(d, "author"), nonUrl(meta(d, "article:author")), meta(d, "byl"),
                meta(d, "sailthru.author"), meta(d, "parsely-author"), meta(d, "dc.creator"), itemprop(d, "author"),
                linkText(d, "a[rel=author], [rel=author]"));
        if (m.author != null) m.author = m.author.replaceFirst("(?i)^(by|oleh)\\s+", "").strip();
        if (m.published == null) {
            for (String name : DATE_METAS) {
                String v = PageDates.normalize(meta(d, name));
                if (v != null) {
                    m.published = v;
                    m.publishedFrom = "meta";
                    break;
                }
            }
        }
        if (m.published == null) {
            m.published = timeElement(d);
            if (m.published != null) m.publishedFrom = "time";
        }
        m.url = first(absolute(d, "link[rel=canonical]"), meta(d, "og:url"), pageUrl);
        if (m.published == null) {
            m.published = PageDates.inUrl(first(pageUrl, m.url));
            if (m.published == null) m.published = PageDates.inUrl(m.url);
            if (m.published != null) m.publishedFrom = "url";
        }
        m.outlet = first(meta(d, "og:site_name"), m.outlet, meta(d, "application-name"), meta(d, "twitter:site"), domain(m.url));
        if (m.outlet != null && m.outlet.startsWith("@")) m.outlet = m.outlet.substring(1);
        if (m.outlet != null && m.outlet.matches("(?i)https?://\\S+")) m.outlet = domain(m.outlet);
        m.title = withoutOutlet(m.title, m.outlet, domain(m.url));
        Element html = d.selectFirst("html");
        m.language = languageCode(first(m.language, html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"),
                meta(d, "og:locale"), httpEquiv(d, "content-language"), meta(d, "language"), meta(d, "dc.language")));
        return m;
    }

    /** The JSON-LD objects that describe an article (NewsArticle, Article, BlogPosting, …), most specific first. */
    private static List<JsonNode> articleObjects(Document d) {
        List<JsonNode> articles = new ArrayList<>(), pages = new ArrayList<>();
        for (Element s : d.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(s.data().strip()), articles, pages, 0);
            } catch (Exception e) {
                // a page's broken JSON-LD is common; the other sources still apply
            }
        }
        articles.addAll(pages);
        return articles;
    }

    private static void collect(JsonNode n, List<JsonNode> articles, List<JsonNode> pages, int depth) {
        if (n == null || depth > 4) return;
        if (n.isArray()) {
            for (JsonNode c : n) collect(c, articles, pages, depth + 1);
            return;
        }
        if (!n.isObject()) return;
        String type = n.has("@type") ? n.get("@type").toString().toLowerCase(Locale.ROOT) : "";
        if (type.contains("article") || type.contains("posting") || type.contains("report")) articles.add(n);
        else if (type.contains("webpage") && n.has("datePublished")) pages.add(n);
        collect(n.get("@graph"), articles, pages, depth + 1);
        JsonNode main = n.get("mainEntity");
        if (main != null && main.isObject()) collect(main, articles, pages, depth + 1);
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (n.isArray()) return n.isEmpty() ? null : text(n.get(0));
        if (n.isObject()) return null;
        // JSON-LD is often written from HTML templates: "Bike &amp; Style", "&#8216;quoted&#8217;"
        String s = Parser.unescapeEntities(n.asText(), false).strip();
        return s.isEmpty() ? null : s;
    }

    /** Names of a schema.org Person/Organization value: a string, an object with "name", or a list of them. */
    private static String names(JsonNode n) {
        if (n == null || n.isNull()) return null;
        List<String> out = new ArrayList<>();
        for (JsonNode e : n.isArray() ? n : List.of(n)) {
            String name = e.isObject() ? text(e.get("name")) : text(e);
            if (name != null && !name.startsWith("http") && !out.contains(name)) out.add(name);
        }
        return out.isEmpty() ? null : String.join(", ", out);
    }

    private static String meta(Document d, String name) {
        for (Element e : d.select("meta[content]")) {
            String key = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name") : e.attr("itemprop");
            if (key.equalsIgnoreCase(name)) {
                String v = e.attr("content").strip();
                if (!v.isEmpty()) return v;
            }
        }
        return null;
    }

    private static String httpEquiv(Document d, String name) {
        Element e = d.selectFirst("meta[http-equiv~=(?i)^" + name + "$][content]");
        return e == null ? null : e.attr("content");
    }

    private static String itemprop(Document d, String prop) {
        Element e = d.selectFirst("[itemprop=" + prop + "]");
        if (e == null) return null;
        if (e.hasAttr("content")) return e.attr("content");
        Element name = e.selectFirst("[itemprop=name]");
        String t = (name != null ? name : e).text().strip();
        return t.isEmpty() || t.length() > 120 ? null : t;
    }

    private static String linkText(Document d, String css) {
        Element e = d.selectFirst(css);
        String t = e == null ? null : e.text().strip();
        return t == null || t.isEmpty() || t.length() > 80 ? null : t;
    }

    private static String h1(Document d) {
        Element e = d.selectFirst("article h1, main h1, h1");
        return e == null ? null : e.text();
    }

    /** The first {@code <time>} marked as the publication (pubdate, itemprop), else the first with a datetime. */
    private static String timeElement(Document d) {
        Element t = d.selectFirst("time[pubdate][datetime], time[itemprop=datePublished][datetime], [itemprop=datePublished][datetime]");
        if (t == null) t = d.selectFirst("article time[datetime], time[datetime]");
        return t == null ? null : PageDates.normalize(t.attr("datetime"));
    }

    private static String absolute(Document d, String css) {
        Element e = d.selectFirst(css);
        if (e == null) return null;
        String abs = e.absUrl("href");
        return abs.isEmpty() ? e.attr("href") : abs;
    }

    private static String nonUrl(String s) {
        return s == null || s.startsWith("http") ? null : s;
    }

    static String domain(String url) {
        if (url == null) return null;
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (host == null) return null;
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "Headline | Outlet" → "Headline" (also with " - ", " – ", " — ", " :: "), when the tail names the outlet or domain. */
    static String withoutOutlet(String title, String outlet, String domain) {
        if (title == null) return null;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.{10,}?)\\s+(?:\\||-|–|—|::|»)\\s+([^|–—»]{2,60})$").matcher(title);
        if (!m.matches()) return title;
        String tail = m.group(2).strip().toLowerCase(Locale.ROOT);
        String o = outlet == null ? "" : outlet.toLowerCase(Locale.ROOT);
        String d = domain == null ? "" : domain.toLowerCase(Locale.ROOT);
        String site = d.contains(".") ? d.substring(0, d.indexOf('.')) : d;
        boolean names = !o.isEmpty() && (tail.equals(o) || tail.contains(o) || o.contains(tail))
                || !d.isEmpty() && (tail.equals(d) || tail.replace(" ", "").contains(site) && site.length() >= 3);
        return names ? m.group(1).strip() : title;
    }

    /** "en-US", "en_GB", "id" → "en", "id"; null for anything that is not a language tag. */
    static String languageCode(String tag) {
        if (tag == null) return null;
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int cut = t.indexOf(',');
        if (cut > 0) t = t.substring(0, cut);
        String code = t.split("[-_]", 2)[0];
        return code.matches("[a-z]{2,3}") ? code : null;
    }

    static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) return v.strip().replaceAll("\\s+", " ");
        }
        return null;
    }
}
