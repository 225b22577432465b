package org.newsgraph.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;
import org.newsgraph.document.Article;
import org.newsgraph.extract.HtmlExtractor;
import org.newsgraph.extract.TextStructure;
import org.newsgraph.json.DocumentJson;
import org.newsgraph.nlp.Analyzer;

/** {@code POST /api/analyze}: one article from the request body, analyzed as {@code analyze} would, not stored. */
final class Analysis {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Supplier<Analyzer> analyzer;

    Analysis(Supplier<Analyzer> analyzer) {
        this.analyzer = analyzer;
    }

    String of(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        byte[] body = ctx.bodyAsBytes(); // bounded by the server's request limit (413 past it)
        Article article;
        if (type.startsWith("text/plain")) {
            article = fromText(new String(body, StandardCharsets.UTF_8));
        } else if (type.startsWith("text/html")) {
            article = fromHtml(new String(body, StandardCharsets.UTF_8));
        } else if (type.startsWith("application/json")) {
            article = fromJson(body);
        } else {
            throw new ApiError(415, "send text/plain, text/html, or application/json with \"text\" or \"html\"");
        }
        return DocumentJson.toLine(analyzer.get().analyze(article));
    }

    static Article fromText(String text) {
        if (text.isBlank()) throw ApiError.badRequest("the text is empty");
        return TextStructure.of(text, null).applyTo(Article.builder("request", text)).build();
    }

    static Article fromHtml(String html) {
        Article a = HtmlExtractor.extract(html, null).toArticle("request");
        if (a.text().isBlank()) throw ApiError.badRequest("no article text found in the page");
        return a;
    }

    private static Article fromJson(byte[] body) {
        JsonNode o;
        try {
            o = JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiError.badRequest("malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiError.badRequest("unreadable body: " + e.getMessage());
        }
        if (o == null || !o.isObject()) throw ApiError.badRequest("send a JSON object with \"text\" or \"html\"");
        if (o.path("text").isTextual()) return fromText(o.get("text").asText());
        if (o.path("html").isTextual()) return fromHtml(o.get("html").asText());
        throw ApiError.badRequest("send a JSON object with \"text\" or \"html\"");
    }
}
