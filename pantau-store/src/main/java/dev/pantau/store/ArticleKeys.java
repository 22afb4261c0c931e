package dev.pantau.store;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** What makes two articles the same: their canonical URL, or the hash of their text. */
final class ArticleKeys {
    private ArticleKeys() {
    }

    /**
     * The URL with scheme and host lower-cased, "www." kept, the fragment, tracking parameters
     * (utm_*, fbclid, gclid) and a trailing slash removed; null for null or blank.
     * An unparsable URL is kept as given (trimmed).
     */
    static String canonicalUrl(String url) {
        if (url == null || url.isBlank()) return null;
        String u = url.trim();
        try {
            URI uri = new URI(u);
            if (uri.getScheme() == null || uri.getHost() == null) return u;
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("http")) scheme = "https"; // the same page served on both
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) path = path.substring(0, path.length() - 1);
            String query = uri.getRawQuery();
            if (query != null) {
                List<String> kept = new ArrayList<>();
                for (String p : query.split("&")) {
                    String name = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
                    String n = name.toLowerCase(Locale.ROOT);
                    if (p.isEmpty() || n.startsWith("utm_") || n.equals("fbclid") || n.equals("gclid")) continue;
                    kept.add(p);
                }
                query = kept.isEmpty() ? null : String.join("&", kept);
            }
            return scheme + "://" + host + (port > 0 && port != 80 && port != 443 ? ":" + port : "")
                    + path + (query != null ? "?" + query : "");
        } catch (Exception e) {
            return u;
        }
    }

    /** The host of a URL without "www.", or null. */
    static String host(String url) {
        if (url == null) return null;
        try {
            String h = new URI(url.trim()).getHost();
            if (h == null) return null;
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (Exception e) {
            return null;
        }
    }

    /** SHA-256 (first 128 bits, hex) of the text with runs of white space made one space and trimmed. */
    static String textHash(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return HexFormat.of().formatHex(sha256(sb.toString()), 0, 16);
    }

    /** A 64-bit key for the in-memory duplicate filter: kind ('i', 'u', 't') and value. */
    static long key(char kind, String value) {
        byte[] h = sha256(kind + ":" + value);
        long k = 0;
        for (int i = 0; i < 8; i++) k = (k << 8) | (h[i] & 0xff);
        return k;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
