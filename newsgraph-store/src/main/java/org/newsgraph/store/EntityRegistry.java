package org.newsgraph.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * The cross-article entity registry: decides, for each entity key, the key it stands for across the
 * store ({@code entities.canonical_key}).
 */
final class EntityRegistry {
    private EntityRegistry() {}

    /** Re-decides the canonical keys that the given (new or changed) keys may affect. */
    static void update(Connection c, Set<String> keys) throws SQLException {
        // First version: every key is its own canonical key (set on insert). Surname merging comes next.
    }
}
