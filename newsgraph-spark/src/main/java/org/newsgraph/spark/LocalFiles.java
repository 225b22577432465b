package org.newsgraph.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsAction;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system, but setting a file's permissions through Java rather than by starting
 * {@code chmod}, as Hadoop does without its native library (which Spark's client jars do not carry). A
 * job writes a file per month and table, and measured on 840 PolNeAR articles those 280 processes were
 * most of the writing time on this machine. Used for {@code file:} paths when the job runs here.
 */
public final class LocalFiles extends LocalFileSystem {
    public LocalFiles() {
        super(new Raw());
    }

    static final class Raw extends RawLocalFileSystem {
        @Override
        public void setPermission(Path p, FsPermission permission) throws IOException {
            Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
            add(perms, permission.getUserAction(), PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.OWNER_EXECUTE);
            add(perms, permission.getGroupAction(), PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                    PosixFilePermission.GROUP_EXECUTE);
            add(perms, permission.getOtherAction(), PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                    PosixFilePermission.OTHERS_EXECUTE);
            try {
                Files.setPosixFilePermissions(pathToFile(p).toPath(), perms);
            } catch (UnsupportedOperationException e) {
                super.setPermission(p, permission); // not a POSIX file system: Hadoop's own way
            }
        }

        private static void add(Set<PosixFilePermission> perms, FsAction a, PosixFilePermission read,
                PosixFilePermission write, PosixFilePermission execute) {
            if (a.implies(FsAction.READ)) perms.add(read);
            if (a.implies(FsAction.WRITE)) perms.add(write);
            if (a.implies(FsAction.EXECUTE)) perms.add(execute);
        }
    }
}
