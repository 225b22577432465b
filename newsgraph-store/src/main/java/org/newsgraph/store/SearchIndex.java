package org.newsgraph.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.newsgraph.span.Span;

/**
 * Writes the Lucene index beside a store's tables ({@code DIR/index}), over article text and attribution
 * content. The index follows the tables: each Lucene commit records, in its user data, the last
 * {@code articles.seq} it covers, and {@link #catchUp} indexes the articles (with their attributions)
 * past it. Tables commit first and the index follows, so a crash between the two loses nothing: the next
 * catch-up indexes what the index lacks. A chunk's documents replace whatever the index holds for its
 * seq range, so indexing an article twice (a replay) leaves one copy.
 *
 * <p>Only one process may write the index at a time (Lucene's write lock, held from
 * {@link #openForWriting} to {@link #close}); a second gets a one-line {@link StoreException}. Not
 * thread-safe: one thread writes.
 */
public final class SearchIndex implements AutoCloseable {
    /**
     * Articles per read from the tables and per Lucene commit. Each chunk's read scans the attributions
     * table once (it has no index to find an article's rows), so chunks are large: 5,000 articles of
     * news hold some 25 MB of text.
     */
    static final int CHUNK = 5_000;

    private final Store store;
    private final Directory directory;
    private final IndexWriter writer;
    private long indexedSeq;
    private long quotesIndexed;

    private SearchIndex(Store store, Directory directory, IndexWriter writer) {
        this.store = store;
        this.directory = directory;
        this.writer = writer;
        this.indexedSeq = seqOf(writer.getLiveCommitData());
    }

    /**
     * Opens the index for writing, creating it if there is none. An index that cannot be read (damaged,
     * or made by another Lucene) is started afresh: it holds nothing the tables do not, and the next
     * {@link #catchUp} fills it again.
     *
     * @throws StoreException if another process (an ingest, a reindex) is writing the index
     */
    public static SearchIndex openForWriting(Store store) {
        return tryOpenForWriting(store).orElseThrow(() -> new StoreException("the search index of " + store.dir()
                + " is being written by another process (an ingest or a reindex); try again when it is done"));
    }

    /** Like {@link #openForWriting}, but empty when another process is writing the index. */
    public static Optional<SearchIndex> tryOpenForWriting(Store store) {
        Directory directory = null;
        try {
            Files.createDirectories(store.indexDir());
            directory = FSDirectory.open(store.indexDir());
            IndexWriter writer;
            try {
                writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                     | EOFException | NoSuchFileException e) {
                // Lucene will not even start afresh over a commit it cannot read: clear the directory
                // first, under the write lock so no other writer sees it half cleared.
                Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
                try {
                    for (String file : directory.listAll()) {
                        if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) directory.deleteFile(file);
                    }
                } finally {
                    lock.close();
                }
                writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
            }
            if (DirectoryReader.indexExists(directory) && !SearchFields.FORMAT.equals(formatOf(writer.getLiveCommitData()))) {
                // Made by another version of newsgraph, with other fields: start afresh, as for a damaged index.
                writer.deleteAll();
                writer.setLiveCommitData(commitData(0));
                writer.commit();
            }
            if (!DirectoryReader.indexExists(directory)) {
                // A first commit at once, so readers can open the index before anything is in it.
                try {
                    writer.setLiveCommitData(commitData(0));
                    writer.commit();
                } catch (IOException e) {
                    writer.rollback(); // releases the write lock
                    throw e;
                }
            }
            return Optional.of(new SearchIndex(store, directory, writer));
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            return Optional.empty();
        } catch (IOException e) {
            closeQuietly(directory);
            throw failure("cannot open the search index", store, e);
        }
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig c = new IndexWriterConfig(SearchFields.ANALYZER);
        c.setOpenMode(mode);
        // Stored article texts (for snippets) deflated: 0.3 of the text's size instead of LZ4's 0.66, at
        // a millisecond or two per answer shown.
        c.setCodec(new Lucene912Codec(Lucene912Codec.Mode.BEST_COMPRESSION));
        c.setRAMBufferSizeMB(64);
        return c;
    }

    /** The last {@code articles.seq} the index covers (0 for an empty index). */
    public long indexedSeq() {
        return indexedSeq;
    }

    /**
     * Indexes the articles the tables hold past {@link #indexedSeq()}, with their attributions, and
     * commits; returns how many articles it indexed. Reads the tables a chunk at a time, each chunk its
     * own short read (so an ingest in another terminal is not kept waiting) and its own commit.
     */
    public long catchUp() {
        return catchUp(n -> {});
    }

    /** {@link #catchUp()}, telling {@code progress} the number of articles indexed so far after each chunk. */
    public long catchUp(LongConsumer progress) {
        long done = 0;
        while (true) {
            long from = indexedSeq;
            Chunk chunk = store.read(c -> Chunk.read(c, from, CHUNK));
            if (chunk.articles() == 0) return done;
            try {
                // Nothing past the committed seq should be in the index (a commit records the documents and
                // the seq together), but if a chunk is ever indexed twice, this keeps one copy.
                writer.deleteDocuments(SearchFields.seqRange(from + 1, chunk.lastSeq()));
                writer.addDocuments(chunk.documents());
                writer.setLiveCommitData(commitData(chunk.lastSeq()));
                writer.commit();
            } catch (IOException e) {
                throw failure("cannot write the search index", store, e);
            }
            indexedSeq = chunk.lastSeq();
            quotesIndexed += chunk.quotes();
            done += chunk.articles();
            progress.accept(done);
        }
    }

    /** Empties the index and indexes every article again; returns how many. */
    public long rebuild() {
        return rebuild(n -> {});
    }

    /**
     * {@link #rebuild()}, with progress. The emptied index is committed first, so an interrupted rebuild
     * leaves a smaller, consistent index that the next catch-up completes.
     */
    public long rebuild(LongConsumer progress) {
        try {
            writer.deleteAll();
            writer.setLiveCommitData(commitData(0));
            writer.commit();
        } catch (IOException e) {
            throw failure("cannot empty the search index", store, e);
        }
        indexedSeq = 0;
        return catchUp(progress);
    }

    /** Makes the next catch-up start after {@code seq}, as if the index had not committed past it (tests: a replay). */
    void rewindTo(long seq) {
        indexedSeq = seq;
    }

    /**
     * Merges the index into one segment when it is smaller than {@code maxBytes}, and says whether it did.
     * Each batch of an ingest commits a segment with its own term dictionary; on a small store they are a
     * good part of its size (PolNeAR train: 5.0 MB in three segments, 4.7 MB in one), while on a big
     * one Lucene's own merging keeps up and a full merge would rewrite hundreds of megabytes.
     */
    public boolean mergeIfSmall(long maxBytes) {
        try {
            SegmentInfos segments = SegmentInfos.readLatestCommit(directory);
            if (segments.size() < 2) return false;
            long bytes = 0;
            for (String file : directory.listAll()) bytes += directory.fileLength(file);
            if (bytes > maxBytes) return false;
            writer.forceMerge(1);
            writer.commit();
            return true;
        } catch (IOException e) {
            throw failure("cannot merge the search index", store, e);
        }
    }

    /** The quotes (attributions) this writer indexed since it was opened. */
    public long quotesIndexed() {
        return quotesIndexed;
    }

    /** Lucene documents in the index (articles and quotes), for tests and reports. */
    long documents() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw failure("cannot close the search index", store, e);
        } finally {
            closeQuietly(directory);
        }
    }

    private static Iterable<Map.Entry<String, String>> commitData(long seq) {
        return Map.of(SearchFields.SEQ, Long.toString(seq), SearchFields.FORMAT_KEY, SearchFields.FORMAT).entrySet();
    }

    static String formatOf(Iterable<Map.Entry<String, String>> userData) {
        if (userData == null) return null;
        for (Map.Entry<String, String> e : userData) {
            if (e.getKey().equals(SearchFields.FORMAT_KEY)) return e.getValue();
        }
        return null;
    }

    static long seqOf(Iterable<Map.Entry<String, String>> userData) {
        if (userData == null) return 0;
        for (Map.Entry<String, String> e : userData) {
            if (e.getKey().equals(SearchFields.SEQ)) return Long.parseLong(e.getValue());
        }
        return 0;
    }

    static StoreException failure(String what, Store store, IOException e) {
        return new StoreException(what + " of " + store.dir() + ": " + IoMessages.of(e)
                + "; the tables are intact, run newsgraph reindex --db " + store.dir(), e);
    }

    private static void closeQuietly(Directory d) {
        if (d == null) return;
        try {
            d.close();
        } catch (IOException ignored) {
            // Closing after a failure: the failure is what to report.
        }
    }

    /** Articles with seq in (from, last], as Lucene documents, with their quotes; read in one transaction. */
    private record Chunk(List<org.apache.lucene.document.Document> documents, int articles, int quotes, long lastSeq) {
        private static final ObjectMapper JSON = new ObjectMapper();

        static Chunk read(Connection c, long from, int limit) throws SQLException {
            List<org.apache.lucene.document.Document> docs = new ArrayList<>();
            Map<String, String> texts = new HashMap<>();
            // The chunk's last seq first, from the seq column alone: ordering and limiting the rows with
            // their text would make DuckDB read every article's text for every chunk.
            long last;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT coalesce(max(seq), -1) FROM (SELECT seq FROM articles WHERE seq > ? ORDER BY seq LIMIT ?)")) {
                ps.setLong(1, from);
                ps.setInt(2, limit);
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    last = r.getLong(1);
                }
            }
            if (last < 0) return new Chunk(docs, 0, 0, from);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, seq, headline, published, text FROM articles WHERE seq > ? AND seq <= ?")) {
                ps.setLong(1, from);
                ps.setLong(2, last);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        String id = r.getString(1);
                        texts.put(id, r.getString(5));
                        docs.add(SearchFields.article(r.getLong(2), id, r.getString(3), r.getString(4), r.getString(5)));
                    }
                }
            }
            int articles = docs.size();
            if (articles == 0) return new Chunk(docs, 0, 0, last);
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT a.seq, a.id, t.id, a.published, t.source_text, t.source_entity_key, t.spans
                    FROM attributions t JOIN articles a ON a.id = t.article_id
                    WHERE a.seq > ? AND a.seq <= ?
                    ORDER BY a.seq""")) {
                ps.setLong(1, from);
                ps.setLong(2, last);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        String articleId = r.getString(2);
                        String localId = r.getString(3).substring(articleId.length() + 1);
                        JsonNode spans = readJson(r.getString(7));
                        docs.add(SearchFields.quote(r.getLong(1), articleId, localId, r.getString(4), spans(spans.path("content")),
                                spans(spans.path("source")), r.getString(5), r.getString(6), texts.get(articleId)));
                    }
                }
            }
            return new Chunk(docs, articles, docs.size() - articles, last);
        }

        private static JsonNode readJson(String json) throws SQLException {
            try {
                return JSON.readTree(json);
            } catch (IOException e) {
                throw new SQLException("an attribution's spans are not JSON: " + e.getMessage(), e);
            }
        }

        private static List<Span> spans(JsonNode array) {
            List<Span> out = new ArrayList<>();
            for (JsonNode s : array) out.add(Span.of(s.get(0).asInt(), s.get(1).asInt()));
            return out;
        }
    }
}
