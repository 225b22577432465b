package org.newsgraph.nlp.internal;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
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
 * left3words POS tagger and the 4-class CoNLL CRF run directly over the tokens, sentence by sentence in
 * pieces of bounded length (so the work grows with the text whatever it holds) — no lemmas, no SUTime,
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

    private static final String POS_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    /**
     * The longest stretch of tokens tagged in one piece. The tagger's and the recogniser's searches hold a
     * table per token that grows with the sentence, and a "sentence" of 30,000 guillemets took 35 s and a
     * gigabyte; real sentences rarely pass 80 tokens, and a longer one is tagged in pieces cut at a comma
     * or other break where one is near.
     */
    static final int MAX_TAGGED = 120;
    /** A sentence longer than this (in tokens) is given to later stages as its tagged pieces. */
    static final int MAX_SENTENCE = 2 * MAX_TAGGED;

    private final StanfordCoreNLP pipeline;
    private final MaxentTagger tagger;
    private final CRFClassifier<CoreLabel> ner;

    private CoreNlp() {
        CompilerDirectives.install();
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        // Offsets must index the original text, and tokens must read as written.
        p.setProperty("tokenize.options",
                "invertible=true,ptb3Escaping=false,normalizeParentheses=false,normalizeOtherBrackets=false,"
                        + "splitHyphenated=false,untokenizable=noneKeep");
        // A blank line ends a sentence (headlines, captions); a single newline may be hard wrapping.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        pipeline = new StanfordCoreNLP(p);
        tagger = new MaxentTagger(POS_MODEL);
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
        Annotation doc = new Annotation(breakLongRuns(text));
        pipeline.annotate(doc);
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            List<CoreLabel> tagged = new ArrayList<>(labels.size());
            for (int[] piece : pieces(labels)) {
                List<CoreLabel> part = labels.subList(piece[0], piece[1]);
                if (!Prose.isProse(part.stream().map(CoreLabel::word).toList())) {
                    // Rows of marks, numbers or one word repeated are no language: the models would spend on
                    // each token the search they spend on an unknown word, for nothing. Tagged by their shape.
                    for (CoreLabel l : part) {
                        l.setTag(Prose.shapeTag(l.word()));
                        CoreLabel o = new CoreLabel();
                        o.set(CoreAnnotations.AnswerAnnotation.class, "O");
                        tagged.add(o);
                    }
                    continue;
                }
                tagger.tagCoreLabels(part);
                // classifySentence, unlike classify, computes the word-shape features the model was trained with.
                tagged.addAll(ner.classifySentence(copyForNer(part)));
            }
            // A "sentence" too long for any reader (a list or table without stops, a hostile input) is cut into
            // its pieces, so that what later stages do per sentence stays bounded.
            List<int[]> bounds = labels.size() > MAX_SENTENCE ? pieces(labels) : List.of(new int[] {0, labels.size()});
            for (int[] bound : bounds) {
                int first = tokens.size();
                int si = sentences.size();
                for (int i = bound[0]; i < bound[1]; i++) {
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
        }
        return new Result(List.copyOf(tokens), List.copyOf(sentences));
    }

    /**
     * A sentence's tokens as pieces of at most {@value #MAX_TAGGED}, each cut after the last comma, semicolon,
     * colon, dash or quotation mark of its second half when there is one.
     */
    static List<int[]> pieces(List<CoreLabel> labels) {
        int n = labels.size();
        if (n <= MAX_TAGGED) return List.of(new int[] {0, n});
        List<int[]> out = new ArrayList<>(n / MAX_TAGGED + 1);
        int start = 0;
        while (start < n) {
            int end = Math.min(n, start + MAX_TAGGED);
            if (end < n) {
                for (int k = end - 1; k > start + MAX_TAGGED / 2; k--) {
                    if (isBreak(labels.get(k).word())) {
                        end = k + 1;
                        break;
                    }
                }
            }
            out.add(new int[] {start, end});
            start = end;
        }
        return out;
    }

    private static boolean isBreak(String w) {
        return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("—") || w.equals("--") || w.equals("“")
                || w.equals("”") || w.equals("\"");
    }

    /** The longest run of non-space characters CoreNLP sees; what a longer run holds past it, it does not see. */
    static final int MAX_RUN = 32;

    /**
     * The text with every run of non-space characters cut to its first {@value #MAX_RUN}: the rest of the run
     * becomes spaces. CoreNLP's tokenizer looks ahead over a whole run for its longest match, and its tagger
     * computes a word's shape for every tag it weighs, so a run of 50,000 apostrophes or a 100,000-letter
     * "word" cost time and memory far beyond their length; no word is that long, and a long URL keeps its
     * start. The length is kept, so offsets still index the original text, whose characters the tokens are
     * read from; the cut characters are in no token, as if they were spaces.
     */
    static String breakLongRuns(String text) {
        char[] out = null;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                run = 0;
            } else if (++run > MAX_RUN) {
                if (out == null) out = text.toCharArray();
                out[i] = ' ';
                // Never leave half a surrogate pair behind.
                if (run == MAX_RUN + 1 && Character.isLowSurrogate(c) && i > 0) out[i - 1] = ' ';
            }
        }
        return out == null ? text : new String(out);
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
