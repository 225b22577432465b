package org.newsgraph.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordBreakTest {
    @Test
    void aClosingBracketBeforeAWordEndsADateline() {
        assertThat(WordBreak.between("(Metro Wire)", "Officials said")).isTrue();
        assertThat(WordBreak.between("[Update]", "The mayor")).isTrue();
    }

    @Test
    void aLowerCaseLetterBeforeACapitalIsTwoWords() {
        assertThat(WordBreak.between("Sam Morgan", "More stories")).isTrue();
    }

    @Test
    void anAllCapitalsNameBeforeACapitalisedWordIsTwoWords() {
        assertThat(WordBreak.between("By SAM MORGAN", "Daily Wire Service")).isTrue();
        assertThat(WordBreak.between("OSLO", "Norway's")).isTrue();
    }

    @Test
    void punctuationAfterAWordBeforeACapitalIsTwoWords() {
        assertThat(WordBreak.between("Photo:", "Lee Park")).isTrue();
        assertThat(WordBreak.between("the bridge closed.", "Traffic")).isTrue();
    }

    @Test
    void japaneseOrChineseBesideALatinWordIsSetApart() {
        assertThat(WordBreak.between("管理ソフト", "KeePassの")).isTrue();
        assertThat(WordBreak.between("KeePass", "の起動")).isTrue();
        assertThat(WordBreak.between("管理", "ソフト")).isFalse();
    }

    @Test
    void formattingInsideAWordIsNotABreak() {
        assertThat(WordBreak.between("re", "ally")).isFalse();
        assertThat(WordBreak.between("Norway", "'s")).isFalse();
        assertThat(WordBreak.between("U.S.", "A")).isFalse();
        assertThat(WordBreak.between("the j,", "k entry")).isFalse();
        assertThat(WordBreak.between("value::", "text")).isFalse();
        assertThat(WordBreak.between("N", "ASA")).isFalse();
        assertThat(WordBreak.between("THE", "END")).isFalse();
    }
}
