package org.newsgraph.cli.output;

import java.io.PrintWriter;
import java.util.Locale;
import org.newsgraph.document.Document;
import org.newsgraph.json.DocumentJson;

/**
 * How {@code analyze} writes documents to stdout.
 *
 * <ul>
 *   <li>{@code jsonl}: one JSON object per line (the contract of DESIGN.md), the default when stdout is
 *       not a terminal.</li>
 *   <li>{@code json}: one article gives one pretty-printed object; several give a JSON array of them,
 *       so the output is always one JSON value.</li>
 *   <li>{@code text}: a who-said-what table per article, for a person; the default at a terminal.</li>
 * </ul>
 */
public enum OutputFormat {
    JSON, JSONL, TEXT;

    /** Writes documents in order; {@link #finish} once after the last. Not thread-safe. */
    public interface Sink {
        void accept(Document d);

        void finish();
    }

    /** A sink writing to {@code out}; {@code layout} shapes the text format and is ignored by the others. */
    public Sink open(PrintWriter out, TextLayout layout) {
        return switch (this) {
            case JSONL -> new Sink() {
                @Override
                public void accept(Document d) {
                    out.print(DocumentJson.toLine(d));
                    out.print('\n');
                    out.flush();
                }

                @Override
                public void finish() {
                    out.flush();
                }
            };
            case JSON -> new JsonSink(out);
            case TEXT -> new Sink() {
                private final TextReport report = new TextReport(layout);
                private boolean first = true;

                @Override
                public void accept(Document d) {
                    if (!first) out.print("\n" + "─".repeat(Math.min(layout.columns(), 80)) + "\n\n");
                    first = false;
                    out.print(report.render(d));
                    out.flush();
                }

                @Override
                public void finish() {
                    out.flush();
                }
            };
        };
    }

    /**
     * Holds the first document back until a second one shows whether the output is an object or an
     * array; from then on streams.
     */
    private static final class JsonSink implements Sink {
        private final PrintWriter out;
        private Document held;
        private int count;

        JsonSink(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void accept(Document d) {
            count++;
            if (count == 1) {
                held = d;
                return;
            }
            if (count == 2) {
                out.print("[\n");
                out.print(indent(DocumentJson.toPretty(held)));
                held = null;
            }
            out.print(",\n");
            out.print(indent(DocumentJson.toPretty(d)));
            out.flush();
        }

        @Override
        public void finish() {
            if (count == 1) out.print(DocumentJson.toPretty(held) + "\n");
            else if (count > 1) out.print("\n]\n");
            out.flush();
        }

        // Safe line by line: in JSON every newline inside a string is escaped, so each line is structure.
        private static String indent(String json) {
            return "  " + json.replace("\n", "\n  ");
        }
    }

    /** Lower-case name as typed on the command line. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
