package org.newsgraph.server;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.store.Table;

/**
 * An entity's months drawn as bars, oldest on the left: per month the articles that mention them (light)
 * and their quotations (dark). Every bar names its month and count on hover or focus; the table beside it
 * carries the same numbers for screen readers and copying.
 */
final class Timeline {
    private static final int HEIGHT = 160;
    private static final int BAR = 9;
    private static final int GAP = 6;
    private static final int LEFT = 34;
    private static final int BOTTOM = 28;
    private static final int MAX_MONTHS = 240;

    private Timeline() {}

    record Month(String month, long articles, long quotes) {}

    /** The months of an entity report's {@code per_month} section. */
    static List<Month> months(Table perMonth) {
        List<Month> months = new ArrayList<>();
        for (int i = 0; i < perMonth.size(); i++) {
            months.add(new Month(String.valueOf(perMonth.get(i, "month")), number(perMonth.get(i, "articles")),
                    number(perMonth.get(i, "quotes"))));
        }
        return months;
    }

    /** The chart as SVG markup, every text escaped; empty when there is no month to draw. */
    static String svg(List<Month> given) {
        if (given.isEmpty()) return "";
        List<Month> months = continuous(given);
        long max = 1;
        for (Month m : months) max = Math.max(max, Math.max(m.articles(), m.quotes()));
        int slot = 2 * BAR + GAP;
        int width = LEFT + months.size() * slot + GAP + 24; // room for the last month's label
        int plot = HEIGHT - BOTTOM;
        // A label ("2019-03") is about 50 units wide: one every few slots, so that none overlap.
        int every = (int) Math.ceil(64.0 / slot);
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg class=\"timeline\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">\n",
                width, HEIGHT, width * 3 / 2, HEIGHT * 3 / 2, Html.escape(summary(months))));
        b.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n", LEFT, plot, width, plot));
        b.append(String.format(Locale.ROOT, "<text class=\"scale\" x=\"%d\" y=\"12\" text-anchor=\"end\">%d</text>\n", LEFT - 4, max));
        b.append(String.format(Locale.ROOT, "<text class=\"scale\" x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>\n", LEFT - 4, plot));
        for (int i = 0; i < months.size(); i++) {
            Month m = months.get(i);
            int x = LEFT + GAP + i * slot;
            bar(b, x, m.articles(), max, plot, "articles", m.month() + ": " + m.articles() + " articles mention them");
            bar(b, x + BAR, m.quotes(), max, plot, "quotes", m.month() + ": " + m.quotes() + " quotations");
            if (i % every == 0) {
                b.append(String.format(Locale.ROOT, "<text class=\"month\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>\n",
                        x + BAR, plot + 18, Html.escape(m.month())));
            }
        }
        return b.append("</svg>").toString();
    }

    /**
     * The months oldest first, with the months between them that the store has nothing for filled in as
     * zeros, so that distance on the chart is time. Not filled past {@link #MAX_MONTHS} (a wrong date
     * decades off would squeeze the rest into slivers) or when a month is not {@code YYYY-MM}.
     */
    static List<Month> continuous(List<Month> given) {
        List<Month> sorted = new ArrayList<>(given);
        sorted.sort(Comparator.comparing(Month::month));
        Map<YearMonth, Month> byMonth = new HashMap<>();
        try {
            for (Month m : sorted) byMonth.put(YearMonth.parse(m.month()), m);
        } catch (DateTimeParseException e) {
            return sorted;
        }
        YearMonth first = YearMonth.parse(sorted.get(0).month());
        YearMonth last = YearMonth.parse(sorted.get(sorted.size() - 1).month());
        if (first.until(last, ChronoUnit.MONTHS) >= MAX_MONTHS) return sorted;
        List<Month> months = new ArrayList<>();
        for (YearMonth ym = first; !ym.isAfter(last); ym = ym.plusMonths(1)) {
            months.add(byMonth.getOrDefault(ym, new Month(ym.toString(), 0, 0)));
        }
        return months;
    }

    private static void bar(StringBuilder b, int x, long value, long max, int plot, String kind, String title) {
        // A zero still gets a sliver, so that a month with no quotation is seen as counted, not missing.
        double h = Math.max(1.0, (plot - 14) * (double) value / max);
        b.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\"><title>%s</title></rect>\n",
                kind, x, plot - h, BAR, h, Html.escape(title)));
    }

    private static String summary(List<Month> months) {
        long articles = 0;
        long quotes = 0;
        for (Month m : months) {
            articles += m.articles();
            quotes += m.quotes();
        }
        return String.format(Locale.ROOT, "Per month from %s to %s: %d articles mention them, %d quotations; the table below lists each month",
                months.get(0).month(), months.get(months.size() - 1).month(), articles, quotes);
    }

    private static long number(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }
}
