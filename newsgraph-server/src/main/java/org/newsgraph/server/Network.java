package org.newsgraph.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.store.Table;

/**
 * The actor network drawn on the server as SVG: who backs, opposes, accuses, threatens whom. The actors
 * with the most such ties sit on a circle (a layout that is the same on every load); each tie is a line in
 * its kind's colour, as thick as its weight, and a link to its evidence. A table says the same for readers
 * who do not see the drawing.
 */
final class Network {
    /** The ties it draws, by edge kind of the store's graph, with the words a reader sees. */
    static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("supports", "supports");
        KINDS.put("opposes", "opposes");
        KINDS.put("cameo_11", "criticizes or accuses");
        KINDS.put("cameo_10", "demands of");
        KINDS.put("cameo_13", "threatens");
        KINDS.put("cameo_12", "rejects");
        KINDS.put("cameo_16", "reduces relations with");
        KINDS.put("cameo_17", "coerces");
        KINDS.put("cameo_19", "fights");
        KINDS.put("cameo_05", "cooperates diplomatically with");
        KINDS.put("cameo_04", "consults");
    }

    static final int MAX_ACTORS = 30;
    static final int MAX_TIES = 120;
    private static final int SIZE = 640;
    private static final int RADIUS = 250;

    record Tie(String source, String sourceName, String target, String targetName, String kind, long weight) {}

    private final List<Tie> ties = new ArrayList<>();
    private final List<String> actors = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    /** The actor drawn in the middle, the others around it; null for the whole network. */
    private final String centre;

    Network(Table nodes, Table edges) {
        this(nodes, edges, null);
    }

    /** As the whole network, but {@code centre} (a key) is always drawn, in the middle of the circle. */
    Network(Table nodes, Table edges, String centre) {
        this.centre = centre;
        for (int i = 0; i < nodes.size(); i++) names.put(String.valueOf(nodes.get(i, "key")), String.valueOf(nodes.get(i, "name")));
        Map<String, Long> degree = new HashMap<>();
        List<Tie> all = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            String kind = String.valueOf(edges.get(i, "kind"));
            if (!KINDS.containsKey(kind)) continue;
            String s = String.valueOf(edges.get(i, "source"));
            String t = String.valueOf(edges.get(i, "target"));
            long w = ((Number) edges.get(i, "weight")).longValue();
            all.add(new Tie(s, names.getOrDefault(s, s), t, names.getOrDefault(t, t), kind, w));
            degree.merge(s, w, Long::sum);
            degree.merge(t, w, Long::sum);
        }
        degree.entrySet().stream()
                .filter(e -> !e.getKey().equals(centre))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(centre != null && degree.containsKey(centre) ? MAX_ACTORS - 1 : MAX_ACTORS).forEach(e -> actors.add(e.getKey()));
        actors.sort(Comparator.comparing(k -> names.getOrDefault(k, k)));
        if (centre != null && degree.containsKey(centre)) actors.add(0, centre);
        // The heaviest ties among them, so that a big store still draws a readable picture.
        // Centred, the centre's own ties come first, then the heaviest among the others.
        all.stream().filter(t -> actors.contains(t.source()) && actors.contains(t.target()))
                .sorted(Comparator.<Tie>comparingInt(t -> centre != null && (t.source().equals(centre) || t.target().equals(centre)) ? 0 : 1)
                        .thenComparing(Comparator.comparingLong(Tie::weight).reversed()).thenComparing(Tie::kind).thenComparing(Tie::sourceName)
                        .thenComparing(Tie::targetName))
                .limit(MAX_TIES).forEach(ties::add);
        ties.sort(Comparator.comparing(Tie::kind).thenComparing(Tie::sourceName).thenComparing(Tie::targetName));
    }

    boolean isEmpty() {
        return ties.isEmpty();
    }

    /** The drawing; every name in it escaped. */
    String svg() {
        Map<String, double[]> at = new HashMap<>();
        int n = actors.size();
        List<String> around = actors.stream().filter(k -> !k.equals(centre)).toList();
        for (int i = 0; i < around.size(); i++) {
            double a = 2 * Math.PI * i / Math.max(1, around.size()) - Math.PI / 2;
            at.put(around.get(i), new double[] {SIZE / 2.0 + RADIUS * Math.cos(a), SIZE / 2.0 + RADIUS * Math.sin(a)});
        }
        if (centre != null && actors.contains(centre)) at.put(centre, new double[] {SIZE / 2.0, SIZE / 2.0});
        StringBuilder b = new StringBuilder();
        // Room beside the circle for the names.
        b.append("<svg class=\"network\" viewBox=\"-140 0 ").append(SIZE + 280).append(' ').append(SIZE)
                .append("\" role=\"img\" aria-labelledby=\"network-title\"><title id=\"network-title\">Who backs, opposes and accuses whom:")
                .append(' ').append(ties.size()).append(" ties between ").append(n).append(" actors (the table below lists them)</title>\n");
        b.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"10\" markerHeight=\"10\" orient=\"auto-start-reverse\">"
                + "<path d=\"M 0 0 L 10 5 L 0 10 z\" class=\"arrowhead\"/></marker></defs>\n");
        for (Tie t : ties) {
            // A tie and its reverse (A accuses B, B accuses A) run side by side, not over each other.
            double[] p = at.get(t.source());
            double[] q = at.get(t.target());
            double[] side = side(p, q);
            double[] s = {p[0] + side[0], p[1] + side[1]};
            double[] e = shorten(s, new double[] {q[0] + side[0], q[1] + side[1]});
            double width = 1.5 + Math.min(6, Math.log(1 + t.weight()) * 2);
            b.append("<a href=\"").append(Html.escape(evidence(t))).append("\"><line class=\"tie ").append(cssKind(t.kind()))
                    .append(String.format(Locale.ROOT, "\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke-width=\"%.1f\"",
                            s[0], s[1], e[0], e[1], width))
                    .append(" marker-end=\"url(#arrow)\"><title>").append(Html.escape(sentence(t))).append("</title></line></a>\n");
        }
        for (String k : actors) {
            double[] p = at.get(k);
            boolean right = p[0] >= SIZE / 2.0;
            boolean middle = k.equals(centre);
            b.append("<a href=\"/entities/").append(Html.segment(k)).append("\">")
                    .append(String.format(Locale.ROOT, "<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"%d\"/>",
                            middle ? "actor centre" : "actor", p[0], p[1], middle ? 9 : 6))
                    .append(label(p, right, names.getOrDefault(k, k).length()))
                    .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">", p[0] + (right ? 10 : -10), p[1] + 4,
                            right ? "start" : "end"))
                    .append(Html.escape(names.getOrDefault(k, k))).append("</text></a>\n");
        }
        return b.append("</svg>").toString();
    }

    /**
     * A pale ground under a name, so that ties passing beneath (toward the centre, most of all) leave it
     * readable. About 8.5 units a character at the drawing's font size.
     */
    private static String label(double[] p, boolean right, int chars) {
        double width = chars * 8.5 + 6;
        double x = right ? p[0] + 7 : p[0] - 7 - width;
        return String.format(Locale.ROOT, "<rect class=\"label\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"19\" rx=\"3\"/>",
                x, p[1] - 10, width);
    }

    /** The ties as rows for the table: who, what, whom, how often, and the link to the evidence. */
    List<Map<String, Object>> rows() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Tie t : ties) {
            out.add(Map.of("source", t.sourceName(), "sourcePath", Html.segment(t.source()), "kind", KINDS.get(t.kind()),
                    "cssKind", cssKind(t.kind()), "target", t.targetName(), "targetPath", Html.segment(t.target()),
                    "weight", t.weight(), "evidence", evidence(t)));
        }
        return out;
    }

    private static String sentence(Tie t) {
        return t.sourceName() + " " + KINDS.get(t.kind()) + " " + t.targetName() + " (" + t.weight() + ")";
    }

    /** Events for a CAMEO tie, the subject's page for a relation. */
    private static String evidence(Tie t) {
        if (t.kind().startsWith("cameo_")) {
            return "/events?actor=" + Html.segment(t.sourceName()) + "&cameo=" + t.kind().substring("cameo_".length());
        }
        return "/entities/" + Html.segment(t.source());
    }

    private static String cssKind(String kind) {
        return kind.replace('_', '-');
    }

    private static final double SIDE = 3.5;

    /** A small step to the right of the direction from {@code p} to {@code q}: where a tie runs beside its reverse. */
    private static double[] side(double[] p, double[] q) {
        double dx = q[0] - p[0];
        double dy = q[1] - p[1];
        double len = Math.max(1, Math.hypot(dx, dy));
        return new double[] {-dy / len * SIDE, dx / len * SIDE};
    }

    /** The end of a line stopped short of its target's circle, so the arrow shows. */
    private static double[] shorten(double[] s, double[] e) {
        double dx = e[0] - s[0];
        double dy = e[1] - s[1];
        double len = Math.max(1, Math.hypot(dx, dy));
        return new double[] {e[0] - dx / len * 9, e[1] - dy / len * 9};
    }
}
