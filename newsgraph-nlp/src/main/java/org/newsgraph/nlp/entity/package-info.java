/**
 * Entities within one article: {@link org.newsgraph.nlp.entity.MentionStage} finds named mentions (the
 * recogniser's tags corrected by gazetteers of countries, cities and organisations), and
 * {@link org.newsgraph.nlp.entity.EntityStage} groups them into entities with canonical names, types,
 * keys, roles and affiliations, adding the pronouns and role-noun phrases it can resolve.
 *
 * <p>The word lists are hand-written resources beside {@code internal}: {@code countries.txt} (ISO
 * 3166-1 alpha-2 codes, names, aliases, demonyms, capitals), {@code cities.txt},
 * {@code organizations.txt} and {@code first-names.txt}; they load once per JVM.
 */
package org.newsgraph.nlp.entity;
