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

/** Turns what the user named (paths, directories, stdin) into the list of inputs to read, in order. */
final class Inputs {
    private Inputs() {}

    enum Format { TEXT, JSONL, SNIFF }

    sealed interface Input permits FileInput, StreamInput, Failed {
        String origin();

        Format format();
    }

    record FileInput(Path path, String origin, Format format, long size) implements Input {}

    record StreamInput(InputStream stream, String origin) implements Input {
        @Override
        public Format format() {
            return Format.SNIFF;
        }
    }

    record Failed(Problem problem) implements Input {
        @Override
        public String origin() {
            return problem.origin();
        }

        @Override
        public Format format() {
            return Format.TEXT;
        }
    }

    /** The format a file's name announces; anything else is sniffed from its first character. */
    static Format formatOf(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".text")) return Format.TEXT;
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return Format.JSONL;
        return Format.SNIFF;
    }

    private static boolean walked(Path p) {
        return formatOf(p) != Format.SNIFF;
    }

    /**
     * Expands one path as given: a file is itself; a directory is every {@code .txt} and {@code .jsonl}
     * file under it (hidden ones skipped), sorted by path, so a run is reproducible.
     */
    static void expand(Path given, List<Input> out) {
        String origin = given.toString();
        if (!Files.exists(given)) {
            out.add(new Failed(new Problem(origin, Files.isSymbolicLink(given) ? "broken symbolic link" : "no such file or directory")));
            return;
        }
        if (!Files.isDirectory(given)) {
            out.add(file(given, origin));
            return;
        }
        List<Path> files = new ArrayList<>();
        List<Input> failures = new ArrayList<>();
        try {
            Files.walkFileTree(given, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(given) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !hidden(f) && walked(f)) files.add(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    failures.add(new Failed(new Problem(f.toString(), describe(e))));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            failures.add(new Failed(new Problem(origin, describe(e))));
        }
        files.sort(null);
        out.addAll(failures);
        for (Path f : files) out.add(file(f, f.toString()));
        if (files.isEmpty() && failures.isEmpty()) {
            out.add(new Failed(new Problem(origin, "directory has no .txt or .jsonl files")));
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static Input file(Path p, String origin) {
        if (!Files.isReadable(p)) return new Failed(new Problem(origin, "cannot read: permission denied"));
        try {
            return new FileInput(p, origin, formatOf(p), Files.size(p));
        } catch (IOException e) {
            return new Failed(new Problem(origin, describe(e)));
        }
    }

    /** An I/O failure as one line for the user, without a Java class name where a plain word will do. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof AccessDeniedException) return "cannot read: permission denied";
        if (e instanceof NotDirectoryException) return "not a directory";
        String m = e.getMessage();
        if (m != null && m.toLowerCase(Locale.ROOT).contains("is a directory")) return "is a directory";
        return "cannot read: " + (m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip());
    }
}
