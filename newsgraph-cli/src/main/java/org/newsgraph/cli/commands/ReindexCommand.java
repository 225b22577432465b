package org.newsgraph.cli.commands;

import org.newsgraph.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsgraph.store.SearchIndex;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;

/**
 * {@code newsgraph reindex}: empties a store's search index and builds it again from the tables. The
 * tables are not touched; an interrupted reindex leaves a smaller index that the next search, ingest or
 * reindex completes.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Rebuild the search index of a store from its tables (after deleting or damaging it, or to be sure).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the index was rebuilt", "1:it could not be (the message says why)", "2:a usage mistake"})
public final class ReindexCommand extends StoreCommand {
    @Override
    int run(Store store) {
        PrintWriter out = out();
        PrintWriter err = err();
        long[] sizes = store.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT count(*), coalesce(sum(strlen(text)), 0) FROM articles")) {
                r.next();
                return new long[] {r.getLong(1), r.getLong(2)};
            }
        });
        long total = sizes[0];
        boolean show = main.terminal().stderrIsTerminal() && !main.terminal().ci();
        long start = System.nanoTime();
        long articles;
        long quotes;
        try (SearchIndex index = SearchIndex.openForWriting(store)) {
            articles = index.rebuild(n -> {
                if (show) {
                    err.print(String.format(Locale.ROOT, "\rindexed %,d of %,d articles\u001b[K", n, total));
                    err.flush();
                }
            });
            quotes = index.quotesIndexed();
        }
        if (show) err.print("\r\u001b[K");
        err.flush();
        double seconds = (System.nanoTime() - start) / 1e9;
        long indexBytes = size(store.indexDir());
        out.println(String.format(Locale.ROOT, "indexed %s and %s in %.1f s; the index takes %s, %s",
                count(articles, "article"), count(quotes, "quote"), seconds, megabytes(indexBytes),
                sizes[1] == 0 ? "for no text" : String.format(Locale.ROOT, "%.0f%% of the %s of article text",
                        100.0 * indexBytes / sizes[1], megabytes(sizes[1]))));
        out.flush();
        return Main.OK;
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // a file Lucene removed while we counted
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
