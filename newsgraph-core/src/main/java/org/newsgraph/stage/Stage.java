package org.newsgraph.stage;

import java.util.Set;
import org.newsgraph.document.Document;
import org.newsgraph.document.LayerKey;

/**
 * One step of the analysis: a pure function that reads some layers of a {@link Document} and returns a
 * new document with one more layer. A stage knows nothing of files, storage, HTTP or Spark, keeps no
 * per-document state in fields, and must be safe to call from many threads at once.
 */
public interface Stage {

    /** The layers this stage reads; a {@link Pipeline} checks that earlier stages add them. */
    Set<LayerKey<?>> reads();

    /** The layer this stage adds (a stage may add a companion layer too, listed in {@link #alsoAdds()}). */
    LayerKey<?> adds();

    default Set<LayerKey<?>> alsoAdds() {
        return Set.of();
    }

    /** Returns {@code document} with this stage's layer added; never modifies its input. */
    Document apply(Document document);

    default String name() {
        return getClass().getSimpleName();
    }
}
