package org.newsgraph.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages of a WARC file (plain or gzipped, as Common Crawl's CC-NEWS ships them): every
 * {@code response} record with a 2xx HTTP status and an HTML payload is extracted as a page, its URL the
 * record's target, its date (when the page states none) the capture date. A payload without a
 * {@code Content-Type} is a page when its content is markup. Other records of the standard types
 * (requests, metadata, images, redirects) are skipped silently; a record without a {@code WARC-Type}, or
 * of a type WARC does not define, is a problem naming it, and reading goes on. Origins are
 * {@code file#N}, N the record's position in the file counting from 1. A record that cannot be parsed
 * ends the file with one problem naming it: WARC has no sync marks, so nothing after a broken header can
 * be trusted. Not thread-safe.
 */
final class WarcRecords implements Records {
    /** The record types of WARC 1.1 (section 6); jwarc reads any other as a bare record. */
    private static final Set<String> TYPES = Set.of("warcinfo", "response", "resource", "request", "metadata", "revisit",
            "conversion", "continuation");

    private final String origin;
    private final InputStream in;
    private final SourceOptions options;
    /** Entries due before the next record: a notice about the file's head, jwarc's warnings. */
    private final Deque<Entry> pending = new ArrayDeque<>();
    private WarcReader reader;
    private int n;
    private boolean any;
    private boolean done;

    WarcRecords(String origin, InputStream in, SourceOptions options) {
        this(origin, in, options, null);
    }

    /** {@code first}, when not null, comes before the records: what was wrong with the file's head. */
    WarcRecords(String origin, InputStream in, SourceOptions options, Problem first) {
        this.origin = origin;
        this.in = in;
        this.options = options;
        if (first != null) pending.add(first);
    }

    @Override
    public Entry read() {
        while (true) {
            if (!pending.isEmpty()) return pending.poll();
            if (done) return null;
            Entry e = next();
            if (e != null) {
                pending.add(e);
            }
        }
    }

    /** The entry of the next record, or null when the record gives none (or the file has ended). */
    private Entry next() {
        Optional<WarcRecord> next;
        try {
            if (reader == null) {
                reader = new WarcReader(in);
                // jwarc's own notices ("invalid record trailer") are about the record just read.
                reader.onWarning(m -> pending.add(Problem.warning(origin + "#" + n, "WARC: " + oneLine(m))));
            }
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
        String recordOrigin = origin + "#" + n;
        WarcRecord record = next.get();
        Optional<String> type = record.headers().first("WARC-Type");
        if (type.isEmpty()) {
            any = true;
            return new Problem(recordOrigin, "WARC record without a WARC-Type header; skipped");
        }
        if (!TYPES.contains(type.get())) {
            any = true;
            return new Problem(recordOrigin, "WARC record of unknown type \"" + oneLine(type.get()) + "\"; skipped");
        }
        if (!(record instanceof WarcResponse response)) return null;
        try {
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() > 299) return null;
            Optional<String> contentType = http.headers().first("Content-Type");
            int cap = (int) Math.min(Integer.MAX_VALUE - 16L, options.maxPageBytes() + 1);
            if (contentType.isPresent() && !isHtml(contentType.get())) return null;
            byte[] body = http.bodyDecoded().stream().readNBytes(cap);
            // Without a declared type the payload says what it is; only markup is a page.
            if (contentType.isEmpty() && Sniff.format(body) != Inputs.Format.HTML) return null;
            any = true;
            if (body.length > options.maxPageBytes()) return TextArticles.tooBig(recordOrigin, "page", -1, options.maxPageBytes(), options);
            return HtmlPages.of(recordOrigin, body, response.target(), contentType.orElse(null), captureDate(response), options);
        } catch (IOException | RuntimeException e) {
            any = true;
            return new Problem(recordOrigin, "broken HTTP response in the WARC record (" + oneLine(e) + ")");
        }
    }

    /** The record's WARC-Date as ISO-8601, or null when it has none that reads as a date: the page is read all the same. */
    private static String captureDate(WarcResponse response) {
        try {
            return response.date().toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean isHtml(String contentType) {
        String base = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // jwarc's parse errors quote the bytes around the error, which may be a page's text: keep where, not what.
        int quote = m.startsWith("invalid WARC record at position") ? m.indexOf(':') : -1;
        return oneLine(quote > 0 ? m.substring(0, quote) : m);
    }

    private static String oneLine(String m) {
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
