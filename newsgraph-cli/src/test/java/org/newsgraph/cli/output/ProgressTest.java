package org.newsgraph.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void barShowsShareOfBytesArticlesAndRate() {
        String line = Progress.line(21, 500, 1000, 10.0);
        assertThat(line).startsWith("[" + "█".repeat(12) + "·".repeat(12) + "]").contains(" 50%").contains("21 articles")
                .contains("2.0 articles/s").endsWith(" · 0:10 left");
    }

    @Test
    void beforeTheFirstArticleItSaysModelsAreLoadingAndWithoutATotalItCountsMegabytes() {
        assertThat(Progress.line(0, 0, 1000, 0)).endsWith("0 articles · loading models…");
        assertThat(Progress.line(3, 2_500_000, -1, 1.0)).isEqualTo("3 articles · 2.5 MB read · 2.0 articles/s");
    }

    @Test
    void nothingIsWrittenWhenStderrIsNotATerminalOrUnderCi() {
        for (Terminal t : new Terminal[] {Terminal.piped(), new Terminal(true, true, 80, true)}) {
            StringWriter err = new StringWriter();
            try (Progress p = Progress.start(new PrintWriter(err), t, 10_000_000, () -> 0, true)) {
                p.step();
                p.println("newsgraph: x: a problem");
            }
            assertThat(err.toString()).isEqualTo("newsgraph: x: a problem" + System.lineSeparator());
        }
    }
}
