package org.newsgraph.spark;

import org.newsgraph.nlp.Analyzer;

/**
 * The one Analyzer of an executor JVM, shared by its task threads. Built on first use, on the executor,
 * from the models in the job's own jar: nothing is broadcast or downloaded, and a task never pays for
 * the models twice.
 */
final class ExecutorAnalyzer {
    private ExecutorAnalyzer() {}

    private static final class Holder {
        static final Analyzer ANALYZER = Analyzer.standard();
    }

    static Analyzer get() {
        return Holder.ANALYZER;
    }

    /**
     * Starts loading the models on a thread of its own: in local mode the driver is the executor, and
     * the models (5 s) then load while Spark starts instead of after.
     */
    static void loadInBackground() {
        Thread t = new Thread(() -> {
            try {
                get();
            } catch (RuntimeException | LinkageError e) {
                // The first task loads them again and reports what is wrong, as a failed task.
            }
        }, "newsgraph-models");
        t.setDaemon(true);
        t.start();
    }
}
