package dev.pantau.ingest;

import dev.pantau.doc.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A first HTML reader with jsoup: title, canonical URL, site name and publication date from
 * the usual meta tags, and the body as its paragraphs (a real boilerplate-removing extractor
 * comes later). Scripts, styles, navigation, headers, footers and forms are dropped.
 */
public final class HtmlArticleReader {
    private HtmlArticleReader() {
    }

    public static Article read(String html, String fallbackUrl) {
        return extract(Jsoup.parse(html, fallbackUrl == null ? "" : fallbackUrl), fallbackUrl);
    }

    /** Reads raw bytes in the charset the page declares (BOM or meta charset), UTF-8 when it declares none. */
    public static Article read(byte[] html, String fallbackUrl) {
        try {
            return extract(Jsoup.parse(new java.io.ByteArrayInputStream(html), null, fallbackUrl == null ? "" : fallbackUrl), fallbackUrl);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read HTML from memory", e);
        }
    }

    private static Article extract(Document d, String fallbackUrl) {
        d.select("script, style, noscript, nav, header, footer, form, aside, iframe, svg").remove();
        String title = firstNonBlank(meta(d, "og:title"), d.title());
        String url = firstNonBlank(d.select("link[rel=canonical]").attr("href"), meta(d, "og:url"), fallbackUrl);
        String outlet = meta(d, "og:site_name");
        String published = firstNonBlank(meta(d, "article:published_time"), meta(d, "pubdate"),
                meta(d, "date"), d.select("time[datetime]").attr("datetime"));
        StringBuilder body = new StringBuilder();
        Elements blocks = d.body() == null ? new Elements() : d.body().select("p, h2, h3, h4, li, blockquote");
        for (Element e : blocks) {
            if (e.parents().stream().anyMatch(p -> p.tagName().equals("blockquote") || p.tagName().equals("li")) && !e.tagName().equals("li")) continue;
            String t = e.text().strip();
            if (!t.isEmpty()) body.append(t).append("\n\n");
        }
        String text = body.length() > 0 ? body.toString() : d.body() == null ? "" : d.body().text();
        return new Article(null, blankToNull(url), blankToNull(outlet), blankToNull(title),
                dateOnlyIfIso(published), TextNormalizer.normalize(text));
    }

    private static String meta(Document d, String name) {
        Element e = d.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String dateOnlyIfIso(String s) {
        return s != null && s.matches("\\d{4}-\\d{2}-\\d{2}.*") ? s.strip() : null;
    }
}
