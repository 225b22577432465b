package org.newsgraph.cli.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rows of text cells laid out in columns within a width. Each column asks for the width of its longest
 * cell between a {@code min} and a {@code max}; the last column takes what is left, and when that is less
 * than its {@code min} the others give way, the widest first, down to their own {@code min} (on a very
 * narrow terminal the last column makes do with what is left, but never fewer than {@value #FLOOR}). A cell too
 * long for its column is cut (its {@code shorter} form first, when it has one) or, in a full layout,
 * wrapped over more lines; the last column wraps to {@code lines} lines, or as many as it needs in a full
 * layout. Not thread-safe: one table per document.
 */
public final class TextTable {
    private static final String GAP = "  ";
    private static final int FLOOR = 10;
    private static final String DIM = "\u001b[2m";
    private static final String UNDIM = "\u001b[22m";

    /** A column; {@code min} and {@code max} are widths in characters. */
    record Column(String header, int min, int max) {
        Column {
            Objects.requireNonNull(header, "header");
            if (min < 1 || max < min) throw new IllegalArgumentException("widths: need 1 ≤ min ≤ max, not " + min + ", " + max);
        }
    }

    /**
     * A cell: its {@code text}, a {@code shorter} form to show instead of cutting (or null), and whether it
     * is {@code literal} text from the article (dimmed when the layout is styled).
     */
    record Cell(String text, String shorter, boolean literal) {
        Cell {
            Objects.requireNonNull(text, "text");
        }

        static Cell of(String text) {
            return new Cell(text, null, false);
        }
    }

    private final List<Column> columns;
    private final int lines;
    private final List<List<Cell>> rows = new ArrayList<>();

    /** A table of these columns whose last one wraps to {@code lines} lines unless the layout is full. */
    TextTable(List<Column> columns, int lines) {
        if (columns.isEmpty()) throw new IllegalArgumentException("columns: give at least one");
        this.columns = List.copyOf(columns);
        this.lines = lines;
    }

    void add(List<Cell> row) {
        if (row.size() != columns.size()) throw new IllegalArgumentException("row: " + row.size() + " cells for " + columns.size() + " columns");
        rows.add(List.copyOf(row));
    }

    /** The header line and the rows, each line ending in a newline. */
    String render(TextLayout layout) {
        int[] widths = widths(layout);
        StringBuilder out = new StringBuilder();
        List<Cell> header = columns.stream().map(c -> Cell.of(c.header())).toList();
        line(header.stream().map(c -> List.of(c.text())).toList(), header, widths, layout, out);
        for (List<Cell> row : rows) {
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) cells.add(cellLines(row.get(i), widths[i], i == widths.length - 1, layout.full()));
            line(cells, row, widths, layout, out);
        }
        return out.toString();
    }

    private int[] widths(TextLayout layout) {
        int n = columns.size();
        int[] w = new int[n];
        int used = GAP.length() * (n - 1);
        for (int i = 0; i < n - 1; i++) {
            Column c = columns.get(i);
            int longest = c.header().length();
            for (List<Cell> row : rows) longest = Math.max(longest, row.get(i).text().length());
            w[i] = Math.max(c.min(), layout.full() ? longest : Math.min(c.max(), longest));
            used += w[i];
        }
        int restMin = columns.get(n - 1).min();
        int rest = layout.columns() - used;
        while (rest < restMin) {
            int widest = -1;
            for (int i = 0; i < n - 1; i++) {
                if (w[i] > columns.get(i).min() && (widest < 0 || w[i] - columns.get(i).min() > w[widest] - columns.get(widest).min())) widest = i;
            }
            if (widest < 0) break;
            w[widest]--;
            rest++;
        }
        w[n - 1] = Math.max(FLOOR, rest);
        return w;
    }

    private List<String> cellLines(Cell cell, int width, boolean last, boolean full) {
        if (full) return TextReport.wrap(cell.text(), width, Integer.MAX_VALUE);
        if (last) return TextReport.wrap(cell.text(), width, lines);
        if (cell.text().length() <= width || cell.shorter() == null) return List.of(TextReport.fit(cell.text(), width));
        return List.of(TextReport.fit(cell.shorter(), width));
    }

    /** One row, as many lines as its tallest cell; a literal cell's text (not its padding) dimmed when styled. */
    private static void line(List<List<String>> cells, List<Cell> row, int[] widths, TextLayout layout, StringBuilder out) {
        int height = cells.stream().mapToInt(List::size).max().orElse(1);
        for (int k = 0; k < height; k++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                String text = k < cells.get(i).size() ? cells.get(i).get(k) : "";
                if (i > 0) line.append(GAP);
                boolean dim = layout.styled() && row.get(i).literal() && !text.isEmpty();
                line.append(dim ? DIM + text + UNDIM : text);
                if (i < cells.size() - 1) line.append(" ".repeat(Math.max(0, widths[i] - text.length())));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
