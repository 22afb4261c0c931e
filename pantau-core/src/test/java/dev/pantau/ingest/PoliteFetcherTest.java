package dev.pantau.ingest;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PoliteFetcherTest {
    /** A clock that records the sleeps asked of it instead of sleeping. */
    private static final class FakeClock implements PoliteFetcher.Clock {
        long now;
        final List<Duration> sleeps = new ArrayList<>();

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleep(Duration d) {
            sleeps.add(d);
            now += d.toNanos();
        }
    }

    @Test
    void internalAddressesAreRecognised() throws IOException {
        for (String a : List.of("127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fd00::1", "fe80::1")) {
            assertTrue(PoliteFetcher.internal(InetAddress.getByName(a)), a);
        }
        for (String a : List.of("8.8.8.8", "203.0.113.7", "100.128.0.1", "2001:db8::1")) {
            assertFalse(PoliteFetcher.internal(InetAddress.getByName(a)), a);
        }
    }

    @Test
    void refusesOtherSchemesAndInternalHosts() {
        PoliteFetcher f = new PoliteFetcher(PoliteFetcher.Settings.defaults());
        assertNotNull(f.refusal(URI.create("file:///etc/passwd")));
        assertNotNull(f.refusal(URI.create("http://127.0.0.1:8080/admin")));
        assertNotNull(f.refusal(URI.create("http://[::1]/")));
        PoliteFetcher open = new PoliteFetcher(new PoliteFetcher.Settings(Duration.ofSeconds(5), Duration.ZERO, 0, Duration.ZERO, 1000, true));
        assertNull(open.refusal(URI.create("http://127.0.0.1:8080/admin")), "allowed explicitly");
        assertNotNull(open.refusal(URI.create("ftp://127.0.0.1/")), "still http(s) only");
    }

    @Test
    void retriesServerErrorsWithBackoffAndWaitsBetweenRequestsToAHost() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger calls = new AtomicInteger();
        server.createContext("/", ex -> {
            byte[] b;
            int status;
            if (ex.getRequestURI().getPath().equals("/robots.txt")) {
                status = 404;
                b = new byte[0];
            } else {
                status = calls.incrementAndGet() < 3 ? 503 : 200;
                b = "isi halaman".getBytes(StandardCharsets.UTF_8);
            }
            ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
            if (b.length > 0) ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
        try {
            FakeClock clock = new FakeClock();
            PoliteFetcher f = new PoliteFetcher(new PoliteFetcher.Settings(Duration.ofSeconds(5), Duration.ofSeconds(1), 3,
                    Duration.ofMillis(700), 1000, true), clock);
            PoliteFetcher.Result r = f.fetch("http://127.0.0.1:" + server.getAddress().getPort() + "/berita");
            assertTrue(r.ok(), String.valueOf(r.problem()));
            assertEquals("isi halaman", new String(r.body(), StandardCharsets.UTF_8));
            assertEquals(3, calls.get(), "two 503s, then the page");
            assertTrue(clock.sleeps.contains(Duration.ofMillis(700)) && clock.sleeps.contains(Duration.ofMillis(1400)),
                    "backoff doubles: " + clock.sleeps);
            long hostWaits = clock.sleeps.stream().filter(d -> d.equals(Duration.ofSeconds(1))).count();
            assertTrue(hostWaits >= 1, "the host interval separates requests: " + clock.sleeps);
        } finally {
            server.stop(0);
        }
    }
}
