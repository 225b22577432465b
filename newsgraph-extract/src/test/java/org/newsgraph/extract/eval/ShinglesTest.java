package org.newsgraph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShinglesTest {

    @Test
    void identicalTextsArePerfectWhateverThePunctuationAndSpacing() {
        Shingles.Counts c = Shingles.score("One two, three four five.", "One two three\n\nfour five");
        assertThat(c.precision()).isEqualTo(1.0);
        assertThat(c.recall()).isEqualTo(1.0);
    }

    @Test
    void extraTextLowersPrecisionAndMissingTextLowersRecall() {
        String truth = "a b c d e f g h";
        Shingles.Counts extra = Shingles.score(truth + " x y z", truth);
        Shingles.Counts missing = Shingles.score("a b c d e", truth);

        assertThat(extra.recall()).isEqualTo(1.0);
        assertThat(extra.precision()).isCloseTo(5 / 8.0, within(1e-9));
        assertThat(missing.precision()).isEqualTo(1.0);
        assertThat(missing.recall()).isCloseTo(2 / 5.0, within(1e-9));
    }

    @Test
    void countsRepeatedShinglesWithMultiplicity() {
        Shingles.Counts c = Shingles.score("a b c d a b c d", "a b c d");
        // predicted: abcd, bcda, cdab, dabc, abcd → one true positive, four false positives
        assertThat(c.tp()).isCloseTo(0.2, within(1e-9));
        assertThat(c.fp()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void wordsAreUnicodeWordCharacters() {
        assertThat(Shingles.score("Привет мир как дела", "Привет мир как дела").precision()).isEqualTo(1.0);
        assertThat(Shingles.score("Привет мир как дела", "one two three four").tp()).isZero();
    }
}
