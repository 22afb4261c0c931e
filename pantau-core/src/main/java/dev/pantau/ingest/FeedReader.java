package dev.pantau.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.Jsoup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Reads a news feed into its items (url, title, published, summary): RSS 0.9x/1.0/2.0 and Atom
 * through ROME (which refuses DOCTYPEs, so no external entities), JSON Feed 1.0/1.1 with Jackson.
 * Relative item links are resolved against the feed's own URL when it is known. An item without
 * a link is skipped; a document that is not a feed is an {@link IllegalArgumentException} saying
 * why.
 */
public final class FeedReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedReader() {
    }

    /** The items of a feed document; {@code feedUrl} (may be null) resolves relative links. */
    public static List<FeedItem> read(byte[] feed, String feedUrl) {
        if (feed == null || feed.length == 0) throw new IllegalArgumentException("feed is empty");
        int i = 0;
        while (i < feed.length && (Character.isWhitespace(feed[i]) || (feed[i] & 0xff) == 0xEF || (feed[i] & 0xff) == 0xBB || (feed[i] & 0xff) == 0xBF)) i++;
        return i < feed.length && feed[i] == '{' ? readJsonFeed(feed, feedUrl) : readXml(feed, feedUrl);
    }

    private static List<FeedItem> readXml(byte[] feed, String feedUrl) {
        SyndFeed f;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(feed))) {
            f = new SyndFeedInput().build(reader);
        } catch (FeedException | IllegalArgumentException e) {
            // ROME says "Invalid document" for well-formed XML of another kind
            throw new IllegalArgumentException("not an RSS or Atom feed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable feed encoding: " + e.getMessage(), e);
        }
        String base = feedUrl != null ? feedUrl : f.getLink();
        List<FeedItem> out = new ArrayList<>();
        for (SyndEntry e : f.getEntries()) {
            String link = link(e);
            if (link == null) continue;
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            out.add(new FeedItem(resolve(base, link), clean(e.getTitle()), date == null ? null : date.toInstant().toString(), summary(e)));
        }
        return out;
    }

    private static String link(SyndEntry e) {
        if (e.getLink() != null && !e.getLink().isBlank()) return e.getLink().strip();
        for (SyndLink l : e.getLinks()) {
            if ((l.getRel() == null || l.getRel().equals("alternate")) && l.getHref() != null) return l.getHref().strip();
        }
        String uri = e.getUri();
        return uri != null && (uri.startsWith("http://") || uri.startsWith("https://")) ? uri.strip() : null;
    }

    private static String summary(SyndEntry e) {
        SyndContent d = e.getDescription();
        if (d != null && d.getValue() != null && !d.getValue().isBlank()) return text(d.getValue());
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) return text(c.getValue());
        }
        return null;
    }

    private static List<FeedItem> readJsonFeed(byte[] feed, String feedUrl) {
        JsonNode root;
        try {
            root = JSON.readTree(feed);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON Feed: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable JSON Feed: " + e.getMessage(), e);
        }
        if (!root.path("version").asText("").startsWith("https://jsonfeed.org/version/")) {
            throw new IllegalArgumentException("JSON without a JSON Feed \"version\" (https://jsonfeed.org/version/1.1)");
        }
        JsonNode items = root.path("items");
        if (!items.isArray()) throw new IllegalArgumentException("JSON Feed without an \"items\" array");
        String base = feedUrl != null ? feedUrl : root.path("feed_url").asText(root.path("home_page_url").asText(null));
        List<FeedItem> out = new ArrayList<>();
        for (JsonNode it : items) {
            String link = first(it.path("url").asText(null), it.path("external_url").asText(null));
            if (link == null) continue;
            String published = PageDates.normalize(first(it.path("date_published").asText(null), it.path("date_modified").asText(null)));
            String summary = first(it.path("summary").asText(null), it.path("content_text").asText(null));
            if (summary == null && it.hasNonNull("content_html")) summary = text(it.get("content_html").asText());
            out.add(new FeedItem(resolve(base, link), clean(it.path("title").asText(null)), published, clean(summary)));
        }
        return out;
    }

    private static String resolve(String base, String link) {
        if (base == null) return link;
        try {
            return URI.create(base.strip()).resolve(link.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return link;
        }
    }

    private static String text(String html) {
        return clean(Jsoup.parseBodyFragment(html).text());
    }

    private static String clean(String s) {
        if (s == null) return null;
        String t = s.replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
    }
}
