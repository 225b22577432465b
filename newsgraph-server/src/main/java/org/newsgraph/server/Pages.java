package org.newsgraph.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.span.Spans;
import org.newsgraph.store.Search;
import org.newsgraph.store.SearchQuery;
import org.newsgraph.store.SearchQueryException;
import org.newsgraph.store.Store;
import org.newsgraph.store.Table;
import org.newsgraph.store.query.ArticlePage;
import org.newsgraph.store.query.ArticleView;
import org.newsgraph.store.query.ReadCache;
import org.newsgraph.store.query.EntityLookup;
import org.newsgraph.store.query.EntityReport;
import org.newsgraph.store.query.Events;
import org.newsgraph.store.query.Graph;

/** The web UI's pages, rendered on the server: each gathers its data here and leaves the markup to its template. */
final class Pages {
    private static final int LATEST = 20;
    private static final int RESULTS = 20;
    private static final int SECTION_ROWS = 50;
    private static final int EVENT_ROWS = 200;
    private static final int LINKS_PER_EVENT = 5;
    private static final Map<String, String> SECTION_TITLES = Map.of("roles", "Roles", "affiliations", "Affiliations",
            "aliases", "Named as", "said", "What they said, newest first", "per_month", "Per month: articles mentioning them, quotations",
            "quoted_by", "Who speaks about them or relays their words", "mentioned_with", "Mentioned with");

    private final Store store;
    private final Search search;
    private final ReadCache reads;
    private final Templates templates = new Templates();
    private final byte[] css;
    private final byte[] openApi;
    private final String apiPage;
    private final java.util.function.Supplier<org.newsgraph.nlp.Analyzer> analyzer;

    Pages(Store store, ReadCache reads, Search search, java.util.function.Supplier<org.newsgraph.nlp.Analyzer> analyzer) {
        this.store = store;
        this.reads = reads;
        this.search = search;
        this.analyzer = analyzer;
        this.css = resource("static/newsgraph.css");
        this.openApi = resource("openapi.json");
        this.apiPage = apiPage();
    }

    private static byte[] resource(String name) {
        try (InputStream in = Pages.class.getResourceAsStream("/org/newsgraph/server/" + name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing " + name + " in the server's jar", e);
        }
    }

    /** {@code /openapi.json}: the API described, for programs. */
    void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApi);
    }

    /** {@code /api}: the same description as a page. */
    void api(Context ctx) {
        ctx.html(apiPage);
    }

    /** The API page, made once from the OpenAPI document (which does not change while the server runs). */
    private String apiPage() {
        com.fasterxml.jackson.databind.JsonNode doc;
        try {
            doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(openApi);
        } catch (IOException e) {
            throw new IllegalStateException("the server's openapi.json cannot be read", e);
        }
        List<Map<String, Object>> operations = new ArrayList<>();
        var paths = doc.path("paths").fields();
        while (paths.hasNext()) {
            var path = paths.next();
            var methods = path.getValue().fields();
            while (methods.hasNext()) {
                var m = methods.next();
                List<Map<String, Object>> params = new ArrayList<>();
                for (var p : m.getValue().path("parameters")) {
                    params.add(Map.of("name", p.path("name").asText(), "in", p.path("in").asText(),
                            "required", p.path("required").asBoolean() ? "yes" : "no", "description", p.path("description").asText()));
                }
                List<String> codes = new ArrayList<>();
                m.getValue().path("responses").fieldNames().forEachRemaining(codes::add);
                Map<String, Object> op = new HashMap<>();
                op.put("n", operations.size() + 1);
                op.put("method", m.getKey().toUpperCase(java.util.Locale.ROOT));
                op.put("path", path.getKey());
                op.put("summary", m.getValue().path("summary").asText());
                op.put("parameters", params);
                op.put("hasParameters", !params.isEmpty());
                op.put("responses", String.join(", ", codes));
                operations.add(op);
            }
        }
        return templates.page("api", "API", null, Map.of("description", doc.path("info").path("description").asText(), "operations", operations));
    }

    /** {@code /} and {@code /?q=}: the search page, or the latest articles. */
    void search(Context ctx) {
        String q = Params.text(ctx, "q");
        Map<String, Object> data = new HashMap<>();
        data.put("query", q);
        data.put("hasQuery", q != null);
        if (q == null) {
            data.put("latest", rows(store.read(c -> ArticlePage.latest(c, LATEST))));
        } else {
            List<Map<String, Object>> results = List.of();
            try {
                results = rows(store.read(c -> search.search(c, SearchQuery.articles(q).withLimit(RESULTS))));
            } catch (SearchQueryException e) {
                data.put("error", e.getMessage());
            }
            data.put("results", results);
            data.put("count", results.size());
            data.put("plural", results.size() == 1 ? "" : "s");
        }
        ctx.html(templates.page("search", q == null ? "Search" : q, q, data));
    }

    /** {@code /articles/{id}}: the article with its quotations marked per speaker. */
    void article(Context ctx) {
        String id = Params.path(ctx, "id");
        ArticleView a = reads.article(id)
                .orElseThrow(() -> ApiError.notFound("no article " + id + " in the store"));
        Map<String, Object> data = articleData(a);
        ctx.html(templates.page("article", (String) data.get("headline"), null, data));
    }

    /** {@code GET /analyze}: the form to paste an article into. */
    void pasteForm(Context ctx) {
        ctx.html(templates.page("paste", "Analyze an article", null, Map.of()));
    }

    /** {@code POST /analyze}: the pasted article analysed and shown as an article page, with the form above it. */
    void pasted(Context ctx) {
        String pasted = ctx.formParam("article");
        boolean html = "html".equals(ctx.formParam("as"));
        Map<String, Object> form = new HashMap<>();
        form.put("pasted", pasted == null ? "" : pasted);
        form.put("html", html);
        if (pasted == null || pasted.isBlank()) {
            form.put("error", "Paste an article first.");
            ctx.status(400).html(templates.page("paste", "Analyze an article", null, form));
            return;
        }
        org.newsgraph.document.Article article;
        try {
            article = html ? Analysis.fromHtml(pasted) : Analysis.fromText(pasted);
        } catch (ApiError e) {
            form.put("error", e.getMessage());
            ctx.status(e.status).html(templates.page("paste", "Analyze an article", null, form));
            return;
        }
        Map<String, Object> data = articleData(Pasted.view(analyzer.get().analyze(article)));
        // One page: the form, then the article.
        ctx.html(templates.layout("Analyze an article", null, templates.fragment("paste", form) + templates.fragment("article", data)));
    }

    private Map<String, Object> articleData(ArticleView a) {
        ArticleBody body = new ArticleBody(a);
        Map<String, Map<String, Object>> speakers = new LinkedHashMap<>();
        List<Map<String, Object>> quotes = new ArrayList<>();
        for (ArticleView.Quote q : a.quotes()) {
            String name = ArticleBody.speakerOf(q);
            Map<String, Object> s = speakers.computeIfAbsent(name, n -> {
                Map<String, Object> m = new HashMap<>();
                m.put("name", n);
                m.put("key", q.speakerKey());
                m.put("keyPath", q.speakerKey() == null ? null : Html.segment(q.speakerKey()));
                m.put("role", q.role());
                m.put("colour", body.colour(q));
                m.put("count", 0);
                return m;
            });
            int n = (int) s.get("count") + 1;
            s.put("count", n);
            s.put("plural", n == 1 ? "" : "s");
            quotes.add(Map.of("speaker", name, "colour", body.colour(q), "kind", q.kind(),
                    "cue", Spans.join(a.text(), q.cue()), "content", Spans.join(a.text(), q.content())));
        }
        Map<String, Object> data = new HashMap<>();
        data.put("headline", a.headline() == null ? "(no headline)" : a.headline());
        data.put("byline", a.byline().isEmpty() ? null : String.join(", ", a.byline()));
        data.put("published", a.published());
        data.put("url", Html.safeUrl(a.url()));
        data.put("body", body.html());
        data.put("speakers", new ArrayList<>(speakers.values()));
        data.put("hasSpeakers", !speakers.isEmpty());
        data.put("quotes", quotes);
        return data;
    }

    /** {@code /entities/{key}}: what the store knows of an entity — roles, affiliations, what they said, with whom. */
    void entity(Context ctx) {
        String key = Params.path(ctx, "key");
        EntityReport report = store.read(c -> EntityReport.of(c, key, SECTION_ROWS));
        Map<String, Object> data = new HashMap<>();
        Table who = report.sections().get(0).table();
        data.put("name", who.size() > 0 ? String.valueOf(who.get(0, "name")) : key);
        data.put("type", who.size() > 0 && who.columns().contains("type") ? who.get(0, "type") : "");
        data.put("note", report.resolution().note().orElse(null));
        data.put("network", "/network?entity=" + java.net.URLEncoder.encode(report.resolution().entity().key(), java.nio.charset.StandardCharsets.UTF_8));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (EntityReport.Section s : report.sections().subList(1, report.sections().size())) {
            Map<String, Object> m = new HashMap<>();
            m.put("id", s.name());
            m.put("title", SECTION_TITLES.getOrDefault(s.name(), s.name().replace('_', ' ')));
            m.put("empty", s.table().size() == 0);
            m.put("columns", s.table().columns());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (List<Object> row : s.table().rows()) {
                List<Map<String, Object>> cells = new ArrayList<>();
                for (int i = 0; i < row.size(); i++) {
                    String col = s.table().columns().get(i);
                    String v = row.get(i) == null ? "" : String.valueOf(row.get(i));
                    Map<String, Object> cell = new HashMap<>();
                    cell.put("text", v);
                    if (col.equals("article_id") && !v.isEmpty()) cell.put("href", "/articles/" + Html.segment(v));
                    if (col.equals("key") && !v.isEmpty()) cell.put("href", "/entities/" + Html.segment(v));
                    cells.add(cell);
                }
                rows.add(Map.of("cells", cells));
            }
            m.put("rows", rows);
            sections.add(m);
        }
        data.put("sections", sections);
        Table perMonth = report.section("per_month");
        if (perMonth.size() > 0) data.put("timeline", Timeline.svg(Timeline.months(perMonth)));
        ctx.html(templates.page("entity", (String) data.get("name"), null, data));
    }

    /** {@code /events?actor=&cameo=&since=}: the events, reports of one event folded, with a form to filter them. */
    void events(Context ctx) {
        String actor = Params.text(ctx, "actor");
        String cameo = Params.text(ctx, "cameo");
        String since = Params.text(ctx, "since");
        Events.Query q = new Events.Query(actor, cameo, since, EVENT_ROWS);
        Table t = store.read(c -> Events.folded(c, q));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> item : Items.of(t).items()) {
            Map<String, Object> m = new HashMap<>(item);
            Object g = item.get("goldstein");
            m.put("goldsteinClass", g instanceof Number n ? (n.doubleValue() < 0 ? "negative" : n.doubleValue() > 0 ? "positive" : "") : "");
            List<Map<String, Object>> links = new ArrayList<>();
            String articles = item.get("articles") == null ? "" : String.valueOf(item.get("articles"));
            int k = 1;
            String[] ids = articles.isBlank() ? new String[0] : articles.split(" ");
            for (String id : ids) {
                if (k > LINKS_PER_EVENT) break;
                links.add(Map.of("path", Html.segment(id), "n", k++));
            }
            m.put("links", links);
            m.put("more", ids.length > LINKS_PER_EVENT ? "and " + (ids.length - LINKS_PER_EVENT) + " more" : null);
            rows.add(m);
        }
        Map<String, Object> data = new HashMap<>();
        data.put("actor", actor);
        data.put("cameo", cameo);
        data.put("since", since);
        data.put("rows", rows);
        data.put("count", rows.size());
        data.put("plural", rows.size() == 1 ? "" : "s");
        ctx.html(templates.page("events", "Events", null, data));
    }

    /**
     * {@code /network[?entity=NAME&depth=1..3]}: the actor network, drawn and tabled; with {@code entity}, only
     * those within {@code depth} ties of that entity (a name, alias or key), it in the middle.
     */
    void network(Context ctx) {
        Table nodes = store.read(Graph::nodes);
        Table edges = store.read(Graph::edges);
        String asked = Params.text(ctx, "entity");
        Map<String, Object> data = new HashMap<>();
        data.put("asked", asked == null ? "" : asked);
        Network n;
        String title = "Actor network";
        if (asked == null) {
            n = new Network(nodes, edges);
            data.put("d1", true);
        } else {
            int depth = (int) Params.number(ctx, "depth", 1, 1, 3);
            org.newsgraph.store.query.NameResolution meant = store.read(c -> EntityLookup.require(c, asked));
            Graph.Neighbourhood around = Graph.around(nodes, edges, meant.entity().key(), depth);
            n = new Network(around.nodes(), around.edges(), meant.entity().key());
            title = "Network around " + meant.entity().name();
            data.put("centre", meant.entity().name());
            data.put("centrePath", Html.segment(meant.entity().key()));
            data.put("note", meant.note().orElse(null));
            data.put("depth", depth);
            data.put("plural", depth == 1 ? "" : "s");
            data.put("d" + depth, true);
        }
        data.put("title", title);
        data.put("empty", n.isEmpty());
        data.put("svg", n.svg());
        data.put("ties", n.rows());
        data.put("max", Network.MAX_ACTORS);
        data.put("maxTies", Network.MAX_TIES);
        ctx.html(templates.page("network", title, null, data));
    }

    void css(Context ctx) {
        ctx.contentType("text/css; charset=utf-8").header("Cache-Control", "max-age=3600").result(css);
    }

    /** An error as a page, for a browser: the message as text, never a trace. */
    String error(int status, String message) {
        String title = status == 404 ? "Not found" : status < 500 ? "That request cannot be answered" : "Something went wrong";
        return templates.page("error", title, null, Map.of("title", title, "message", message));
    }

    private static List<Map<String, Object>> rows(Table t) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> item : Items.of(t).items()) {
            Map<String, Object> m = new HashMap<>(item);
            Object id = item.get(item.containsKey("article_id") ? "article_id" : "id");
            m.put("idPath", id == null ? "" : Html.segment(String.valueOf(id)));
            if (m.get("headline") == null) m.put("headline", "(no headline)");
            out.add(m);
        }
        return out;
    }
}
