package org.newsgraph.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages of a WARC file (plain or gzipped, as Common Crawl's CC-NEWS ships them): every
 * {@code response} record with a 2xx HTTP status and an HTML payload is extracted as a page, its URL the
 * record's target, its date (when the page states none) the capture date. Other records (requests,
 * metadata, images, redirects) are skipped silently. Origins are {@code file#N}, N the record's position
 * in the file counting from 1. A record that cannot be parsed ends the file with one problem naming it:
 * WARC has no sync marks, so nothing after a broken header can be trusted.
 */
final class WarcRecords implements Records {
    private final String origin;
    private final InputStream in;
    private final SourceOptions options;
    private WarcReader reader;
    private int n;
    private boolean any;
    private boolean done;

    WarcRecords(String origin, InputStream in, SourceOptions options) {
        this.origin = origin;
        this.in = in;
        this.options = options;
    }

    @Override
    public Entry read() {
        while (!done) {
            Optional<WarcRecord> next;
            try {
                if (reader == null) reader = new WarcReader(in);
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                done = true;
                return new Problem(origin + "#" + (n + 1), "broken WARC record (" + oneLine(e) + "); the rest of the file is skipped");
            }
            if (next.isEmpty()) {
                done = true;
                return any ? null : new Problem(origin, "no HTML responses in the WARC file");
            }
            n++;
            if (!(next.get() instanceof WarcResponse response)) continue;
            String recordOrigin = origin + "#" + n;
            try {
                HttpResponse http = response.http();
                if (http.status() < 200 || http.status() > 299) continue;
                MediaType type = http.contentType();
                String base = type.base().toString().toLowerCase(Locale.ROOT);
                if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) continue;
                byte[] body = http.bodyDecoded().stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 16L, options.maxPageBytes() + 1));
                any = true;
                if (body.length > options.maxPageBytes()) return TextArticles.tooBig(recordOrigin, "page", -1, options.maxPageBytes(), options);
                String contentType = http.headers().first("Content-Type").orElse(null);
                return HtmlPages.of(recordOrigin, body, response.target(), contentType, response.date().toString(), options);
            } catch (IOException | RuntimeException e) {
                any = true;
                return new Problem(recordOrigin, "broken HTTP response in the WARC record (" + oneLine(e) + ")");
            }
        }
        return null;
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }

    @Override
    public void close() {
        try {
            if (reader != null) reader.close();
            else in.close();
        } catch (IOException ignored) {
            // Only read from; a failing close changes nothing for the user.
        }
    }
}
