package org.newsgraph.extract.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Finds hover cards: the pop-ups a page shows over a name in running text (a photo, the person's latest
 * stories), hidden until the reader points at the name. The card and the name that opens it are often
 * both named for it ({@code rollover-people} around the name and {@code rollover-people-block}), so the
 * card is told by what it holds: the innermost element so named with an image or several links in it.
 * The name stays in its sentence. Stateless.
 */
final class HoverCards {
    private HoverCards() {}

    private static final ClassNames.Word[] HOVER = {ClassNames.Word.of("rollover"), ClassNames.Word.of("hovercard"),
        ClassNames.Word.of("hover-card"), ClassNames.Word.of("popover")};

    /** Whether the element's class or id names a hover card, or the name that opens one. */
    static boolean named(Element e) {
        return ClassNames.mention(e, HOVER);
    }

    /** The hover cards among {@code named} (elements {@link #named} so, in document order), none inside another. */
    static List<Element> among(List<Element> named) {
        List<Element> holding = new ArrayList<>();
        for (Element e : named) if (holdsACard(e)) holding.add(e);
        List<Element> cards = new ArrayList<>();
        for (Element e : holding) {
            boolean inner = true;
            for (Element other : holding) {
                if (other != e && isInside(other, e)) {
                    inner = false;
                    break;
                }
            }
            if (inner) cards.add(e);
        }
        return cards;
    }

    private static boolean holdsACard(Element e) {
        return !e.getElementsByTag("img").isEmpty() || e.select("a").stream().filter(a -> a != e).count() >= 2;
    }

    private static boolean isInside(Element inner, Element outer) {
        for (Element p = inner.parent(); p != null; p = p.parent()) if (p == outer) return true;
        return false;
    }
}
