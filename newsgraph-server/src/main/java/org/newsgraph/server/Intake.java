package org.newsgraph.server;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * WARC, a plain text — recognised from its content; it is answered once stored, with what happened.
 */
final class Intake {
    private final Ingester ingester;
    private final Supplier<Analyzer> analyzer;

    Intake(Ingester ingester, Supplier<Analyzer> analyzer) {
        this.ingester = ingester;
        this.analyzer = analyzer;
    }

    void post(Context ctx) {
        if (ctx.contentLength() == 0) throw ApiError.badRequest("the body is empty: send articles (JSONL, a page, a text)");
        IngestSummary s;
        try (Source source = Sources.open(List.of(Sources.STDIN), ctx.bodyInputStream(), SourceOptions.DEFAULTS)) {
            // Posted articles are analysed beside the requests, not instead of them.
            s = ingester.ingest(source, analyzer, Ingester.Options.BESIDE_REQUESTS, Ingester.Listener.NONE);
        } catch (Ingester.Stopped e) {
            throw new ApiError(503, e.getMessage());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("added", s.added());
        body.put("present", s.present());
        body.put("failed", s.failed());
        body.put("notes", s.lines());
        ctx.status(s.nothingIngested() ? 422 : 200).json(body);
    }
}
