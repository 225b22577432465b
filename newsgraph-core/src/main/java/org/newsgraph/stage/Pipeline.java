package org.newsgraph.stage;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.document.Article;
import org.newsgraph.document.Document;
import org.newsgraph.document.LayerKey;

/**
 * A chain of {@link Stage}s, checked when it is built: every layer a stage reads is added by a stage
 * before it, and no layer is added twice. Immutable and thread-safe when its stages are.
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Pipeline of(Stage... stages) {
        return of(List.of(stages));
    }

    public static Pipeline of(List<Stage> stages) {
        Set<LayerKey<?>> available = new HashSet<>();
        for (Stage s : stages) {
            for (LayerKey<?> k : s.reads()) {
                if (!available.contains(k)) {
                    throw new IllegalArgumentException(s.name() + " reads layer '" + k + "' that no stage before it adds");
                }
            }
            Set<LayerKey<?>> added = new HashSet<>(s.alsoAdds());
            added.add(s.adds());
            for (LayerKey<?> k : added) {
                if (!available.add(k)) throw new IllegalArgumentException("layer '" + k + "' is added twice, again by " + s.name());
            }
        }
        return new Pipeline(stages);
    }

    public List<Stage> stages() {
        return stages;
    }

    public Document apply(Article article) {
        return apply(Document.of(article));
    }

    public Document apply(Document document) {
        Document d = document;
        for (Stage s : stages) d = s.apply(d);
        return d;
    }
}
