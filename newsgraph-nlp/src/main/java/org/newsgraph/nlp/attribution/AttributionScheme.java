package org.newsgraph.nlp.attribution;

/**
 * Which attributions to report. Two definitions are in use, and they differ on what is not speech.
 */
public enum AttributionScheme {
    /**
     * What was said, as a reader tracking who said what lists it ({@code data/quotes/GUIDE.md}): statements,
     * claims, quotations, accusations, denials, reports, stated beliefs. Not intentions or thoughts ("plans
     * to", "wants", "learned that"), refusals to speak ("declined to comment"), speech denied without content
     * ("did not reveal the location"), the writer or reader as source ("I asked", "you might think"), or
     * attributions with no source ("is expected to"). The default.
     */
    SPEECH,
    /**
     * PARC's attribution relations, as PolNeAR annotates them: everything {@link #SPEECH} reports and also
     * intentions, thoughts, refusals and sourceless attributions. What {@code eval polnear} measures.
     */
    PARC
}
