package org.newsgraph.store;

/**
 * A store could not do what was asked. The message is one line a user can act on ("… is not a newsgraph
 * store", "… is in use by process 4200", "no space left on …"); the cause keeps the detail for --debug.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
