package org.newsgraph.cli;

import org.newsgraph.cli.output.Terminal;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command's --help, as an 80-column terminal shows it, reads whole: no line past 80 columns, no
 * word or path split at a dot or a slash, each command listed in its parent by one whole sentence, every
 * option described, defaults written as the user types them.
 */
class HelpTextTest {
    private static final int WIDTH = 80;
    /** A line ending in a dot or slash that is not the end of a sentence: ".jsonl" or "../shared" cut in two. */
    private static final Pattern SPLIT_TOKEN = Pattern.compile(".*(?:[\\s(/]\\.|(?<!\\.)\\.\\.|/)$");

    private static List<CommandLine> commands() {
        CommandLine root = Main.commandLine(new Main(FakeStage::analyzer, Terminal.piped(), InputStream.nullInputStream()));
        root.setUsageHelpAutoWidth(false);
        root.setUsageHelpWidth(WIDTH);
        List<CommandLine> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    private static void collect(CommandLine c, List<CommandLine> all) {
        if (c.getCommandSpec().usageMessage().hidden()) return;
        all.add(c);
        for (CommandLine sub : c.getSubcommands().values()) if (!all.contains(sub)) collect(sub, all);
    }

    @Test
    void everyHelpFitsEightyColumnsWithoutASplitWord() {
        for (CommandLine c : commands()) {
            String name = c.getCommandSpec().qualifiedName();
            String[] lines = c.getUsageMessage(CommandLine.Help.Ansi.OFF).split("\n");
            for (String line : lines) {
                assertThat(line.length()).as(name + ": " + line).isLessThanOrEqualTo(WIDTH);
                assertThat(line.stripTrailing()).as(name + ": a token split at the end of this line").doesNotMatch(SPLIT_TOKEN);
            }
        }
    }

    @Test
    void eachCommandIsListedInItsParentByOneWholeSentence() {
        for (CommandLine c : commands()) {
            if (c.getParent() == null) continue;
            String[] description = c.getCommandSpec().usageMessage().description();
            String name = c.getCommandSpec().qualifiedName();
            assertThat(description).as(name).isNotEmpty();
            assertThat(description[0]).as(name + ": the line its parent lists").endsWith(".").doesNotContain("\n");
            assertThat(description[0].length()).as(name + ": short enough to list").isLessThanOrEqualTo(2 * WIDTH - 20);
        }
    }

    @Test
    void everyOptionIsDescribedAndItsDefaultWrittenAsTyped() {
        for (CommandLine c : commands()) {
            CommandSpec spec = c.getCommandSpec();
            List<ArgSpec> args = new ArrayList<>(spec.options());
            args.addAll(spec.positionalParameters());
            for (ArgSpec a : args) {
                if (a.hidden()) continue;
                assertThat(String.join(" ", a.description())).as(spec.qualifiedName() + " " + a.paramLabel()).isNotBlank();
            }
            assertThat(c.getUsageMessage(CommandLine.Help.Ansi.OFF)).as(spec.qualifiedName())
                    .doesNotContainPattern("Default: [A-Z]{3,}\\b");
        }
    }
}
