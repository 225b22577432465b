package org.newsgraph.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the module picture of DESIGN.md true by reading every main source file's imports. */
class ModuleBoundariesTest {
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    record Import(String module, Path file, String target) {}

    private static List<Import> imports() {
        List<Import> out = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path m : modules.filter(p -> p.getFileName().toString().startsWith("newsgraph-")).toList()) {
                Path src = m.resolve("src/main/java");
                if (!Files.isDirectory(src)) continue;
                try (Stream<Path> files = Files.walk(src)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                        Matcher im = IMPORT.matcher(Files.readString(f));
                        while (im.find()) out.add(new Import(m.getFileName().toString(), f, im.group(1)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void onlyTheAdapterTouchesCoreNlp() {
        List<String> offenders = imports().stream()
                .filter(i -> i.target().startsWith("edu.stanford"))
                .map(i -> i.file().getFileName().toString())
                .distinct().toList();
        assertThat(offenders).containsOnly("CoreNlp.java");
        assertThat(offenders).isNotEmpty();
    }

    @Test
    void coreDependsOnNoOtherModule() {
        assertThat(imports()).filteredOn(i -> i.module().equals("newsgraph-core"))
                .extracting(Import::target)
                .noneMatch(t -> t.startsWith("org.newsgraph.nlp") || t.startsWith("org.newsgraph.source")
                        || t.startsWith("org.newsgraph.cli") || t.startsWith("org.newsgraph.extract"));
    }

    @Test
    void stagesKnowNothingOfFilesOrTheCommandLine() {
        assertThat(imports()).filteredOn(i -> i.module().equals("newsgraph-nlp"))
                .extracting(Import::target)
                .noneMatch(t -> t.startsWith("org.newsgraph.cli") || t.startsWith("org.newsgraph.source")
                        || t.startsWith("picocli"));
    }

    @Test
    void ingestIsAServiceThatKnowsNothingOfTheCommandLine() {
        assertThat(imports()).filteredOn(i -> i.module().equals("newsgraph-ingest"))
                .extracting(Import::target)
                .isNotEmpty()
                .noneMatch(t -> t.startsWith("org.newsgraph.cli") || t.startsWith("picocli"));
    }

    @Test
    void theServerRunsNoSqlOfItsOwnAndKnowsNothingOfTheCommandLine() {
        // Every answer comes from a query of the store's, with parameters bound: no SQL is made from a request.
        assertThat(imports()).filteredOn(i -> i.module().equals("newsgraph-server"))
                .extracting(Import::target)
                .isNotEmpty()
                .noneMatch(t -> t.startsWith("java.sql") || t.startsWith("org.duckdb") || t.startsWith("org.apache.lucene")
                        || t.startsWith("org.newsgraph.cli") || t.startsWith("picocli"));
    }

    @Test
    void internalPackagesAreUsedOnlyInsideTheirOwnModule() {
        assertThat(imports()).filteredOn(i -> i.target().contains(".internal."))
                .allSatisfy(i -> assertThat(i.target()).as("%s imports %s", i.file().getFileName(), i.target())
                        .startsWith("org.newsgraph." + i.module().substring("newsgraph-".length())));
    }

    @Test
    void theStoreKnowsNothingOfAnalysisAndKeepsDuckDbAndLuceneToItself() {
        assertThat(imports()).filteredOn(i -> i.module().equals("newsgraph-store"))
                .extracting(Import::target)
                .noneMatch(t -> t.startsWith("org.newsgraph.nlp") || t.startsWith("org.newsgraph.source")
                        || t.startsWith("org.newsgraph.cli") || t.startsWith("picocli"));
        assertThat(imports()).filteredOn(i -> !i.module().equals("newsgraph-store"))
                .extracting(Import::target)
                .noneMatch(t -> t.startsWith("org.apache.lucene") || t.startsWith("org.duckdb"));
        assertThat(imports()).filteredOn(i -> i.module().equals("newsgraph-store")).isNotEmpty();
    }

    @Test
    void htmlWarcAndFeedLibrariesStayInTheExtractModule() {
        assertThat(imports()).filteredOn(i -> !i.module().equals("newsgraph-extract"))
                .extracting(Import::target)
                .noneMatch(t -> t.startsWith("org.jsoup") || t.startsWith("org.netpreserve") || t.startsWith("com.rometools"));
    }
}
