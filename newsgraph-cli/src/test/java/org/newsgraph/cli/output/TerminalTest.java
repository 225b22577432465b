package org.newsgraph.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalTest {
    @Test
    void launcherHintsWinOverTheConsoleGuess() {
        Terminal t = Terminal.detect(Map.of("NEWSGRAPH_STDOUT_TTY", "0", "NEWSGRAPH_STDERR_TTY", "1", "NEWSGRAPH_COLUMNS", "132"), true);
        assertThat(t.stdoutIsTerminal()).isFalse();
        assertThat(t.stderrIsTerminal()).isTrue();
        assertThat(t.columns()).isEqualTo(132);
        assertThat(t.progressAllowed()).isTrue();
    }

    @Test
    void noProgressBarWhenTheOutputItselfIsOnTheTerminal() {
        assertThat(new Terminal(true, true, 80, false).progressAllowed()).isFalse();
        assertThat(new Terminal(false, true, 80, false).progressAllowed()).isTrue();
    }

    @Test
    void noProgressBarInCiOrOnADumbTerminal() {
        assertThat(Terminal.detect(Map.of("NEWSGRAPH_STDERR_TTY", "1", "CI", "true"), true).progressAllowed()).isFalse();
        assertThat(Terminal.detect(Map.of("NEWSGRAPH_STDERR_TTY", "1", "TERM", "dumb"), true).progressAllowed()).isFalse();
    }

    @Test
    void withoutHintsTheConsoleDecidesAndWidthDefaults() {
        Terminal t = Terminal.detect(Map.of(), false);
        assertThat(t.stdoutIsTerminal()).isFalse();
        assertThat(t.stderrIsTerminal()).isFalse();
        assertThat(t.columns()).isEqualTo(Terminal.DEFAULT_COLUMNS);
        assertThat(Terminal.detect(Map.of("COLUMNS", "abc"), true).columns()).isEqualTo(Terminal.DEFAULT_COLUMNS);
    }

    @Test
    void stylesOnlyOnAnOutputTerminalThatIsNotDumbAndNotRefusedByNoColor() {
        assertThat(Terminal.detect(Map.of("NEWSGRAPH_STDOUT_TTY", "1"), false).stylesAllowed()).isTrue();
        assertThat(Terminal.detect(Map.of("NEWSGRAPH_STDOUT_TTY", "0"), true).stylesAllowed()).isFalse();
        assertThat(Terminal.detect(Map.of("NEWSGRAPH_STDOUT_TTY", "1", "NO_COLOR", "1"), false).stylesAllowed()).isFalse();
        assertThat(Terminal.detect(Map.of("NEWSGRAPH_STDOUT_TTY", "1", "TERM", "dumb"), false).stylesAllowed()).isFalse();
    }
}
