package org.newsgraph.nlp;

import org.newsgraph.document.Article;
import org.newsgraph.document.Document;
import org.newsgraph.nlp.attribution.AttributionScheme;

/** One standard {@link Analyzer} for all test classes: CoreNLP's models load once per JVM (several seconds). */
public final class SharedAnalyzer {
    private static final Analyzer ANALYZER = Analyzer.standard();
    private static final Analyzer PARC = Analyzer.standard(AttributionScheme.PARC);

    private SharedAnalyzer() {}

    public static Analyzer get() {
        return ANALYZER;
    }

    public static Document analyze(String text) {
        return ANALYZER.analyze(Article.ofText("test", text));
    }

    /** Analyzed with PARC's attributions (beliefs, intentions, sourceless ones) as PolNeAR annotates them. */
    public static Document analyzeParc(String text) {
        return PARC.analyze(Article.ofText("test", text));
    }
}
