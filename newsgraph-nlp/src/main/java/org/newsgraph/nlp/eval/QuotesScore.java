package org.newsgraph.nlp.eval;

import java.util.List;
import java.util.Locale;

/**
 * Counts of who-said-what scoring, for one page or summed over many: gold attributions and predictions,
 * how many of each were found (content) and right (content and speaker), and of the found attributions
 * whose speaker the text names, how many came out with no entity. {@code errors} lists what went wrong.
 */
public record QuotesScore(String page, int gold, int predicted, int foundGold, int rightGold, int foundPredictions,
                          int rightPredictions, int namedFound, int namedWithoutEntity, List<String> errors) {
    public QuotesScore {
        errors = List.copyOf(errors);
    }

    public static QuotesScore total(List<QuotesScore> pages) {
        int[] c = new int[8];
        for (QuotesScore s : pages) {
            c[0] += s.gold;
            c[1] += s.predicted;
            c[2] += s.foundGold;
            c[3] += s.rightGold;
            c[4] += s.foundPredictions;
            c[5] += s.rightPredictions;
            c[6] += s.namedFound;
            c[7] += s.namedWithoutEntity;
        }
        return new QuotesScore("all", c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], List.of());
    }

    public double rightPrecision() {
        return ratio(rightPredictions, predicted);
    }

    public double rightRecall() {
        return ratio(rightGold, gold);
    }

    public double rightF1() {
        return f1(rightPrecision(), rightRecall());
    }

    public double foundPrecision() {
        return ratio(foundPredictions, predicted);
    }

    public double foundRecall() {
        return ratio(foundGold, gold);
    }

    public double foundF1() {
        return f1(foundPrecision(), foundRecall());
    }

    /** Of the found attributions with a named gold speaker, the share predicted with no entity. */
    public double withoutEntity() {
        return ratio(namedWithoutEntity, namedFound);
    }

    /** One table row: P/R/F1 of right and found in percent, then the share without entity. */
    public String row(String label) {
        return String.format(Locale.ROOT, "%-34s %5d %5d   %5.1f %5.1f %5.1f   %5.1f %5.1f %5.1f   %5.1f%%%n", label,
                gold, predicted, 100 * rightPrecision(), 100 * rightRecall(), 100 * rightF1(),
                100 * foundPrecision(), 100 * foundRecall(), 100 * foundF1(), 100 * withoutEntity());
    }

    public static String header() {
        return String.format(Locale.ROOT, "%-34s %5s %5s   %17s   %17s   %6s%n%-34s %5s %5s   %5s %5s %5s   %5s %5s %5s   %6s%n",
                "", "", "", "right (speaker)", "found (content)", "no",
                "page", "gold", "pred", "P", "R", "F1", "P", "R", "F1", "entity");
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
