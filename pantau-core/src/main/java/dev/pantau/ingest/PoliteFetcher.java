package dev.pantau.ingest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP fetching as a well-behaved crawler does it: an honest User-Agent; robots.txt obeyed
 * (crawler-commons), with its crawl-delay; at most one request per host per interval; time limits;
 * retries with exponential backoff on 429, 5xx and network errors (honouring Retry-After);
 * conditional GET (ETag, Last-Modified); a size limit; and an SSRF guard that refuses hosts that
 * resolve to loopback, private, link-local or otherwise internal addresses unless allowed.
 */
public final class PoliteFetcher {
    /** The User-Agent Pantau sends; robots.txt rules are matched on its product token "pantau". */
    public static final String USER_AGENT = "Pantau/0.1 (news event intelligence; +https://github.com/pantau-dev/pantau)";
    private static final String ROBOT_NAME = "pantau";

    /** What a fetch gave: status 200 with a body, 304 not modified, or a refusal or failure with its reason. */
    public record Result(int status, byte[] body, String etag, String lastModified, String finalUrl, String problem) {
        public boolean ok() {
            return status == 200 && body != null;
        }

        public boolean notModified() {
            return status == 304;
        }

        static Result problem(String why) {
            return new Result(0, null, null, null, null, why);
        }
    }

    /** How a fetcher behaves. */
    public record Settings(Duration timeout, Duration hostInterval, int retries, Duration backoff, long maxBytes, boolean allowPrivate) {
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(20), Duration.ofSeconds(2), 3, Duration.ofSeconds(2), 10_000_000, false);
        }
    }

    /** Sleeping, replaceable in tests. */
    public interface Clock {
        long nanoTime();

        void sleep(Duration d) throws InterruptedException;

        Clock SYSTEM = new Clock() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(Duration d) throws InterruptedException {
                if (!d.isNegative() && !d.isZero()) Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
            }
        };
    }

    private final Settings settings;
    private final Clock clock;
    private final HttpClient http;
    private final Map<String, BaseRobotRules> robots = new ConcurrentHashMap<>();
    private final Map<String, Long> nextAllowed = new ConcurrentHashMap<>();

    public PoliteFetcher(Settings settings) {
        this(settings, Clock.SYSTEM);
    }

    public PoliteFetcher(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        // redirects are followed by hand, so that every hop passes the address guard and robots.txt
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Fetches {@code url} unconditionally. */
    public Result fetch(String url) throws InterruptedException {
        return fetch(url, null, null);
    }

    /**
     * Fetches {@code url}, sending {@code etag} and {@code lastModified} (either may be null) as
     * validators, following up to five redirects; never throws for a network or HTTP problem.
     */
    public Result fetch(String url, String etag, String lastModified) throws InterruptedException {
        String current = url;
        for (int hop = 0; hop < 6; hop++) {
            URI uri;
            try {
                uri = URI.create(current);
            } catch (IllegalArgumentException e) {
                return Result.problem("not a URL: " + current);
            }
            String refusal = refusal(uri);
            if (refusal != null) return Result.problem(refusal);
            BaseRobotRules rules = robotRules(uri);
            if (!rules.isAllowed(current)) return Result.problem("robots.txt of " + uri.getHost() + " disallows " + uri.getPath());
            Result r = withRetries(uri, etag, lastModified, rules);
            if (r.status() >= 300 && r.status() < 400 && r.status() != 304 && r.finalUrl() != null) {
                current = uri.resolve(r.finalUrl()).toString();
                etag = null;
                lastModified = null;
                continue;
            }
            return r;
        }
        return Result.problem("more than five redirects from " + url);
    }

    /** Why this URL must not be fetched (scheme, or an internal address), or null. */
    public String refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) return "only http and https URLs are fetched, not " + uri;
        if (uri.getHost() == null) return "URL without a host: " + uri;
        if (settings.allowPrivate()) return null;
        try {
            for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
                if (internal(a)) {
                    return "refusing " + uri.getHost() + ": it resolves to the internal address " + a.getHostAddress()
                            + " (allow private addresses explicitly to fetch it)";
                }
            }
        } catch (UnknownHostException e) {
            return "unknown host " + uri.getHost();
        }
        return null;
    }

    /** Loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local, any-local, multicast, CGNAT 100.64/10. */
    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress() || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) return (b[0] & 0xfe) == 0xfc; // unique local
        return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;          // carrier-grade NAT
    }

    private BaseRobotRules robotRules(URI uri) throws InterruptedException {
        String key = uri.getScheme() + "://" + uri.getAuthority();
        BaseRobotRules known = robots.get(key);
        if (known != null) return known;
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        URI robotsUri = URI.create(key + "/robots.txt");
        Result r = withRetries(robotsUri, null, null, null);
        BaseRobotRules rules;
        if (r.ok()) {
            rules = parser.parseContent(robotsUri.toString(), r.body(), "text/plain", List.of(ROBOT_NAME));
        } else if (r.status() >= 400 && r.status() < 500) {
            rules = parser.failedFetch(404); // no robots.txt: everything is allowed
        } else {
            rules = parser.failedFetch(r.status() == 0 ? 503 : r.status()); // unreachable: nothing is, for now
        }
        robots.put(key, rules);
        return rules;
    }

    private Result withRetries(URI uri, String etag, String lastModified, BaseRobotRules rules) throws InterruptedException {
        Duration wait = settings.backoff();
        Result last = null;
        for (int attempt = 0; attempt <= settings.retries(); attempt++) {
            if (attempt > 0) {
                clock.sleep(wait);
                wait = wait.multipliedBy(2);
            }
            awaitHost(uri, rules);
            last = once(uri, etag, lastModified);
            boolean transientFailure = last.status() == 0 || last.status() == 429 || last.status() >= 500;
            if (!transientFailure) return last;
            if (last.status() == 429 && last.problem() != null && last.problem().startsWith("retry-after:")) {
                long secs = Long.parseLong(last.problem().substring("retry-after:".length()));
                wait = Duration.ofSeconds(Math.min(secs, 300));
            }
        }
        return last.problem() != null && !last.problem().startsWith("retry-after:") ? last
                : new Result(last.status(), null, null, null, null, "HTTP " + last.status() + " from " + uri + " after " + settings.retries() + " retries");
    }

    /** Waits until the host may be asked again: the fetcher's interval, or the site's crawl-delay if longer. */
    private void awaitHost(URI uri, BaseRobotRules rules) throws InterruptedException {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        long interval = settings.hostInterval().toNanos();
        if (rules != null && rules.getCrawlDelay() > 0 && rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY) {
            interval = Math.max(interval, Math.min(rules.getCrawlDelay(), 60_000) * 1_000_000L);
        }
        synchronized (nextAllowed) {
            long now = clock.nanoTime();
            long at = nextAllowed.getOrDefault(host, now);
            if (at > now) clock.sleep(Duration.ofNanos(at - now));
            nextAllowed.put(host, Math.max(at, now) + interval);
        }
    }

    private Result once(URI uri, String etag, String lastModified) throws InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(settings.timeout()).header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5");
        if (etag != null) b.header("If-None-Match", etag);
        if (lastModified != null) b.header("If-Modified-Since", lastModified);
        try {
            HttpResponse<InputStream> resp = http.send(b.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            int status = resp.statusCode();
            Optional<String> location = resp.headers().firstValue("Location");
            String newEtag = resp.headers().firstValue("ETag").orElse(null);
            String newModified = resp.headers().firstValue("Last-Modified").orElse(null);
            try (InputStream in = resp.body()) {
                if (status != 200) {
                    in.readNBytes(64 * 1024); // drain a little so the connection can be reused
                    String retryAfter = resp.headers().firstValue("Retry-After").filter(s -> s.matches("\\d{1,6}")).orElse(null);
                    return new Result(status, null, newEtag, newModified, location.orElse(null),
                            status == 429 && retryAfter != null ? "retry-after:" + retryAfter : status == 304 ? null : "HTTP " + status + " from " + uri);
                }
                byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
                if (body.length > settings.maxBytes()) {
                    return new Result(413, null, null, null, null, uri + " is over the size limit of " + settings.maxBytes() + " bytes");
                }
                return new Result(200, body, newEtag, newModified, uri.toString(), null);
            }
        } catch (IOException e) {
            return new Result(0, null, null, null, null, "cannot fetch " + uri + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }
}
