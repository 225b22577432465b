package org.newsgraph.cli.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.store.Table;
import picocli.CommandLine;

/**
 * How the query commands ({@code search}, {@code quotes}, {@code entities}, {@code entity}, {@code sql})
 * print a {@link Table}: {@code table}, aligned columns for a person (long values cut to fit the
 * terminal, numbers right-aligned); {@code csv}, RFC 4180 with a header row; {@code jsonl}, one JSON
 * object per row, numbers as JSON numbers.
 */
public enum TableFormat {
    TABLE, CSV, JSONL;

    // Jackson writes non-ASCII characters as they are (“curly quotes”, accents), which JSON allows.
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A number printed with a fixed count of decimals in a table and in CSV, so that a column reads in one
     * format (1.213, 12.050, 0.500) where a double would print as 12.05 beside 0.5000; JSON gets the number.
     */
    record Fixed(double value, int decimals) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%." + decimals + "f", value);
        }
    }

    /** {@code t} with the doubles of {@code column} printed with {@code decimals} decimals ({@link Fixed}). */
    public static Table fixed(Table t, String column, int decimals) {
        int i = t.columns().indexOf(column);
        if (i < 0) return t;
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            List<Object> r = new ArrayList<>(row);
            if (r.get(i) instanceof Double d) r.set(i, new Fixed(d, decimals));
            rows.add(r);
        }
        return new Table(t.columns(), rows);
    }

    public void print(Table t, PrintWriter out, int terminalColumns) {
        switch (this) {
            case TABLE -> printTable(t, out, terminalColumns);
            case CSV -> printCsv(t, out);
            case JSONL -> printJsonl(t, out);
        }
        out.flush();
    }

    private static void printJsonl(Table t, PrintWriter out) {
        for (List<Object> row : t.rows()) {
            var o = new java.util.LinkedHashMap<String, Object>();
            for (int i = 0; i < t.columns().size(); i++) {
                Object v = row.get(i);
                o.put(t.columns().get(i), v instanceof Fixed f ? f.value() : v);
            }
            try {
                out.print(JSON.writeValueAsString(o));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.print('\n');
        }
    }

    private static void printCsv(Table t, PrintWriter out) {
        out.print(csvLine(t.columns()));
        for (List<Object> row : t.rows()) out.print(csvLine(row.stream().map(TableFormat::csvText).toList()));
    }

    private static String csvLine(List<?> values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) b.append(',');
            String v = values.get(i) == null ? "" : values.get(i).toString();
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                b.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                b.append(v);
            }
        }
        return b.append("\r\n").toString();
    }

    /**
     * Columns as wide as their widest value; when the whole is wider than the terminal, the widest
     * columns give up room first, and a cut value ends in an ellipsis.
     */
    private static void printTable(Table t, PrintWriter out, int terminalColumns) {
        int n = t.columns().size();
        List<List<String>> cells = new ArrayList<>();
        for (List<Object> row : t.rows()) cells.add(row.stream().map(v -> oneLine(text(v))).toList());
        int[] width = new int[n];
        for (int i = 0; i < n; i++) {
            width[i] = t.columns().get(i).length();
            for (List<String> row : cells) width[i] = Math.max(width[i], row.get(i).length());
        }
        int budget = Math.max(n * 6, terminalColumns) - 2 * (n - 1);
        while (sum(width) > budget) {
            int widest = 0;
            for (int i = 1; i < n; i++) if (width[i] > width[widest]) widest = i;
            if (width[widest] <= 6) break;
            width[widest]--;
        }
        boolean[] right = numeric(t);
        out.print(line(t.columns(), width, right));
        out.print(line(java.util.Arrays.stream(width).mapToObj("─"::repeat).toList(), width, right));
        for (List<String> row : cells) out.print(line(row, width, right));
        out.print(String.format(Locale.ROOT, "(%,d row%s)%n", t.size(), t.size() == 1 ? "" : "s"));
    }

    /** Columns whose values are all numbers (or empty), which read best right-aligned. */
    private static boolean[] numeric(Table t) {
        boolean[] right = new boolean[t.columns().size()];
        for (int i = 0; i < right.length; i++) {
            boolean any = false;
            boolean all = true;
            for (List<Object> row : t.rows()) {
                Object v = row.get(i);
                if (v == null) continue;
                any = true;
                all &= v instanceof Number || v instanceof Fixed;
            }
            right[i] = any && all;
        }
        return right;
    }

    private static String line(List<String> values, int[] width, boolean[] right) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String v = TextReport.fit(values.get(i), width[i]);
            String pad = " ".repeat(width[i] - v.length());
            if (i > 0) b.append("  ");
            if (right[i]) b.append(pad);
            b.append(v);
            if (!right[i] && i < values.size() - 1) b.append(pad);
        }
        return b.append('\n').toString();
    }

    private static int sum(int[] a) {
        int s = 0;
        for (int x : a) s += x;
        return s;
    }

    private static String text(Object v) {
        if (v == null) return "";
        if (v instanceof List<?> l) return String.join("; ", l.stream().map(TableFormat::text).toList());
        if (v instanceof Double d) return String.format(Locale.ROOT, "%.4g", d);
        if (v instanceof Fixed f) return f.toString();
        return v.toString();
    }

    /** As in a table, but a double whole: CSV is read by programs, which want every digit (and no exponent). */
    private static String csvText(Object v) {
        if (v instanceof Double d && Double.isFinite(d)) return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return text(v);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Accepts the format names in any case, for picocli. */
    public static final class Converter implements CommandLine.ITypeConverter<TableFormat> {
        @Override
        public TableFormat convert(String value) {
            try {
                return TableFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a format; use table, csv or jsonl");
            }
        }
    }
}
