package org.newsgraph.document;

import java.util.List;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.entity.Entity;
import org.newsgraph.event.Event;
import org.newsgraph.event.Relation;
import org.newsgraph.entity.Mention;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/** The layers the standard analysis adds, in the order it adds them. */
public final class Layers {
    private Layers() {}

    public static final LayerKey<List<Token>> TOKENS = LayerKey.of("tokens", List.class);
    public static final LayerKey<List<Sentence>> SENTENCES = LayerKey.of("sentences", List.class);
    /** Named-entity mentions as the recogniser found them, before grouping. */
    public static final LayerKey<List<Mention>> MENTIONS = LayerKey.of("mentions", List.class);
    public static final LayerKey<List<Entity>> ENTITIES = LayerKey.of("entities", List.class);
    public static final LayerKey<List<Attribution>> ATTRIBUTIONS = LayerKey.of("attributions", List.class);
    public static final LayerKey<List<Event>> EVENTS = LayerKey.of("events", List.class);
    public static final LayerKey<List<Relation>> RELATIONS = LayerKey.of("relations", List.class);
}
