package org.newsgraph.document;

/** A photo caption and its credit line as the article gives them; {@code credit} may be null. */
public record Caption(String text, String credit) {
    public Caption {
        java.util.Objects.requireNonNull(text, "text");
    }
}
