package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules of DESIGN.md that a compiler cannot check, over every module's main sources: CoreNLP is
 * imported by one adapter class only, and nlp's {@code internal} package is used by nlp alone.
 */
class ModuleRulesTest {
    private static final Path ROOT = Path.of("..");

    private static List<Path> mainSources() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path m : modules.filter(p -> p.getFileName().toString().startsWith("newsgraph-")).sorted().toList()) {
                Path src = m.resolve("src/main/java");
                if (!Files.isDirectory(src)) continue;
                try (Stream<Path> files = Files.walk(src)) {
                    files.filter(p -> p.toString().endsWith(".java")).forEach(out::add);
                }
            }
        }
        assertThat(out).as("main sources found from " + ROOT.toAbsolutePath()).isNotEmpty();
        return out;
    }

    @Test
    void onlyTheCoreNlpAdapterImportsStanfordCoreNlp() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path p : mainSources()) {
            if (Files.readString(p).contains("import edu.stanford.nlp") && !p.endsWith(Path.of("nlp/internal/CoreNlp.java"))) {
                offenders.add(ROOT.relativize(p).toString());
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void nlpInternalsAreUsedOnlyInsideTheNlpModule() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path p : mainSources()) {
            boolean inNlp = ROOT.relativize(p).startsWith("newsgraph-nlp");
            if (!inNlp && Files.readString(p).contains("org.newsgraph.nlp.internal")) offenders.add(ROOT.relativize(p).toString());
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void extractionInternalsAreUsedOnlyByTheExtractPackage() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path p : mainSources()) {
            String rel = ROOT.relativize(p).toString().replace('\\', '/');
            boolean inExtract = rel.contains("/org/newsgraph/extract/");
            if (!inExtract && Files.readString(p).contains("org.newsgraph.extract.internal")) offenders.add(rel);
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void jsoupJwarcAndRomeStayInTheExtractModule() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path p : mainSources()) {
            String src = Files.readString(p);
            boolean inExtract = ROOT.relativize(p).startsWith("newsgraph-extract");
            if (!inExtract && (src.contains("import org.jsoup") || src.contains("import org.netpreserve") || src.contains("import com.rometools"))) {
                offenders.add(ROOT.relativize(p).toString());
            }
        }
        assertThat(offenders).isEmpty();
    }
}
