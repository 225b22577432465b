package org.newsgraph.nlp.event.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.newsgraph.text.Token;

/**
 * The date a sentence gives its event, resolved against the article's date: "on Monday" (the last Monday
 * on or before it, or the next one for "will" and "next"), "yesterday", "today", "tomorrow", "28 March" or
 * "March 28" (in the article's year, or the year before when that would put it in the future), "in
 * January" ({@code 2019-01}), "this year" ({@code 2019}). Reduced precision is ISO 8601's: a month or a
 * year is written as such, never as a made-up day.
 */
public final class DateExpressions {
    private DateExpressions() {}

    /** A date and the tokens {@code [start, end)} of the sentence it was read from. */
    public record Found(String date, int start, int end) {}

    /** The date expression of {@code tokens} nearest to the token {@code near}, or null. */
    public static Found nearest(List<Token> tokens, int near, LocalDate published) {
        if (published == null) return null;
        boolean future = false;
        for (Token t : tokens) {
            String w = t.text().toLowerCase(Locale.ROOT);
            if (w.equals("will") || w.equals("next") || w.equals("'ll")) future = true;
        }
        Found best = null;
        for (int i = 0; i < tokens.size(); i++) {
            Found f = at(tokens, i, published, future);
            if (f != null && (best == null || Math.abs(f.start() - near) < Math.abs(best.start() - near))) best = f;
        }
        return best;
    }

    /**
     * The date an undated article gives itself: its first full date ("March 28, 2019", "28 March 2019",
     * "2019-03-28"); else a weekday with its day and month ("on Thursday (28 March)") in the first year at or
     * after the latest year the text names (a 2018 re-election, and 28 March a Thursday: 2019); else null.
     */
    public static LocalDate inText(List<Token> tokens) {
        int latestYear = 0;
        for (Token t : tokens) {
            Integer y = year(t.text());
            if (y != null) latestYear = Math.max(latestYear, y);
        }
        for (int i = 0; i < tokens.size(); i++) {
            LocalDate full = fullDateAt(tokens, i);
            if (full != null) return full;
        }
        if (latestYear == 0) return null;
        for (int i = 0; i < tokens.size(); i++) {
            DayOfWeek day = weekday(lower(tokens, i));
            if (day == null || !Character.isUpperCase(tokens.get(i).text().charAt(0))) continue;
            // "Thursday (28 March)", "Thursday, March 28": the day and month within a few tokens after.
            for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
                Month month = month(lower(tokens, j));
                if (month == null) continue;
                Integer dom = dayNumber(lower(tokens, j - 1));
                if (dom == null || j - 1 == i) dom = dayNumber(lower(tokens, j + 1));
                if (dom == null || dom > month.length(true)) break;
                for (int y = latestYear; y <= latestYear + 7; y++) {
                    if (dom > month.length(java.time.Year.isLeap(y))) continue;
                    LocalDate d = LocalDate.of(y, month, dom);
                    if (d.getDayOfWeek() == day) return d;
                }
                break;
            }
        }
        return null;
    }

    private static LocalDate fullDateAt(List<Token> tokens, int i) {
        String w = lower(tokens, i);
        if (w.matches("(19|20)\\d\\d-\\d\\d-\\d\\d")) {
            try {
                return LocalDate.parse(w);
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
        Month month = month(w);
        if (month == null || !Character.isUpperCase(tokens.get(i).text().charAt(0))) return null;
        Integer dom;
        Integer y;
        if ((dom = dayNumber(lower(tokens, i + 1))) != null) {
            // "March 28, 2019" or "March 28 2019"
            int k = ",".equals(lower(tokens, i + 2)) ? i + 3 : i + 2;
            y = year(lower(tokens, k));
        } else if ((dom = dayNumber(lower(tokens, i - 1))) != null) {
            y = year(lower(tokens, i + 1)); // "28 March 2019"
        } else {
            return null;
        }
        if (y == null || dom > month.length(java.time.Year.isLeap(y))) return null;
        return LocalDate.of(y, month, dom);
    }

    private static Integer year(String w) {
        return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && Character.isDigit(w.charAt(2))
                && Character.isDigit(w.charAt(3)) ? Integer.parseInt(w) : null;
    }

    private static Found at(List<Token> tokens, int i, LocalDate ref, boolean future) {
        String w = lower(tokens, i);
        switch (w) {
            case "yesterday":
                return new Found(ref.minusDays(1).toString(), i, i + 1);
            case "today":
                return new Found(ref.toString(), i, i + 1);
            case "tomorrow":
                return new Found(ref.plusDays(1).toString(), i, i + 1);
            default:
                break;
        }
        DayOfWeek day = weekday(w);
        if (day != null && Character.isUpperCase(tokens.get(i).text().charAt(0))) {
            boolean next = future || "next".equals(lower(tokens, i - 1));
            boolean last = "last".equals(lower(tokens, i - 1));
            LocalDate d = next && !last ? ref.with(TemporalAdjusters.next(day)) : ref.with(TemporalAdjusters.previousOrSame(day));
            int start = last || "next".equals(lower(tokens, i - 1)) || "on".equals(lower(tokens, i - 1)) ? i - 1 : i;
            return new Found(d.toString(), start, i + 1);
        }
        Month month = month(w);
        if (month != null && Character.isUpperCase(tokens.get(i).text().charAt(0))) {
            Integer before = dayNumber(lower(tokens, i - 1));
            Integer after = dayNumber(lower(tokens, i + 1));
            if (before != null || after != null) {
                int dom = before != null ? before : after;
                if (dom > month.length(true)) return null;
                int year = ref.getYear();
                LocalDate d = LocalDate.of(year, month, Math.min(dom, month.length(java.time.Year.isLeap(year))));
                if (!future && d.isAfter(ref.plusDays(7))) d = d.minusYears(1);
                return new Found(d.toString(), before != null ? i - 1 : i, before != null ? i + 1 : i + 2);
            }
            if ("in".equals(lower(tokens, i - 1)) || "last".equals(lower(tokens, i - 1))) {
                int year = ref.getYear();
                if (!future && month.getValue() > ref.getMonthValue()) year--;
                return new Found(String.format(Locale.ROOT, "%04d-%02d", year, month.getValue()), i - 1, i + 1);
            }
            return null;
        }
        if (w.equals("year") && "this".equals(lower(tokens, i - 1))) {
            return new Found(String.valueOf(ref.getYear()), i - 1, i + 1);
        }
        return null;
    }

    private static String lower(List<Token> tokens, int i) {
        return i < 0 || i >= tokens.size() ? "" : tokens.get(i).text().toLowerCase(Locale.ROOT);
    }

    private static Integer dayNumber(String w) {
        String digits = w.replaceAll("(st|nd|rd|th)$", "");
        if (!digits.matches("\\d{1,2}")) return null;
        int n = Integer.parseInt(digits);
        return n >= 1 && n <= 31 ? n : null;
    }

    private static DayOfWeek weekday(String w) {
        for (DayOfWeek d : DayOfWeek.values()) if (d.name().toLowerCase(Locale.ROOT).equals(w)) return d;
        return null;
    }

    private static Month month(String w) {
        for (Month m : Month.values()) {
            String name = m.name().toLowerCase(Locale.ROOT);
            if (name.equals(w) || name.length() > 4 && w.equals(name.substring(0, 3)) && m != Month.MAY) return m;
        }
        return null;
    }
}
