package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.source.Sources;
import org.newsgraph.store.Store;

/** The API over a store holding the seed article, through real HTTP on loopback. */
class NewsgraphServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;

    private static NewsgraphServer server;
    private static Ingester ingester;

    @BeforeAll
    static void serveTheSeed() {
        Path db = dir.resolve("db");
        try (Ingester first = Ingester.open(db)) {
            first.ingest(Sources.open(Path.of("../examples/seed/article.txt")), Analyzer::standard,
                    Ingester.Options.DEFAULT, Ingester.Listener.NONE);
        }
        ingester = Ingester.open(db);
        server = NewsgraphServer.start(ingester, Analyzer::standard, new NewsgraphServer.Options("127.0.0.1", 0, 4_000));
    }

    @AfterAll
    static void stop() {
        server.close();
        ingester.close();
    }

    @Test
    void postedArticlesAreStoredOnceAndFoundAtOnce() throws Exception {
        String jsonl = "{\"id\": \"posted-1\", \"text\": \"The Kremlin said on Monday that Lavrov met Wang Yi in Beijing.\"}\n"
                + "{\"id\": \"posted-2\", \"text\": \"Pompeo said the sanctions would stay.\"}\n";
        long before = json(get("/api/health")).path("articles").asLong();
        HttpResponse<String> r = post("/api/articles", "application/x-ndjson", jsonl);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).path("added").asLong()).isEqualTo(2);
        assertThat(json(post("/api/articles", "application/x-ndjson", jsonl)).path("present").asLong())
                .as("posting again adds nothing").isEqualTo(2);
        assertThat(json(get("/api/search?q=Lavrov")).path("items").get(0).path("article_id").asText()).isEqualTo("posted-1");
        assertThat(json(get("/api/health")).path("articles").asLong()).isEqualTo(before + 2);
        HttpResponse<String> bad = post("/api/articles", "application/x-ndjson", "{not json\n");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(json(bad).path("notes").toString()).contains("stdin");
    }

    @Test
    void aPostThatAsksToRespondAsyncIsAcceptedAtOnceWithALinkThatTellsWhenItIsStored() throws Exception {
        String jsonl = "{\"id\": \"posted-async-1\", \"text\": \"Guterres said the talks in Geneva would resume.\"}\n";
        JsonNode state = postAsyncAndFollow(jsonl);
        assertThat(state.path("status").asText()).as(state.toString()).isEqualTo("done");
        assertThat(state.path("added").asLong()).isEqualTo(1);
        assertThat(get("/api/articles/posted-async-1").statusCode()).isEqualTo(200);
        JsonNode bad = postAsyncAndFollow("{not json\n");
        assertThat(bad.path("status").asText()).as(bad.toString()).isEqualTo("failed");
        assertThat(bad.path("notes").toString()).contains("stdin");
        assertError(get("/api/intake/99999"), 404, "no accepted post 99999");
        assertError(get("/api/intake/x"), 400, "n must be");
    }

    @Test
    void healthSaysHowManyArticlesAndEveryAnswerCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> r = get("/api/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("articles").asLong()).isPositive();
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void articlesComeAPageAtATimeWithACursor() throws Exception {
        JsonNode first = json(get("/api/articles?limit=1"));
        assertThat(first.path("items")).hasSize(1);
        assertThat(first.path("items").get(0).path("headline").asText()).startsWith("EU frowns, US roars");
        long all = json(get("/api/health")).path("articles").asLong();
        String next = first.path("next").asText();
        int seen = 1;
        while (!next.equals("null")) {
            JsonNode page = json(get("/api/articles?limit=1&after=" + next));
            seen += page.path("items").size();
            next = page.path("next").isNull() ? "null" : page.path("next").asText();
        }
        assertThat(seen).as("every article once, a page at a time").isEqualTo(all);
    }

    @Test
    void anArticlesAnalysisIsWhatAnalyzeGives() throws Exception {
        String id = json(get("/api/articles?limit=1")).path("items").get(0).path("id").asText();
        HttpResponse<String> r = get("/api/articles/" + id);
        assertThat(r.statusCode()).isEqualTo(200);
        org.newsgraph.source.Source seed = Sources.open(Path.of("../examples/seed/article.txt"));
        String analyzed = org.newsgraph.json.DocumentJson.toLine(
                Analyzer.standard().analyze(((org.newsgraph.source.Loaded) seed.next()).article()));
        assertThat(r.body()).isEqualTo(analyzed);
        assertThat(json(r).path("events")).isNotEmpty();
        assertThat(get("/api/articles/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void quotesEventsEntitiesSearchAndTheGraphAnswerFromTheStore() throws Exception {
        JsonNode quotes = json(get("/api/quotes?speaker=Zakharova"));
        assertThat(quotes.path("items")).isNotEmpty();
        assertThat(quotes.path("items").get(0).path("speaker").asText()).contains("Zakharova");
        JsonNode events = json(get("/api/events?cameo=10"));
        assertThat(events.path("items").get(0).path("source").asText()).isEqualTo("Donald Trump");
        assertThat(json(get("/api/entities?type=country")).path("items")).isNotEmpty();
        assertThat(json(get("/api/search?q=Venezuela")).path("items")).isNotEmpty();
        JsonNode graph = json(get("/api/graph"));
        assertThat(graph.path("nodes")).isNotEmpty();
        assertThat(graph.path("edges")).isNotEmpty();
        JsonNode around = json(get("/api/graph?entity=Maduro&depth=1"));
        assertThat(around.path("entity").asText()).isEqualTo("person:nicolas-maduro");
        assertThat(around.path("nodes").size()).isBetween(2, graph.path("nodes").size() - 1);
        assertThat(around.path("edges").toString()).contains("country:RU").contains("supports");
        for (JsonNode e : around.path("edges")) {
            assertThat(around.path("nodes").toString()).contains(e.path("source").asText()).contains(e.path("target").asText());
        }
        assertThat(get("/api/graph?entity=Maduro&depth=9").statusCode()).isEqualTo(400);
    }

    @Test
    void analyzeReturnsTheAnalysisWithoutStoringIt() throws Exception {
        long before = json(get("/api/health")).path("articles").asLong();
        HttpResponse<String> r = post("/api/analyze", "text/plain", "The minister said it was fine. <script>alert(1)</script>");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(json(r).path("attributions")).isNotEmpty();
        HttpResponse<String> j = post("/api/analyze", "application/json", "{\"text\": \"Russia said on Monday it was fine.\"}");
        assertThat(json(j).path("entities").toString()).contains("Russia");
        assertThat(json(get("/api/health")).path("articles").asLong()).as("nothing stored").isEqualTo(before);
        assertThat(get("/api/articles/" + json(r).path("id").asText()).statusCode()).as("not kept under its id").isEqualTo(404);
    }

    @Test
    void badRequestsAreAJsonErrorAndNeverAStackTrace() throws Exception {
        assertError(post("/api/analyze", "application/json", "{\"text\": "), 400, "malformed JSON");
        assertError(post("/api/analyze", "application/json", "[1, 2]"), 400, "send a JSON object");
        assertError(post("/api/analyze", "image/png", "x"), 415, "send text/plain");
        assertError(post("/api/analyze", "text/plain", "x".repeat(10_000)), 413, "");
        assertError(get("/api/quotes"), 400, "speaker: required");
        assertError(get("/api/events?limit=0"), 400, "limit: from 1 to 1000, not 0");
        assertError(get("/api/events?limit=ten"), 400, "limit: not a whole number");
        assertError(get("/api/search?q=foo~bar%5E%5E"), 400, "");
        assertError(get("/api/nowhere"), 404, "no such page");
    }

    private static void assertError(HttpResponse<String> r, int status, String message) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(json(r).path("error").asText()).contains(message);
        assertThat(r.body()).doesNotContain("at org.").doesNotContain("Exception");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts JSONL with {@code Prefer: respond-async}, checks the 202 and its link, and follows the link until the post ends. */
    private static JsonNode postAsyncAndFollow(String jsonl) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri("/api/articles")).header("Content-Type", "application/x-ndjson")
                .header("Prefer", "respond-async").POST(HttpRequest.BodyPublishers.ofString(jsonl)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        String link = r.headers().firstValue("Location").orElseThrow();
        assertThat(link).matches("/api/intake/\\d+");
        assertThat(json(r).path("link").asText()).isEqualTo(link);
        JsonNode state = json(get(link));
        for (int i = 0; i < 600 && !state.path("status").asText().matches("done|failed"); i++) {
            Thread.sleep(100);
            state = json(get(link));
        }
        return state;
    }

    private static HttpResponse<String> post(String path, String type, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }
}
