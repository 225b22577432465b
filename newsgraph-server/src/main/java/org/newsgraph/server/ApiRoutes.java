package org.newsgraph.server;

import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Supplier;
import org.newsgraph.document.Article;
import org.newsgraph.entity.EntityType;
import org.newsgraph.json.DocumentJson;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.store.Search;
import org.newsgraph.store.SearchQuery;
import org.newsgraph.store.Store;
import org.newsgraph.store.Table;
import org.newsgraph.store.query.ArticlePage;
import org.newsgraph.store.query.EntityList;
import org.newsgraph.store.query.EntityLookup;
import org.newsgraph.store.query.EntityReport;
import org.newsgraph.store.query.Events;
import org.newsgraph.store.query.Graph;
import org.newsgraph.store.query.Quotes;
import org.newsgraph.store.query.ReadCache;
import org.newsgraph.store.query.StoredArticle;

/**
 * The JSON API's handlers: each reads its parameters ({@link Params}), asks the store one of its queries
 * (never SQL made from the request), and answers a list as {@link Items}.
 */
final class ApiRoutes {
    private final Store store;
    private final ReadCache reads;
    private final Search search;
    private final Analysis analysis;
    private final Supplier<Analyzer> analyzer;

    ApiRoutes(Store store, ReadCache reads, Search search, Supplier<Analyzer> analyzer) {
        this.store = store;
        this.reads = reads;
        this.search = search;
        this.analyzer = analyzer;
        this.analysis = new Analysis(analyzer);
    }

    void health(Context ctx) {
        long articles = store.read(ArticlePage::count);
        ctx.json(Map.of("status", "ok", "articles", articles));
    }

    /** {@code ?after=SEQ&limit=N}: the next page starts after the last {@code seq} of this one. */
    void articles(Context ctx) {
        long after = Params.number(ctx, "after", 0, 0, Long.MAX_VALUE);
        int limit = Params.limit(ctx);
        Table t = store.read(c -> ArticlePage.after(c, after, limit));
        String next = t.size() == limit ? String.valueOf(t.rows().get(t.size() - 1).get(0)) : null;
        ctx.json(Items.of(t, next));
    }

    /**
     * {@code /api/articles/{id}}: the article's analysis, the JSON of {@code analyze} (DESIGN.md) — made again
     * from the stored article, which gives the same analysis when the server's options are ingest's.
     */
    void article(Context ctx) {
        String id = Params.path(ctx, "id");
        Article a = store.read(c -> StoredArticle.of(c, id)).orElseThrow(() -> ApiError.notFound("no article " + id + " in the store"));
        ctx.contentType("application/json").result(DocumentJson.toLine(analyzer.get().analyze(a)));
    }

    /** {@code ?q=QUERY[&quotes=true][&since=DATE][&limit=N]}: articles (or quotations) by Lucene's query syntax. */
    void search(Context ctx) {
        String q = Params.required(ctx, "q");
        SearchQuery query = ("true".equals(ctx.queryParam("quotes")) ? SearchQuery.quotes(q) : SearchQuery.articles(q))
                .withLimit(Params.limit(ctx));
        String since = Params.text(ctx, "since");
        if (since != null) query = query.withSince(since);
        SearchQuery finalQuery = query;
        ctx.json(Items.of(store.read(c -> search.search(c, finalQuery))));
    }

    /** {@code ?speaker=NAME[&about=NAME][&since=DATE][&limit=N]}: what someone said, newest first. */
    void quotes(Context ctx) {
        Quotes.Query q = new Quotes.Query(Params.required(ctx, "speaker"), Params.text(ctx, "about"), Params.text(ctx, "since"),
                Params.limit(ctx));
        Quotes.Answer answer = reads.quotes(q);
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("items", Items.of(answer.table()).items());
        body.put("next", null);
        body.put("notes", answer.notes()); // what the names were taken to mean, when that was a guess
        ctx.json(body);
    }

    /** {@code ?type=person|org|country[&limit=N]}: the most mentioned entities. */
    void entities(Context ctx) {
        String type = Params.text(ctx, "type");
        EntityType t = type == null ? null : EntityList.type(type);
        int limit = Params.limit(ctx);
        ctx.json(Items.of(store.read(c -> EntityList.top(c, t, limit))));
    }

    /** {@code /api/entities/{key}}: what the store knows of one entity (a key, or a name to resolve), by section. */
    void entity(Context ctx) {
        String key = Params.path(ctx, "key");
        EntityReport report = store.read(c -> EntityReport.of(c, key, Params.limit(ctx)));
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("resolved_as", report.resolution().note().orElse(null));
        for (EntityReport.Section s : report.sections()) body.put(s.name(), Items.of(s.table()).items());
        ctx.json(body);
    }

    /** {@code ?actor=CODE|NAME[&cameo=ROOT][&since=DATE][&limit=N]}: events, reports of one event folded. */
    void events(Context ctx) {
        Events.Query q = new Events.Query(Params.text(ctx, "actor"), Params.text(ctx, "cameo"), Params.text(ctx, "since"), Params.limit(ctx));
        ctx.json(Items.of(store.read(c -> Events.folded(c, q))));
    }

    /**
     * {@code ?entity=KEY|NAME&depth=1..3}: the entities within {@code depth} edges of one (either direction),
     * and the edges between them; without {@code entity}, the whole graph.
     */
    void graph(Context ctx) {
        Table nodes = store.read(Graph::nodes);
        Table edges = store.read(Graph::edges);
        String entity = Params.text(ctx, "entity");
        if (entity == null) {
            ctx.json(Map.of("nodes", Items.of(nodes).items(), "edges", Items.of(edges).items()));
            return;
        }
        int depth = (int) Params.number(ctx, "depth", 1, 1, 3);
        String start = store.read(c -> EntityLookup.require(c, entity)).entity().key();
        Graph.Neighbourhood around = Graph.around(nodes, edges, start, depth);
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("entity", start);
        body.put("depth", depth);
        body.put("nodes", Items.of(around.nodes()).items());
        body.put("edges", Items.of(around.edges()).items());
        ctx.json(body);
    }

    /** POST text/plain, text/html or JSON {@code {"text"}} / {@code {"html"}}: the analysis, not stored. */
    void analyze(Context ctx) {
        ctx.contentType("application/json").result(analysis.of(ctx));
    }
}
