package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;

/**
 * What a store holds, article by article, to compare a store that went through kills with one ingested
 * cleanly, and helpers to watch a store another process is writing.
 */
final class StoreSnapshot {
    private StoreSnapshot() {}

    /** One line per article: its id and how many mentions, attributions and roles it has. */
    static List<String> perArticle(Path db) {
        return StoreCounts.rows(db, """
                SELECT a.id || ' mentions=' || (SELECT count(*) FROM mentions m WHERE m.article_id = a.id)
                    || ' attributions=' || (SELECT count(*) FROM attributions t WHERE t.article_id = a.id)
                    || ' roles=' || (SELECT count(*) FROM entity_roles r WHERE r.article_id = a.id)
                FROM articles a ORDER BY a.id""");
    }

    /** Rows that belong to no stored article: the trace a half-written article would leave. */
    static long orphans(Path db) {
        return Long.parseLong(StoreCounts.rows(db, """
                SELECT (SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles))
                     + (SELECT count(*) FROM attributions WHERE article_id NOT IN (SELECT id FROM articles))
                     + (SELECT count(*) FROM entity_roles WHERE article_id NOT IN (SELECT id FROM articles))""").get(0));
    }

    /** Aliases whose article count disagrees with the mentions stored: a batch counted twice, or not at all. */
    static List<String> miscountedAliases(Path db) {
        return StoreCounts.rows(db, """
                SELECT coalesce(a.alias, m.text) || ': ' || coalesce(a.articles, 0) || ' vs ' || coalesce(m.n, 0)
                FROM entity_aliases a FULL JOIN
                     (SELECT entity_key, text, count(DISTINCT article_id) AS n FROM mentions GROUP BY ALL) m
                     ON a.entity_key = m.entity_key AND a.alias = m.text
                WHERE coalesce(a.articles, 0) <> coalesce(m.n, 0)""");
    }

    /** {@code count(*)} and {@code count(DISTINCT id)} of the articles, as "N/M". */
    static String articleCounts(Path db) {
        return StoreCounts.rows(db, "SELECT count(*) || '/' || count(DISTINCT id) FROM articles").get(0);
    }

    /** The article count, or -1 while the store is not there yet. */
    static long articlesOrNone(Path db) {
        if (!Files.isRegularFile(db.resolve(Store.DB_FILE))) return -1;
        try {
            return StoreCounts.count(db, "articles");
        } catch (StoreException e) {
            return -1; // being created: no schema yet
        }
    }

    /** Waits until the store holds at least {@code n} articles; fails if the process ends first. */
    static long waitFor(Path db, long n, Process writer, Path writerErr) throws IOException, InterruptedException {
        while (true) {
            long count = articlesOrNone(db);
            if (count >= n) return count;
            if (!writer.isAlive()) {
                throw new AssertionError(String.format(Locale.ROOT, "the ingest ended (exit %d) with %d articles stored, before %d: %s",
                        writer.exitValue(), count, n, Files.readString(writerErr)));
            }
            Thread.sleep(20);
        }
    }

    /** JSONL of small articles "1 SpeakerK said item I went up.", speakers shared, each taking 10 ms to analyze. */
    static Path articles(Path file, int n) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(String.format(Locale.ROOT, "{\"id\": \"k%05d\", \"text\": \"1 Speaker%d said item %d went up.\"}%n", i, i % 37, i));
        }
        return Files.writeString(file, sb.toString());
    }
}
