package org.newsgraph.server;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.newsgraph.ingest.IngestSummary;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.source.Source;
import org.newsgraph.source.SourceOptions;
import org.newsgraph.source.Sources;

/**
 * {@code POST /api/articles}: new articles reach the store through the server, which holds it. The body is
 * what {@code ingest} reads from stdin — JSONL (application/x-ndjson, ids kept), a web page, a feed, a
 * WARC, a plain text — recognised from its content. It is answered once stored, with what happened; or, when
 * the client sends {@code Prefer: respond-async} (RFC 7240), at once with 202 and a link,
 * {@code GET /api/intake/{n}}, that tells how it goes and then what happened.
 */
final class Intake implements AutoCloseable {
    /** Accepted posts kept for their link to answer: the newest this many. */
    private static final int KEPT = 1_000;
    /** Posts waiting their turn at most: past it a client is told to come back (503), memory stays bounded. */
    private static final int WAITING = 16;

    private final Ingester ingester;
    private final Supplier<Analyzer> analyzer;
    private final AtomicLong numbers = new AtomicLong();
    private final Map<Long, Map<String, Object>> accepted = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Map<String, Object>> eldest) {
                    return size() > KEPT;
                }
            });
    // One post at a time, in the order accepted: the ingester takes one source at a time anyway.
    private final ExecutorService worker = new java.util.concurrent.ThreadPoolExecutor(1, 1, 0, java.util.concurrent.TimeUnit.SECONDS,
            new java.util.concurrent.ArrayBlockingQueue<>(WAITING), r -> {
                Thread t = new Thread(r, "newsgraph-intake");
                t.setDaemon(true);
                return t;
            });

    Intake(Ingester ingester, Supplier<Analyzer> analyzer) {
        this.ingester = ingester;
        this.analyzer = analyzer;
    }

    void post(Context ctx) {
        if (ctx.contentLength() == 0) throw ApiError.badRequest("the body is empty: send articles (JSONL, a page, a text)");
        String prefer = ctx.header("Prefer");
        if (prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains("respond-async")) {
            accept(ctx);
            return;
        }
        IngestSummary s = ingest(ctx.bodyInputStream());
        ctx.status(s.nothingIngested() ? 422 : 200).json(outcome(s));
    }

    /** {@code GET /api/intake/{n}}: an accepted post — queued, running, or what happened. */
    void status(Context ctx) {
        long n;
        try {
            n = Long.parseLong(Params.path(ctx, "n"));
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("n must be the number of an accepted post");
        }
        Map<String, Object> state = accepted.get(n);
        if (state == null) throw new ApiError(404, "no accepted post " + n + " (the newest " + KEPT + " are kept)");
        synchronized (state) {
            ctx.json(new LinkedHashMap<>(state));
        }
    }

    private void accept(Context ctx) {
        // The body is read now, within the server's bound on bodies (413 past it), so the request can end.
        byte[] body = ctx.bodyAsBytes();
        long n = numbers.incrementAndGet();
        String link = "/api/intake/" + n;
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", "queued");
        state.put("link", link);
        accepted.put(n, state);
        try {
            worker.execute(() -> run(state, body));
        } catch (RejectedExecutionException e) {
            accepted.remove(n);
            throw new ApiError(503, "already " + WAITING + " posts waiting to be stored: try again in a while");
        }
        ctx.status(202).header("Location", link).json(state);
    }

    private void run(Map<String, Object> state, byte[] body) {
        synchronized (state) {
            state.put("status", "running");
        }
        Map<String, Object> done;
        try {
            IngestSummary s = ingest(new ByteArrayInputStream(body));
            done = outcome(s);
            done.put("status", s.nothingIngested() ? "failed" : "done");
        } catch (ApiError e) {
            done = new LinkedHashMap<>(Map.of("status", "failed", "error", e.getMessage()));
        } catch (RuntimeException e) {
            done = new LinkedHashMap<>(Map.of("status", "failed", "error", "internal error"));
        }
        synchronized (state) {
            String link = (String) state.get("link");
            state.clear();
            state.putAll(done);
            state.put("link", link);
        }
    }

    private IngestSummary ingest(InputStream in) {
        try (Source source = Sources.open(List.of(Sources.STDIN), in, SourceOptions.DEFAULTS)) {
            // Posted articles are analysed beside the requests, not instead of them.
            return ingester.ingest(source, analyzer, Ingester.Options.BESIDE_REQUESTS, Ingester.Listener.NONE);
        } catch (Ingester.Stopped e) {
            throw new ApiError(503, e.getMessage());
        }
    }

    private static Map<String, Object> outcome(IngestSummary s) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("added", s.added());
        body.put("present", s.present());
        body.put("failed", s.failed());
        body.put("notes", s.lines());
        return body;
    }

    /** Stops taking posts; those accepted and not yet run are dropped (their clients were never told they were stored). */
    @Override
    public void close() {
        worker.shutdownNow();
    }
}
