package org.newsgraph.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import org.newsgraph.document.Article;
import org.newsgraph.extract.HtmlExtractor;
import org.newsgraph.extract.internal.Dates;

/**
 * Turns one JSONL line into an {@link Article} or a {@link Problem}. A line is
 * {@code {"id", "text"}} with optional {@code "title"} (the headline), {@code "url"} and
 * {@code "published"}; a line with {@code "html"} and no {@code "text"} is extracted like a web page;
 * other fields are ignored. The id is kept when given, else it is the text's hash.
 * Thread-safe.
 */
final class JsonlArticles {
    private JsonlArticles() {}

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final int MAX_DETAIL = 120;

    /** The entry for a decoded line, or null for a blank line (skipped silently, as JSONL readers do). */
    static Entry of(String origin, String line) {
        if (line.isBlank()) return null;
        JsonNode n;
        try {
            n = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return new Problem(origin, "not JSON: " + detail(e));
        }
        if (n == null || !n.isObject()) {
            return new Problem(origin, "not a JSON object but " + kind(n) + "; each line must be {\"id\": …, \"text\": …}");
        }
        JsonNode text = n.get("text");
        JsonNode html = n.get("html");
        if ((text == null || text.isNull()) && html != null && html.isTextual()) return fromHtml(origin, n, html.textValue());
        if (text == null || text.isNull()) {
            return new Problem(origin, "no \"text\" (or \"html\") field; each line must be {\"id\": …, \"text\": …}");
        }
        if (!text.isTextual()) return new Problem(origin, "\"text\" is " + kind(text) + ", not a string");
        if (text.textValue().isBlank()) return new Problem(origin, "empty \"text\"");
        Article.Builder b = TextArticles.structured(Article.builder(origin, text.textValue()), text.textValue(), scalar(n.get("title")))
                .id(scalar(n.get("id")))
                .url(scalar(n.get("url")))
                .published(published(n));
        return new Loaded(b.build());
    }

    /**
     * A record with a page's HTML and no text: extracted like a page; the record's own {@code "title"},
     * {@code "url"}, {@code "published"} and {@code "id"} win over what the page says.
     */
    private static Entry fromHtml(String origin, JsonNode n, String html) {
        String url = scalar(n.get("url"));
        Entry e = HtmlPages.fromPage(origin, HtmlExtractor.extract(html, url), published(n), OPTIONS_FOR_HTML);
        if (!(e instanceof Loaded l)) return e;
        Article.Builder b = l.article().toBuilder();
        if (scalar(n.get("id")) != null) b.id(scalar(n.get("id")));
        if (scalar(n.get("title")) != null) b.headline(scalar(n.get("title")));
        if (published(n) != null) b.published(published(n));
        return new Loaded(b.build());
    }

    /** The line itself was within the article cap, so its extracted text is too. */
    private static final SourceOptions OPTIONS_FOR_HTML = SourceOptions.DEFAULTS;

    /** The record's "published" as given, unless it is a placeholder such as "0001-01-01". */
    private static String published(JsonNode n) {
        return Dates.dropImpossible(scalar(n.get("published")));
    }

    /** A string or number field as text; null when absent, blank or of another kind. */
    private static String scalar(JsonNode v) {
        if (v == null || !(v.isTextual() || v.isNumber())) return null;
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) return "nothing";
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case OBJECT -> "an object";
            default -> n.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    /** Jackson's own message without its source excerpt, on one line, with the column. */
    private static String detail(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        m = m.replaceAll("\\s+", " ").strip();
        if (m.length() > MAX_DETAIL) m = m.substring(0, MAX_DETAIL) + "…";
        if (e.getLocation() != null && e.getLocation().getColumnNr() > 0) m += " (column " + e.getLocation().getColumnNr() + ")";
        return m;
    }
}
