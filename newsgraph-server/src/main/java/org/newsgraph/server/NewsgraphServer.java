package org.newsgraph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import java.util.function.Supplier;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.store.Search;
import org.newsgraph.store.query.ReadCache;
import org.newsgraph.store.SearchQueryException;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.query.UnknownEntityException;

/**
 * {@code newsgraph serve}: the REST API and the web UI over a store, on Javalin. It listens on 127.0.0.1 unless told
 * otherwise, bounds request bodies, answers every error as {@code {"error": …}} with no stack trace, and
 * sends a Content-Security-Policy that forbids inline script and anything from elsewhere.
 */
public final class NewsgraphServer implements AutoCloseable {
    /** Where to listen, and the largest request body (a pasted page or an upload), in bytes. */
    public record Options(String host, int port, long maxBodyBytes) {
        public static final Options DEFAULT = new Options("127.0.0.1", 7070, 8L << 20);

        public Options at(String host, int port) {
            return new Options(host, port, maxBodyBytes);
        }
    }

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
                    + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Javalin app;
    private final Search search;
    private final Store store;
    private final Intake intake;

    private NewsgraphServer(Javalin app, Search search, Store store, Intake intake) {
        this.app = app;
        this.search = search;
        this.store = store;
        this.intake = intake;
    }

    /**
     * Starts serving the store {@code ingester} holds, taking new articles into it ({@code POST /api/articles});
     * {@code analyzer} is asked each time a request needs analysis (it should hand out one shared Analyzer).
     */
    public static NewsgraphServer start(Ingester ingester, Supplier<Analyzer> analyzer, Options options) {
        Store store = ingester.store();
        // Reads share the writer's DuckDB instance, so a request never waits for a batch being stored.
        store.holdOpen();
        Search search = null;
        try {
            search = Search.open(store);
            ReadCache reads = new ReadCache(store, search, ReadCache.DEFAULT_BYTES);
            ApiRoutes api = new ApiRoutes(store, reads, search, analyzer);
            Intake intake = new Intake(ingester, analyzer);
            Pages pages = new Pages(store, reads, search, analyzer);
            Javalin app = Javalin.create(config -> {
                config.jetty.host = options.host();
                config.jetty.port = options.port();
                config.http.maxRequestSize = options.maxBodyBytes();
                config.startup.showJavalinBanner = false;
                config.jsonMapper(new JavalinJackson(new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS), false));
                routes(config, api, intake, pages);
            });
            app.start();
            return new NewsgraphServer(app, search, store, intake);
        } catch (RuntimeException e) {
            if (search != null) search.close();
            store.release();
            throw e;
        }
    }

    /** The table of contents. */
    private static void routes(JavalinConfig config, ApiRoutes api, Intake intake, Pages pages) {
        config.routes.before(NewsgraphServer::securityHeaders);

        config.routes.get("/", pages::search);
        config.routes.get("/articles/{id}", pages::article);
        config.routes.get("/entities/{key}", pages::entity);
        config.routes.get("/events", pages::events);
        config.routes.get("/network", pages::network);
        config.routes.get("/analyze", pages::pasteForm);
        config.routes.post("/analyze", pages::pasted);
        config.routes.get("/static/newsgraph.css", pages::css);
        config.routes.get("/api", pages::api);
        config.routes.get("/openapi.json", pages::openApi);

        config.routes.get("/api/health", api::health);
        config.routes.get("/api/articles", api::articles);
        config.routes.get("/api/articles/{id}", api::article);
        config.routes.get("/api/search", api::search);
        config.routes.get("/api/quotes", api::quotes);
        config.routes.get("/api/entities", api::entities);
        config.routes.get("/api/entities/{key}", api::entity);
        config.routes.get("/api/events", api::events);
        config.routes.get("/api/graph", api::graph);
        config.routes.post("/api/analyze", api::analyze);
        config.routes.post("/api/articles", intake::post);
        config.routes.get("/api/intake/{n}", intake::status);

        config.routes.exception(ApiError.class, (e, ctx) -> error(ctx, pages, e.status, e.getMessage()));
        config.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, pages, 400, e.getMessage()));
        config.routes.exception(SearchQueryException.class, (e, ctx) -> error(ctx, pages, 400, e.getMessage()));
        config.routes.exception(UnknownEntityException.class, (e, ctx) -> error(ctx, pages, 404, e.getMessage()));
        config.routes.exception(HttpResponseException.class, (e, ctx) ->
                error(ctx, pages, e.getStatus(), e.getStatus() == 404 ? "no such page: " + ctx.path() : e.getMessage()));
        config.routes.exception(StoreException.class, (e, ctx) -> error(ctx, pages, 503, "the store could not answer: " + e.getMessage()));
        // Whatever else went wrong is ours, and its details are no business of the client's.
        config.routes.exception(Exception.class, (e, ctx) -> error(ctx, pages, 500, "internal error"));
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    /** JSON for the API, a page for a browser; the message as text, never a stack trace. */
    private static void error(Context ctx, Pages pages, int status, String message) {
        String m = message == null ? "error " + status : message;
        if (ctx.path().startsWith("/api/")) ctx.status(status).json(Map.of("error", m));
        else ctx.status(status).html(pages.error(status, m));
    }

    /** The port it listens on (the one the system chose, when asked for port 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        intake.close();
        search.close();
        store.release();
    }
}
