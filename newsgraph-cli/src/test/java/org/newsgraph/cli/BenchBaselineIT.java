package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * bench with Stanford CoreNLP's quote pipeline in its child JVM, on the seed: slow (about a minute, most
 * of it loading CoreNLP's models), so it runs under failsafe in {@code mvn verify}.
 */
class BenchBaselineIT {
    @Test
    void comparesWithCoreNlpQuotePipelineOnTheSameArticles() {
        Path seed = Path.of("..", "examples", "seed", "article.txt");
        CliRun r = CliRun.run(FakeStage::analyzer, "bench", "--passes", "1", "--threads", "1", "--baseline-limit", "1",
                seed.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("CoreNLP quote pipeline, 1 thread\\s+[\\d,]+\\s+[\\d.,]+\\s+[\\d,]+ MB")
                .containsPattern("newsgraph / CoreNLP, one thread each: [\\d.]+×");
    }
}
