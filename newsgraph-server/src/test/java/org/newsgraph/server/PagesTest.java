package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.source.Sources;

/**
 * The web pages over a store whose articles carry hostile text: every headline, name, quotation, URL and
 * request parameter must come out as text, never as markup.
 */
class PagesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ID = "hostile-1";

    @TempDir
    static Path dir;

    private static Ingester ingester;
    private static NewsgraphServer server;

    @BeforeAll
    static void serveHostileArticles() throws Exception {
        Path in = dir.resolve("hostile.jsonl");
        Files.writeString(in, "{\"id\": \"" + ID + "\", \"title\": \"<script>alert('headline')</script>\","
                + " \"url\": \"javascript:alert('url')\", \"published\": \"2019-03-28\","
                + " \"text\": \"Maria Zakharova said the <img src=x onerror=alert('body')> plan was reckless. "
                + "\\\"It is <b>not</b> a threat,\\\" said Dmitry Peskov.\"}\n");
        Path db = dir.resolve("db");
        ingester = Ingester.open(db);
        ingester.ingest(Sources.open(in), Analyzer::standard, Ingester.Options.DEFAULT, Ingester.Listener.NONE);
        ingester.ingest(Sources.open(Path.of("../examples/seed/article.txt")), Analyzer::standard, Ingester.Options.DEFAULT,
                Ingester.Listener.NONE);
        server = NewsgraphServer.start(ingester, Analyzer::standard, new NewsgraphServer.Options("127.0.0.1", 0, 1 << 20));
    }

    @AfterAll
    static void stop() {
        server.close();
        ingester.close();
    }

    @Test
    void theArticlePageMarksEachQuotationInItsSpeakersColourAndLinksItsEntities() throws Exception {
        String seed = get("/?q=Zakharova").body();
        String href = seed.replaceAll("(?s).*?href=\"(/articles/[0-9a-f]{64})\".*", "$1");
        String page = get(href).body();
        assertThat(page).contains("<h1>EU frowns, US roars as Russian troops start arriving in Venezuela</h1>");
        assertThat(page).containsPattern("<mark class=\"quote s\\d\" tabindex=\"0\" title=\"Maria Zakharova, spokeswoman\"");
        assertThat(page).containsPattern("<mark class=\"cue s\\d\"[^>]*>described</mark>");
        assertThat(page).contains("<a class=\"entity\" href=\"/entities/person%3Amaria-zakharova\">Maria Zakharova</a>");
        assertThat(page).contains("<main id=\"main\">").contains("<nav aria-label=\"newsgraph\">").contains("<html lang=\"en\">");
        assertThat(get("/entities/person%3Amaria-zakharova").body()).contains("<h1>Maria Zakharova</h1>").contains("spokeswoman");
    }

    @Test
    void theEntityPageDrawsTheirMonthsAsATimeline() throws Exception {
        String page = get("/entities/person%3Amaria-zakharova").body();
        assertThat(page).contains("<svg class=\"timeline\"");
        assertThat(page).containsPattern("<rect class=\"quotes\"[^>]*><title>2019-03: [1-9]\\d* quotations</title></rect>");
    }

    @Test
    void theNetworkDrawsWhoBacksAndOpposesWhomAndTablesItForReadersWhoCannotSeeIt() throws Exception {
        String page = get("/network").body();
        assertThat(page).contains("<svg class=\"network\"").contains("role=\"img\"");
        assertThat(page).containsPattern("<line class=\"tie supports\"[^>]*><title>Russia supports Nicolás Maduro \\(1\\)</title>");
        assertThat(page).containsPattern("<td><a href=\"/entities/country%3ARU\">Russia</a></td><td><span class=\"key supports\" aria-hidden=\"true\"></span>supports</td>");
        assertThat(page).contains("href=\"/events?actor=Donald%20Trump&amp;cameo=13\"");
    }

    @Test
    void theNetworkCentredOnOneEntityDrawsItInTheMiddleWithOnlyThoseTiedToIt() throws Exception {
        String whole = get("/network").body();
        String around = get("/network?entity=Maduro").body();
        assertThat(around).contains("<h1>Network around Nicolás Maduro</h1>")
                .containsPattern("<circle class=\"actor centre\" cx=\"320.0\" cy=\"320.0\"")
                .containsPattern("<line class=\"tie supports\"[^>]*><title>Russia supports Nicolás Maduro \\(1\\)</title>")
                .contains("<option value=\"1\" selected>1 tie</option>");
        int wholeTies = whole.split("<line class=\"tie ").length - 1;
        int aroundTies = around.split("<line class=\"tie ").length - 1;
        assertThat(aroundTies).isPositive().isLessThan(wholeTies);
        assertThat(get("/network?entity=Maduro&depth=3").body().split("<line class=\"tie ").length - 1)
                .as("further out, more of the network").isBetween(aroundTies, wholeTies);
        assertThat(get("/entities/person%3Amaria-zakharova").body()).contains("href=\"/network?entity&#61;person%3Amaria-zakharova\"");
        HttpResponse<String> unknown = get("/network?entity=" + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
    }

    @Test
    void theEventsTableFiltersAndShowsGoldsteinScores() throws Exception {
        String threats = get("/events?cameo=13").body();
        assertThat(threats).contains("<td>Donald Trump <span class=\"code\">USAGOV</span></td><td>130</td><td class=\"goldstein negative\">-4.4</td>");
        assertThat(threats).contains("1 event;");
        assertThat(get("/events?cameo=abc").statusCode()).isEqualTo(400);
    }

    @Test
    void theApiIsDescribedForProgramsAndForPeople() throws Exception {
        com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(get("/openapi.json").body());
        assertThat(doc.path("openapi").asText()).startsWith("3.1");
        for (String path : List.of("/api/health", "/api/articles", "/api/articles/{id}", "/api/search", "/api/quotes", "/api/entities", "/api/entities/{key}",
                "/api/events", "/api/graph", "/api/analyze")) {
            assertThat(doc.path("paths").has(path)).as(path).isTrue();
        }
        assertThat(get("/api").body()).contains("<code>/api/quotes</code>").contains("<code>speaker</code>");
        com.fasterxml.jackson.databind.JsonNode zakharova = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(get("/api/entities/person%3Amaria-zakharova").body());
        assertThat(zakharova.path("roles").get(0).path("role").asText()).isEqualTo("spokeswoman");
    }

    @Test
    void storedTextIsRenderedAsTextNeverAsMarkup() throws Exception {
        String page = get("/articles/" + ID).body();
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img").doesNotContain("<b>not</b>");
        assertThat(page).contains("&lt;script&gt;alert(&#39;headline&#39;)&lt;/script&gt;");
        assertThat(page).contains("&lt;img src=x onerror=alert(&#39;body&#39;)&gt;");
        assertThat(page).as("a javascript: URL is no link").doesNotContain("javascript:");
        String latest = get("/").body();
        assertThat(latest).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;headline&#39;)");
    }

    @Test
    void requestParametersAreRenderedAsText() throws Exception {
        String q = "\"><script>alert(1)</script><a href=\"javascript:alert(2)\">";
        HttpResponse<String> r = get("/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("<script>alert(1)").doesNotContain("href=\"javascript:");
        assertThat(r.body()).contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
        HttpResponse<String> missing = get("/articles/" + URLEncoder.encode("<script>x</script>", StandardCharsets.UTF_8));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).doesNotContain("<script>x").contains("&lt;script&gt;x&lt;/script&gt;");
        HttpResponse<String> entity = get("/entities/" + URLEncoder.encode("<img src=x onerror=alert(3)>", StandardCharsets.UTF_8));
        assertThat(entity.statusCode()).isEqualTo(404);
        assertThat(entity.body()).doesNotContain("<img");
    }

    @Test
    void aPastedArticleIsShownAnalysedAndNothingIsStored() throws Exception {
        assertThat(get("/analyze").body()).contains("<label for=\"article\">The article</label>");
        String text = "Maria Zakharova said the <script>alert('paste')</script> plan was reckless.";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/analyze"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("as=text&article=" + URLEncoder.encode(text, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).containsPattern("<mark class=\"quote s\\d\"[^>]*title=\"Maria Zakharova\"");
        assertThat(r.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;paste&#39;)&lt;/script&gt;");
        assertThat(get("/?q=paste").body()).as("nothing stored").contains("0 articles for");
        HttpResponse<String> empty = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/analyze"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("article=")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Paste an article first.");
    }

    @Test
    void pagesForbidInlineScriptAndServeTheirStylesheet() throws Exception {
        HttpResponse<String> r = get("/");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'")
                .contains("style-src 'self'").doesNotContain("unsafe-inline");
        assertThat(r.body()).doesNotContain("<script").doesNotContain("style=\"");
        HttpResponse<String> css = get("/static/newsgraph.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
