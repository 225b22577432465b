package org.newsgraph.extract.internal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.newsgraph.extract.internal.Blocks.Block;

/**
 * Tells the items of a list that is part of the article's prose (a list of points after "She also
 * said:", some with a link in them) from the items of a link list (related stories, a menu). A short
 * item with a link would be dropped as a link list on its own; in a list whose text is mostly not
 * links, an item with words of its own outside its links is prose; a list that a line introduces as
 * other stories never is. Built over the article's blocks; immutable once built.
 */
public final class ProseLists {
    /** At most this share of a list's text in links, and its items can be prose. */
    private static final double MAX_LIST_LINK_DENSITY = 0.5;
    /** An item needs this many characters outside links to say something of its own. */
    private static final int MIN_OWN_CHARS = 20;
    /** An item almost all link is a link, whatever list it is in. */
    private static final double MAX_ITEM_LINK_DENSITY = 0.75;

    /**
     * A short line that introduces a list as links to other stories ("More Great Stories", "Related
     * coverage", "Read more:"): whatever its items look like, that list is not the article's prose.
     */
    private static final Pattern RELATED = Pattern.compile("(?i)^(related|recommended|read (more|also|next)|see also"
            + "|more from|also on|further reading)\\b|\\b(more|related|recommended|popular|top|latest|other)\\b.*"
            + "\\b(stories|articles|reads|posts|coverage|links|videos)\\b");
    private static final int MAX_LABEL_CHARS = 60;

    /** For each list element, [all chars, link chars] of its items among the blocks. */
    private final Map<Element, int[]> lists;

    private ProseLists(Map<Element, int[]> lists) {
        this.lists = lists;
    }

    public static ProseLists of(List<Block> blocks) {
        Map<Element, int[]> lists = new IdentityHashMap<>();
        Set<Element> labelled = Collections.newSetFromMap(new IdentityHashMap<>());
        Block before = null;
        for (Block b : blocks) {
            Element list = listOf(b);
            if (list != null) {
                int[] c = lists.get(list);
                if (c == null) {
                    c = new int[2];
                    lists.put(list, c);
                    if (before != null && before.text().length() <= MAX_LABEL_CHARS && RELATED.matcher(before.text()).find()) {
                        labelled.add(list);
                    }
                }
                c[0] += b.text().length();
                c[1] += b.linkChars();
            }
            before = b;
        }
        lists.keySet().removeAll(labelled);
        return new ProseLists(lists);
    }

    /** Whether {@code b} is an item, with words outside its links, of a list that reads as prose. */
    public boolean isProseItem(Block b) {
        Element list = listOf(b);
        if (list == null) return false;
        int[] c = lists.get(list);
        if (c == null || c[0] == 0 || c[1] > MAX_LIST_LINK_DENSITY * c[0]) return false;
        return b.text().length() - b.linkChars() >= MIN_OWN_CHARS && b.linkDensity() <= MAX_ITEM_LINK_DENSITY;
    }

    /** The {@code ul} or {@code ol} whose item holds the block (the item itself, or a paragraph in it). */
    private static Element listOf(Block b) {
        Element item = b.owner().normalName().equals("li") ? b.owner() : b.owner().parent();
        if (item == null || !item.normalName().equals("li")) return null;
        Element list = item.parent();
        return list != null && (list.normalName().equals("ul") || list.normalName().equals("ol")) ? list : null;
    }
}
