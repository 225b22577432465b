package org.newsgraph.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.newsgraph.document.Article;
import org.newsgraph.extract.HtmlExtractor;
import org.newsgraph.extract.internal.Dates;

/**
 * Turns one JSONL line into an {@link Article} or a {@link Problem}. A line is
 * {@code {"id", "text"}} with optional {@code "title"} (the headline), {@code "url"} and
 * {@code "published"} (or another of the usual names for it: {@link #DATE_FIELDS}); a line with
 * {@code "html"} and no {@code "text"} is extracted like a web page; other fields are ignored. The id is kept when given, else it is the text's hash.
 * Thread-safe.
 */
final class JsonlArticles {
    private JsonlArticles() {}

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final int MAX_DETAIL = 120;

    /**
     * The entries of a decoded line: none for a blank line (skipped silently, as JSONL readers do), else
     * its article or its problem, after a warning when the record's date could not be read.
     */
    static List<Entry> of(String origin, String line) {
        if (line.isBlank()) return List.of();
        JsonNode n;
        try {
            n = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return List.of(new Problem(origin, "not JSON: " + detail(e)));
        }
        if (n == null || !n.isObject()) {
            return List.of(new Problem(origin, "not a JSON object but " + kind(n) + "; each line must be {\"id\": …, \"text\": …}"));
        }
        Entry e = record(origin, n);
        Dated date = published(n);
        return e instanceof Loaded && date.unreadable() != null ? List.of(Problem.warning(origin, date.unreadable()), e) : List.of(e);
    }

    private static Entry record(String origin, JsonNode n) {
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
                .published(published(n).iso());
        return new Loaded(b.build());
    }

    /**
     * A record with a page's HTML and no text: extracted like a page; the record's own {@code "title"},
     * {@code "url"}, {@code "published"} and {@code "id"} win over what the page says.
     */
    private static Entry fromHtml(String origin, JsonNode n, String html) {
        String url = scalar(n.get("url"));
        String published = published(n).iso();
        Entry e = HtmlPages.fromPage(origin, HtmlExtractor.extract(html, url), published, OPTIONS_FOR_HTML);
        if (!(e instanceof Loaded l)) return e;
        Article.Builder b = l.article().toBuilder();
        if (scalar(n.get("id")) != null) b.id(scalar(n.get("id")));
        if (scalar(n.get("title")) != null) b.headline(scalar(n.get("title")));
        if (published != null) b.published(published);
        return new Loaded(b.build());
    }

    /** The line itself was within the article cap, so its extracted text is too. */
    private static final SourceOptions OPTIONS_FOR_HTML = SourceOptions.DEFAULTS;

    /**
     * The names records give their publication date, the contract's own first: the first of them that
     * holds a possible date wins. PolNeAR's is {@code publication_date}, news APIs and scrapers use the others.
     */
    static final List<String> DATE_FIELDS = List.of("published", "datePublished", "date_published", "publication_date",
            "publicationDate", "published_at", "publishedAt", "pubDate", "pub_date", "publish_date", "date");

    /** A record's date in ISO-8601, or null; and when null, why, if a date field was there but unreadable. */
    private record Dated(String iso, String unreadable) {}

    /**
     * The record's publication date in ISO-8601 (a date-time keeps its offset, a bare date stays a
     * date; a number is seconds, or milliseconds, since 1970). A placeholder such as "0001-01-01" is no
     * date, silently, as on a page; a field that reads as no date at all is said.
     */
    private static Dated published(JsonNode n) {
        String unreadable = null;
        for (String field : DATE_FIELDS) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull() || v.isTextual() && v.textValue().isBlank()) continue;
            String iso = iso(v);
            if (iso != null && Dates.plausible(iso)) return new Dated(iso, null);
            if (iso == null && unreadable == null) {
                String shown = v.isValueNode() ? v.asText() : kind(v);
                if (shown.length() > 40) shown = shown.substring(0, 40) + "…";
                unreadable = "\"" + field + "\" is not a date newsgraph reads (" + shown.replaceAll("\\s+", " ")
                        + "); the article is read without one; write dates in ISO-8601 (2019-03-29 or 2019-03-29T10:00:00Z)";
            }
        }
        return new Dated(null, unreadable);
    }

    private static String iso(JsonNode v) {
        if (v.isIntegralNumber()) {
            long t = v.asLong();
            // Seconds since 1970 stay under 10^11 until the year 5138; milliseconds pass it in 1973.
            Instant when = Math.abs(t) < 100_000_000_000L ? Instant.ofEpochSecond(t) : Instant.ofEpochMilli(t);
            return when.toString();
        }
        return v.isTextual() ? Dates.iso(v.textValue()) : null;
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
