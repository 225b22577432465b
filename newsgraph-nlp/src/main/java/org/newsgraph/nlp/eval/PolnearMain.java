package org.newsgraph.nlp.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.nlp.Analyzer;

/**
 * Development entry point until the CLI's {@code newsgraph eval polnear} is wired:
 * {@code PolnearMain FILE.jsonl [--threads N] [--errors OUT.txt]} prints the score table, and with
 * {@code --errors} writes every false positive and negative with its context.
 */
public final class PolnearMain {
    private PolnearMain() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: PolnearMain FILE.jsonl [--threads N] [--errors OUT.txt]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int threads = 1;
        Path errors = null;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--errors" -> errors = Path.of(args[i + 1]);
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        Analyzer analyzer = Analyzer.standard();
        PolnearReport report;
        if (errors == null) {
            report = PolnearEvaluation.evaluate(file, analyzer, threads);
        } else {
            try (BufferedWriter w = Files.newBufferedWriter(errors, StandardCharsets.UTF_8)) {
                report = PolnearEvaluation.evaluate(file, analyzer, threads, w);
            }
        }
        System.out.print(report.toTable());
    }
}
