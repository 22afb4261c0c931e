package dev.pantau.server;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccessLogTest {
    @Test
    void everyLineIsWrittenInOrderByClose() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AccessLog log = new AccessLog(out);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            log.log("127.0.0.1 GET /api/events " + i);
            expected.append("127.0.0.1 GET /api/events ").append(i).append('\n');
        }
        log.close();
        assertEquals(expected.toString(), out.toString(StandardCharsets.UTF_8));
    }
}
