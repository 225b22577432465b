package org.newsgraph.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SiteNamesTest {
    private final SiteNames site = SiteNames.of(List.of("Valley Post"), "https://news.valleypost.example/2024/ferry");

    @Test
    void theSitesOwnNameIsSitewide() {
        assertThat(site.sitewide("Valley Post")).isTrue();
        assertThat(site.sitewide("valley  post")).isTrue();
    }

    @Test
    void aSloganOfGenericWordsAndTheSitesWordsIsSitewide() {
        assertThat(site.sitewide("Valley Post - Latest News & Headlines")).isTrue();
        assertThat(site.sitewide("Home | Valleypost")).isTrue();
        assertThat(SiteNames.of(List.of(), null).sitewide("Breaking News, Top Stories")).isTrue();
    }

    @Test
    void aHeadlineIsNotSitewideEvenWhenItNamesTheSite() {
        assertThat(site.sitewide("Ferry fares to rise in spring")).isFalse();
        assertThat(site.sitewide("Ferry fares to rise in spring | Valley Post")).isFalse();
        assertThat(site.sitewide("Valley Post sold to national news group")).isFalse();
    }
}
