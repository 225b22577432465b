package org.newsgraph.nlp.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One page of a who-said-what gold file (the layout of {@code data/quotes/GUIDE.md}): the page it names,
 * relative to the pages directory, and the attributions a careful reader lists, each with its speaker
 * resolved to a canonical name (null for an unnamed source) and the other names it goes by.
 */
public record QuotesGold(String page, List<Quote> attributions) {

    /** One gold attribution; {@code speaker} and {@code via} may be null, {@code content} never. */
    public record Quote(String speaker, List<String> aliases, String speakerType, String sourceText, String cue,
                        String content, String kind, String via) {
        public Quote {
            Objects.requireNonNull(content, "content");
            aliases = List.copyOf(aliases);
        }

        /** Whether the text names the speaker (a person, organisation, country or named group). */
        public boolean named() {
            return speaker != null;
        }
    }

    public QuotesGold {
        Objects.requireNonNull(page, "page");
        attributions = List.copyOf(attributions);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads every page of a gold file. A line that is not such a record is an {@link IllegalArgumentException}
     * naming the file and line, so a broken gold file is never scored in part.
     */
    public static List<QuotesGold> readAll(Path jsonl) throws IOException {
        List<QuotesGold> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) continue;
                try {
                    out.add(parse(JSON.readTree(line)));
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException(jsonl + "#" + lineNo + ": not JSON: " + e.getOriginalMessage(), e);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(jsonl + "#" + lineNo + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    private static QuotesGold parse(JsonNode n) {
        String page = text(n, "page");
        if (page == null) throw new IllegalArgumentException("no \"page\"");
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode a : n.path("attributions")) {
            String content = text(a, "content");
            if (content == null || content.isBlank()) throw new IllegalArgumentException("an attribution without \"content\"");
            List<String> aliases = new ArrayList<>();
            for (JsonNode al : a.path("aliases")) if (al.isTextual()) aliases.add(al.asText());
            quotes.add(new Quote(text(a, "speaker"), aliases, text(a, "speaker_type"), text(a, "source_text"),
                    text(a, "cue"), content, text(a, "kind"), text(a, "via")));
        }
        return new QuotesGold(page, quotes);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
