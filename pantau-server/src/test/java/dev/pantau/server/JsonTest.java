package dev.pantau.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantau.store.ResultTable;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonTest {
    @Test
    void aTablePageIsTheJsonOfItsRowsAsMaps() throws Exception {
        ResultTable t = new ResultTable(List.of("id", "day", "name", "goldstein", "lat", "count", "negated", "none"), List.of(
                Arrays.asList(7L, "2023-09-13", "Kim \"Jong-un\" – 김정은\n", 2.8, -6.2146, 3, false, null),
                Arrays.asList(8L, "2023-09-14", "", -10.0, 1.0E-7, Integer.MAX_VALUE, true, null)));
        for (int limit : new int[]{2, 3}) {
            String expected = Json.write(Json.page(Json.rows(t), limit, 40));
            String actual = new String(Json.tablePage(t, limit, 40), StandardCharsets.UTF_8);
            assertEquals(expected, actual);
            JsonNode n = Json.MAPPER.readTree(actual);
            assertEquals(-6.2146, n.get("items").get(0).get("lat").asDouble());
            assertEquals(1.0E-7, n.get("items").get(1).get("lat").asDouble());
        }
        assertEquals("{\"items\":[],\"limit\":5,\"offset\":0,\"nextOffset\":null}",
                new String(Json.tablePage(new ResultTable(List.of("a"), List.of()), 5, 0), StandardCharsets.UTF_8));
    }
}
