package org.newsgraph.cli;

import org.newsgraph.cli.bench.BenchCommand;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench over a stand-in analysis and without the CoreNLP baseline: the report's shape, not its numbers. */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void reportsWordsPerSecondForOneAndManyThreadsAndPeakMemory() throws IOException {
        Path in = dir.resolve("a.jsonl");
        Files.writeString(in, "{\"text\": \"Ana said it rains today.\"}\n{\"text\": \"Bo said it snows.\"}\nnot json\n");
        CliRun r = CliRun.run(FakeStage::analyzer, "bench", "--limit", "5", "--baseline-limit", "0", "--passes", "2",
                "--threads", "2", in.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("2 articles, 9 words")
                .containsPattern("newsgraph, 1 thread\\s+[\\d,]+\\s+[\\d.,]+\\s+[\\d,]+ MB")
                .containsPattern("newsgraph, 2 threads\\s+[\\d,]+")
                .contains("2 threads / 1 thread:")
                .doesNotContain("CoreNLP quote pipeline, 1 thread");
        assertThat(r.err()).contains("newsgraph: " + in + "#3: not JSON");
    }

    @Test
    void nothingToMeasureExitsOne() throws IOException {
        Path in = dir.resolve("empty.txt");
        Files.writeString(in, "");
        assertThat(CliRun.run(FakeStage::analyzer, "bench", "--baseline-limit", "0", in.toString()).exit()).isEqualTo(1);
    }

    @Test
    void eventsAreTimedSideBySideOnlyWhenTheAnalysisCodesThem() {
        org.newsgraph.stage.Stage events = new org.newsgraph.stage.Stage() {
            @Override
            public java.util.Set<org.newsgraph.document.LayerKey<?>> reads() {
                return java.util.Set.of();
            }

            @Override
            public org.newsgraph.document.LayerKey<?> adds() {
                return org.newsgraph.document.Layers.EVENTS;
            }

            @Override
            public org.newsgraph.document.Document apply(org.newsgraph.document.Document d) {
                return d.with(org.newsgraph.document.Layers.EVENTS, java.util.List.of());
            }
        };
        org.newsgraph.nlp.Analyzer fake = FakeStage.analyzer();
        assertThat(BenchCommand.withoutEvents(fake)).as("nothing to take away").isNull();
        java.util.List<org.newsgraph.stage.Stage> all = new java.util.ArrayList<>(fake.pipeline().stages());
        all.add(events);
        org.newsgraph.nlp.Analyzer plain = BenchCommand.withoutEvents(org.newsgraph.nlp.Analyzer.of(all));
        assertThat(plain.pipeline().stages()).containsExactlyElementsOf(fake.pipeline().stages());
    }
}
