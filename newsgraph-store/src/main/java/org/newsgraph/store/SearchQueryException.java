package org.newsgraph.store;

/**
 * A search query the index cannot read (a syntax error, an unknown field, a bad date): the user's
 * mistake, so the command line exits 2 and the server answers 400. The message is one line saying what
 * is wrong and where.
 */
public class SearchQueryException extends StoreException {
    public SearchQueryException(String message) {
        super(message);
    }
}
