package org.newsgraph.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Turns what the user named (paths, directories, stdin) into the list of inputs to read, in order. */
final class Inputs {
    private Inputs() {}

    /**
     * How an input is read. {@code MARKUP} is a web page or a feed, told apart by the content;
     * {@code SNIFF} is anything, recognised from the content.
     */
    enum Format { TEXT, JSONL, HTML, WARC, FEED, MARKUP, SNIFF }

    sealed interface Input permits FileInput, StreamInput, Reported {
        String origin();

        Format format();
    }

    record FileInput(Path path, String origin, Format format, long size) implements Input {}

    /** A stream read by its content ({@code SNIFF}) or, when it came from a named file, as its name says. */
    record StreamInput(InputStream stream, String origin, Format format) implements Input {
        StreamInput(InputStream stream, String origin) {
            this(stream, origin, Format.SNIFF);
        }
    }

    /** An input that is only its problem (a missing path), or a notice about the inputs around it. */
    record Reported(Problem problem) implements Input {
        @Override
        public String origin() {
            return problem.origin();
        }

        @Override
        public Format format() {
            return Format.TEXT;
        }
    }

    /**
     * The format a file's name announces, a {@code .gz} ending aside: {@code .txt} is text, {@code .jsonl}
     * JSONL, {@code .rss} and {@code .atom} a feed, {@code .warc} WARC, whatever they hold (so that one
     * which is not what its name says is told so); {@code .html}, {@code .htm}, {@code .xhtml} and
     * {@code .xml} are markup, a page or a feed by their content, even after junk; anything else is
     * recognised from its content.
     */
    static Format formatOf(Path p) {
        return formatOf(name(p));
    }

    /** As {@link #formatOf(Path)}, for a file's name in lower case. */
    static Format formatOf(String name) {
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        if (name.endsWith(".txt") || name.endsWith(".text")) return Format.TEXT;
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return Format.JSONL;
        if (name.endsWith(".rss") || name.endsWith(".atom")) return Format.FEED;
        if (name.endsWith(".warc")) return Format.WARC;
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || name.endsWith(".xml")) return Format.MARKUP;
        return Format.SNIFF;
    }

    /** Endings of the files a directory walk reads; gzipped forms of the same count too. */
    private static final List<String> WALKED = List.of(".txt", ".text", ".jsonl", ".ndjson", ".html", ".htm", ".xhtml",
            ".warc", ".arc", ".rss", ".atom", ".xml");

    private static boolean walked(Path p) {
        return walked(name(p));
    }

    static boolean walked(String name) {
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        for (String end : WALKED) if (name.endsWith(end)) return true;
        return false;
    }

    private static String name(Path p) {
        return p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Expands one path as given: a file is itself; a directory is every article file under it (text,
     * JSONL, web pages, WARC, feeds, gzipped or not; hidden ones skipped), sorted by path, so a run is
     * reproducible.
     */
    static void expand(Path given, List<Input> out) {
        String origin = given.toString();
        if (!Files.exists(given)) {
            out.add(new Reported(new Problem(origin, Files.isSymbolicLink(given) ? "broken symbolic link" : "no such file or directory")));
            return;
        }
        if (!Files.isDirectory(given)) {
            out.add(file(given, origin));
            return;
        }
        List<Path> files = new ArrayList<>();
        List<Input> failures = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        try {
            Files.walkFileTree(given, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(given) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (!attrs.isRegularFile() || hidden(f)) return FileVisitResult.CONTINUE;
                    if (walked(f)) files.add(f);
                    else skipped.merge(ending(f), 1, Integer::sum);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    failures.add(new Reported(new Problem(f.toString(), describe(e))));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            failures.add(new Reported(new Problem(origin, describe(e))));
        }
        files.sort(null);
        out.addAll(failures);
        if (files.isEmpty() && failures.isEmpty()) {
            String also = skipped.isEmpty() ? "" : "; " + skippedText(skipped) + " skipped";
            out.add(new Reported(new Problem(origin, "directory has no article files (.txt, .jsonl, .html, .warc, .rss, .atom, .xml,"
                    + " or gzipped)" + also + "; name a file to have it read by its content")));
            return;
        }
        if (!skipped.isEmpty()) {
            out.add(new Reported(Problem.warning(origin, skippedText(skipped) + " skipped, of kinds a directory is not read for;"
                    + " name a file to have it read by its content")));
        }
        for (Path f : files) out.add(file(f, f.toString()));
    }

    /** How many files of each ending: "3 files (2 .png, 1 .md)", the commonest endings first, at most five. */
    private static String skippedText(Map<String, Integer> byEnding) {
        int total = byEnding.values().stream().mapToInt(Integer::intValue).sum();
        List<Map.Entry<String, Integer>> endings = new ArrayList<>(byEnding.entrySet());
        endings.sort((a, b) -> Integer.compare(b.getValue(), a.getValue())); // stable: ties stay in name order
        StringBuilder sb = new StringBuilder().append(total).append(total == 1 ? " file (" : " files (");
        for (int i = 0; i < Math.min(5, endings.size()); i++) {
            if (i > 0) sb.append(", ");
            sb.append(endings.get(i).getValue()).append(' ').append(endings.get(i).getKey());
        }
        if (endings.size() > 5) sb.append(", …");
        return sb.append(')').toString();
    }

    /** A file's ending as users say it (".png", ".json.gz"), or "without an ending". */
    private static String ending(Path p) {
        String name = name(p);
        boolean gz = name.endsWith(".gz");
        String base = gz ? name.substring(0, name.length() - 3) : name;
        int dot = base.lastIndexOf('.');
        String end = (dot > 0 && base.length() - dot <= 10 ? base.substring(dot) : "") + (gz ? ".gz" : "");
        return end.isEmpty() ? "without an ending" : end;
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static Input file(Path p, String origin) {
        if (!Files.isReadable(p)) return new Reported(new Problem(origin, "cannot read: permission denied"));
        try {
            return new FileInput(p, origin, formatOf(p), Files.size(p));
        } catch (IOException e) {
            return new Reported(new Problem(origin, describe(e)));
        }
    }

    /** An I/O failure as one line for the user, without a Java class name where a plain word will do. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof AccessDeniedException) return "cannot read: permission denied";
        if (e instanceof NotDirectoryException) return "not a directory";
        if (e instanceof java.io.EOFException) return "the file ends early (a truncated gzip file?)";
        if (e instanceof java.util.zip.ZipException) return "corrupt gzip data (" + e.getMessage() + ")";
        String m = e.getMessage();
        if (m != null && m.toLowerCase(Locale.ROOT).contains("is a directory")) return "is a directory";
        return "cannot read: " + (m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip());
    }
}
