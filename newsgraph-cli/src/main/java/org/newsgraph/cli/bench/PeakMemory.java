package org.newsgraph.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Peak memory of this process: resident set (what the machine pays) and Java heap. */
public record PeakMemory(long residentBytes, long heapBytes, long heapMaxBytes) {

    /** Now. {@code residentBytes} is -1 where {@code /proc/self/status} does not exist (not Linux). */
    static PeakMemory now() {
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) heap += pool.getPeakUsage().getUsed();
        }
        return new PeakMemory(vmHwm(), heap, Runtime.getRuntime().maxMemory());
    }

    /** The kernel's high-water mark of resident memory, VmHWM, in bytes; -1 when unknown. */
    static long vmHwm() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    String[] f = line.substring("VmHWM:".length()).trim().split("\\s+");
                    return Long.parseLong(f[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MB", Math.round(bytes / 1048576.0));
    }
}
