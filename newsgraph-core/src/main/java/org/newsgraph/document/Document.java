package org.newsgraph.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An {@link Article} and the analysis layers added to it so far. Immutable: {@link #with} returns a new
 * document that shares the existing layers. Thread-safe.
 */
public final class Document {
    private final Article article;
    private final Map<LayerKey<?>, Object> layers;

    private Document(Article article, Map<LayerKey<?>, Object> layers) {
        this.article = article;
        this.layers = layers;
    }

    public static Document of(Article article) {
        return new Document(Objects.requireNonNull(article, "article"), Map.of());
    }

    public Article article() {
        return article;
    }

    /** Shorthand for {@code article().text()}: the text all spans index. */
    public String text() {
        return article.text();
    }

    /** A new document with {@code key} set to {@code value}; a layer is added once, never replaced. */
    public <T> Document with(LayerKey<T> key, T value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (layers.containsKey(key)) throw new IllegalStateException("layer " + key + " is already present");
        Map<LayerKey<?>, Object> copy = new LinkedHashMap<>(layers);
        copy.put(key, value);
        return new Document(article, Collections.unmodifiableMap(copy));
    }

    /** The layer's value; throws when a stage asks for a layer the pipeline did not add before it. */
    @SuppressWarnings("unchecked")
    public <T> T get(LayerKey<T> key) {
        Object v = layers.get(key);
        if (v == null) throw new IllegalStateException("layer " + key + " is missing; present: " + layers.keySet());
        return (T) v;
    }

    @SuppressWarnings("unchecked")
    public <T> Optional<T> find(LayerKey<T> key) {
        return Optional.ofNullable((T) layers.get(key));
    }

    public boolean has(LayerKey<?> key) {
        return layers.containsKey(key);
    }

    public Set<LayerKey<?>> layers() {
        return layers.keySet();
    }
}
