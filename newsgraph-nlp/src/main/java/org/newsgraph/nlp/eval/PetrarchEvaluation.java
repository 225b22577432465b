package org.newsgraph.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.document.Article;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.event.Event;
import org.newsgraph.nlp.Analyzer;

/**
 * Event coding against PETRARCH2's test sentences: a coding is right when its source actor code, target
 * actor code and CAMEO code all match an expected one (../shared/README.md); precision, recall and F1 over
 * all codings of the file, each expected coding matched at most once.
 */
public final class PetrarchEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PetrarchEvaluation() {}

    /** One test sentence: its date (ISO), its text, and the codings expected of it. */
    public record Case(String id, String published, String text, List<String> expected) {}

    /**
     * The score, and one line per case that went wrong. {@code rootRight} counts codings right with the CAMEO
     * code cut to its root (the event category); {@code sentencesRight} the sentences with a coding right at
     * that level, or with none expected and none coded.
     */
    public record Report(int cases, int gold, int predicted, int right, int rootRight, int sentencesRight, List<String> errors) {
        public double precision() {
            return percent(right, predicted);
        }

        public double recall() {
            return percent(right, gold);
        }

        public double f1() {
            return f1(precision(), recall());
        }

        public double rootF1() {
            return f1(percent(rootRight, predicted), percent(rootRight, gold));
        }

        public double sentencesPercent() {
            return percent(sentencesRight, cases);
        }

        private static double percent(int n, int of) {
            return of == 0 ? 0 : 100.0 * n / of;
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Reads the test file; a bad line is an IllegalArgumentException naming it. */
    public static List<Case> read(Path file) throws IOException {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                try {
                    JsonNode o = JSON.readTree(line);
                    List<String> expected = new ArrayList<>();
                    for (JsonNode e : o.path("expected")) expected.add(coding(e.path("source").asText(), e.path("cameo").asText(), e.path("target").asText()));
                    String text = o.path("text").asText(null);
                    if (text == null) throw new IllegalArgumentException("no \"text\"");
                    cases.add(new Case(o.path("id").asText("line " + n), iso(o.path("published").asText("")), text, expected));
                } catch (IOException | RuntimeException e) {
                    throw new IllegalArgumentException(file + ":" + n + ": " + (e.getMessage() == null ? e : e.getMessage().lines().findFirst().orElse("")));
                }
            }
        }
        return cases;
    }

    public static Report evaluate(List<Case> cases, Analyzer analyzer, int threads) throws IOException {
        List<List<String>> predictions = InParallel.map(cases, threads, c -> predicted(analyzer, c));
        int gold = 0;
        int predicted = 0;
        int right = 0;
        int rootRight = 0;
        int sentencesRight = 0;
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            List<String> got = predictions.get(i);
            Matching exact = Matching.of(c.expected(), got);
            int rootOk = Matching.of(c.expected().stream().map(PetrarchEvaluation::atRoot).toList(),
                    got.stream().map(PetrarchEvaluation::atRoot).toList()).right();
            gold += c.expected().size();
            predicted += got.size();
            right += exact.right();
            rootRight += rootOk;
            if (c.expected().isEmpty() ? got.isEmpty() : rootOk > 0) sentencesRight++;
            if (!exact.missed().isEmpty() || !exact.spurious().isEmpty()) {
                errors.add(c.id() + "  missed " + exact.missed() + "  spurious " + exact.spurious() + "  | " + c.text());
            }
        }
        return new Report(cases.size(), gold, predicted, right, rootRight, sentencesRight, errors);
    }

    /** Codings matched one to one: how many are right, the expected ones missed (sorted), those coded wrongly. */
    private record Matching(int right, List<String> missed, List<String> spurious) {
        static Matching of(List<String> expected, List<String> got) {
            Map<String, Integer> left = new HashMap<>();
            for (String e : expected) left.merge(e, 1, Integer::sum);
            int ok = 0;
            List<String> spurious = new ArrayList<>();
            for (String g : got) {
                Integer k = left.get(g);
                if (k != null && k > 0) {
                    left.put(g, k - 1);
                    ok++;
                } else {
                    spurious.add(g);
                }
            }
            List<String> missed = new ArrayList<>();
            left.forEach((k, v) -> {
                for (int j = 0; j < v; j++) missed.add(k);
            });
            missed.sort(null);
            return new Matching(ok, missed, spurious);
        }
    }

    /** "RUS 1121 UKR" → "RUS 11 UKR". */
    private static String atRoot(String coding) {
        String[] p = coding.split(" ");
        return p[0] + " " + p[1].substring(0, Math.min(2, p[1].length())) + " " + p[2];
    }

    private static List<String> predicted(Analyzer analyzer, Case c) {
        Document d = analyzer.analyze(Article.builder(c.id(), c.text()).id(c.id()).published(c.published()).build());
        List<String> out = new ArrayList<>();
        for (Event e : d.get(Layers.EVENTS)) out.add(coding(e.sourceActor(), e.cameo(), e.targetActor()));
        return out;
    }

    private static String coding(String source, String cameo, String target) {
        return (source == null ? "-" : source) + " " + cameo + " " + (target == null ? "-" : target);
    }

    /** 19950101 → 1995-01-01; anything else is left as it is. */
    private static String iso(String date) {
        return date.matches("\\d{8}") ? date.substring(0, 4) + "-" + date.substring(4, 6) + "-" + date.substring(6) : date;
    }
}
