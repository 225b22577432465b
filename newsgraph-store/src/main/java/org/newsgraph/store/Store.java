package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A newsgraph store: a directory holding one DuckDB database ({@value #DB_FILE}) with the tables of
 * {@link Schema}, and a Lucene index beside it ({@value #INDEX_DIR}/) that can always be rebuilt from
 * the tables.
 *
 * <p>DuckDB lets only one process open a database file at a time, even to read. So nobody holds it
 * long: a writer opens it for one transaction (a batch of articles) and closes it, a reader for one
 * query. Each waits, a little while, for the other's turn to end ({@link #READ_WAIT_MS},
 * {@link #WRITE_WAIT_MS}). That is what lets {@code newsgraph quotes} answer from another terminal while
 * {@code newsgraph ingest} runs. A process that serves many queries (the server, a benchmark) may keep a
 * read-only connection instead, through {@link #openReadOnly()}.
 */
public final class Store {
    public static final String DB_FILE = "newsgraph.duckdb";
    public static final String INDEX_DIR = "index";
    static final long READ_WAIT_MS = 15_000;
    static final long WRITE_WAIT_MS = 60_000;
    /** The name a writer's connection gives the database: that of a plain connection to the file. */
    static final String CATALOG = "newsgraph";
    private static final String COMPACT_SUFFIX = ".compacting";
    static final int ROW_GROUP_SIZE = 2048;
    static final String CREATE_OPTIONS = "BLOCK_SIZE 16384, STORAGE_VERSION 'v1.5.0'";
    private static final Pattern LOCK_HOLDER = Pattern.compile("Conflicting lock is held in (.*?) \\(PID (\\d+)\\)");

    /** Work done with a connection; may throw SQL's exceptions, which the store translates. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final Path dir;
    /**
     * While held ({@link #holdOpen}): the one DuckDB instance of this process for the file, whose
     * connections every read and write duplicate — so reads see committed data at once and never wait for
     * a batch being written (DuckDB's MVCC), which a server answering while it ingests needs.
     */
    private volatile Connection held;
    /** Connections of earlier reads while held, for the next reads (see {@link #readShared}). */
    private final java.util.concurrent.ConcurrentLinkedDeque<Connection> idleReaders = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private static final int MAX_IDLE_READERS = 16;
    /** Transactions committed through this object: what a cache of answers compares to know it is current. */
    private final java.util.concurrent.atomic.AtomicLong commits = new java.util.concurrent.atomic.AtomicLong();

    private Store(Path dir) {
        this.dir = dir;
    }

    /**
     * Keeps the database open in this process until {@link #release}: every read and write then shares one
     * DuckDB instance. For a server that reads and writes at once; other processes cannot open the store
     * meanwhile. Compaction waits for the release.
     */
    public synchronized Store holdOpen() {
        if (held == null) {
            try {
                held = connect(false, WRITE_WAIT_MS);
            } catch (SQLException e) {
                throw translate(e, "opening");
            }
        }
        return this;
    }

    /** Lets the database go again (see {@link #holdOpen}). */
    public synchronized void release() {
        Connection c = held;
        held = null;
        for (Connection idle = idleReaders.pollFirst(); idle != null; idle = idleReaders.pollFirst()) closeQuietly(idle);
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Closing is all that was left to do.
            }
        }
    }

    /**
     * The store in {@code dir}, created there if the directory does not exist or is empty. A directory
     * with other files in it is refused: a store is never mixed into someone's folder by mistake.
     */
    public static Store create(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (Files.exists(dir.resolve(DB_FILE))) return open(dir);
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new StoreException(dir + " is a file, not a store directory");
        if (Files.isDirectory(dir) && !isEmpty(dir)) {
            throw new StoreException(dir + " is not a newsgraph store (it has files but no " + DB_FILE
                    + "); give a new or empty directory to create one");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create the store directory " + dir + ": " + IoMessages.of(e), e);
        }
        Store store = new Store(dir);
        store.write(c -> {
            try (Statement s = c.createStatement()) {
                for (String ddl : Schema.DDL) s.execute(ddl);
                s.execute("INSERT INTO store_info VALUES ('schema_version', '" + Schema.VERSION + "')");
            }
            return null;
        });
        return store;
    }

    /** The existing store in {@code dir}; anything else is refused with a one-line reason. */
    public static Store open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.exists(dir)) {
            throw new StoreException("no store at " + dir + "; make one with: newsgraph ingest --db " + dir + " PATH...");
        }
        if (!Files.isRegularFile(dir.resolve(DB_FILE))) {
            throw new StoreException(dir + " is not a newsgraph store (no " + DB_FILE + " in it)");
        }
        Store store = new Store(dir);
        String version = store.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT value FROM store_info WHERE name = 'schema_version'")) {
                return r.next() ? r.getString(1) : null;
            } catch (SQLException e) {
                if (String.valueOf(e.getMessage()).contains("store_info")) return null;
                throw e;
            }
        });
        if (version == null) throw new StoreException(dir + " is not a newsgraph store (its database has no store_info table)");
        if (!version.equals(String.valueOf(Schema.VERSION))) {
            throw new StoreException(dir + " was made by another version of newsgraph (store version " + version
                    + ", this newsgraph reads " + Schema.VERSION + "); export it with that version, or ingest again");
        }
        return store;
    }

    /**
     * How many writes this object has committed. Only a store {@linkplain #holdOpen held open} is written
     * by nobody else, so only there does an unchanged count mean unchanged tables.
     */
    public long commits() {
        return commits.get();
    }

    /** Whether {@link #holdOpen} holds the database in this process. */
    public boolean isHeld() {
        return held != null;
    }

    public Path dir() {
        return dir;
    }

    public Path indexDir() {
        return dir.resolve(INDEX_DIR);
    }

    /** Runs {@code work} on a read-only connection, waiting while a writer holds the database. */
    public <T> T read(SqlWork<T> work) {
        Connection shared = held;
        if (shared != null) return readShared(shared, work);
        try (Connection c = connect(true, READ_WAIT_MS)) {
            return work.apply(c);
        } catch (SQLException e) {
            throw translate(e, "reading");
        }
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed, or (on an error, a full disk, a crash)
     * none of it. Waits while a reader or another writer holds the database.
     */
    public <T> T write(SqlWork<T> work) {
        try (Connection c = connect(false, WRITE_WAIT_MS)) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                commits.incrementAndGet();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        } catch (SQLException e) {
            throw translate(e, "writing");
        }
    }

    /**
     * A read while the store is held: on a connection kept from an earlier read, or a new duplicate of the
     * held one. Duplicating takes a lock of the held connection, and fifty readers duplicating at once queued
     * on it for 50 ms on average under the server's load test; a kept connection is its own. Reads are
     * autocommit, so each statement sees what was committed when it began, kept connection or not.
     */
    private <T> T readShared(Connection shared, SqlWork<T> work) {
        Connection c = idleReaders.pollFirst();
        boolean keep = false;
        try {
            if (c == null) c = duplicate(shared);
            T result = work.apply(c);
            keep = true;
            return result;
        } catch (SQLException e) {
            throw translate(e, "reading");
        } finally {
            if (c != null) {
                // A failed read may leave its connection in any state: not kept. Nor after a release.
                if (!(keep && held == shared && idleReaders.size() < MAX_IDLE_READERS && idleReaders.offerFirst(c))) closeQuietly(c);
            }
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Nothing was left to do with it.
        }
    }

    private Connection duplicate(Connection shared) throws SQLException {
        Connection c = shared.unwrap(org.duckdb.DuckDBConnection.class).duplicate();
        try (Statement s = c.createStatement()) {
            s.execute("USE " + CATALOG); // the attached file, as the writer's own connection has it
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /**
     * Rewrites the database file without its free space when {@code policy} finds it worth it, and says
     * whether it did. Each batch's checkpoint rewrites the row groups it appended to and leaves the old
     * copies' blocks free; DuckDB reuses them but never gives them back, so after an ingest in many
     * batches half of the file can be empty. The copy is made beside the file and renamed over it, so a
     * crash at any moment leaves the old file or the new one, whole (a stray copy is removed by the next
     * writer). Call it only while holding the store for writing (the ingest lock).
     */
    public boolean compact(Compaction policy) {
        Objects.requireNonNull(policy, "policy");
        if (held != null) return false; // the file is open here: no rename under it
        Path file = dir.resolve(DB_FILE);
        Path copy = dir.resolve(DB_FILE + COMPACT_SUFFIX);
        try {
            try (Connection c = connect(false, WRITE_WAIT_MS); Statement s = c.createStatement()) {
                try (ResultSet r = s.executeQuery("SELECT free_blocks * block_size, total_blocks * block_size FROM pragma_database_size() "
                        + "WHERE database_name = '" + CATALOG + "'")) {
                    if (!r.next() || !policy.worthIt(r.getLong(1), r.getLong(2))) return false;
                }
                s.execute("ATTACH '" + sqlPath(copy) + "' AS compacted (" + CREATE_OPTIONS + ")");
                s.execute("COPY FROM DATABASE " + CATALOG + " TO compacted");
                s.execute("DETACH compacted");
            }
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (SQLException e) {
            deleteQuietly(copy);
            throw translate(e, "compacting");
        } catch (IOException e) {
            deleteQuietly(copy);
            throw new StoreException("cannot replace " + file + " with its compacted copy: " + IoMessages.of(e)
                    + "; the store is unchanged", e);
        }
    }

    private static String sqlPath(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // A stray copy is harmless: the next writer removes it.
        }
    }

    /**
     * A read-only connection for a process that answers many queries; it keeps writers out until closed.
     */
    public Connection openReadOnly() {
        try {
            return connect(true, READ_WAIT_MS);
        } catch (SQLException e) {
            throw translate(e, "reading");
        }
    }

    private Connection connect(boolean readOnly, long waitMs) throws SQLException {
        Connection shared = held;
        if (shared != null) return duplicate(shared);
        long deadline = System.nanoTime() + waitMs * 1_000_000;
        long pause = 5;
        while (true) {
            try {
                return readOnly ? connectReadOnly() : connectForWriting();
            } catch (SQLException e) {
                if (!isLockConflict(e) || System.nanoTime() > deadline) throw e;
                sleep(pause);
                pause = Math.min(100, pause * 2);
            }
        }
    }

    private Connection connectReadOnly() throws SQLException {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(DB_FILE).toAbsolutePath(), p);
    }

    /**
     * A writer attaches the file with small row groups ({@value #ROW_GROUP_SIZE} rows, DuckDB's default is
     * 122,880): every batch ends with a checkpoint, which rewrites the last row group of each table it
     * appended to, so with the default it rewrites the whole articles table until it reaches 122,880
     * articles. Measured on a store of 20,000 articles (87 MB): committing one more article took 5–6.6 s
     * to checkpoint with the default, 0.3–0.8 s with 2,048, and the file was 63 MB instead of 87 (the
     * rewritten copies leave free blocks behind). Readers need no option.
     *
     * <p>A new file is made with {@value #CREATE_OPTIONS}. The storage version lets DuckDB use the string
     * compression of its current format (by default it writes a format old versions can read, and keeps
     * long texts uncompressed); the small blocks keep each of the many small tables and row groups from
     * taking a 256 KB block of its own. Measured on the PolNeAR train store (840 articles, 3.9 MB of text):
     * 25 MB as first written, 14 MB copied afresh with the defaults, 7.5 MB with these options (1.9× the text).
     */
    private Connection connectForWriting() throws SQLException {
        Path file = dir.resolve(DB_FILE);
        // A compaction killed half-way leaves its copy; the file itself is whole.
        deleteQuietly(dir.resolve(DB_FILE + COMPACT_SUFFIX));
        String options = "ROW_GROUP_SIZE " + ROW_GROUP_SIZE + (Files.exists(file) ? "" : ", " + CREATE_OPTIONS);
        Connection c = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = c.createStatement()) {
            s.execute("ATTACH '" + file.toAbsolutePath().toString().replace("'", "''") + "' AS " + CATALOG + " (" + options + ")");
            s.execute("USE " + CATALOG);
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    /** One line for a user, naming the store and what to do. */
    StoreException translate(SQLException e, String doing) {
        String m = String.valueOf(e.getMessage());
        Matcher holder = LOCK_HOLDER.matcher(m);
        if (holder.find()) {
            return new StoreException("store " + dir + " is in use by process " + holder.group(2)
                    + " (" + holder.group(1) + "), which kept it for longer than we waited; try again when it is done", e);
        }
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk is full") || lower.contains("could not write")) {
            // What was committed before stays: the failed transaction is rolled back (FullDiskIT).
            return new StoreException("no space left on the disk of " + dir + " while " + doing
                    + " (free some space and run again)", e);
        }
        if (lower.contains("not a valid duckdb database") || lower.contains("unable to open database")
                || lower.contains("invalid database") || lower.contains("magic bytes")) {
            return new StoreException(dir + " is not a newsgraph store (" + DB_FILE + " is not a DuckDB database)", e);
        }
        return new StoreException("store " + dir + ": " + firstLine(m), e);
    }

    static boolean isLockConflict(SQLException e) {
        return String.valueOf(e.getMessage()).contains("Conflicting lock");
    }

    /** DuckDB's messages run over several lines (a caret under the error); the first says what is wrong. */
    static String firstLine(String message) {
        String m = message.strip();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new StoreException("cannot read the directory " + dir + ": " + IoMessages.of(e), e);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The original failure is the one to report.
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store");
        }
    }
}
