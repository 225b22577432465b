package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.source.Source;
import org.newsgraph.source.Sources;

/**
 * Files dropped in a folder are ingested: every {@code every} milliseconds the folder is listed, and a file
 * whose size and time have not changed since the last look (so not one still being written) is taken in
 * once. Hidden files and names ending in {@code .part} or {@code .tmp} are left alone. What a file held is
 * said in one line per file; a file that cannot be read is said so, and the watch goes on.
 */
public final class FolderWatch implements AutoCloseable {
    private final Path dir;
    private final Ingester ingester;
    private final Supplier<Analyzer> analyzer;
    private final Ingester.Options options;
    private final Consumer<String> say;
    private final long every;
    private final Map<Path, String> lastSeen = new HashMap<>();
    private final Set<Path> taken = new HashSet<>();
    private final Thread thread;
    private volatile boolean stop;

    private FolderWatch(Path dir, Ingester ingester, Supplier<Analyzer> analyzer, Ingester.Options options, Consumer<String> say, long every) {
        this.dir = dir;
        this.ingester = ingester;
        this.analyzer = analyzer;
        this.options = options;
        this.say = say;
        this.every = every;
        this.thread = new Thread(this::run, "newsgraph-watch");
        this.thread.setDaemon(true);
    }

    /** Starts watching {@code dir} (which must be a directory); {@code say} gets a line per file taken in. */
    public static FolderWatch start(Path dir, Ingester ingester, Supplier<Analyzer> analyzer, Ingester.Options options,
                                    Consumer<String> say, long everyMillis) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("--watch: " + dir + " is not a directory");
        FolderWatch w = new FolderWatch(dir, ingester, analyzer, options, say, everyMillis);
        w.thread.start();
        return w;
    }

    private void run() {
        while (!stop) {
            try {
                look();
                Thread.sleep(every);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                say.accept("newsgraph: watch " + dir + ": " + Ingester.oneLine(e));
            }
        }
    }

    /** One look at the folder: takes in what has settled since the last. */
    void look() {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(FolderWatch::candidate).sorted().toList();
        } catch (IOException e) {
            say.accept("newsgraph: watch " + dir + ": cannot list it: " + e.getMessage());
            return;
        }
        for (Path f : files) {
            if (taken.contains(f)) continue;
            String state = state(f);
            if (state == null) continue;
            if (!state.equals(lastSeen.put(f, state))) continue; // changed since the last look: still being written
            taken.add(f);
            try (Source source = Sources.open(f)) {
                IngestSummary s = ingester.ingest(source, analyzer, options, Ingester.Listener.NONE);
                say.accept(String.format(java.util.Locale.ROOT, "newsgraph: watch: %s: %,d new, %,d already present, %,d failed",
                        f.getFileName(), s.added(), s.present(), s.failed()));
            } catch (RuntimeException e) {
                say.accept("newsgraph: watch: " + f.getFileName() + ": " + Ingester.oneLine(e));
            }
        }
    }

    private static boolean candidate(Path p) {
        String n = p.getFileName().toString();
        return Files.isRegularFile(p) && !n.startsWith(".") && !n.endsWith(".part") && !n.endsWith(".tmp");
    }

    private static String state(Path f) {
        try {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            return a.size() + "@" + a.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        stop = true;
        thread.interrupt();
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
