package org.newsgraph.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.store.Search;
import org.newsgraph.store.SearchQuery;
import org.newsgraph.store.SearchQueryException;
import org.newsgraph.store.Store;
import org.newsgraph.store.Table;
import org.newsgraph.store.query.ArticlePage;
import org.newsgraph.store.query.ArticleView;
import org.newsgraph.store.query.EntityReport;

/** The web UI's pages, rendered on the server: each gathers its data here and leaves the markup to its template. */
final class Pages {
    private static final int LATEST = 20;
    private static final int RESULTS = 20;
    private static final int SECTION_ROWS = 50;

    private final Store store;
    private final Search search;
    private final Templates templates = new Templates();
    private final byte[] css;

    Pages(Store store, Search search) {
        this.store = store;
        this.search = search;
        try (InputStream in = Pages.class.getResourceAsStream("/org/newsgraph/server/static/newsgraph.css")) {
            this.css = in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing the stylesheet in the server's jar", e);
        }
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
        String id = ctx.pathParam("id");
        ArticleView a = store.read(c -> ArticleView.of(c, id))
                .orElseThrow(() -> ApiError.notFound("no article " + id + " in the store"));
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
                    "cue", text(a.text(), q.cue()), "content", text(a.text(), q.content())));
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
        ctx.html(templates.page("article", (String) data.get("headline"), null, data));
    }

    /** {@code /entities/{key}}: what the store knows of an entity — roles, affiliations, what they said, with whom. */
    void entity(Context ctx) {
        String key = ctx.pathParam("key");
        EntityReport report = store.read(c -> EntityReport.of(c, key, SECTION_ROWS));
        Map<String, Object> data = new HashMap<>();
        Table who = report.sections().get(0).table();
        data.put("name", who.size() > 0 ? String.valueOf(who.get(0, "name")) : key);
        data.put("type", who.size() > 0 && who.columns().contains("type") ? who.get(0, "type") : "");
        data.put("note", report.resolution().note().orElse(null));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (EntityReport.Section s : report.sections().subList(1, report.sections().size())) {
            Map<String, Object> m = new HashMap<>();
            m.put("id", s.name());
            m.put("title", s.name().replace('_', ' '));
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
        ctx.html(templates.page("entity", (String) data.get("name"), null, data));
    }

    void css(Context ctx) {
        ctx.contentType("text/css; charset=utf-8").header("Cache-Control", "max-age=3600").result(css);
    }

    /** An error as a page, for a browser: the message as text, never a trace. */
    String error(int status, String message) {
        String title = status == 404 ? "Not found" : status < 500 ? "That request cannot be answered" : "Something went wrong";
        return templates.page("error", title, null, Map.of("title", title, "message", message));
    }

    private static String text(String text, List<org.newsgraph.span.Span> spans) {
        StringBuilder b = new StringBuilder();
        for (org.newsgraph.span.Span s : spans) {
            if (b.length() > 0) b.append(" … ");
            b.append(text, s.begin(), s.end());
        }
        return b.toString();
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
