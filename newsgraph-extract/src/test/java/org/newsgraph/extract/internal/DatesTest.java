package org.newsgraph.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatesTest {
    @Test
    void isoDateTimesKeepTheirOffsetAndGainAColonWhenTheyLackOne() {
        assertThat(Dates.iso("2019-11-19T06:12:56-05:00")).isEqualTo("2019-11-19T06:12:56-05:00");
        assertThat(Dates.iso("2019-11-19T06:12:56-0500")).isEqualTo("2019-11-19T06:12:56-05:00");
        assertThat(Dates.iso("2024-03-05T08:00:00Z")).isEqualTo("2024-03-05T08:00:00Z");
        assertThat(Dates.iso("2019-11-19T06:12:56")).isEqualTo("2019-11-19T06:12:56");
    }

    @Test
    void datesAsPeopleWriteThemBecomeIsoDates() {
        assertThat(Dates.iso("2024-03-05")).isEqualTo("2024-03-05");
        assertThat(Dates.iso("2024-03-05 08:00")).isEqualTo("2024-03-05");
        assertThat(Dates.iso("November 19, 2019")).isEqualTo("2019-11-19");
        assertThat(Dates.iso("Tue, 5 Mar 2024 08:00:00 GMT")).isEqualTo("2024-03-05T08:00:00Z");
    }

    @Test
    void unreadableDatesAreNull() {
        assertThat(Dates.iso("yesterday")).isNull();
        assertThat(Dates.iso("")).isNull();
        assertThat(Dates.iso(null)).isNull();
    }

    @Test
    void placeholderAndImpossibleDatesAreNoDate() {
        assertThat(Dates.firstPlausible(List.of("0001-01-01T00:00:00Z"))).isNull();
        assertThat(Dates.firstPlausible(List.of("9999-12-31"))).isNull();
        assertThat(Dates.firstPlausible(List.of("1850-06-01"))).isNull();
        assertThat(Dates.firstPlausible(List.of("2240-01-01T10:00:00Z"))).isNull();
    }

    @Test
    void aPlaceholderGivesWayToTheNextDateThePageStates() {
        assertThat(Dates.firstPlausible(Arrays.asList(null, "0001-01-01T00:00:00Z", "", "November 19, 2019")))
                .isEqualTo("2019-11-19");
    }

    @Test
    void slashedAndBasicIsoDatesAreRead() {
        assertThat(Dates.iso("2019/03/29")).isEqualTo("2019-03-29");
        assertThat(Dates.iso("20190329")).isEqualTo("2019-03-29");
        assertThat(Dates.iso("1552000000")).isNull();
    }

    @Test
    void theDateInAPagesAddressIsRead() {
        assertThat(Dates.fromUrl("https://example.org/story/news/2019/11/19/bridge-closes/123/")).isEqualTo("2019-11-19");
        assertThat(Dates.fromUrl("https://example.org/statements/2019/nov/18/mayor/claim/")).isEqualTo("2019-11-18");
        assertThat(Dates.fromUrl("https://example.org/archive/2019-03-05")).isEqualTo("2019-03-05");
        assertThat(Dates.fromUrl("https://example.org/items/2019/13/45/x")).isNull();
        assertThat(Dates.fromUrl("https://example.org/items/2019/foo/12/x")).isNull();
        assertThat(Dates.fromUrl("https://example.org/bridge-closes")).isNull();
        assertThat(Dates.fromUrl(null)).isNull();
    }
}
