package org.newsgraph.extract.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
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
    private static final Pattern CREDIT_TEXT = Pattern.compile(
            "(?i)\\s*[\\[(]?((?:photo(?:graph)?s?|image|picture|foto|credit|source|illustration)(?:\\s+by)?\\s*[:/]\\s*[^\\])]+"
                    + "|©[^\\])]+|[^()\\[\\]]*(?:getty images|reuters|associated press|\\bap\\b|afp|epa|shutterstock|alamy)[^()\\[\\]]*)[\\])]?\\s*$");

    /**
     * The figure around a caption block; outside one, the outermost of the captions it sits in (a
     * caption's text and its credit may be two nested captions by name).
     */
    private static Element holder(Element owner) {
        Element fig = owner.closest("figure");
        if (fig != null) return fig;
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
                Matcher m = CREDIT_TEXT.matcher(text);
                if (m.find() && m.start() > 0) {
                    credit = m.group(1).strip();
                    text = text.substring(0, m.start()).strip();
                }
            }
            if (!text.isEmpty()) out.add(new Caption(text, credit));
        }
        return out;
    }
}
