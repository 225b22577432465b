package org.newsgraph.extract.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction score of the Zyte benchmark for one page: both texts split into {@code \w+}
 * tokens (Unicode word characters), counted as word 4-gram shingles with multiplicity; true positives
 * are the shingles both share, and tp, fp, fn are normalised to sum to 1. Stateless.
 */
public final class Shingles {
    private Shingles() {}

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    static final int N = 4;

    /** Normalised true positives, false positives, false negatives of one page. */
    public record Counts(double tp, double fp, double fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : tp / (tp + fn);
        }
    }

    public static Counts score(String predicted, String truth) {
        Map<String, Integer> p = shingles(predicted);
        Map<String, Integer> t = shingles(truth);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            int inTruth = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), inTruth);
            fp += Math.max(0, e.getValue() - inTruth);
        }
        for (Map.Entry<String, Integer> e : t.entrySet()) fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        double sum = tp + fp + fn;
        // Two empty texts agree entirely; the benchmark treats them as a perfect page.
        if (sum == 0) return new Counts(1, 0, 0);
        return new Counts(tp / sum, fp / sum, fn / sum);
    }

    static Map<String, Integer> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) words.add(m.group());
        Map<String, Integer> out = new HashMap<>();
        // A text shorter than a shingle is one shingle of what it has.
        if (words.size() < N && !words.isEmpty()) out.put(String.join(" ", words), 1);
        for (int i = 0; i + N <= words.size(); i++) {
            out.merge(String.join(" ", words.subList(i, i + N)), 1, Integer::sum);
        }
        return out;
    }
}
