package org.newsgraph.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
}
