package org.newsgraph.store;

/**
 * The Lucene index beside a store's tables ({@code DIR/index}), over article text and attribution
 * content. It follows the tables: {@link #catchUp} indexes the articles whose {@code seq} is past the
 * last one it committed, so a crash between the tables' commit and the index's loses nothing.
 *
 * <p>PLACEHOLDER: the Lucene implementation is being written; until then this indexes nothing.
 */
public final class SearchIndex implements AutoCloseable {
    private final Store store;

    private SearchIndex(Store store) {
        this.store = store;
    }

    /** Opens the index for writing; only one process may write it at a time. */
    public static SearchIndex openForWriting(Store store) {
        return new SearchIndex(store);
    }

    /** Indexes what the tables hold beyond the index; returns how many articles it indexed. */
    public long catchUp() {
        return 0;
    }

    @Override
    public void close() {}
}
