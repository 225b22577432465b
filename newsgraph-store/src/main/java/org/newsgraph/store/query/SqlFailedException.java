package org.newsgraph.store.query;

import org.newsgraph.store.StoreException;

/** The database could not run a user's query; the message is DuckDB's first line ("Catalog Error: …"). */
public final class SqlFailedException extends StoreException {
    public SqlFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
