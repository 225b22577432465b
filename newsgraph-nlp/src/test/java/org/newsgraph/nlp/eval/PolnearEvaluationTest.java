package org.newsgraph.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.attribution.Part;
import org.newsgraph.document.Document;
import org.newsgraph.document.LayerKey;
import org.newsgraph.document.Layers;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.span.Span;
import org.newsgraph.stage.Stage;

class PolnearEvaluationTest {
    private static final String BRIDGE = "Mayor Lena Ortiz said the bridge would reopen in May. “We are on schedule,” "
            + "she added. The council, according to its minutes, approved the budget.";
    private static final String RIVER = "🙂 It is said that the river floods every spring.";

    /** A stand-in for the real analysis: answers each fixture text with hand-made attributions. */
    private static final class CannedStage implements Stage {
        private final Map<String, List<Attribution>> answers;

        CannedStage(Map<String, List<Attribution>> answers) {
            this.answers = answers;
        }

        @Override
        public Set<LayerKey<?>> reads() {
            return Set.of();
        }

        @Override
        public LayerKey<?> adds() {
            return Layers.ATTRIBUTIONS;
        }

        @Override
        public Document apply(Document d) {
            return d.with(Layers.ATTRIBUTIONS, answers.getOrDefault(d.text(), List.of()));
        }
    }

    private static Part part(String text, String... pieces) {
        List<Span> spans = new ArrayList<>();
        for (String p : pieces) {
            int b = text.indexOf(p);
            spans.add(new Span(b, b + p.length()));
        }
        return Part.of(text, spans);
    }

    private static Attribution attribution(String id, String text, String source, String cue, String... content) {
        return new Attribution(id, Attribution.Kind.INDIRECT, source == null ? null : part(text, source),
                part(text, cue), part(text, content), null);
    }

    private static Path fixture() throws URISyntaxException {
        return Path.of(PolnearEvaluationTest.class.getResource("/polnear/fixture.jsonl").toURI());
    }

    private static Analyzer canned() {
        List<Attribution> bridge = List.of(
                // the final period is trimmed away: an exact match
                attribution("a1", BRIDGE, "Mayor Lena Ortiz", "said", "the bridge would reopen in May."),
                // quotation marks and the comma inside them are trimmed too
                attribution("a2", BRIDGE, "she", "added", "We are on schedule"),
                // half of a discontinuous content is no content match, but the attribution overlaps
                attribution("a3", BRIDGE, "its minutes", "according to", "approved the budget"),
                attribution("a4", BRIDGE, "The council", "approved", "the budget"));
        // spans in Java offsets, after the astral emoji: the file's code-point offsets must be converted
        List<Attribution> river = List.of(attribution("a1", RIVER, null, "is said", "the river floods every spring"));
        return Analyzer.of(List.of(new CannedStage(Map.of(BRIDGE, bridge, RIVER, river))));
    }

    @Test
    void scoresEachRoleByExactTrimmedSpans() throws Exception {
        PolnearReport r = PolnearEvaluation.evaluate(fixture(), canned(), 2);

        assertThat(r.source()).isEqualTo(new RoleScore(3, 1, 0));
        assertThat(r.cue()).isEqualTo(new RoleScore(4, 1, 0));
        assertThat(r.content()).isEqualTo(new RoleScore(2, 3, 2));
        assertThat(r.articles()).isEqualTo(2);
    }

    @Test
    void attributionMatchesOnOverlappingContentAndEqualSourcesWhereTwoMissingSourcesAgree() throws Exception {
        PolnearReport r = PolnearEvaluation.evaluate(fixture(), canned(), 1);

        assertThat(r.attribution()).isEqualTo(new RoleScore(4, 1, 0));
    }

    @Test
    void noPredictionsAreAllFalseNegativesWithZeroPrecision() throws Exception {
        PolnearReport r = PolnearEvaluation.evaluate(fixture(), Analyzer.of(List.of(new CannedStage(Map.of()))), 1);

        assertThat(r.content()).isEqualTo(new RoleScore(0, 0, 4));
        assertThat(r.content().precision()).isZero();
        assertThat(r.content().f1()).isZero();
    }

    @Test
    void f1IsTheHarmonicMeanOfPrecisionAndRecall() {
        RoleScore s = new RoleScore(3, 1, 3);

        assertThat(s.precision()).isEqualTo(0.75);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.f1()).isEqualTo(0.6);
    }

    @Test
    void errorDumpListsFalsePositivesAndNegativesWithContext() throws Exception {
        StringWriter w = new StringWriter();
        PolnearEvaluation.evaluate(fixture(), canned(), 1, w);

        assertThat(w.toString())
                .contains("=== bridge")
                .contains("FP content\t«approved the budget»")
                .contains("FN content\t«The council approved the budget»")
                .contains("FP attr\tS=«The council» C=«approved» Q=«the budget»");
    }

    @Test
    void tableShowsPercentagesPerRole() throws Exception {
        String table = PolnearEvaluation.evaluate(fixture(), canned(), 1).toTable();

        assertThat(table).contains("source").contains("75.0").contains("attribution").contains("2 articles");
    }
}
