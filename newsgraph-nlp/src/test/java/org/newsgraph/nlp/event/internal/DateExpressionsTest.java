package org.newsgraph.nlp.event.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.span.Span;
import org.newsgraph.text.Token;

class DateExpressionsTest {
    /** Friday 29 March 2019, the seed's day. */
    private static final LocalDate FRIDAY = LocalDate.of(2019, 3, 29);

    private static String date(String sentence, LocalDate published) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : sentence.split(" ")) {
            tokens.add(new Token(tokens.size(), new Span(at, at + w.length()), w, "NN", "O", 0));
            at += w.length() + 1;
        }
        DateExpressions.Found f = DateExpressions.nearest(tokens, 0, published);
        return f == null ? null : f.date() + " <" + String.join(" ", tokens.subList(f.start(), f.end()).stream().map(Token::text).toList()) + ">";
    }

    @Test
    void weekdaysAreTheLastOneOnOrBeforeTheArticleUnlessItLooksAhead() {
        assertThat(date("The United States on Monday accused Russia", FRIDAY)).isEqualTo("2019-03-25 <on Monday>");
        assertThat(date("Russia said on Thursday it had sent specialists", FRIDAY)).isEqualTo("2019-03-28 <on Thursday>");
        assertThat(date("The envoy arrives on Friday", FRIDAY)).isEqualTo("2019-03-29 <on Friday>");
        assertThat(date("The envoy will arrive on Monday", FRIDAY)).isEqualTo("2019-04-01 <on Monday>");
        assertThat(date("They met last Saturday", FRIDAY)).isEqualTo("2019-03-23 <last Saturday>");
    }

    @Test
    void dayAndMonthTakeTheArticlesYearOrTheOneBefore() {
        assertThat(date("Russia said on Thursday ( 28 March ) it had sent", FRIDAY)).startsWith("2019-03-28");
        assertThat(date("talks began on December 12", FRIDAY)).isEqualTo("2018-12-12 <December 12>");
        assertThat(date("the vote is set for April 14 , officials will say", FRIDAY)).isEqualTo("2019-04-14 <April 14>");
    }

    @Test
    void aMonthOrAYearAloneKeepsItsPrecision() {
        assertThat(date("In January , Guaido invoked the constitution", FRIDAY)).isEqualTo("2019-01 <In January>");
        assertThat(date("Venezuela descended into turmoil this year", FRIDAY)).isEqualTo("2019 <this year>");
        assertThat(date("sanctions imposed in November", FRIDAY)).isEqualTo("2018-11 <in November>");
    }

    @Test
    void withoutTheArticlesDateNothingIsGuessed() {
        assertThat(date("The United States on Monday accused Russia", null)).isNull();
        assertThat(date("Officials may visit soon", FRIDAY)).isNull();
    }

    @Test
    void anUndatedTextIsDatedByItsFullDatesOrItsWeekdaysAndYears() {
        assertThat(DateExpressions.inText(tokens("He was re-elected in 2018 . Russia said on Thursday ( 28 March ) it had sent")))
                .as("28 March was a Thursday in 2013, 2019 and 2024: the first at or after 2018").isEqualTo(LocalDate.of(2019, 3, 28));
        assertThat(DateExpressions.inText(tokens("The summit on Tuesday , March 5 , 2024 ended")))
                .isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(DateExpressions.inText(tokens("Talks resumed on 12 July 2016 in Geneva"))).isEqualTo(LocalDate.of(2016, 7, 12));
        assertThat(DateExpressions.inText(tokens("Russia said on Thursday ( 28 March ) it had sent")))
                .as("no year named: no evidence of which year").isNull();
        assertThat(DateExpressions.inText(tokens("On Friday ( 31 February ) , in 2019"))).isNull();
    }

    private static List<Token> tokens(String sentence) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : sentence.split(" ")) {
            tokens.add(new Token(tokens.size(), new Span(at, at + w.length()), w, "NN", "O", 0));
            at += w.length() + 1;
        }
        return tokens;
    }
}
