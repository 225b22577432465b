package org.newsgraph.nlp.eval;

/** True positives, false positives and false negatives of one role (or of whole attributions). */
public record RoleScore(int tp, int fp, int fn) {
    public RoleScore {
        if (tp < 0 || fp < 0 || fn < 0) throw new IllegalArgumentException("counts must be >= 0");
    }

    public static final RoleScore ZERO = new RoleScore(0, 0, 0);

    public RoleScore plus(RoleScore o) {
        return new RoleScore(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /** tp / (tp + fp); 0 when nothing was predicted. */
    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    /** tp / (tp + fn); 0 when there is no gold item. */
    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
