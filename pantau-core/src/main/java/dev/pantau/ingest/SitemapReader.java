package dev.pantau.ingest;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an XML sitemap (or a text or RSS/Atom one) with crawler-commons: its pages as items, with
 * the Google News extension's title and publication date when present, else the {@code lastmod}
 * date; or, for a sitemap index, the sitemaps it lists. The sitemap's URL is needed: the
 * protocol only admits pages under the sitemap's own path (strict mode), which is what keeps a
 * sitemap from speaking for another site.
 */
public final class SitemapReader {
    /** A sitemap's pages, or (for an index) the URLs of further sitemaps to read. */
    public record Sitemap(List<FeedItem> items, List<String> sitemaps) {
    }

    private SitemapReader() {
    }

    public static Sitemap read(byte[] content, String sitemapUrl) {
        if (content == null || content.length == 0) throw new IllegalArgumentException("sitemap is empty");
        URL url;
        try {
            url = new URL(sitemapUrl);
        } catch (MalformedURLException | NullPointerException e) {
            throw new IllegalArgumentException("a sitemap needs its own absolute URL, not " + sitemapUrl);
        }
        SiteMapParser parser = new SiteMapParser(true);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap map;
        try {
            map = parser.parseSiteMap(content, url);
        } catch (UnknownFormatException e) {
            throw new IllegalArgumentException("not a sitemap: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable sitemap: " + e.getMessage(), e);
        }
        if (map instanceof SiteMapIndex index) {
            List<String> maps = new ArrayList<>();
            for (AbstractSiteMap m : index.getSitemaps()) maps.add(m.getUrl().toString());
            return new Sitemap(List.of(), maps);
        }
        List<FeedItem> items = new ArrayList<>();
        for (SiteMapURL u : ((SiteMap) map).getSiteMapUrls()) {
            String title = null, published = null;
            ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
            if (news != null) {
                for (ExtensionMetadata m : news) {
                    if (m instanceof NewsAttributes n) {
                        title = n.getTitle();
                        if (n.getPublicationDateTime() != null) published = n.getPublicationDateTime().toOffsetDateTime().toString();
                    }
                }
            }
            if (published == null && u.getLastModified() != null) published = u.getLastModified().toInstant().toString();
            items.add(new FeedItem(u.getUrl().toString(), title, published, null));
        }
        return new Sitemap(items, List.of());
    }
}
