package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.newsgraph.store.StoreException;

/**
 * One ingest per store at a time: an operating-system lock on {@code DIR/ingest.lock}, held for the whole
 * run, with the holder's process id written in the file so the next one can say who it is waiting for.
 * The operating system releases the lock when the process dies, even by kill -9, so a crash never leaves
 * a store locked. Readers do not look at it: they only wait for the database file, which a writer holds
 * for one batch at a time.
 */
public final class IngestLock implements AutoCloseable {
    public static final String FILE = "ingest.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private IngestLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of the store in {@code dir}, or says which process holds it. */
    public static IngestLock take(Path dir) {
        Path file = dir.resolve(FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException("cannot open " + file + ": " + e.getMessage(), e);
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process (an embedding, a test): the same answer
            }
            if (lock == null) {
                String pid = holder(channel);
                channel.close();
                throw new StoreException("store " + dir + " is held by another ingest or a running newsgraph serve (pid " + pid
                        + "); wait for it to finish, or stop the server");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            return new IngestLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(32);
        channel.read(b, 0);
        String pid = new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII).strip();
        // The holder writes its pid just after locking; in that instant the file may still be empty.
        return pid.isEmpty() ? "unknown" : pid;
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // The failure being reported matters more.
        }
    }

    /** Releases the lock; the file stays, since removing it would race with the next ingest locking it. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel releases it too.
        }
        closeQuietly(channel);
    }
}
