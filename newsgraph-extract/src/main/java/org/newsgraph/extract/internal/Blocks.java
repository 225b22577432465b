package org.newsgraph.extract.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a cleaned page into text blocks in document order: each paragraph, heading, list item, table
 * cell or run of loose text inside a block element is one {@link Block}, with its whitespace collapsed
 * and the characters inside links counted. Where inline elements meet without whitespace, a space is
 * put only when {@link WordBreak} says the two sides cannot be one word. Stateless.
 */
public final class Blocks {
    private Blocks() {}

    /** Elements that start a new block (a line break in the rendered page). */
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer", "h1", "h2",
            "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "thead", "tbody", "figure", "figcaption", "address", "hr", "body", "center", "form", "fieldset", "details",
            "summary", "caption", "hgroup");

    private static final ClassNames.Word CAPTION = ClassNames.Word.of("caption");
    private static final Pattern NO_CAPTION = Pattern.compile("(?i)(no|without|hide|hidden)[-_]?caption");
    /** Characters besides whitespace. */
    private static final int MAX_CAPTION_CHARS = 350;

    /** Elements whose text is code or a formula: their inner markup is highlighting, never word breaks. */
    private static final Set<String> CODE_TAGS = Set.of("pre", "code", "kbd", "samp", "tt", "var", "math");

    /**
     * One block of text. {@code owner} is the innermost block element holding it; {@code linkChars}
     * counts characters inside {@code <a>}; {@code caption} is set inside figcaption or figure, or an
     * element whose name says it is a caption.
     */
    public record Block(Element owner, String text, int linkChars, String kind, boolean caption) {
        public double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1.0, linkChars / (double) text.length());
        }

        public boolean heading() {
            return kind.length() == 2 && kind.charAt(0) == 'h' && Character.isDigit(kind.charAt(1));
        }
    }

    /**
     * Whether {@code e} is a photo caption set outside {@code <figure>} ({@code <span class="newsCaption">},
     * {@code <div class="caption">}): known by its class or id, and by being short, for a long element
     * named so is a container ("story-with-captions"), not a caption.
     */
    static boolean namedCaption(Element e) {
        if (!ClassNames.mention(e, CAPTION)) return false;
        if (NO_CAPTION.matcher(e.className() + " " + e.id()).find()) return false;
        return !longerThan(e, MAX_CAPTION_CHARS);
    }

    /**
     * Whether the text under {@code e} has more than {@code max} characters besides whitespace; stops
     * counting there, so a page-wide wrapper named "has-captions" costs no more than a caption.
     */
    private static boolean longerThan(Element e, int max) {
        int[] n = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length(); i++) if (!isSpace(s.charAt(i))) n[0]++;
                    if (n[0] > max) return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        return n[0] > max;
    }

    private static boolean isSpace(char ch) {
        return Character.isWhitespace(ch) || ch == '\u00A0';
    }

    public static List<Block> of(Element root) {
        return of(root, ' ');
    }

    /**
     * As {@link #of(Element)}, with {@code glued} put where {@link WordBreak} parts two words: a space
     * in running text, a line break where separately set parts are separate items (a byline's name and
     * its credit).
     */
    static List<Block> of(Element root, char glued) {
        Walker w = new Walker();
        w.glued = glued;
        w.owner = root;
        w.walk(root);
        w.flush();
        return w.out;
    }

    private static final class Walker {
        final List<Block> out = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        Element owner;
        int linkChars;
        int linkDepth;
        int captionDepth;
        int codeDepth;
        char glued;
        /** Elements outside any figure that are captions by their name, each its own block. */
        final Set<Element> captions = Collections.newSetFromMap(new IdentityHashMap<>());

        /** Whether {@code e} is a {@link #namedCaption}, remembered so that its end is known as one too. */
        boolean namedCaption(Element e) {
            if (!Blocks.namedCaption(e)) return false;
            captions.add(e);
            return true;
        }

        /**
         * Visits the tree with jsoup's iterative traversal (a recursive walk would overflow the stack on
         * a page of thousands of unclosed tags); a stack of owners restores the block on the way out.
         */
        void walk(Element root) {
            Deque<Element> owners = new ArrayDeque<>();
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node == root) return;
                    if (node instanceof TextNode t) {
                        append(t.getWholeText());
                    } else if (node instanceof Element e) {
                        String tag = e.normalName();
                        if (tag.equals("br")) {
                            trimSpace();
                            // A blank line (two breaks) ends a paragraph, as it does on screen.
                            if (text.length() > 0 && text.charAt(text.length() - 1) == '\n') flush();
                            else text.append('\n');
                        } else if (namedCaption(e) | BLOCK_TAGS.contains(tag)) { // both: the caption is remembered
                            flush();
                            owners.push(owner);
                            owner = e;
                        }
                        if (tag.equals("a")) linkDepth++;
                        if (tag.equals("figcaption") || tag.equals("figure") || captions.contains(e)) captionDepth++;
                        if (CODE_TAGS.contains(tag)) codeDepth++;
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node == root || !(node instanceof Element e)) return;
                    String tag = e.normalName();
                    if (tag.equals("a")) linkDepth--;
                    if (BLOCK_TAGS.contains(tag) || captions.contains(e)) {
                        flush();
                        owner = owners.pop();
                    }
                    if (tag.equals("figcaption") || tag.equals("figure") || captions.contains(e)) captionDepth--;
                    if (CODE_TAGS.contains(tag)) codeDepth--;
                }
            }, root);
        }

        void append(String s) {
            int before = text.length();
            // Each text node follows a tag (or an element Boilerplate removed): where the markup alone
            // kept two words apart, they stay apart.
            if (codeDepth == 0 && !s.isEmpty() && !isSpace(s.charAt(0)) && text.length() > 0 && !isSpace(text.charAt(text.length() - 1))
                    && WordBreak.between(text, s)) {
                text.append(glued);
            }
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (isSpace(ch)) {
                    if (text.length() > 0 && text.charAt(text.length() - 1) != ' ' && text.charAt(text.length() - 1) != '\n') {
                        text.append(' ');
                    }
                } else {
                    text.append(ch);
                }
            }
            if (linkDepth > 0) linkChars += text.length() - before;
        }

        void trimSpace() {
            while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') text.setLength(text.length() - 1);
        }

        void flush() {
            String s = text.toString();
            if (s.indexOf('\n') >= 0) s = s.replaceAll(" ?\n ?", "\n").replaceAll("\n{2,}", "\n");
            s = s.strip();
            if (!s.isEmpty()) {
                out.add(new Block(owner, s, Math.min(linkChars, s.length()), owner.normalName(), captionDepth > 0
                        || owner.normalName().equals("figcaption")));
            }
            text.setLength(0);
            linkChars = 0;
        }
    }
}
