package org.newsgraph.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines as raw bytes, one at a time, so a huge JSONL file streams in constant memory and a line
 * is decoded (strictly) only on its own. A line longer than the cap is not kept: its bytes are counted
 * and skipped. Not thread-safe.
 */
final class LineReader implements Closeable {
    private final InputStream in;
    private final long cap;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int limit;
    private boolean eof;

    private byte[] line = new byte[1024];
    private int length;
    private long lineBytes;
    private long lineNumber;
    private long consumed;

    LineReader(InputStream in, long cap) {
        this.in = in;
        this.cap = cap;
    }

    /** Moves to the next line; false at the end of input. */
    boolean next() throws IOException {
        length = 0;
        lineBytes = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                if (eof || !fill()) {
                    if (!any) return false;
                    break;
                }
            }
            any = true;
            int start = pos;
            int nl = -1;
            for (int i = pos; i < limit; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int end = nl >= 0 ? nl : limit;
            append(start, end - start);
            pos = nl >= 0 ? nl + 1 : limit;
            consumed += pos - start;
            if (nl >= 0) break;
        }
        lineNumber++;
        if (!tooLong() && length > 0 && line[length - 1] == '\r') length--;
        return true;
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            pos = limit = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    private void append(int start, int n) {
        lineBytes += n;
        if (lineBytes > cap) return; // counted, not kept
        if (length + n > line.length) line = Arrays.copyOf(line, Math.max(length + n, line.length * 2));
        System.arraycopy(buf, start, line, length, n);
        length += n;
    }

    /** True when the current line is over the cap; its bytes are then not available. */
    boolean tooLong() {
        return lineBytes > cap;
    }

    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    /** Bytes of the current line, without its line break, whether kept or not. */
    long lineBytes() {
        return lineBytes;
    }

    /** 1-based number of the current line. */
    long lineNumber() {
        return lineNumber;
    }

    /** Bytes consumed so far, line breaks included. */
    long consumed() {
        return consumed;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
