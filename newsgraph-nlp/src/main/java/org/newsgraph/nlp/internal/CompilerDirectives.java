package org.newsgraph.nlp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.ObjectName;

/**
 * Keeps code that runs once per article, or once per JVM, out of HotSpot's optimising compiler (C2).
 *
 * <p>Measured on 300 PolNeAR articles in one process (flight recordings of every compilation and of
 * execution samples): C2 spent 22 s of CPU, and 80 % of it on classes holding under 0.5 % of the run
 * time — our own per-article stages (big methods, compiled again and again as their profiles changed),
 * CoreNLP's word-shape and sentence-splitting code, model deserialisation, JSON. On two cores that
 * compiler thread took the core a second worker needed, so two threads were barely faster than one.
 * These methods now stay at C1's optimised tier, which is ample for them; C2 keeps the hot kernels
 * (the recogniser's features and search, the tagger, HashMap, String).
 *
 * <p>Installed through the HotSpot diagnostic-command MBean, so it works under {@code java -jar} and in
 * a Spark executor alike and prints nothing; on another JVM, or if the MBean refuses, nothing happens.
 */
final class CompilerDirectives {
    private static final String RESOURCE = "compiler-directives.json";
    private static volatile boolean tried;
    private static volatile boolean installed;

    private CompilerDirectives() {}

    /**
     * Installs the directives once per JVM (later calls only answer). Never throws.
     *
     * @return whether the JVM took them: false on another JVM, or with {@code -Dnewsgraph.jit.defaults=true}
     *     (HotSpot's own choices, for comparison)
     */
    static boolean install() {
        if (tried) return installed;
        synchronized (CompilerDirectives.class) {
            if (tried) return installed;
            tried = true;
            if (Boolean.getBoolean("newsgraph.jit.defaults")) return false;
            Path file = null;
            try (InputStream in = CompilerDirectives.class.getResourceAsStream(RESOURCE)) {
                if (in == null) return false;
                // The command takes a file name only.
                file = Files.createTempFile("newsgraph-jit", ".json");
                Files.write(file, in.readAllBytes());
                Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                        new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
                // HotSpot answers "1 compiler directives added", or why it could not parse them.
                installed = String.valueOf(answer).contains("added");
            } catch (Exception | LinkageError e) {
                // Not HotSpot, or management disabled: the JVM's defaults stay, slower on two cores but right.
            } finally {
                if (file != null) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException ignored) {
                        // a temporary file of a few hundred bytes
                    }
                }
            }
            return installed;
        }
    }
}
