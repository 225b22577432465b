package org.newsgraph.event;

import java.util.Objects;
import org.newsgraph.attribution.Part;

/**
 * One actor acting on another, coded in CAMEO: "the US accused Russia" is {@code 112} (accuse), root
 * {@code 11} (disapprove), Goldstein −2.0, quad class 3 (verbal conflict).
 *
 * <p>{@code source} and {@code target} are ids of entities of the article, or null when the actor is known
 * only from the dictionaries ("Western countries"); {@code sourceActor} and {@code targetActor} are CAMEO
 * actor codes ({@code USA}, {@code RUSGOV}), null when no code is known. {@code trigger} is the verb
 * phrase the code comes from. {@code date} is ISO 8601 ({@code 2019-03-25}; {@code 2019-01} or {@code 2019} when
 * the text says only "in January" or "this year"), or null when neither the text nor the article's date gives
 * one; {@code dateExpression} is the text it was read from ("on Monday", resolved against the article's date),
 * or null when the date is the article's own. {@code goldstein} and {@code quad} are null for a code outside CAMEO (a user's
 * dictionary may use its own, as PETRARCH's test dictionaries use WEIS codes). {@code attribution} is the id of the attribution whose content states the event
 * ("Trump said Russia has to get out"), or null when the article states it.
 */
public record Event(String id, String cameo, String root, Double goldstein, Integer quad,
                    String source, String target, String sourceActor, String targetActor,
                    Part trigger, String date, Part dateExpression, String attribution) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(trigger, "trigger");
        if (!cameo.startsWith(root)) throw new IllegalArgumentException("code " + cameo + " is not under root " + root);
        if (quad != null && (quad < 1 || quad > 4)) throw new IllegalArgumentException("quad class must be 1 to 4, got " + quad);
    }
}
