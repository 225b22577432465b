package org.newsgraph.cli.commands;

import org.newsgraph.cli.OptionValues;
import org.newsgraph.source.SourceOptions;
import picocli.CommandLine.Option;

/** {@code --max-article-mb}, shared by the commands that read articles; checked while the command line is parsed. */
public final class ArticleSizeOption {
    @Option(names = "--max-article-mb", paramLabel = "MB", converter = OptionValues.ArticleMegabytes.class,
            description = "Refuse an article (a text file, or one JSONL line) bigger than this, 1 to "
                    + OptionValues.ArticleMegabytes.MAX + "; web pages, feeds and WARC records may be " + SourceOptions.PAGE_FACTOR
                    + " times this (markup). Default: ${DEFAULT-VALUE}.")
    int megabytes = SourceOptions.DEFAULT_MAX_ARTICLE_MB;

    SourceOptions sourceOptions() {
        return SourceOptions.withMaxArticleMb(megabytes);
    }
}
