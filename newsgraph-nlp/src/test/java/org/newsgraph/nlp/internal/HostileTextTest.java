package org.newsgraph.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.Entity;
import org.newsgraph.nlp.SharedAnalyzer;
import org.newsgraph.span.Span;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * A bounded, seeded fuzz run over texts a stranger might send: runs of one mark, huge "words", rows of
 * symbols, one phrase repeated without a stop, random characters from a hostile alphabet. Each must be
 * analysed, every span must index the text, and the shapes that keep the work proportional to the text's
 * length must hold: no token longer than {@link CoreNlp#MAX_RUN} characters, no sentence longer than
 * {@link CoreNlp#MAX_SENTENCE} tokens. (How long each case takes is for {@code bench}, not for a test.)
 */
class HostileTextTest {
    private static final long SEED = 20261202L;
    private static final int CASES = 42;
    private static final int LENGTH = 5_000;

    private static final List<Function<Random, String>> GENERATORS = List.of(
            r -> repeat(String.valueOf("'\"«»“”‘’`´".charAt(r.nextInt(10))), LENGTH),
            r -> repeat("« » ", LENGTH / 4),
            r -> repeat(String.valueOf((char) ('a' + r.nextInt(26))), LENGTH),
            r -> repeat("\uFFFD", LENGTH),
            r -> repeat("\uD83D\uDE00", LENGTH / 2),
            r -> repeat("ALPHA BETA GAMMA ", LENGTH / 17),
            r -> repeat("Trump said that ", LENGTH / 16),
            r -> repeat("He said he ", LENGTH / 11),
            r -> repeat("“", LENGTH / 2) + repeat("”", LENGTH / 2),
            r -> repeat("1234567890 ", LENGTH / 11),
            r -> random(r, "ab “”'\".,;:—()\n\t ", LENGTH),
            r -> random(r, "AZaz09 \u0000\u0007\u200B\u00AD\uFEFF", LENGTH),
            r -> "John Smith arrived. " + repeat("the company said it ", LENGTH / 20),
            r -> repeat("He said:\n\n", LENGTH / 10));

    @Test
    void hostileTextsAreAnalysedWithinProportionalShapes() {
        Random r = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int c = 0; c < CASES; c++) {
            String text = mutate(r, GENERATORS.get(c % GENERATORS.size()).apply(r));
            Document d = SharedAnalyzer.analyze(text);
            check(c, text, d, failures);
        }
        assertThat(failures).isEmpty();
    }

    private static void check(int c, String text, Document d, List<String> failures) {
        int previousEnd = 0;
        for (Token t : d.get(Layers.TOKENS)) {
            if (!t.span().fitsIn(text) || t.begin() < previousEnd) failures.add("case " + c + ": token out of place " + t.span());
            if (t.span().length() > CoreNlp.MAX_RUN) failures.add("case " + c + ": token of " + t.span().length() + " chars");
            previousEnd = t.end();
        }
        for (Sentence s : d.get(Layers.SENTENCES)) {
            if (s.endToken() - s.firstToken() > CoreNlp.MAX_SENTENCE) {
                failures.add("case " + c + ": sentence of " + (s.endToken() - s.firstToken()) + " tokens");
            }
        }
        for (Entity e : d.get(Layers.ENTITIES)) {
            for (Span m : e.mentions()) if (!m.fitsIn(text)) failures.add("case " + c + ": mention " + m);
        }
        for (Attribution a : d.get(Layers.ATTRIBUTIONS)) {
            for (Span s : a.content().spans()) if (!s.fitsIn(text)) failures.add("case " + c + ": content " + s);
        }
    }

    /** Flips, cuts and doubles a few stretches of the text, as a damaged input would be. */
    private static String mutate(Random r, String text) {
        StringBuilder sb = new StringBuilder(text);
        for (int k = r.nextInt(4); k > 0 && sb.length() > 10; k--) {
            int at = r.nextInt(sb.length() - 5);
            switch (r.nextInt(3)) {
                case 0 -> sb.setCharAt(at, (char) r.nextInt(0x3000));
                case 1 -> sb.delete(at, Math.min(sb.length(), at + r.nextInt(50)));
                default -> sb.insert(at, sb.substring(at, Math.min(sb.length(), at + r.nextInt(200))));
            }
        }
        return sb.toString();
    }

    private static String repeat(String s, int times) {
        return s.repeat(Math.max(1, times));
    }

    private static String random(Random r, String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        return sb.toString();
    }
}
