package org.newsgraph.nlp.entity.internal;

import org.newsgraph.span.Span;

/**
 * One place an entity is referred to: tokens {@code [firstToken, endToken)} of a sentence, as a name
 * ({@code named}) or as a resolved pronoun or role-noun phrase.
 */
record Occurrence(int firstToken, int endToken, int sentence, Span span, Draft draft, boolean named) {}
