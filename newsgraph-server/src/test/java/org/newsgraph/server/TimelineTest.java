package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TimelineTest {
    @Test
    void monthsRunOldestFirstWithBarsInProportionToTheirCounts() {
        String svg = Timeline.svg(List.of(new Timeline.Month("2019-05", 4, 2), new Timeline.Month("2019-03", 2, 0)));
        assertThat(svg.indexOf("2019-03: 2 articles")).isLessThan(svg.indexOf("2019-05: 4 articles"));
        assertThat(height(svg, "2019-05: 4 articles")).isEqualTo(2 * height(svg, "2019-03: 2 articles"), org.assertj.core.data.Offset.offset(0.2));
        // A month without quotations still shows a sliver, so it reads as counted.
        assertThat(height(svg, "2019-03: 0 quotations")).isPositive();
        assertThat(svg).contains("aria-label=\"Per month from 2019-03 to 2019-05: 6 articles mention them, 2 quotations");
    }

    @Test
    void monthsWithNothingStoredAreDrawnAsZerosSoThatDistanceIsTime() {
        List<Timeline.Month> months = Timeline.continuous(List.of(new Timeline.Month("2019-01", 1, 1), new Timeline.Month("2018-11", 2, 0)));
        assertThat(months).extracting(Timeline.Month::month).containsExactly("2018-11", "2018-12", "2019-01");
        assertThat(months.get(1).articles()).isZero();
        // A date decades off is not filled in: the rest would shrink to slivers.
        assertThat(Timeline.continuous(List.of(new Timeline.Month("1970-01", 1, 0), new Timeline.Month("2019-01", 1, 1)))).hasSize(2);
    }

    @Test
    void nothingToDrawIsNoChart() {
        assertThat(Timeline.svg(List.of())).isEmpty();
    }

    @Test
    void monthTextIsEscaped() {
        assertThat(Timeline.svg(List.of(new Timeline.Month("<b>x", 1, 1)))).doesNotContain("<b>").contains("&lt;b&gt;x");
    }

    private static double height(String svg, String title) {
        Matcher m = Pattern.compile("height=\"([0-9.]+)\"><title>" + Pattern.quote(title) + "[^<]*</title>").matcher(svg);
        assertThat(m.find()).as(title).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
