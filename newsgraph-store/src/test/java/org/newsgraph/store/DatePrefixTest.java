package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatePrefixTest {
    @Test
    void aYearAMonthOrADayThatExistsIsADate() {
        for (String ok : new String[] {"2019", "2019-03", "2019-03-25", "2020-02-29", "1999-12-31"}) {
            assertThat(DatePrefix.problem(ok)).as(ok).isEmpty();
        }
    }

    @Test
    void anImpossibleDateSaysWhatIsImpossible() {
        assertThat(DatePrefix.problem("2019-13-45")).contains("'2019-13-45' is not a date: there is no month 13; give " + DatePrefix.FORMS);
        assertThat(DatePrefix.problem("2019-00")).contains("'2019-00' is not a date: there is no month 0; give " + DatePrefix.FORMS);
        assertThat(DatePrefix.problem("2019-02-29")).contains("'2019-02-29' is not a date: February 2019 has 28 days");
        assertThat(DatePrefix.problem("2019-04-00")).contains("'2019-04-00' is not a date: April 2019 has 30 days");
    }

    @Test
    void anythingElseIsNotADate() {
        for (String bad : new String[] {"yesterday", "2019-3", "19-03-25", "2019/03/25", "2019-03-25T10:00", " 2019", ""}) {
            assertThat(DatePrefix.problem(bad)).as(bad).contains("'" + bad + "' is not a date; give " + DatePrefix.FORMS);
        }
    }

    @Test
    void aSearchSinceAnImpossibleDateIsRefused() {
        assertThatThrownBy(() -> SearchQuery.articles("flight").withSince("2019-13-45")).isInstanceOf(SearchQueryException.class)
                .hasMessage("'2019-13-45' is not a date: there is no month 13; give YYYY, YYYY-MM or YYYY-MM-DD (2019, 2019-03, 2019-03-25)");
    }
}
