package org.newsgraph.source;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;

/**
 * The articles and problems of some inputs, one at a time, in input order. Files are opened only when
 * reached and JSONL is read line by line, so memory stays flat however big the input. Obtain one from
 * {@link Sources}; close it when done. Not thread-safe, except {@link #bytesRead()}, which a progress
 * display may poll from another thread.
 */
public final class Source implements Iterator<Entry>, Closeable {
    private final SourceOptions options;
    private final Deque<Inputs.Input> inputs;
    private final long totalBytes;
    private volatile long bytesRead;

    private Records current;
    private Entry next;

    Source(List<Inputs.Input> inputs, SourceOptions options) {
        this.options = options;
        this.inputs = new ArrayDeque<>(inputs);
        long total = 0;
        for (Inputs.Input in : inputs) {
            if (in instanceof Inputs.FileInput f && total >= 0) total += f.size();
            else if (in instanceof Inputs.StreamInput) total = -1;
        }
        this.totalBytes = total;
    }

    /** Bytes in all the input files, or -1 when a stream (stdin) is among them and the size is unknown. */
    public long totalBytes() {
        return totalBytes;
    }

    /** Bytes read so far, across inputs. */
    public long bytesRead() {
        return bytesRead;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (current != null) {
                next = current.read();
                if (next != null) break;
                closeCurrent();
            }
            Inputs.Input in = inputs.poll();
            if (in == null) return false;
            if (in instanceof Inputs.Reported f) {
                next = f.problem();
            } else {
                current = open(in);
            }
        }
        return true;
    }

    @Override
    public Entry next() {
        if (!hasNext()) throw new NoSuchElementException();
        Entry e = next;
        next = null;
        return e;
    }

    /** The remaining entries as a sequential stream; closing the stream closes this source. */
    public Stream<Entry> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    @Override
    public void close() {
        closeCurrent();
        inputs.clear();
        next = null;
    }

    private void closeCurrent() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    private Records open(Inputs.Input in) {
        String origin = in.origin();
        if (in instanceof Inputs.FileInput f && f.size() > options.maxArticleBytes() && f.format() == Inputs.Format.TEXT) {
            bytesRead += f.size();
            return single(TextArticles.tooBig(origin, "text", f.size(), options));
        }
        InputStream raw;
        try {
            raw = in instanceof Inputs.FileInput f ? Files.newInputStream(f.path()) : ((Inputs.StreamInput) in).stream();
        } catch (IOException e) {
            return single(new Problem(origin, Inputs.describe(e)));
        }
        long size = in instanceof Inputs.FileInput f ? f.size() : -1;
        try {
            Inputs.Format format = in.format();
            byte[] head = raw.readNBytes(Bytes.SNIFF_BYTES);
            InputStream all = new SequenceInputStream(new ByteArrayInputStream(head), raw);
            boolean gzipped = Sniff.isGzip(head);
            if (gzipped) {
                byte[] inner = Sniff.gunzipHead(head, Bytes.SNIFF_BYTES);
                boolean warc = format == Inputs.Format.WARC || format == Inputs.Format.SNIFF && Sniff.format(inner) == Inputs.Format.WARC;
                if (warc && Sniff.warcStart(inner) == 0) {
                    bytesRead += Math.max(0, size);
                    return new WarcRecords(origin, all, options); // jwarc reads gzipped records itself
                }
                all = new GZIPInputStream(all);
                Sniff.Read h = Sniff.readUpTo(all, Bytes.SNIFF_BYTES);
                head = h.bytes();
                all = new SequenceInputStream(new ByteArrayInputStream(head), h.truncated() ? Sniff.endsEarly() : all);
            }
            if (format == Inputs.Format.SNIFF) format = Sniff.format(head);
            else if (format == Inputs.Format.MARKUP) format = Sniff.markup(head);
            switch (format) {
                case WARC -> {
                    bytesRead += Math.max(0, size);
                    return warc(origin, head, all);
                }
                case HTML, FEED -> {
                    return page(origin, all, format, size, gzipped);
                }
                default -> { /* text and JSONL below */ }
            }
            if (format == Inputs.Format.TEXT) {
                Sniff.Read r = Sniff.readUpTo(all, (int) options.maxArticleBytes() + 1);
                raw.close();
                byte[] b = r.bytes();
                bytesRead += b.length;
                if (b.length > options.maxArticleBytes()) {
                    return single(TextArticles.tooBig(origin, "text", in instanceof Inputs.FileInput f ? f.size() : -1, options));
                }
                Entry text = TextArticles.of(origin, b, b.length);
                return r.truncated() ? Records.of(afterTruncation(origin, List.of(text))) : single(text);
            }
            if (head.length == 0) {
                raw.close();
                return single(new Problem(origin, "empty file"));
            }
            // A NUL in a line of JSONL is that line's problem (a crash may leave a block of them mid-file),
            // unless the file does not even start as JSON: then it is a binary file named .jsonl.
            int start = Bytes.pastBomsAndSpace(head, head.length);
            boolean startsAsJson = start < head.length && head[start] == '{';
            String notText = Bytes.notTextReason(head, startsAsJson ? head.length : Math.min(head.length, 512), !startsAsJson);
            if (notText == null && !startsAsJson) notText = Bytes.notTextReason(head, head.length, false);
            if (notText != null) {
                raw.close();
                bytesRead += head.length;
                return single(new Problem(origin, notText));
            }
            return new JsonlRecords(origin, new LineReader(all, options.maxArticleBytes()));
        } catch (IOException e) {
            closeQuietly(raw);
            return single(new Problem(origin, Inputs.describe(e)));
        }
    }

    /**
     * One web page or one feed, read whole up to the page cap. A gzipped page cut short is still
     * extracted, as far as it goes, after a problem that says so.
     */
    private Records page(String origin, InputStream all, Inputs.Format format, long size, boolean gzipped) throws IOException {
        try (all) {
            String what = format == Inputs.Format.HTML ? "page" : "feed";
            if (!gzipped && size > options.maxPageBytes()) {
                bytesRead += size;
                return single(TextArticles.tooBig(origin, what, size, options.maxPageBytes(), options));
            }
            Sniff.Read r = Sniff.readUpTo(all, (int) options.maxPageBytes() + 1);
            bytesRead += size >= 0 ? size : r.bytes().length;
            if (r.bytes().length > options.maxPageBytes()) {
                return single(TextArticles.tooBig(origin, what, gzipped ? -1 : size, options.maxPageBytes(), options));
            }
            if (r.truncated() && r.bytes().length == 0) {
                return single(new Problem(origin, "the gzip data ends early (truncated file) before any content"));
            }
            List<Entry> out = format == Inputs.Format.FEED
                    ? FeedItems.of(origin, r.bytes(), options)
                    : List.of(HtmlPages.of(origin, r.bytes(), null, null, null, options));
            return Records.of(r.truncated() ? afterTruncation(origin, out) : out);
        }
    }

    /**
     * What gzip data cut short held, after a warning that says so, when it held anything to read; one
     * error when what it held is a single error (the warning would add nothing but a second line).
     */
    private static List<Entry> afterTruncation(String origin, List<Entry> read) {
        String cut = "the gzip data ends early (truncated file)";
        if (read.size() == 1 && read.get(0) instanceof Problem p && !p.isWarning()) {
            return List.of(new Problem(p.origin(), cut + ", and what it held gives no article: " + p.message()));
        }
        List<Entry> out = new ArrayList<>();
        out.add(Problem.warning(origin, cut + "; what it held is read"));
        out.addAll(read);
        return out;
    }

    /**
     * The records of a WARC file whose head is {@code head}, from its first record on: bytes before it
     * (junk from a download, half a record) are skipped with a warning that says how many, unless they
     * are only byte-order marks and whitespace.
     */
    private Records warc(String origin, byte[] head, InputStream all) throws IOException {
        int start = Sniff.warcStart(head);
        int blank = Bytes.pastBomsAndSpace(head, head.length);
        if (start < 0) {
            boolean looksLikeOne = head.length - blank >= 5 && new String(head, blank, 5, StandardCharsets.ISO_8859_1).equals("WARC/");
            if (!looksLikeOne) {
                closeQuietly(all);
                return single(new Problem(origin, "no WARC record in the first " + Bytes.SNIFF_BYTES / 1024
                        + " KB (no WARC/1.0 or WARC/1.1 line followed by WARC- header fields); is it a WARC file?"));
            }
            start = blank; // a broken first record: jwarc says what is wrong with it
        }
        all.skipNBytes(start);
        Problem junk = start > blank
                ? Problem.warning(origin, String.format(Locale.ROOT, "%,d bytes before the first WARC record are not WARC; skipped", start))
                : null;
        return new WarcRecords(origin, all, options, junk);
    }

    private static Records single(Entry e) {
        return Records.of(List.of(e));
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // Nothing was written; a failing close of an input changes nothing for the user.
        }
    }

    /** The lines of one JSONL input. */
    private final class JsonlRecords implements Records {
        private final String origin;
        private final LineReader lines;
        /** The rest of a line's entries (its article, after a warning about it). */
        private final Deque<Entry> pending = new ArrayDeque<>();
        private boolean any;
        private boolean done;

        JsonlRecords(String origin, LineReader lines) {
            this.origin = origin;
            this.lines = lines;
        }

        @Override
        public Entry read() {
            if (!pending.isEmpty()) return pending.poll();
            while (!done) {
                long before = lines.consumed();
                try {
                    if (!lines.next()) {
                        done = true;
                        return any ? null : new Problem(origin, "no records (only blank lines)");
                    }
                } catch (IOException e) {
                    done = true;
                    return new Problem(origin + "#" + (lines.lineNumber() + 1), Inputs.describe(e));
                } finally {
                    bytesRead += lines.consumed() - before;
                }
                String lineOrigin = origin + "#" + lines.lineNumber();
                Entry e = line(lineOrigin);
                if (e != null) {
                    any = true;
                    return e;
                }
            }
            return null;
        }

        private Entry line(String lineOrigin) {
            if (lines.tooLong()) return TextArticles.tooBig(lineOrigin, "line", lines.lineBytes(), options);
            byte[] b = lines.bytes();
            for (int i = 0; i < lines.length(); i++) {
                if (b[i] == 0) return new Problem(lineOrigin, "NUL byte at byte offset " + i + " of the line; not text");
            }
            // A byte-order mark is no JSON: one, or several, start a file, or a file joined to another.
            int off = Bytes.leadingBoms(b, lines.length());
            Bytes.Decoded d = Bytes.decodeUtf8(b, off, lines.length() - off);
            if (!d.ok()) {
                return new Problem(lineOrigin, "invalid UTF-8 at byte offset " + (d.errorByte() + off) + " of the line; save the file as UTF-8");
            }
            List<Entry> entries = JsonlArticles.of(lineOrigin, d.text());
            if (entries.isEmpty()) return null;
            pending.addAll(entries.subList(1, entries.size()));
            return entries.get(0);
        }

        @Override
        public void close() {
            closeQuietly(lines);
        }
    }
}
