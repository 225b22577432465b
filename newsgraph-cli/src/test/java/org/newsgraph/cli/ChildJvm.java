package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a class's main in a child JVM on the tests' own class path, output to files. */
final class ChildJvm {
    private ChildJvm() {}

    static Process start(Class<?> main, Path out, Path err, String... args) throws IOException {
        // Surefire and failsafe may run the tests from a manifest-only jar; they name the real path here.
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-cp", cp, main.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }
}
