package dev.pantau.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.pantau.doc.Article;
import dev.pantau.ingest.HtmlArticleReader;
import dev.pantau.time.Dates;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the article of a POST body: JSON ({@code {"text"|"html", "id", "url", "title", "outlet",
 * "published"}}), plain text or HTML; the body is read up to a byte limit and must be valid UTF-8.
 */
final class ArticleInput {
    private static final Set<String> FIELDS = Set.of("id", "url", "title", "outlet", "published", "text", "html");

    private ArticleInput() {
    }

    static Article read(Context ctx, long maxBytes, ObjectMapper json) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        String mime = type.split(";", 2)[0].strip();
        if (!mime.equals("application/json") && !mime.equals("text/plain") && !mime.equals("text/html")) {
            throw Problem.unsupportedMediaType(ctx.contentType());
        }
        if (type.contains("charset=") && !type.replace(" ", "").contains("charset=utf-8")) {
            throw Problem.unsupportedMediaType(ctx.contentType() + " (only UTF-8 is accepted)");
        }
        String body = utf8(bytes(ctx, maxBytes));
        if (body.isBlank()) throw Problem.invalidBody("the body is empty: send the article's text");
        return switch (mime) {
            case "text/plain" -> new Article(null, null, null, null, null, body);
            case "text/html" -> html(body, null);
            default -> fromJson(body, json);
        };
    }

    /** The body, at most {@code max} bytes (the declared length is checked before reading). */
    static byte[] bytes(Context ctx, long max) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) throw Problem.tooLarge(max);
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] b = in.readNBytes((int) max + 1);
            if (b.length > max) throw Problem.tooLarge(max);
            return b;
        } catch (IOException e) {
            throw Problem.invalidBody("the body could not be read: " + e.getMessage());
        }
    }

    static String utf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw Problem.invalidBody("the body is not valid UTF-8 (" + e.getMessage() + ")");
        }
    }

    private static Article fromJson(String body, ObjectMapper json) {
        JsonNode n;
        try {
            n = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw Problem.invalidBody("the body is not valid JSON: " + Params.printable(e.getOriginalMessage())
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (n == null || !n.isObject()) throw Problem.invalidBody("the body must be a JSON object like {\"text\": \"...\"}");
        for (var it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) throw Problem.invalidBody("unknown field '" + Params.printable(f) + "'; the fields are " + String.join(", ", new java.util.TreeSet<>(FIELDS)));
        }
        String text = field(n, "text"), html = field(n, "html");
        if ((text == null) == (html == null)) throw Problem.invalidBody("give exactly one of 'text' and 'html'");
        String published = field(n, "published");
        if (published != null && !Dates.isIsoDate(published)) {
            throw Problem.invalidBody("'published' must be a date like 2023-09-13, not '" + Params.printable(published) + "'");
        }
        String id = field(n, "id");
        if (id != null) Params.articleId(id);
        Article a = html != null ? html(html, field(n, "url")) : new Article(null, null, null, null, null, text);
        if (a.text() == null || a.text().isBlank()) throw Problem.invalidBody("the article has no text");
        return new Article(id != null ? id : a.id(), or(field(n, "url"), a.url()), or(field(n, "outlet"), a.outlet()),
                or(field(n, "title"), a.title()), or(published, a.published()), a.text());
    }

    private static Article html(String html, String url) {
        Article a = HtmlArticleReader.read(html, url);
        if (a.text() == null || a.text().isBlank()) throw Problem.invalidBody("no article text was found in the HTML");
        return a;
    }

    private static String field(JsonNode n, String name) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) return null;
        if (v.getNodeType() != JsonNodeType.STRING) throw Problem.invalidBody("'" + name + "' must be a string");
        return v.asText();
    }

    private static String or(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
