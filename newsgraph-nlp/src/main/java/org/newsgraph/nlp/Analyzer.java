package org.newsgraph.nlp;

import java.util.List;
import java.util.Objects;
import org.newsgraph.document.Article;
import org.newsgraph.document.Document;
import org.newsgraph.nlp.attribution.AttributionScheme;
import org.newsgraph.nlp.attribution.AttributionStage;
import org.newsgraph.nlp.entity.EntityStage;
import org.newsgraph.nlp.entity.MentionStage;
import org.newsgraph.nlp.event.EventDictionaries;
import org.newsgraph.nlp.event.EventStage;
import org.newsgraph.nlp.event.RelationStage;
import org.newsgraph.nlp.tokens.TokenStage;
import org.newsgraph.stage.Pipeline;
import org.newsgraph.stage.Stage;

/**
 * The front door of the analysis: {@code Analyzer.standard().analyze(article)}. Runs the same stages,
 * in the same order, wherever it runs (CLI, server, Spark executor). Immutable and thread-safe; models
 * load once per JVM, on first use.
 */
public final class Analyzer {
    private final Pipeline pipeline;

    private Analyzer(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Tokens and sentences → entities → attributions of speech → events → relations. */
    public static Analyzer standard() {
        return standard(AttributionScheme.SPEECH);
    }

    /** Tokens and sentences → entities → attributions by the given definition → events. */
    public static Analyzer standard(AttributionScheme scheme) {
        return standard(scheme, EventDictionaries.phoenix());
    }

    /** The standard analysis with events coded by the given dictionaries. */
    public static Analyzer standard(AttributionScheme scheme, EventDictionaries dictionaries) {
        return of(List.of(
                new TokenStage(),
                new MentionStage(),
                new EntityStage(),
                new AttributionStage(scheme),
                new EventStage(dictionaries),
                new RelationStage()));
    }

    public static Analyzer of(List<Stage> stages) {
        return new Analyzer(Pipeline.of(stages));
    }

    public Document analyze(Article article) {
        return pipeline.apply(Objects.requireNonNull(article, "article"));
    }

    public Pipeline pipeline() {
        return pipeline;
    }
}
