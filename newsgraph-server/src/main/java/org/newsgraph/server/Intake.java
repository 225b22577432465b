package org.newsgraph.server;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Collections;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
    /** Each accepted post's state, an immutable map replaced as the post goes on. */
    private final Map<Long, Map<String, Object>> accepted = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Map<String, Object>> eldest) {
            return size() > KEPT;
        }
    });
    // One post at a time, in the order accepted: the ingester takes one source at a time anyway.
    private final ExecutorService worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING), r -> {
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
        if (prefer != null && prefer.toLowerCase(Locale.ROOT).contains("respond-async")) {
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
        ctx.json(state);
    }

    private void accept(Context ctx) {
        // The body is read now, within the server's bound on bodies (413 past it), so the request can end.
        byte[] body = ctx.bodyAsBytes();
        long n = numbers.incrementAndGet();
        Map<String, Object> queued = state(n, "queued", Map.of());
        accepted.put(n, queued);
        try {
            worker.execute(() -> run(n, body));
        } catch (RejectedExecutionException e) {
            accepted.remove(n);
            throw new ApiError(503, "already " + WAITING + " posts waiting to be stored: try again in a while");
        }
        ctx.status(202).header("Location", link(n)).json(queued);
    }

    private void run(long n, byte[] body) {
        accepted.replace(n, state(n, "running", Map.of()));
        Map<String, Object> done;
        try {
            IngestSummary s = ingest(new ByteArrayInputStream(body));
            done = state(n, s.nothingIngested() ? "failed" : "done", outcome(s));
        } catch (ApiError e) {
            done = state(n, "failed", Map.of("error", e.getMessage()));
        } catch (RuntimeException e) {
            done = state(n, "failed", Map.of("error", "internal error"));
        }
        accepted.replace(n, done);
    }

    private static String link(long n) {
        return "/api/intake/" + n;
    }

    private static Map<String, Object> state(long n, String status, Map<String, Object> details) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", status);
        state.put("link", link(n));
        state.putAll(details);
        return Collections.unmodifiableMap(state);
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
