package org.newsgraph.cli;

import org.newsgraph.cli.output.Terminal;

/**
 * The {@code newsgraph} command with the stand-in analysis, for tests that run it in a child JVM (to kill
 * it, or to read its store from another process): the real command, store and writer, without loading
 * CoreNLP's models for every child.
 */
public final class FakeAnalyzerMain {
    private FakeAnalyzerMain() {}

    public static void main(String[] args) {
        System.exit(Main.commandLine(new Main(FakeStage::analyzer, Terminal.piped(), System.in)).execute(args));
    }
}
