package org.newsgraph.extract.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the credit that ends a caption's text: "Photo: …", "Credit: …", "© …", or a phrase naming an
 * agency ("(Getty Images)", "Reuters"). Each kind is its own pattern, run only when the caption holds
 * the word it needs: one pattern for all of them backtracked over every start of every caption, and
 * most captions have no credit at all. The leftmost credit wins, as one alternation would choose.
 * Stateless.
 */
final class CreditText {
    private CreditText() {}

    /** A caption's text without its credit, and the credit (null when there is none). */
    record Split(String text, String credit) {}

    private static final String OPEN = "(?i)\\s*[\\[(]?(";
    private static final String CLOSE = ")[\\])]?\\s*$";
    private static final Pattern LABELLED = Pattern.compile(OPEN
            + "(?:photo(?:graph)?s?|image|picture|foto|credit|source|illustration)(?:\\s+by)?\\s*[:/]\\s*[^\\])]+" + CLOSE);
    private static final Pattern COPYRIGHT = Pattern.compile(OPEN + "©[^\\])]+" + CLOSE);
    private static final Pattern AGENCY = Pattern.compile(OPEN
            + "[^()\\[\\]]*(?:getty images|reuters|associated press|\\bap\\b|afp|epa|shutterstock|alamy)[^()\\[\\]]*" + CLOSE);
    private static final Pattern AGENCY_WORD = Pattern.compile(
            "(?i)getty images|reuters|associated press|\\bap\\b|afp|epa|shutterstock|alamy");

    static Split of(String caption) {
        Matcher best = null;
        if (caption.indexOf(':') >= 0 || caption.indexOf('/') >= 0) best = leftmost(best, LABELLED.matcher(caption));
        if (caption.indexOf('©') >= 0) best = leftmost(best, COPYRIGHT.matcher(caption));
        if (AGENCY_WORD.matcher(caption).find()) best = leftmost(best, AGENCY.matcher(caption));
        // A credit from the very start is the whole caption, not a part of it.
        if (best == null || best.start() == 0) return new Split(caption, null);
        return new Split(caption.substring(0, best.start()).strip(), best.group(1).strip());
    }

    /** The earlier-starting of {@code best} and {@code m}'s match; on a tie, {@code best}, found by an earlier kind. */
    private static Matcher leftmost(Matcher best, Matcher m) {
        if (!m.find()) return best;
        return best == null || m.start() < best.start() ? m : best;
    }
}
