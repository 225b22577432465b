package org.newsgraph.store.query;

/**
 * What an attribution's content is about: the entities mentioned inside its content spans. A mention
 * counts when it lies wholly inside one content span (a split quote has several), offsets as stored
 * ({@code [begin, end)} in the article text).
 *
 * <p>Mentions, not the words of the content, because analysis already resolved "the United States",
 * "US" and "Washington" to {@code country:US}; a text search would miss those and find "Trump" in
 * "trumped".
 */
final class ContentMentions {
    private ContentMentions() {}

    /**
     * A query giving {@code (attribution_id, source_entity_key, entity_key)}, once per attribution and
     * entity, for the attributions of {@code scope} (a table or CTE name with the columns of
     * {@code attributions}) and the mentions of {@code mentions} (a table, CTE, or parenthesised query
     * over {@code mentions}).
     */
    static String of(String scope, String mentions) {
        return """
                SELECT DISTINCT s.id AS attribution_id, s.source_entity_key, m.entity_key
                FROM (SELECT id, article_id, source_entity_key,
                             unnest(from_json(spans->'content', '["INTEGER[]"]')) AS span
                      FROM %s) s
                JOIN %s m ON m.article_id = s.article_id AND m.span_begin >= s.span[1] AND m.span_end <= s.span[2]"""
                .formatted(scope, mentions);
    }
}
