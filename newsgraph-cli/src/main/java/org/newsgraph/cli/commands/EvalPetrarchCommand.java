package org.newsgraph.cli.commands;

import org.newsgraph.cli.Main;
import org.newsgraph.cli.OptionValues;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.nlp.attribution.AttributionScheme;
import org.newsgraph.nlp.eval.PetrarchEvaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph eval petrarch TESTS.jsonl}: event coding against PETRARCH2's test sentences. */
@Command(name = "petrarch", mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false,
        description = {"Score event coding against PETRARCH2's test sentences.",
                "",
                "The file has one sentence per line: {\"id\", \"published\", \"text\", \"expected\": [{\"source\", \"target\","
                        + " \"cameo\"}]}. Each sentence is analysed as analyze would, dated by \"published\"; a coding is right"
                        + " when its source actor, target actor and CAMEO code all match an expected one; by category, when they match"
                        + " with the code cut to its root. A sentence is right when a coding of it is right by category, or"
                        + " when it expects none and gets none. The test sentences"
                        + " assume their own dictionaries (fictional countries): give them with --only-given-dictionaries."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored", "1:the file is missing or has a bad line, or a dictionary a bad line (named)", "2:a usage mistake"})
public final class EvalPetrarchCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    EvalCommand eval;

    @Spec
    CommandSpec spec;

    @Mixin
    DictionaryOptions dictionaries;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", converter = OptionValues.AtLeastOne.class, description = "Threads. Default: all cores (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--errors", paramLabel = "OUT", converter = OptionValues.OutputFile.class,
            description = "Write each sentence coded wrong (missed and spurious codings) to OUT.")
    Path errors;

    @Parameters(paramLabel = "TESTS", description = "The test JSONL file, such as unit-tests.jsonl in the shared data.")
    Path file;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (EvalCommand.unreadable(file, "test JSONL file", err)) return Main.FAILED;
        List<PetrarchEvaluation.Case> cases;
        try {
            cases = PetrarchEvaluation.read(file);
        } catch (IllegalArgumentException e) {
            err.println("newsgraph: " + e.getMessage());
            err.flush();
            return Main.FAILED;
        }
        java.util.function.Supplier<Analyzer> analyzer = dictionaries.analyzer(eval.main, AttributionScheme.SPEECH, err);
        if (analyzer == null) return Main.FAILED;
        PetrarchEvaluation.Report r = PetrarchEvaluation.evaluate(cases, analyzer.get(), threads);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%d sentences, %d expected codings, %d coded, %d right%n", r.cases(), r.gold(), r.predicted(), r.right());
        out.printf(Locale.ROOT, "precision %.1f  recall %.1f  F1 %.1f%n", r.precision(), r.recall(), r.f1());
        out.printf(Locale.ROOT, "by event category (CAMEO root): %d right, F1 %.1f; sentences right %d of %d (%.1f %%)%n",
                r.rootRight(), r.rootF1(), r.sentencesRight(), r.cases(), r.sentencesPercent());
        out.flush();
        if (errors != null) {
            try (BufferedWriter w = Files.newBufferedWriter(errors, StandardCharsets.UTF_8)) {
                for (String e : r.errors()) w.write(e + System.lineSeparator());
            }
        }
        return Main.OK;
    }
}
