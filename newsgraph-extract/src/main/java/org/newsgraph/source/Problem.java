package org.newsgraph.source;

import java.util.Objects;

/**
 * Something wrong with the input, said in one line. An {@link Severity#ERROR error} is input that could
 * not become an article: an empty or binary file, invalid UTF-8, a text over the size limit, a JSONL line
 * that is not JSON or has no text, an unreadable path, a page with no article text, a broken WARC record,
 * a feed that is not XML. A {@link Severity#WARNING warning} is input that was read all the same, whose
 * articles come before or after it: gzip data that ends early (what it held is read), junk before a
 * WARC's first record, files a directory walk left out, a date that could not be read. {@code message}
 * is one line that says what is wrong and, where it can, what to do; it never holds article text.
 */
public record Problem(String origin, String message, Severity severity) implements Entry {
    /** Whether anything was lost: what a count of failures counts. */
    public enum Severity {
        /** Nothing, or not all, of what the origin names could be read: an article may be missing. */
        ERROR,
        /** The origin was read, and its articles are in the sequence; this is a notice about it. */
        WARNING
    }

    public Problem {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
        if (message.indexOf('\n') >= 0) throw new IllegalArgumentException("a problem message is one line: " + message);
    }

    /** An error: input that did not become an article. */
    public Problem(String origin, String message) {
        this(origin, message, Severity.ERROR);
    }

    /** A warning: input that was read all the same. */
    public static Problem warning(String origin, String message) {
        return new Problem(origin, message, Severity.WARNING);
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }
}
