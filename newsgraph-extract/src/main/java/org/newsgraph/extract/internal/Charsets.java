package org.newsgraph.extract.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes the bytes of a web page: a byte-order mark first, then the charset of the HTTP header, then
 * the page's own {@code <meta charset>} (unless the bytes are non-ASCII valid UTF-8), then strict UTF-8, then statistical detection, and last
 * windows-1252 (what browsers assume for an unlabelled Western page). Stateless and thread-safe.
 */
public final class Charsets {
    private Charsets() {}

    /** Browsers look for the meta charset in the first 1024 bytes; pages in the wild put it later. */
    private static final int META_SCAN_BYTES = 8 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([a-zA-Z0-9_:.\\-]+)",
            Pattern.CASE_INSENSITIVE);

    /** The decoded page and the charset used, with where it came from (for diagnostics). */
    public record Decoded(String text, Charset charset, String how) {}

    /**
     * Decodes {@code bytes}; {@code contentType} is the HTTP Content-Type header or null. Malformed
     * bytes in a declared charset become U+FFFD, as in a browser: a page is never refused for them.
     */
    public static Decoded decode(byte[] bytes, String contentType) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "bom");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "bom");
        }
        Charset header = contentType == null ? null : named(HEADER_CHARSET.matcher(contentType));
        if (header != null) return new Decoded(new String(bytes, header), header, "header");
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Charset meta = named(META_CHARSET.matcher(head));
        // A page that says UTF-16 in ASCII cannot be UTF-16: browsers read it as UTF-8 too.
        if (meta != null && meta.name().startsWith("UTF-16")) meta = StandardCharsets.UTF_8;
        if (meta != null && meta.equals(StandardCharsets.UTF_8)) return new Decoded(new String(bytes, meta), meta, "meta");
        // Non-ASCII text that is valid UTF-8 is almost never meant as a legacy encoding: a page re-saved
        // by a tool keeps its old meta tag, and trusting the tag would garble every character.
        String utf8 = meta == null || hasNonAscii(bytes) ? strictUtf8(bytes) : null;
        if (meta != null && utf8 == null) return new Decoded(new String(bytes, meta), meta, "meta");
        if (utf8 != null) return new Decoded(utf8, StandardCharsets.UTF_8, "utf-8");
        Charset detected = detect(bytes);
        return new Decoded(new String(bytes, detected), detected, "detected");
    }

    private static Charset named(Matcher m) {
        if (!m.find()) return null;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // Browsers treat these labels as windows-1252, a superset that gives curly quotes their due.
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            name = "windows-1252";
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) if (b < 0) return true;
        return false;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector d = new UniversalDetector();
        d.handleData(bytes, 0, Math.min(bytes.length, 256 * 1024));
        d.dataEnd();
        String name = d.getDetectedCharset();
        if (name != null) {
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException e) {
                // fall through to the Western default
            }
        }
        return Charset.forName("windows-1252");
    }
}
