package org.newsgraph.nlp;

import org.newsgraph.document.Article;
import org.newsgraph.document.Document;

/** One standard {@link Analyzer} for all test classes: CoreNLP's models load once per JVM (several seconds). */
public final class SharedAnalyzer {
    private static final Analyzer ANALYZER = Analyzer.standard();

    private SharedAnalyzer() {}

    public static Analyzer get() {
        return ANALYZER;
    }

    public static Document analyze(String text) {
        return ANALYZER.analyze(Article.ofText("test", text));
    }
}
