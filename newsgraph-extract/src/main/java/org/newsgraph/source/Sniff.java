package org.newsgraph.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Recognises an input's format from its first bytes, and reads gzip data that may end early. Stateless. */
final class Sniff {
    private Sniff() {}

    /** How far into the content markup is looked at to tell a feed from a web page. */
    private static final int MARKUP_LOOK = 4096;
    /** How far after a {@code WARC/1.0} line its header block must show a {@code WARC-…:} field. */
    private static final int WARC_HEADER_LOOK = 2048;

    /**
     * The format of content that starts with {@code head}, looked at past any byte-order marks and
     * whitespace: WARC when it starts with {@code WARC/}; JSONL with <code>{</code>; markup with {@code <}:
     * a feed when an {@code <rss>}, {@code <feed>} or {@code <rdf:RDF>} root comes before any HTML element
     * (or an XML declaration is followed by no HTML at all), else a web page. Content that starts with
     * something else (junk: a download's error text, HTTP headers, a line cut off) is still WARC when a
     * WARC record starts further on ({@link #warcStart}), JSONL when lines of JSON objects follow,
     * markup when an XML declaration, a feed's root or an HTML document starts in its first
     * {@value #MARKUP_LOOK} characters; anything else is text. UTF-16 content (with its byte-order mark)
     * is looked at as characters, so markup in it is markup.
     */
    static Inputs.Format format(byte[] head) {
        String s = lookedAt(head);
        if (s.isEmpty()) return Inputs.Format.TEXT;
        if (s.startsWith("WARC/")) return Inputs.Format.WARC;
        if (s.charAt(0) == '<') return markup(s);
        if (warcStart(head) >= 0) return Inputs.Format.WARC;
        if (s.charAt(0) == '{' || objectLinesAfterJunk(head)) return Inputs.Format.JSONL;
        if (first(s.toLowerCase(Locale.ROOT), DOCUMENT_STARTS) >= 0) return markupInside(s);
        return Inputs.Format.TEXT;
    }

    /** Where an XML or HTML document starts; a text has none of these in its first lines. */
    private static final String[] DOCUMENT_STARTS = {"<?xml", "<rss", "<feed", "<rdf:rdf", "<!doctype html", "<html"};

    /**
     * Whether lines of JSON objects ({@code {"}, after any byte-order mark and whitespace) follow junk:
     * two among the first 100 non-blank lines of {@code head}, or one after a single line of junk (JSONL
     * lines are long: the next may lie past the head). No news text starts its lines so.
     */
    private static boolean objectLinesAfterJunk(byte[] head) {
        int lines = 0;
        int objects = 0;
        int at = 0;
        while (at < head.length && lines < 100) {
            int eol = at;
            while (eol < head.length && head[eol] != '\n') eol++;
            int i = at;
            while (i < eol) {
                if (Bytes.isAsciiSpace(head[i])) i++;
                else if (Bytes.hasUtf8Bom(head, i, eol)) i += 3;
                else break;
            }
            if (i < eol) {
                lines++;
                if (i + 1 < eol && head[i] == '{' && head[i + 1] == '"') objects++;
            }
            at = eol + 1;
        }
        return objects >= 2 || objects == 1 && lines == 2;
    }

    /** Markup told apart by what it holds: a feed or a web page. */
    static Inputs.Format markup(byte[] head) {
        String s = lookedAt(head);
        return s.startsWith("<") ? markup(s) : markupInside(s);
    }

    private static Inputs.Format markup(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        int feed = first(lower, "<rss", "<feed", "<rdf:rdf");
        int html = first(lower, "<html", "<head", "<body", "<!doctype html", "<div", "<p>", "<p ", "<meta", "<article");
        if (feed >= 0 && (html < 0 || feed < html)) return Inputs.Format.FEED;
        if (html < 0 && lower.startsWith("<?xml")) return Inputs.Format.FEED;
        return Inputs.Format.HTML;
    }

    /** Markup that does not start as markup (junk first): a feed when a feed's root comes before any HTML. */
    private static Inputs.Format markupInside(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        int feed = first(lower, "<rss", "<feed", "<rdf:rdf", "<?xml");
        int html = first(lower, "<html", "<head", "<body", "<!doctype html");
        return feed >= 0 && (html < 0 || feed < html) ? Inputs.Format.FEED : Inputs.Format.HTML;
    }

    /**
     * The first {@value #MARKUP_LOOK} characters of {@code head} after its byte-order marks and
     * whitespace; bytes read as ISO-8859-1 (one char each, so ASCII markup is itself), or as UTF-16 after
     * a UTF-16 byte-order mark.
     */
    private static String lookedAt(byte[] head) {
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            Charset utf16 = (head[0] & 0xFF) == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            String s = new String(head, 2, Math.min(head.length - 2, 2 * MARKUP_LOOK) & ~1, utf16);
            int i = 0;
            while (i < s.length() && (s.charAt(i) == '\uFEFF' || Character.isWhitespace(s.charAt(i)))) i++;
            return s.substring(i);
        }
        int i = Bytes.pastBomsAndSpace(head, head.length);
        return new String(head, i, Math.min(head.length - i, MARKUP_LOOK), StandardCharsets.ISO_8859_1);
    }

    /**
     * Where the first WARC record in {@code head} starts: {@code WARC/<major>.<minor>} and a line end
     * (wherever it is: junk need not end in a line break) followed, within {@value #WARC_HEADER_LOOK}
     * bytes and before a blank line, by a {@code WARC-…:} header field; -1 when there is none. Bytes
     * before it are junk (a download's error text, a byte-order mark, half a record cut off).
     */
    static int warcStart(byte[] head) {
        for (int at = 0; at + 8 < head.length; at++) {
            if (head[at] == 'W' && startsWith(head, at, "WARC/")) {
                int eol = versionLineEnd(head, at + 5);
                if (eol > 0 && hasWarcField(head, eol)) return at;
            }
        }
        return -1;
    }

    /** After {@code WARC/}: digits, a dot, digits and a line end; where the next line starts, or -1. */
    private static int versionLineEnd(byte[] b, int i) {
        int digits = 0;
        while (i < b.length && isDigit(b[i]) && digits++ < 3) i++;
        if (digits == 0 || i >= b.length || b[i] != '.') return -1;
        i++;
        digits = 0;
        while (i < b.length && isDigit(b[i]) && digits++ < 3) i++;
        if (digits == 0) return -1;
        if (i < b.length && b[i] == '\r') i++;
        return i < b.length && b[i] == '\n' ? i + 1 : -1;
    }

    /** Whether a line starting {@code WARC-} and holding a colon comes among the header lines from {@code i}. */
    private static boolean hasWarcField(byte[] b, int i) {
        int end = Math.min(b.length, i + WARC_HEADER_LOOK);
        while (i < end) {
            int eol = i;
            while (eol < end && b[eol] != '\n') eol++;
            int len = eol - i - (eol > i && b[eol - 1] == '\r' ? 1 : 0);
            if (len == 0) return false; // the blank line that ends the header block
            if (len > 6 && startsWithIgnoringCase(b, i, "WARC-")) {
                for (int k = i + 5; k < i + len; k++) if (b[k] == ':') return true;
            }
            i = eol + 1;
        }
        return false;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static boolean startsWith(byte[] b, int at, String s) {
        if (at + s.length() > b.length) return false;
        for (int k = 0; k < s.length(); k++) if (b[at + k] != s.charAt(k)) return false;
        return true;
    }

    private static boolean startsWithIgnoringCase(byte[] b, int at, String s) {
        if (at + s.length() > b.length) return false;
        for (int k = 0; k < s.length(); k++) if (Character.toUpperCase((char) (b[at + k] & 0xFF)) != s.charAt(k)) return false;
        return true;
    }

    static int first(String s, String... needles) {
        int best = -1;
        for (String n : needles) {
            int at = s.indexOf(n);
            if (at >= 0 && (best < 0 || at < best)) best = at;
        }
        return best;
    }

    static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }

    /** The first decompressed bytes of gzip data, up to {@code limit}, as many as the compressed head gives. */
    static byte[] gunzipHead(byte[] gz, int limit) {
        try {
            return readUpTo(new GZIPInputStream(new ByteArrayInputStream(gz)), limit).bytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** A stream whose data has ended early: reading it fails as truncated gzip data does. */
    static InputStream endsEarly() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                throw new EOFException("Unexpected end of gzip data");
            }
        };
    }

    /** Bytes read, and whether the data ended early (a truncated or corrupt gzip stream). */
    record Read(byte[] bytes, boolean truncated) {}

    /** Reads up to {@code limit} bytes; gzip data that ends early gives what came before, marked truncated. */
    static Read readUpTo(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 1 << 16));
        byte[] buf = new byte[1 << 14];
        try {
            while (out.size() < limit) {
                int n = in.read(buf, 0, Math.min(buf.length, limit - out.size()));
                if (n < 0) break;
                out.write(buf, 0, n);
            }
        } catch (EOFException | ZipException e) {
            return new Read(out.toByteArray(), true);
        }
        return new Read(out.toByteArray(), false);
    }
}
