package org.newsgraph.nlp.eval;

import java.util.Locale;

/**
 * Scores of one PolNeAR-layout file: per role (exact span match), and per attribution (contents overlap,
 * sources match), with the size of the input and the wall-clock seconds the analysis took.
 */
public record PolnearReport(RoleScore source, RoleScore cue, RoleScore content, RoleScore attribution,
                            int articles, int words, double seconds) {

    /** A fixed-width table: one row per role, precision/recall/F1 in percent, then the counts. */
    public String toTable() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-12s %6s %6s %6s %7s %7s %7s%n", "role", "P", "R", "F1", "tp", "fp", "fn"));
        row(sb, "source", source);
        row(sb, "cue", cue);
        row(sb, "content", content);
        row(sb, "attribution", attribution);
        sb.append(String.format(Locale.ROOT, "%d articles, %d words, %.1f s, %.0f words/s%n", articles, words, seconds,
                seconds > 0 ? words / seconds : 0.0));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, RoleScore s) {
        sb.append(String.format(Locale.ROOT, "%-12s %6.1f %6.1f %6.1f %7d %7d %7d%n", name,
                100 * s.precision(), 100 * s.recall(), 100 * s.f1(), s.tp(), s.fp(), s.fn()));
    }
}
