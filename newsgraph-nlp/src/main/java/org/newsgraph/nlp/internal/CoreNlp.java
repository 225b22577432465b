package org.newsgraph.nlp.internal;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newsgraph.span.Span;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * The one place newsgraph touches Stanford CoreNLP: tokens, sentences, part-of-speech tags and
 * named-entity tags.
 *
 * <p>Cheapest configuration that holds accuracy: CoreNLP's tokenizer and sentence splitter, the
 * left3words POS tagger, and the 4-class CoNLL CRF run directly over the tokens — no lemmas, no SUTime,
 * no fine-grained or numeric NER, no parser (about 6–7× faster than {@code ner} in the default pipeline).
 * Models come from the CoreNLP models jar on the classpath and load once per JVM, on first use.
 * Thread-safe: the shared models are read-only and each call builds its own annotation.
 *
 * <p>{@link QuoteBaseline} is CoreNLP's full quote pipeline, kept here (the one class that may import
 * CoreNLP) for benchmarking against it.
 */
public final class CoreNlp {
    private static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private static volatile CoreNlp instance;

    private final StanfordCoreNLP pipeline;
    private final CRFClassifier<CoreLabel> ner;

    private CoreNlp() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        // Offsets must index the original text, and tokens must read as written.
        p.setProperty("tokenize.options",
                "invertible=true,ptb3Escaping=false,normalizeParentheses=false,normalizeOtherBrackets=false,"
                        + "splitHyphenated=false,untokenizable=noneKeep");
        // A blank line ends a sentence (headlines, captions); a single newline may be hard wrapping.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
        pipeline = new StanfordCoreNLP(p);
        try {
            ner = CRFClassifier.getClassifier(NER_MODEL);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the CoreNLP NER model " + NER_MODEL
                    + ": is stanford-corenlp's models jar on the classpath?", e);
        }
    }

    /** The shared instance; the first call loads the models (several seconds). */
    public static CoreNlp get() {
        CoreNlp i = instance;
        if (i == null) {
            synchronized (CoreNlp.class) {
                i = instance;
                if (i == null) instance = i = new CoreNlp();
            }
        }
        return i;
    }

    /** Tokens and sentences of {@code text}, with offsets into it. */
    public record Result(List<Token> tokens, List<Sentence> sentences) {}

    public Result annotate(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            // classifySentence, unlike classify, computes the word-shape features the model was trained with.
            List<CoreLabel> tagged = ner.classifySentence(copyForNer(labels));
            int first = tokens.size();
            int si = sentences.size();
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                int b = l.beginPosition();
                int e = l.endPosition();
                String answer = tagged.get(i).get(CoreAnnotations.AnswerAnnotation.class);
                tokens.add(new Token(tokens.size(), new Span(b, e), text.substring(b, e), l.tag(),
                        answer == null ? "O" : answer, si));
            }
            if (tokens.size() > first) {
                Span span = new Span(tokens.get(first).begin(), tokens.get(tokens.size() - 1).end());
                sentences.add(new Sentence(si, span, first, tokens.size()));
            }
        }
        return new Result(List.copyOf(tokens), List.copyOf(sentences));
    }

    private static List<CoreLabel> copyForNer(List<CoreLabel> labels) {
        List<CoreLabel> out = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            CoreLabel c = new CoreLabel();
            c.setWord(l.word());
            c.setValue(l.word());
            c.setTag(l.tag());
            out.add(c);
        }
        return out;
    }

    /**
     * Stanford CoreNLP's own quote pipeline, the yardstick newsgraph's speed is measured against:
     * {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote} with {@code quote.attributeQuotes=true},
     * every other setting CoreNLP's default (so coref is its default for English with a dependency
     * parse: the statistical system, whose models are in the models jar). Used by {@code newsgraph bench}
     * only; it loads 1–2 GB of models and runs a few hundred words a second. Thread-safe.
     */
    public static final class QuoteBaseline {
        /** The annotators, as CoreNLP names them. */
        public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

        private final StanfordCoreNLP pipeline;

        private QuoteBaseline(StanfordCoreNLP pipeline) {
            this.pipeline = pipeline;
        }

        /** Loads every model of the pipeline (tens of seconds). */
        public static QuoteBaseline load() {
            Properties p = new Properties();
            p.setProperty("annotators", ANNOTATORS);
            p.setProperty("quote.attributeQuotes", "true");
            return new QuoteBaseline(new StanfordCoreNLP(p));
        }

        /** How many quotations CoreNLP found in one text, and to how many it gave a speaker. */
        public record Quotes(int found, int attributed) {}

        public Quotes annotate(String text) {
            Annotation doc = new Annotation(text);
            pipeline.annotate(doc);
            List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
            if (quotes == null) return new Quotes(0, 0);
            int attributed = 0;
            for (CoreMap q : quotes) {
                if (q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class) != null) attributed++;
            }
            return new Quotes(quotes.size(), attributed);
        }
    }
}
