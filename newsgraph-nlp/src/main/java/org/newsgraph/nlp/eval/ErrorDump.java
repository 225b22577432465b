package org.newsgraph.nlp.eval;

import java.io.Writer;
import java.util.List;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.attribution.Part;
import org.newsgraph.span.Span;
import org.newsgraph.span.Spans;

/** Writes false positives and false negatives with their context, for error analysis. Not thread-safe. */
final class ErrorDump {
    private static final int CONTEXT = 70;
    private final Writer out;

    ErrorDump(Writer out) {
        this.out = out;
    }

    Article forArticle(String id, String text) {
        PolnearEvaluation.write(out, "\n=== " + id + "\n");
        return new Article(text);
    }

    final class Article {
        private final String text;

        private Article(String text) {
            this.text = text;
        }

        void roleErrors(String role, List<List<Span>> fps, List<List<Span>> fns) {
            for (List<Span> s : fps) line("FP " + role, s);
            for (List<Span> s : fns) line("FN " + role, s);
        }

        /** True positives of a role, listed so that precision can be counted per cue word. */
        void truePositive(String role, List<Span> spans) {
            PolnearEvaluation.write(out, "TP " + role + "\t«" + Spans.join(text, spans) + "»\n");
        }

        private void line(String what, List<Span> spans) {
            PolnearEvaluation.write(out, what + "\t«" + Spans.join(text, spans) + "»\t" + context(spans) + "\n");
        }

        void boundary(String role, List<Span> gold, List<Span> predicted) {
            PolnearEvaluation.write(out, "BOUNDARY " + role + "\tG=«" + join(gold) + "»\tP=«" + join(predicted) + "»\n");
        }

        void attributionErrors(List<Attribution> fps, List<GoldAttribution> fns) {
            for (Attribution a : fps) {
                PolnearEvaluation.write(out, "FP attr\tS=«" + text(a.source()) + "» C=«" + text(a.cue()) + "» Q=«"
                        + text(a.content()) + "»\n");
            }
            for (GoldAttribution g : fns) {
                PolnearEvaluation.write(out, "FN attr\tS=«" + join(g.source()) + "» C=«" + join(g.cue()) + "» Q=«"
                        + join(g.content()) + "»\n");
            }
        }

        private String text(Part p) {
            return p == null ? "-" : join(p.spans());
        }

        private String join(List<Span> spans) {
            return spans == null ? "-" : Spans.join(text, spans);
        }

        private String context(List<Span> spans) {
            Span all = spans.stream().reduce(Span::union).orElseThrow();
            int b = Math.max(0, all.begin() - CONTEXT);
            int e = Math.min(text.length(), all.end() + CONTEXT);
            return (text.substring(b, all.begin()) + "[" + text.substring(all.begin(), all.end()) + "]"
                    + text.substring(all.end(), e)).replace('\n', '⏎');
        }
    }
}
