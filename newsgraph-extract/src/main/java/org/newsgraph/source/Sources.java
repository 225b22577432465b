package org.newsgraph.source;

import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The front door for reading input: {@code Sources.open(path)} for files and directories,
 * {@code Sources.stdin()} for standard input.
 *
 * <ul>
 *   <li>{@code .txt}: one article, its text exactly as given (UTF-8 byte-order marks dropped), its id
 *       the SHA-256 of the text, its origin the path as given, its headline the first line when that
 *       line stands alone, is short and ends without a period.</li>
 *   <li>{@code .jsonl}: one article per line, {@code {"id", "text"}} with optional {@code "title"},
 *       {@code "url"}, {@code "published"} (or another of the usual names for a date, put into
 *       ISO-8601); origin {@code path#N} for line N (1-based); blank lines skipped. Read line by line,
 *       never whole. A line with {@code "html"} and no {@code "text"} is extracted like a web page.</li>
 *   <li>web pages ({@code .html}, {@code .htm}, gzipped or not): the article extracted by
 *       {@link org.newsgraph.extract.HtmlExtractor}; its text is the extracted article, its headline
 *       apart. Pages may be {@value SourceOptions#PAGE_FACTOR} times the article cap (markup).</li>
 *   <li>WARC ({@code .warc}, {@code .warc.gz}): each HTML response record, origin {@code path#N} for
 *       the Nth record of the file; junk before the first record is skipped with a warning; a record
 *       without a type is a problem naming it; a broken record ends the file with one problem.</li>
 *   <li>RSS and Atom feeds: each item, origin {@code path#N}; full content when the feed carries it,
 *       else the summary.</li>
 *   <li>a directory: every file of these kinds under it, sorted by path, after one warning that counts
 *       the files of other kinds it skipped.</li>
 *   <li>{@code -} (stdin), or a file with another name: recognised from its content, past any byte-order
 *       marks and blank lines (gzip, then WARC, JSONL when it starts with <code>{</code>, a feed or a web
 *       page when it starts with markup; after junk, a WARC record, JSON lines or a document further on;
 *       else one text). Stdin's origin is {@code stdin}.</li>
 * </ul>
 * Bad input of any kind is a {@link Problem} in the sequence, and reading goes on: an error where
 * something could not be read, a warning where it was read all the same.
 */
public final class Sources {
    private Sources() {}

    /** The operand that means standard input. */
    public static final String STDIN = "-";
    static final String STDIN_ORIGIN = "stdin";

    public static Source open(Path... paths) {
        List<String> operands = new ArrayList<>();
        for (Path p : paths) operands.add(Objects.requireNonNull(p, "path").toString());
        return open(operands, System.in, SourceOptions.DEFAULTS);
    }

    public static Source stdin() {
        return open(List.of(STDIN), System.in, SourceOptions.DEFAULTS);
    }

    /**
     * Reads one stream that holds the file at {@code uri} (any Hadoop-style address, {@code s3a://b/x.warc.gz}),
     * in the format its name announces, as {@link #open(Path...)} reads a file of that name; its origin is
     * {@code uri}. For readers of file systems this JVM cannot open itself, such as a Spark job's.
     * The stream is closed when the source is.
     */
    public static Source stream(InputStream in, String uri, SourceOptions options) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(options, "options");
        return new Source(List.of(new Inputs.StreamInput(in, uri, Inputs.formatOf(fileName(uri)))), options);
    }

    /**
     * Whether a directory's walk reads the file at {@code uri}: text, JSONL, web pages, WARC and feeds,
     * gzipped or not, and not hidden.
     */
    public static boolean isArticleFile(String uri) {
        String name = fileName(uri);
        return !name.startsWith(".") && !name.startsWith("_") && Inputs.walked(name);
    }

    private static String fileName(String uri) {
        String s = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
        return s.substring(s.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Reads {@code operands} in order: paths as typed by the user, {@code "-"} meaning {@code stdin}
     * (read once; a second {@code "-"} is a problem).
     */
    public static Source open(List<String> operands, InputStream stdin, SourceOptions options) {
        Objects.requireNonNull(operands, "operands");
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(options, "options");
        List<Inputs.Input> inputs = new ArrayList<>();
        boolean stdinUsed = false;
        for (String op : operands) {
            if (STDIN.equals(op)) {
                if (stdinUsed) {
                    inputs.add(new Inputs.Reported(new Problem(STDIN_ORIGIN, "stdin named twice; it is read once")));
                } else {
                    inputs.add(new Inputs.StreamInput(stdin, STDIN_ORIGIN));
                    stdinUsed = true;
                }
            } else {
                Path p;
                try {
                    p = Path.of(op);
                } catch (InvalidPathException e) {
                    inputs.add(new Inputs.Reported(new Problem(op, "not a valid path")));
                    continue;
                }
                Inputs.expand(p, inputs);
            }
        }
        return new Source(inputs, options);
    }
}
