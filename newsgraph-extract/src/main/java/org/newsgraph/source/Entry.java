package org.newsgraph.source;

/**
 * One result of reading input: an {@link Loaded article} or a {@link Problem} with it. Bad input is data,
 * never an exception, so a reader hands both kinds back in input order.
 */
public sealed interface Entry permits Loaded, Problem {
    /** Where it came from: the path as given, with {@code #N} for the Nth line of a JSONL file. */
    String origin();
}
