package org.newsgraph.document;

import java.util.Objects;

/**
 * The typed name of one layer of a {@link Document}. Keys are compared by identity of their name;
 * the well-known keys are in {@link Layers}.
 */
public final class LayerKey<T> {
    private final String name;
    private final Class<?> type;

    private LayerKey(String name, Class<?> type) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
    }

    /** A key for a layer holding a value of {@code type} (a list layer passes {@code List.class}). */
    public static <T> LayerKey<T> of(String name, Class<?> type) {
        return new LayerKey<>(name, type);
    }

    public String name() {
        return name;
    }

    public Class<?> type() {
        return type;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayerKey<?> k && k.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
