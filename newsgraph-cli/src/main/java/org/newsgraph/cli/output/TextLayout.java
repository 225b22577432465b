package org.newsgraph.cli.output;

/**
 * How the text format lays a document out: {@code columns} wide; {@code full} to print every cell
 * whole, wrapped over as many lines as it needs, where by default a cell is cut to its column and
 * content to {@value TextReport#CONTENT_LINES} lines; {@code styled} to use the terminal's dim text for
 * a source no entity was found for (its quotation marks show it either way).
 */
public record TextLayout(int columns, boolean full, boolean styled) {
    public TextLayout {
        if (columns < 1) throw new IllegalArgumentException("columns: must be 1 or more, not " + columns);
    }

    /** Plain, cut to fit: for files, pipes and tests. */
    static TextLayout plain(int columns) {
        return new TextLayout(columns, false, false);
    }
}
