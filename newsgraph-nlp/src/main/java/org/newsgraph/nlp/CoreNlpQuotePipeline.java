package org.newsgraph.nlp;

import java.util.Objects;
import org.newsgraph.nlp.internal.CoreNlp;

/**
 * Stanford CoreNLP's own quote pipeline ({@value CoreNlp.QuoteBaseline#ANNOTATORS} with quote
 * attribution), the yardstick of {@code newsgraph bench}. Not part of newsgraph's analysis. Loads
 * 1–2 GB of models; thread-safe.
 */
public final class CoreNlpQuotePipeline {
    /** The annotators, as CoreNLP names them. */
    public static final String ANNOTATORS = CoreNlp.QuoteBaseline.ANNOTATORS;

    private final CoreNlp.QuoteBaseline baseline;

    private CoreNlpQuotePipeline(CoreNlp.QuoteBaseline baseline) {
        this.baseline = baseline;
    }

    /** Loads every model of the pipeline (tens of seconds). */
    public static CoreNlpQuotePipeline load() {
        return new CoreNlpQuotePipeline(CoreNlp.QuoteBaseline.load());
    }

    /** Quotations found in a text, and how many of them CoreNLP gave a speaker. */
    public record Quotes(int found, int attributed) {}

    public Quotes annotate(String text) {
        CoreNlp.QuoteBaseline.Quotes q = baseline.annotate(Objects.requireNonNull(text, "text"));
        return new Quotes(q.found(), q.attributed());
    }
}
