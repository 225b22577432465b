package org.newsgraph.nlp.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.Entity;
import org.newsgraph.span.Span;

/**
 * Scores who said what on one analysed page against a careful reader's list (the protocol of
 * {@code ../shared/README.md}, "Who said what on real news").
 *
 * <ul>
 *   <li>A gold content is located in the analysis's text by {@link ContentLocator}.</li>
 *   <li>A prediction <em>covers</em> a gold attribution when its content holds at least half of the gold
 *       content's characters. It is <em>valid</em> for it when at least half of its own content lies in
 *       the gold contents of that attribution's speaker (so one prediction may cover a quotation the gold
 *       splits around its cue).</li>
 *   <li><em>Found</em>: covered by a valid prediction. <em>Right</em>: found by a prediction whose source
 *       entity is named like the gold speaker ({@link SpeakerNames}); an unnamed gold speaker wants no
 *       entity.</li>
 *   <li>Recall counts gold attributions; precision counts predictions, each gold attribution crediting at
 *       most one prediction (a maximum matching), so a duplicate earns nothing.</li>
 * </ul>
 * Stateless; every call works on its own data.
 */
public final class QuotesEvaluation {
    private QuotesEvaluation() {}

    /** The score of one page, with the lines of its error listing. */
    public static QuotesScore score(QuotesGold gold, Document analysed) {
        String text = analysed.text();
        List<Attribution> predicted = analysed.find(Layers.ATTRIBUTIONS).orElse(List.of());
        Map<String, Entity> entities = new HashMap<>();
        for (Entity e : analysed.find(Layers.ENTITIES).orElse(List.of())) entities.put(e.id(), e);

        List<QuotesGold.Quote> golds = gold.attributions();
        ContentLocator locator = new ContentLocator(text);
        Span[] where = new Span[golds.size()];
        Map<String, List<Span>> bySpeaker = new HashMap<>();
        for (int g = 0; g < golds.size(); g++) {
            where[g] = locator.locate(golds.get(g).content());
            if (where[g] != null) bySpeaker.computeIfAbsent(speakerKey(golds.get(g)), k -> new ArrayList<>()).add(where[g]);
        }

        int np = predicted.size();
        int ng = golds.size();
        boolean[][] valid = new boolean[np][ng];
        boolean[][] right = new boolean[np][ng];
        int[][] covered = new int[np][ng];
        for (int p = 0; p < np; p++) {
            Attribution a = predicted.get(p);
            List<Span> own = merged(a.content().spans());
            int size = length(own);
            if (size == 0) continue;
            String entityName = entityName(a, entities);
            for (int g = 0; g < ng; g++) {
                if (where[g] == null) continue;
                int held = overlap(own, List.of(where[g]));
                if (2 * held < where[g].length()) continue;
                int inside = overlap(own, merged(bySpeaker.get(speakerKey(golds.get(g)))));
                if (2 * inside < size) continue;
                valid[p][g] = true;
                covered[p][g] = held;
                QuotesGold.Quote q = golds.get(g);
                right[p][g] = q.named() ? SpeakerNames.matches(entityName, q) : a.source() == null || a.source().entity() == null;
            }
        }

        int[] foundBy = matching(valid, np, ng);
        int[] rightBy = matching(right, np, ng);
        int foundGold = 0;
        int rightGold = 0;
        int namedFound = 0;
        int namedWithoutEntity = 0;
        List<String> errors = new ArrayList<>();
        for (int g = 0; g < ng; g++) {
            QuotesGold.Quote q = golds.get(g);
            int best = representative(valid, right, covered, g, np);
            if (best < 0) {
                errors.add("MISSED   " + describe(q) + (where[g] == null ? "   (content not in the analysed text)" : "")
                        + (where[g] == null ? "" : closest(predicted, entities, where[g], text)));
                continue;
            }
            foundGold++;
            Attribution a = predicted.get(best);
            if (right[best][g]) rightGold++;
            else errors.add("SPEAKER  " + describe(q) + "\n         got " + describe(a, entities));
            if (q.named()) {
                namedFound++;
                if (a.source() == null || a.source().entity() == null) namedWithoutEntity++;
            }
        }
        int foundPredictions = 0;
        int rightPredictions = 0;
        for (int p = 0; p < np; p++) {
            if (foundBy[p] >= 0) foundPredictions++;
            if (rightBy[p] >= 0) rightPredictions++;
            if (foundBy[p] < 0) errors.add("SPURIOUS " + describe(predicted.get(p), entities));
        }
        return new QuotesScore(gold.page(), ng, np, foundGold, rightGold, foundPredictions, rightPredictions,
                namedFound, namedWithoutEntity, errors);
    }

    /** The prediction overlapping a missed gold content most, as a second line of the listing; empty if none. */
    private static String closest(List<Attribution> predicted, Map<String, Entity> entities, Span gold, String text) {
        Attribution best = null;
        int most = 0;
        for (Attribution a : predicted) {
            int o = overlap(merged(a.content().spans()), List.of(gold));
            if (o > most) {
                most = o;
                best = a;
            }
        }
        if (best == null) return "";
        int size = length(merged(best.content().spans()));
        return String.format(java.util.Locale.ROOT, "%n         nearest (holds %d%% of it, %d%% of its content is it) %s",
                100 * most / Math.max(1, gold.length()), 100 * most / Math.max(1, size), describe(best, entities));
    }

    /** Among the valid predictions covering gold {@code g}: a right one if any, else the one holding most of it. */
    private static int representative(boolean[][] valid, boolean[][] right, int[][] covered, int g, int np) {
        int best = -1;
        for (int p = 0; p < np; p++) {
            if (!valid[p][g]) continue;
            if (best < 0 || right[p][g] && !right[best][g]
                    || right[p][g] == right[best][g] && covered[p][g] > covered[best][g]) {
                best = p;
            }
        }
        return best;
    }

    /** A maximum matching of predictions to gold attributions over {@code edge}: for each prediction, its gold or -1. */
    private static int[] matching(boolean[][] edge, int np, int ng) {
        int[] goldOf = new int[np];
        int[] predOf = new int[ng];
        Arrays.fill(goldOf, -1);
        Arrays.fill(predOf, -1);
        for (int p = 0; p < np; p++) augment(edge, p, new boolean[ng], goldOf, predOf);
        return goldOf;
    }

    private static boolean augment(boolean[][] edge, int p, boolean[] seen, int[] goldOf, int[] predOf) {
        for (int g = 0; g < predOf.length; g++) {
            if (!edge[p][g] || seen[g]) continue;
            seen[g] = true;
            if (predOf[g] < 0 || augment(edge, predOf[g], seen, goldOf, predOf)) {
                predOf[g] = p;
                goldOf[p] = g;
                return true;
            }
        }
        return false;
    }

    /** Gold attributions of one speaker share a key; unnamed sources are told apart by their words. */
    private static String speakerKey(QuotesGold.Quote q) {
        if (q.named()) return "named:" + SpeakerNames.normalize(q.speaker());
        return "unnamed:" + (q.sourceText() == null ? "" : SpeakerNames.normalize(q.sourceText()));
    }

    private static String entityName(Attribution a, Map<String, Entity> entities) {
        if (a.source() == null || a.source().entity() == null) return null;
        Entity e = entities.get(a.source().entity());
        return e == null ? null : e.name();
    }

    static List<Span> merged(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            if (!out.isEmpty() && out.get(out.size() - 1).end() >= s.begin()) {
                out.set(out.size() - 1, out.get(out.size() - 1).union(s));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static int length(List<Span> spans) {
        int n = 0;
        for (Span s : spans) n += s.length();
        return n;
    }

    /** Characters shared by two lists of disjoint spans. */
    private static int overlap(List<Span> a, List<Span> b) {
        int n = 0;
        for (Span x : a) {
            for (Span y : b) {
                int lo = Math.max(x.begin(), y.begin());
                int hi = Math.min(x.end(), y.end());
                if (hi > lo) n += hi - lo;
            }
        }
        return n;
    }

    private static String describe(QuotesGold.Quote q) {
        return (q.speaker() == null ? "(unnamed)" : q.speaker()) + " · «" + q.sourceText() + "» · «" + q.cue() + "» · «"
                + clip(q.content()) + "»";
    }

    private static String describe(Attribution a, Map<String, Entity> entities) {
        String source = a.source() == null ? "-" : a.source().text();
        String entity = entityName(a, entities);
        return (entity == null ? "(no entity)" : entity) + " · «" + clip(source) + "» · «"
                + (a.cue() == null ? "-" : a.cue().text()) + "» · «" + clip(a.content().text()) + "»";
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 90 ? one : one.substring(0, 87) + "…";
    }
}
