package org.newsgraph.cli.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a PolNeAR-layout gold file once before {@code eval polnear} scores it, and names the first line
 * that is not what the evaluation expects ({@code file#N: …}, as {@code eval quotes} does): the
 * evaluation's own reader stops at a bad line with the JSON parser's message and no line, or with a
 * NullPointerException on a span of one number, and silently scores a span past the end of its text.
 *
 * <p>A line is one object with a string {@code "text"} and optional {@code "quotes"}: objects whose
 * {@code source}, {@code cue} and {@code content} (each optional) hold {@code "spans"}, pairs
 * {@code [begin, end]} of code point offsets with 0 ≤ begin ≤ end ≤ the text's length.
 */
public final class PolnearGoldCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PARTS = List.of("source", "cue", "content");

    private PolnearGoldCheck() {}

    /**
     * The first problem of {@code file}, as {@code file#N: what}; empty when every line is fine. The file is
     * read whole, as the evaluation reads it, and decoded line by line, so a line that is not UTF-8 is named.
     */
    static Optional<String> firstProblem(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int lineNo = 0;
        for (int start = 0; start < bytes.length; ) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') end++;
            lineNo++;
            String line;
            try {
                line = utf8.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
            } catch (CharacterCodingException e) {
                return Optional.of(file + "#" + lineNo + ": not UTF-8 text");
            }
            start = end + 1;
            if (line.isBlank()) continue;
            String problem = problem(line);
            if (problem != null) return Optional.of(file + "#" + lineNo + ": " + problem);
        }
        return Optional.empty();
    }

    /** What is wrong with one line, or null. */
    static String problem(String line) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return "not JSON: " + e.getOriginalMessage();
        }
        if (!n.isObject()) return "not a JSON object; each line must be {\"id\": …, \"text\": …, \"quotes\": […]}";
        if (!n.path("text").isTextual()) return "no \"text\" string; each line must be {\"id\": …, \"text\": …, \"quotes\": […]}";
        JsonNode quotes = n.path("quotes");
        if (quotes.isMissingNode() || quotes.isNull()) return null;
        if (!quotes.isArray()) return "\"quotes\" is not a list";
        String text = n.get("text").asText();
        int length = text.codePointCount(0, text.length());
        for (int q = 0; q < quotes.size(); q++) {
            for (String part : PARTS) {
                String p = spansProblem(quotes.get(q).get(part), length);
                if (p != null) return "quote " + (q + 1) + ": " + part + " " + p;
            }
        }
        return null;
    }

    private static String spansProblem(JsonNode part, int length) {
        if (part == null || part.isNull()) return null;
        JsonNode spans = part.path("spans");
        if (spans.isMissingNode()) return null;
        if (!spans.isArray()) return "\"spans\" is not a list of [begin, end] pairs";
        for (JsonNode s : spans) {
            if (!s.isArray() || s.size() != 2 || !s.get(0).canConvertToInt() || !s.get(1).canConvertToInt()
                    || !s.get(0).isIntegralNumber() || !s.get(1).isIntegralNumber()) {
                return "span " + s + " is not a pair [begin, end] of whole numbers";
            }
            int begin = s.get(0).asInt();
            int end = s.get(1).asInt();
            if (begin < 0 || end < begin) return "span " + s + " does not run forward from 0 or more";
            if (end > length) return "span " + s + " ends past the text (" + length + " characters)";
        }
        return null;
    }
}
