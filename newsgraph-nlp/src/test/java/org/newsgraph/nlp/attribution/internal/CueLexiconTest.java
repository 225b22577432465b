package org.newsgraph.nlp.attribution.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CueLexiconTest {
    private final CueLexicon lexicon = CueLexicon.standard();

    @Test
    void regularVerbsGetTheirInflections() {
        assertThat(CueLexicon.inflect("claim")).containsExactly("claim", "claims", "claimed", "claiming");
        assertThat(CueLexicon.inflect("argue")).containsExactly("argue", "argues", "argued", "arguing");
        assertThat(CueLexicon.inflect("deny")).containsExactly("deny", "denies", "denied", "denying");
        assertThat(CueLexicon.inflect("stress")).containsExactly("stress", "stresses", "stressed", "stressing");
    }

    @Test
    void irregularFormsComeFromTheFile() {
        assertThat(lexicon.verb("said")).isNotNull();
        assertThat(lexicon.verb("told").has(CueLexicon.Flag.TELL)).isTrue();
        assertThat(lexicon.verb("thought")).isNotNull();
        assertThat(lexicon.verb("table")).isNull();
    }

    @Test
    void longestPhraseWins() {
        String[] words = {"he", "was", "quoted", "as", "saying", "it"};

        assertThat(lexicon.phraseAt(words, 2, words.length).words()).containsExactly("quoted", "as", "saying");
        assertThat(lexicon.phraseAt(words, 0, words.length)).isNull();
    }
}
