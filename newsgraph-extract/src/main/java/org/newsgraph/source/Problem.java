package org.newsgraph.source;

import java.util.Objects;

/**
 * Input that could not become an article: an empty or binary file, invalid UTF-8, a text over the size
 * limit, a JSONL line that is not JSON or has no text, an unreadable path, a page with no article text,
 * truncated gzip data, a broken WARC record, a feed that is not XML. {@code message} is one line
 * that says what is wrong and, where it can, what to do; it never holds article text.
 */
public record Problem(String origin, String message) implements Entry {
    public Problem {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(message, "message");
        if (message.indexOf('\n') >= 0) throw new IllegalArgumentException("a problem message is one line: " + message);
    }
}
