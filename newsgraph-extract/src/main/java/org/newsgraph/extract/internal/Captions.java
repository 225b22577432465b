package org.newsgraph.extract.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.newsgraph.document.Caption;
import org.newsgraph.extract.internal.Blocks.Block;

/**
 * Photo captions and their credits from the figure blocks of the article: a credit is an element whose
 * class names it (credit, copyright, source, photographer), or a trailing "Photo: …", "Credit: …",
 * "(Getty Images)"-style phrase. Stateless.
 */
public final class Captions {
    private Captions() {}

    private static final Pattern CREDIT_CLASS = Pattern.compile("(?i)credit|copyright|source|photographer|attribution|byline");

    /**
     * The figure around a caption block; outside one, the outermost of the captions it sits in (a
     * caption's text and its credit may be two nested captions by name).
     */
    private static Element holder(Element owner) {
        // Walked by hand: closest("figure") parses its query on every call.
        for (Element e = owner; e != null; e = e.parent()) if (e.normalName().equals("figure")) return e;
        Element out = owner;
        for (Element e = owner.parent(); e != null && Blocks.namedCaption(e); e = e.parent()) out = e;
        return out;
    }

    public static List<Caption> of(List<Block> blocks) {
        Map<Element, StringBuilder> byFigure = new IdentityHashMap<>();
        List<Element> order = new ArrayList<>();
        for (Block b : blocks) {
            if (!b.caption()) continue;
            Element fig = holder(b.owner());
            StringBuilder sb = byFigure.get(fig);
            if (sb == null) {
                sb = new StringBuilder();
                byFigure.put(fig, sb);
                order.add(fig);
            }
            if (sb.length() > 0) sb.append(' ');
            sb.append(b.text().replace('\n', ' '));
        }
        List<Caption> out = new ArrayList<>();
        for (Element fig : order) {
            String text = byFigure.get(fig).toString().strip();
            String credit = null;
            for (Element e : fig.getAllElements()) {
                if (e != fig && CREDIT_CLASS.matcher(e.className()).find() && !e.text().isBlank()) {
                    credit = e.text().strip();
                    break;
                }
            }
            if (credit != null) {
                int at = text.lastIndexOf(credit);
                if (at >= 0) text = (text.substring(0, at) + text.substring(at + credit.length())).strip();
            } else {
                CreditText.Split split = CreditText.of(text);
                text = split.text();
                credit = split.credit();
            }
            if (!text.isEmpty()) out.add(new Caption(text, credit));
        }
        return out;
    }
}
