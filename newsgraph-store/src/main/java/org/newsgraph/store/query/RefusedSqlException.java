package org.newsgraph.store.query;

import org.newsgraph.store.StoreException;

/** A statement {@link ReadOnlySql} will not run, refused before it reached the database. */
public final class RefusedSqlException extends StoreException {
    public RefusedSqlException(String message) {
        super(message);
    }
}
