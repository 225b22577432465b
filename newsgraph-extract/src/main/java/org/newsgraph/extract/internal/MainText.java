package org.newsgraph.extract.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.newsgraph.extract.internal.Blocks.Block;

/**
 * Finds the article among a page's blocks. Each paragraph-like block votes for the elements above it,
 * more for long text with commas, nothing for link lists; the element with the best vote, discounted by
 * its own share of link text, holds the article, together with siblings that vote almost as well or are
 * plain paragraphs. Inside it, link-heavy blocks and stock phrases ("Advertisement", "Read more") are
 * dropped. Stateless.
 */
public final class MainText {
    private MainText() {}

    /** Shorter than this and a block says too little to vote. */
    private static final int MIN_VOTING_CHARS = 25;
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "blockquote", "td", "li", "dd", "h2", "h3", "h4");
    private static final Pattern STOCK = Pattern.compile(
            "(?i)^(advertisement|advertising|advert|ad|sponsored|related( articles| stories| content)?:?|read more.*|more:?|"
                    + "share( this( article| story)?)?( on \\w+)?:?|sign up.*|subscribe.*|click here.*|continue reading.*|"
                    + "recommended( for you)?:?|you may also like:?|tags?:.*|topics?:.*|follow us.*|"
                    + "(story|article) continues below( advertisement)?|scroll to continue.*|"
                    + "\\(?(photo|image|video|getty images|ap|reuters|afp|file)\\)?|skip (to|ad).*|comments?\\W*\\d*|"
                    + "print|email|facebook|twitter|whatsapp|linkedin|pinterest|reddit|caption|close|(photo|image|foto|credit)s?( by)?:.{1,60})\\W*$");

    /** A short paragraph that sells a newsletter, an app or a click is a promotion inside the article. */
    private static final Pattern PROMO = Pattern.compile(
            "(?i)\\b(sign(ing)? up|subscribe)\\b.{0,80}\\bnewsletters?\\b|\\bnewsletters?\\b.{0,80}\\b(sign up|subscribe)\\b"
                    + "|\\bclick here\\b|\\bdownload (our|the) app\\b");
    private static final int MAX_PROMO_CHARS = 250;

    /** The article's blocks, in document order, and the element that holds them. */
    public record Selection(Element root, List<Block> blocks) {}

    public static Selection select(List<Block> blocks, Element body) {
        Map<Element, Double> score = new IdentityHashMap<>();
        // An identity map iterates in no fixed order: candidates are ranked in the order they were first
        // voted for (document order), so that a tie (a page holding its article twice) goes the same way every run.
        List<Element> voted = new ArrayList<>();
        Map<Element, int[]> chars = totals(blocks, body); // [all chars, link chars, voting chars]
        for (Block b : blocks) {
            if (!votes(b)) continue;
            double vote = 1 + Math.min(3, commas(b.text())) + Math.min(3, b.text().length() / 100.0);
            vote *= 1 - b.linkDensity();
            Element p = b.owner().parent();
            double[] weight = {1.0, 0.5, 1 / 6.0};
            for (int level = 0; level < weight.length && p != null; level++, p = p.parent()) {
                if (!score.containsKey(p)) voted.add(p);
                score.merge(p, vote * weight[level], Double::sum);
            }
        }
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
        for (Element e : voted) ranked.add(Map.entry(e, score.get(e) * (1 - density(chars.get(e)))));
        if (ranked.isEmpty()) return new Selection(body, List.of(blocks.stream().filter(b -> !b.caption()).toArray(Block[]::new)));
        ranked.sort(Map.Entry.<Element, Double>comparingByValue().reversed());
        Element best = ranked.get(0).getKey();
        double bestScore = ranked.get(0).getValue();
        best = commonHolder(best, bestScore, ranked);
        best = widen(best, chars);
        bestScore = Math.max(bestScore, score.getOrDefault(best, 0.0) * (1 - density(chars.get(best))));
        List<Element> roots = new ArrayList<>();
        roots.add(best);
        Element parent = best.parent();
        if (parent != null) {
            double threshold = Math.max(10, bestScore * 0.2);
            for (Element sib : parent.children()) {
                if (sib == best) continue;
                int[] c = chars.get(sib);
                if (c == null) continue;
                double s = score.getOrDefault(sib, 0.0) * (1 - density(c));
                if (s >= threshold || PARAGRAPH_TAGS.contains(sib.normalName()) && plainParagraph(c, sib)) roots.add(sib);
            }
        }
        Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element r : roots) inside.addAll(r.getAllElements());
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (inside.contains(b.owner())) out.add(b);
        }
        return new Selection(best, out);
    }

    private static boolean votes(Block b) {
        return !b.caption() && b.text().length() >= MIN_VOTING_CHARS && b.linkDensity() <= 0.5;
    }

    /**
     * Characters (all, in links, in voting blocks) under every element that has any, summed bottom-up
     * in one pass over the tree, so a page nested thousands deep costs no more than a flat one.
     */
    private static Map<Element, int[]> totals(List<Block> blocks, Element body) {
        Map<Element, int[]> chars = new IdentityHashMap<>();
        for (Block b : blocks) {
            int[] c = chars.computeIfAbsent(b.owner(), k -> new int[3]);
            c[0] += b.text().length();
            c[1] += b.linkChars();
            if (votes(b)) c[2] += b.text().length();
        }
        Element top = body;
        while (top.parent() != null) top = top.parent();
        List<Element> preorder = top.getAllElements();
        for (int i = preorder.size() - 1; i >= 0; i--) {
            Element e = preorder.get(i);
            int[] c = chars.get(e);
            if (c == null || e.parent() == null) continue;
            int[] up = chars.computeIfAbsent(e.parent(), k -> new int[3]);
            for (int k = 0; k < 3; k++) up[k] += c[k];
        }
        return chars;
    }

    /**
     * An article cut into columns (one wrapper per few paragraphs) shows as several near-equal
     * candidates: when three of the runners-up score at least three quarters of the best and share an
     * ancestor with it, that ancestor holds the article.
     */
    private static Element commonHolder(Element best, double bestScore, List<Map.Entry<Element, Double>> ranked) {
        List<Element> close = new ArrayList<>();
        for (int i = 1; i < Math.min(ranked.size(), 6); i++) {
            if (ranked.get(i).getValue() >= 0.75 * bestScore) close.add(ranked.get(i).getKey());
        }
        if (close.size() < 3) return best;
        List<Set<Element>> ancestors = new ArrayList<>();
        for (Element c : close) {
            Set<Element> up = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Element x = c; x != null; x = x.parent()) up.add(x);
            ancestors.add(up);
        }
        for (Element a = best.parent(); a != null && !a.normalName().equals("body"); a = a.parent()) {
            int inside = 0;
            for (Set<Element> up : ancestors) if (up.contains(a)) inside++;
            if (inside >= 3) return a;
        }
        return best;
    }

    /**
     * Climbs from the best element while its parent adds mostly paragraph text (an article split over
     * sibling wrappers): the parent must add at least a fifth more voting text, and what it adds must be
     * at least 60% voting text, so a parent that brings menus and teasers is left alone.
     */
    private static Element widen(Element best, Map<Element, int[]> chars) {
        Element e = best;
        while (e.parent() != null && !e.parent().normalName().equals("body")) {
            int[] mine = chars.get(e);
            int[] up = chars.get(e.parent());
            int addedVoting = up[2] - mine[2];
            int added = up[0] - mine[0];
            if (added <= 0) {
                e = e.parent();
                continue;
            }
            if (addedVoting < 0.2 * mine[2] || addedVoting < 0.6 * added) break;
            e = e.parent();
        }
        return e;
    }

    /** Whether a block inside the article is article text rather than a link list or a stock phrase. */
    public static boolean keep(Block b) {
        return keep(b, false);
    }

    /**
     * As {@link #keep(Block)}; an item of a list that reads as prose ({@link ProseLists}) is not judged
     * by its links, which a short point with one link in it would fail.
     */
    public static boolean keep(Block b, boolean proseListItem) {
        String t = b.text();
        double ld = b.linkDensity();
        if (!proseListItem && ld > 0.5 && !linkedSentence(b)) return false;
        if (!proseListItem && ld > 0.25 && t.length() < 120 && !t.endsWith(".")) return false;
        if (t.length() < 90 && STOCK.matcher(t).matches()) return false;
        if (t.length() < MAX_PROMO_CHARS && PROMO.matcher(t).find()) return false;
        return true;
    }

    /** Words of its own (outside links) a sentence needs to be read as one however much of it links. */
    private static final int MIN_SENTENCE_OWN_CHARS = 40;
    private static final double MAX_SENTENCE_LINK_DENSITY = 0.8;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’)]*$");

    /**
     * A sentence with a long link in it ("…but was <a>re-opened earlier this year after …</a>.") is
     * text, not a link list: it ends as a sentence does and has words of its own around the link.
     */
    private static boolean linkedSentence(Block b) {
        String t = b.text();
        return b.linkDensity() <= MAX_SENTENCE_LINK_DENSITY && t.length() - b.linkChars() >= MIN_SENTENCE_OWN_CHARS
                && SENTENCE_END.matcher(t).find();
    }

    private static boolean plainParagraph(int[] c, Element e) {
        double ld = density(c);
        if (c[0] > 80 && ld < 0.25) return true;
        String t = e.text();
        return c[0] > 0 && c[0] <= 80 && ld == 0 && (t.endsWith(".") || t.contains(". "));
    }

    private static double density(int[] c) {
        return c == null || c[0] == 0 ? 0 : Math.min(1.0, c[1] / (double) c[0]);
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ',' || ch == '，' || ch == '、' || ch == '،') n++;
        }
        return n;
    }
}
