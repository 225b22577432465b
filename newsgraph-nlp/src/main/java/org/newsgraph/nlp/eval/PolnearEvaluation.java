package org.newsgraph.nlp.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.attribution.Part;
import org.newsgraph.document.Article;
import org.newsgraph.document.Layers;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.span.Span;
import org.newsgraph.text.Words;

/**
 * Scores attributions against a PolNeAR-layout JSONL file, with the protocol of PolNeAR's published
 * results.
 *
 * <p>Per role (source, cue, content): a part is an item given by its spans, each trimmed of surrounding
 * whitespace and of the characters {@code "“”‘’'.,;:}; a discontinuous part is one item whose spans must
 * all match. Items are matched exactly, as multisets per article; a gold attribution without a source
 * (or cue) has no item for that role, and neither has a predicted one.
 *
 * <p>Per attribution: a predicted attribution matches a gold one when their contents overlap (some
 * trimmed span of one overlaps some trimmed span of the other) and their sources match exactly as
 * items, where two missing sources count as a match and a missing one never matches a present one.
 * Matching is one-to-one, greedy in text order.
 *
 * <p>Thread-safe: every call works on its own data.
 */
public final class PolnearEvaluation {
    private static final String TRIMMED = "\"“”‘’'.,;:";

    private PolnearEvaluation() {}

    /** Reads a PolNeAR-layout JSONL file, analyzes each text with the analyzer on `threads` threads, scores. */
    public static PolnearReport evaluate(Path jsonl, Analyzer analyzer, int threads) throws IOException {
        return evaluate(jsonl, analyzer, threads, null);
    }

    /**
     * As {@link #evaluate(Path, Analyzer, int)}, and writes every false positive and false negative, per
     * role and per attribution, with its context to {@code errors} (when not null).
     */
    public static PolnearReport evaluate(Path jsonl, Analyzer analyzer, int threads, Writer errors) throws IOException {
        Objects.requireNonNull(analyzer, "analyzer");
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        List<PolnearRecord> records = PolnearRecord.readAll(jsonl);
        long t0 = System.nanoTime();
        List<List<Attribution>> predicted = analyzeAll(records, analyzer, threads, jsonl.toString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        ArticleScore total = ArticleScore.ZERO;
        int words = 0;
        ErrorDump dump = errors == null ? null : new ErrorDump(errors);
        for (int i = 0; i < records.size(); i++) {
            PolnearRecord r = records.get(i);
            words += Words.count(r.text());
            total = total.plus(score(r.text(), r.gold(), predicted.get(i), dump == null ? null : dump.forArticle(r.id(), r.text())));
        }
        if (errors != null) errors.flush();
        return new PolnearReport(total.source(), total.cue(), total.content(), total.attribution(),
                records.size(), words, seconds);
    }

    private static List<List<Attribution>> analyzeAll(List<PolnearRecord> records, Analyzer analyzer, int threads,
                                                      String origin) throws IOException {
        List<Article> articles = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            PolnearRecord r = records.get(i);
            articles.add(Article.builder(origin + "#" + (i + 1), r.text()).id(r.id()).build());
        }
        return InParallel.map(articles, threads, a -> analyzer.analyze(a).find(Layers.ATTRIBUTIONS).orElse(List.of()));
    }

    /** Counts of one article (or a sum of articles). */
    record ArticleScore(RoleScore source, RoleScore cue, RoleScore content, RoleScore attribution) {
        static final ArticleScore ZERO = new ArticleScore(RoleScore.ZERO, RoleScore.ZERO, RoleScore.ZERO, RoleScore.ZERO);

        ArticleScore plus(ArticleScore o) {
            return new ArticleScore(source.plus(o.source), cue.plus(o.cue), content.plus(o.content),
                    attribution.plus(o.attribution));
        }
    }

    /**
     * The attributions with distinct spans: a source naming two speakers ("Russia and China said") gives one
     * attribution per speaker, all with the same source, cue and content, which PolNeAR annotates once.
     */
    static List<Attribution> spanDistinct(List<Attribution> predicted) {
        List<Attribution> out = new ArrayList<>(predicted.size());
        java.util.Set<List<List<Span>>> seen = new java.util.HashSet<>();
        for (Attribution a : predicted) {
            if (seen.add(List.of(spansOrEmpty(a.source()), spansOrEmpty(a.cue()), a.content().spans()))) out.add(a);
        }
        return out;
    }

    private static List<Span> spansOrEmpty(Part p) {
        return p == null ? List.of() : p.spans();
    }

    /** Scores one article's predicted attributions against its gold ones. */
    static ArticleScore score(String text, List<GoldAttribution> gold, List<Attribution> predicted) {
        return score(text, gold, predicted, null);
    }

    static ArticleScore score(String text, List<GoldAttribution> gold, List<Attribution> predicted,
                              ErrorDump.Article dump) {
        predicted = spanDistinct(predicted);
        List<List<Span>> gs = new ArrayList<>(), gc = new ArrayList<>(), gq = new ArrayList<>();
        for (GoldAttribution g : gold) {
            addItem(gs, key(text, g.source()));
            addItem(gc, key(text, g.cue()));
            addItem(gq, key(text, g.content()));
        }
        List<List<Span>> ps = new ArrayList<>(), pc = new ArrayList<>(), pq = new ArrayList<>();
        for (Attribution a : predicted) {
            addItem(ps, key(text, spans(a.source())));
            addItem(pc, key(text, spans(a.cue())));
            addItem(pq, key(text, spans(a.content())));
        }
        RoleScore attribution = matchAttributions(text, gold, predicted, dump);
        if (dump != null) boundaryErrors(text, gold, predicted, dump);
        return new ArticleScore(
                matchItems(gs, ps, dump, "source"),
                matchItems(gc, pc, dump, "cue"),
                matchItems(gq, pq, dump, "content"),
                attribution);
    }

    /** Attributions whose cue is right but whose source or content is not: the boundary errors. */
    private static void boundaryErrors(String text, List<GoldAttribution> gold, List<Attribution> predicted,
                                       ErrorDump.Article dump) {
        for (Attribution a : predicted) {
            List<Span> cue = key(text, spans(a.cue()));
            for (GoldAttribution g : gold) {
                if (cue == null || !cue.equals(key(text, g.cue()))) continue;
                if (!Objects.equals(key(text, spans(a.source())), key(text, g.source()))) {
                    dump.boundary("source", g.source(), spans(a.source()));
                }
                if (!Objects.equals(key(text, a.content().spans()), key(text, g.content()))) {
                    dump.boundary("content", g.content(), a.content().spans());
                }
                break;
            }
        }
    }

    private static void addItem(List<List<Span>> items, List<Span> item) {
        if (item != null) items.add(item);
    }

    private static List<Span> spans(Part p) {
        return p == null ? null : p.spans();
    }

    /** The trimmed, non-empty spans of a part in text order; null when nothing is left. */
    static List<Span> key(String text, List<Span> spans) {
        if (spans == null) return null;
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            int b = Math.max(0, s.begin());
            int e = Math.min(text.length(), s.end());
            while (b < e && trimmed(text.charAt(b))) b++;
            while (e > b && trimmed(text.charAt(e - 1))) e--;
            if (b < e) out.add(new Span(b, e));
        }
        out.sort(null);
        return out.isEmpty() ? null : List.copyOf(out);
    }

    private static boolean trimmed(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || TRIMMED.indexOf(c) >= 0;
    }

    private static RoleScore matchItems(List<List<Span>> gold, List<List<Span>> predicted, ErrorDump.Article dump,
                                        String role) {
        Map<List<Span>, Integer> left = new HashMap<>();
        for (List<Span> g : gold) left.merge(g, 1, Integer::sum);
        int tp = 0;
        List<List<Span>> fps = new ArrayList<>();
        for (List<Span> p : predicted) {
            Integer n = left.get(p);
            if (n != null && n > 0) {
                left.put(p, n - 1);
                tp++;
                if (dump != null && role.equals("cue")) dump.truePositive(role, p);
            } else {
                fps.add(p);
            }
        }
        List<List<Span>> fns = new ArrayList<>();
        for (List<Span> g : gold) {
            Integer n = left.get(g);
            if (n != null && n > 0) {
                left.put(g, n - 1);
                fns.add(g);
            }
        }
        if (dump != null) dump.roleErrors(role, fps, fns);
        return new RoleScore(tp, fps.size(), fns.size());
    }

    private static RoleScore matchAttributions(String text, List<GoldAttribution> gold, List<Attribution> predicted,
                                               ErrorDump.Article dump) {
        boolean[] used = new boolean[gold.size()];
        int tp = 0;
        List<Attribution> fps = new ArrayList<>();
        for (Attribution a : predicted) {
            List<Span> pq = key(text, a.content().spans());
            List<Span> psrc = key(text, spans(a.source()));
            boolean found = false;
            for (int i = 0; i < gold.size() && !found; i++) {
                if (used[i]) continue;
                GoldAttribution g = gold.get(i);
                if (overlaps(pq, key(text, g.content())) && Objects.equals(psrc, key(text, g.source()))) {
                    used[i] = true;
                    found = true;
                }
            }
            if (found) tp++;
            else fps.add(a);
        }
        List<GoldAttribution> fns = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) if (!used[i]) fns.add(gold.get(i));
        if (dump != null) dump.attributionErrors(fps, fns);
        return new RoleScore(tp, fps.size(), fns.size());
    }

    private static boolean overlaps(List<Span> a, List<Span> b) {
        if (a == null || b == null) return false;
        for (Span x : a) for (Span y : b) if (x.overlaps(y)) return true;
        return false;
    }


    static void write(Writer w, String s) {
        try {
            w.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
