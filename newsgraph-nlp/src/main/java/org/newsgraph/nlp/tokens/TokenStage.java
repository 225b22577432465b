package org.newsgraph.nlp.tokens;

import java.util.Set;
import org.newsgraph.document.Document;
import org.newsgraph.document.LayerKey;
import org.newsgraph.document.Layers;
import org.newsgraph.nlp.internal.CoreNlp;
import org.newsgraph.stage.Stage;

/** Adds tokens (with part of speech and named-entity tags) and sentences, from CoreNLP. */
public final class TokenStage implements Stage {
    private final CoreNlp coreNlp;

    public TokenStage() {
        this(CoreNlp.get());
    }

    TokenStage(CoreNlp coreNlp) {
        this.coreNlp = coreNlp;
    }

    @Override
    public Set<LayerKey<?>> reads() {
        return Set.of();
    }

    @Override
    public LayerKey<?> adds() {
        return Layers.TOKENS;
    }

    @Override
    public Set<LayerKey<?>> alsoAdds() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public Document apply(Document document) {
        CoreNlp.Result r = coreNlp.annotate(document.text());
        return document.with(Layers.TOKENS, r.tokens()).with(Layers.SENTENCES, r.sentences());
    }
}
