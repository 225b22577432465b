/**
 * The rules behind the entity stages: gazetteer and lexicon, grouping, roles, coreference. Not an API:
 * only {@code org.newsgraph.nlp.entity} uses it.
 */
package org.newsgraph.nlp.entity.internal;
