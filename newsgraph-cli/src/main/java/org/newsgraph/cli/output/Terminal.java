package org.newsgraph.cli.output;

import java.util.Map;

/**
 * What the process knows about where its output goes: whether stdout and stderr are terminals, and how
 * wide the terminal is. Java cannot ask whether stderr alone is a terminal, so the {@code newsgraph}
 * launcher asks the shell ({@code [ -t 1 ]}, {@code [ -t 2 ]}, {@code stty size}) and passes the answers in
 * {@code NEWSGRAPH_STDOUT_TTY}, {@code NEWSGRAPH_STDERR_TTY} and {@code NEWSGRAPH_COLUMNS}; without them
 * (plain {@code java -jar}) both are terminals when {@link System#console()} says so.
 *
 * @param ci true under continuous integration ({@code CI} set) or on a dumb terminal, where a progress
 *           bar would only litter the log
 * @param colour false when the user asked for no colour ({@code NO_COLOR} set, as no-color.org has it)
 */
public record Terminal(boolean stdoutIsTerminal, boolean stderrIsTerminal, int columns, boolean ci, boolean colour) {
    /** The width assumed when nothing says otherwise. */
    public static final int DEFAULT_COLUMNS = 100;
    private static final int MIN_COLUMNS = 40;

    public Terminal {
        columns = Math.max(MIN_COLUMNS, columns);
    }

    /** A terminal where colour is not refused. */
    public Terminal(boolean stdoutIsTerminal, boolean stderrIsTerminal, int columns, boolean ci) {
        this(stdoutIsTerminal, stderrIsTerminal, columns, ci, true);
    }

    /** Output to files or pipes, as in tests. */
    public static Terminal piped() {
        return new Terminal(false, false, DEFAULT_COLUMNS, false);
    }

    public static Terminal detect() {
        return detect(System.getenv(), System.console() != null);
    }

    static Terminal detect(Map<String, String> env, boolean consolePresent) {
        boolean out = flag(env.get("NEWSGRAPH_STDOUT_TTY"), consolePresent);
        boolean err = flag(env.get("NEWSGRAPH_STDERR_TTY"), consolePresent);
        int columns = number(env.get("NEWSGRAPH_COLUMNS"), number(env.get("COLUMNS"), DEFAULT_COLUMNS));
        String ci = env.get("CI");
        boolean quiet = ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") || "dumb".equals(env.get("TERM"));
        String noColour = env.get("NO_COLOR");
        return new Terminal(out, err, columns, quiet, noColour == null || noColour.isEmpty());
    }

    /**
     * Whether a progress bar belongs on stderr: stderr is a terminal and stdout is not (when both are,
     * the output itself shows the progress, and a bar redrawn between its lines would tear them).
     */
    public boolean progressAllowed() {
        return stderrIsTerminal && !stdoutIsTerminal && !ci;
    }

    /** Whether stdout may carry terminal styles (dim text): it is a terminal, not a dumb one or a CI log, and colour is not refused. */
    public boolean stylesAllowed() {
        return stdoutIsTerminal && !ci && colour;
    }

    private static boolean flag(String v, boolean fallback) {
        if (v == null || v.isBlank()) return fallback;
        return v.strip().equals("1") || v.strip().equalsIgnoreCase("true");
    }

    private static int number(String v, int fallback) {
        if (v == null) return fallback;
        try {
            int n = Integer.parseInt(v.strip());
            return n > 0 ? n : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
