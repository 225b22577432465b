package org.newsgraph.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.span.Span;

/**
 * One article of a PolNeAR-layout JSONL file: {@code {"id", "text", "quotes": [{"source": {"spans"},
 * "cue": {"spans"}, "content": {"spans"}}]}}. The file's offsets count Unicode code points (Python
 * string indices); they are converted here to UTF-16 offsets, which is what a {@link Span} holds. Gold
 * attributions without content are dropped (there is nothing to score them by).
 */
record PolnearRecord(String id, String text, List<GoldAttribution> gold) {
    private static final ObjectMapper JSON = new ObjectMapper();

    PolnearRecord {
        gold = List.copyOf(gold);
    }

    static List<PolnearRecord> readAll(Path jsonl) throws IOException {
        List<PolnearRecord> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) continue;
            JsonNode n = JSON.readTree(line);
            String text = n.path("text").asText(null);
            if (text == null) throw new IOException(jsonl + ":" + lineNo + ": record has no \"text\"");
            String id = n.path("id").asText(jsonl.getFileName() + "#" + lineNo);
            List<GoldAttribution> gold = new ArrayList<>();
            for (JsonNode q : n.path("quotes")) {
                List<Span> content = spans(text, q.get("content"));
                if (content == null || content.isEmpty()) continue;
                gold.add(new GoldAttribution(spans(text, q.get("source")), spans(text, q.get("cue")), content));
            }
            out.add(new PolnearRecord(id, text, gold));
        }
        return out;
    }

    private static List<Span> spans(String text, JsonNode part) {
        if (part == null || part.isNull()) return null;
        List<Span> out = new ArrayList<>();
        for (JsonNode s : part.path("spans")) {
            out.add(new Span(utf16(text, s.get(0).asInt()), utf16(text, s.get(1).asInt())));
        }
        return out;
    }

    /** The UTF-16 index of code point {@code cp}; the identity for texts without astral characters. */
    static int utf16(String text, int cp) {
        if (text.length() == text.codePointCount(0, text.length())) return cp;
        return text.offsetByCodePoints(0, cp);
    }
}
