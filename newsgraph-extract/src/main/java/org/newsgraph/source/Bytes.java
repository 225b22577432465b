package org.newsgraph.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Checks on raw input bytes: is it text, is it UTF-8. Stateless. */
final class Bytes {
    private Bytes() {}

    /** How far into a file the control-character count looks; binary formats show themselves early. */
    static final int SNIFF_BYTES = 64 * 1024;

    /**
     * Decoded text, or where decoding failed: {@code text} is null exactly when it failed, and then
     * {@code errorByte} (from the start of the decoded range) and {@code errorLine} (1-based) say where.
     */
    record Decoded(String text, int errorByte, int errorLine) {
        boolean ok() {
            return text != null;
        }
    }

    static String megabytes(long bytes) {
        double mb = bytes / (double) SourceOptions.BYTES_PER_MB;
        return mb == Math.rint(mb) ? String.format(Locale.ROOT, "%.0f MB", mb) : String.format(Locale.ROOT, "%.1f MB", mb);
    }

    /** Whether a UTF-8 byte-order mark starts at {@code at}, before {@code len}. */
    static boolean hasUtf8Bom(byte[] b, int at, int len) {
        return len - at >= 3 && (b[at] & 0xFF) == 0xEF && (b[at + 1] & 0xFF) == 0xBB && (b[at + 2] & 0xFF) == 0xBF;
    }

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * The length of the UTF-8 byte-order marks at the head of {@code b[0, len)}, however many there are
     * (a file saved twice by an editor that adds one, or two files joined, has two): each is an encoding
     * signature, none is text.
     */
    static int leadingBoms(byte[] b, int len) {
        int i = 0;
        while (hasUtf8Bom(b, i, len)) i += 3;
        return i;
    }

    /**
     * Where markup may start: past any run of UTF-8 byte-order marks and ASCII whitespace at the head of
     * {@code b[0, len)}.
     */
    static int pastBomsAndSpace(byte[] b, int len) {
        int i = 0;
        while (i < len) {
            if (hasUtf8Bom(b, i, len)) i += 3;
            else if (isAsciiSpace(b[i])) i++;
            else break;
        }
        return i;
    }

    static boolean isAsciiSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    /**
     * Markup with the run of byte-order marks and whitespace at its head cut to one byte-order mark when
     * the run held any, else to nothing: an XML parser refuses anything before {@code <?xml} but one mark,
     * and an HTML parser takes a second mark for text, which opens the body before the head. {@code b}
     * itself when there is nothing to cut.
     */
    static byte[] tidyMarkupHead(byte[] b) {
        int start = pastBomsAndSpace(b, b.length);
        if (start == 0 || start == 3 && hasUtf8Bom(b, 0, b.length)) return b;
        boolean bom = false;
        for (int i = 0; i + 2 < start && !bom; i++) bom = hasUtf8Bom(b, i, start);
        byte[] out = new byte[(bom ? 3 : 0) + b.length - start];
        if (bom) System.arraycopy(UTF8_BOM, 0, out, 0, 3);
        System.arraycopy(b, start, out, bom ? 3 : 0, b.length - start);
        return out;
    }

    /**
     * Why {@code b[0, len)} is not text, or null when it may be. A NUL byte anywhere, or more than 2% of
     * control characters (other than tab, newline, form feed, carriage return) in the first
     * {@value #SNIFF_BYTES} bytes, mean binary: no news text has them, and a stray one or two (a
     * vertical tab from a word processor) is tolerated.
     */
    static String notTextReason(byte[] b, int len) {
        return notTextReason(b, len, true);
    }

    /**
     * As {@link #notTextReason(byte[], int)}, but a NUL byte counts only as a control character when
     * {@code nulIsBinary} is false: for input read a line at a time, where one line's NUL is that line's
     * problem, not the file's.
     */
    static String notTextReason(byte[] b, int len, boolean nulIsBinary) {
        if (len >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
            return "UTF-16 text, not UTF-8; save it as UTF-8";
        }
        for (int i = 0; i < len && nulIsBinary; i++) {
            if (b[i] == 0) return "binary file (NUL byte at byte " + i + "), not text";
        }
        int sample = Math.min(len, SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) controls++;
        }
        if (controls >= 8 && controls * 50L > sample) {
            return String.format(Locale.ROOT, "binary file (%d control characters in the first %d bytes), not text",
                    controls, sample);
        }
        return null;
    }

    /**
     * Strict UTF-8 decoding of {@code b[off, off+len)}: a malformed or unmappable byte is a problem that
     * names its offset (counted from {@code off}) and line, never a silent replacement character.
     */
    static Decoded decodeUtf8(byte[] b, int off, int len) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, off, len);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) len + 1));
        CoderResult r = decoder.decode(in, out, true);
        if (r.isUnderflow()) r = decoder.flush(out);
        if (r.isError()) {
            int at = in.position() - off;
            int line = 1;
            for (int i = off; i < off + at; i++) if (b[i] == '\n') line++;
            return new Decoded(null, at, line);
        }
        if (r.isOverflow()) {
            // Cannot happen: UTF-8 never yields more chars than bytes. Fail loudly if it ever does.
            throw new IllegalStateException("UTF-8 decoding overflowed its buffer", new CharacterCodingException());
        }
        out.flip();
        return new Decoded(out.toString(), -1, -1);
    }
}
