package org.newsgraph.nlp.event;

/** A dictionary line newsgraph cannot read; the message names the file and the line, in one line. */
public final class DictionaryException extends RuntimeException {
    public DictionaryException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }
}
