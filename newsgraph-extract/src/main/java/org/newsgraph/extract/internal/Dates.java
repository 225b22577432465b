package org.newsgraph.extract.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a date as pages state it into ISO-8601, the form the JSON contract promises: a date-time keeps
 * its offset, a bare date stays a date. Unreadable dates are null, never passed on as they came; so are
 * impossible ones (before 1900, after 2100), for which a page's other dates or its address may stand in.
 * Stateless.
 */
public final class Dates {
    private Dates() {}

    /** Seconds always written, so "08:00:00Z" stays as the page wrote it. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\d{4}(?=-|$)");
    private static final Pattern DATE_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter[] WRITTEN = {
        DateTimeFormatter.RFC_1123_DATE_TIME,
        DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
        DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
        DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
        DateTimeFormatter.ofPattern("uuuu/M/d", Locale.ROOT),
        DateTimeFormatter.BASIC_ISO_DATE,
    };

    /**
     * Years a news page can have been published in. Fixed rather than read from a clock, so the same
     * page always gives the same date; what falls outside is a placeholder (Go's zero time
     * "0001-01-01T00:00:00Z", "9999-12-31") or a typo, not a date.
     */
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    /** A date in a page's address: {@code /2019/11/19/}, {@code /2019/nov/19/} or {@code /2019-11-19}. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2}|[a-z]{3})[/-](\\d{1,2})(?=[/_.-]|$)", Pattern.CASE_INSENSITIVE);
    /** English month abbreviations, four characters apart: where one starts, over 4, plus 1, is its month. */
    private static final String MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec ";

    /**
     * The first of {@code stated} (dates as the page states them, best first; null entries skipped)
     * that reads as a possible publication date, in ISO-8601; null when none does.
     */
    public static String firstPlausible(List<String> stated) {
        for (String s : stated) {
            String iso = iso(s);
            if (iso != null && plausible(iso)) return iso;
        }
        return null;
    }

    /** Whether an ISO-8601 date or date-time (as {@link #iso} writes it) falls in the years news is published. */
    public static boolean plausible(String iso) {
        // A year past 9999 is written with a sign ("+10000-…"), one before year 1 as "-0001-…".
        if (!FOUR_DIGIT_YEAR.matcher(iso).lookingAt()) return false;
        int year = Integer.parseInt(iso.substring(0, 4));
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** The date a page's address carries ({@code …/2019/11/19/story-slug}), as an ISO-8601 date; or null. */
    public static String fromUrl(String url) {
        if (url == null) return null;
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) return null;
        try {
            String month = m.group(2);
            int at = MONTHS.indexOf(month.toLowerCase(Locale.ROOT) + " ");
            if (!Character.isDigit(month.charAt(0)) && at < 0) return null;
            int mm = Character.isDigit(month.charAt(0)) ? Integer.parseInt(month) : at / 4 + 1;
            String iso = LocalDate.of(Integer.parseInt(m.group(1)), mm, Integer.parseInt(m.group(3))).toString();
            return plausible(iso) ? iso : null;
        } catch (DateTimeException e) {
            return null; // "/2019/13/45/" is a path, not a date
        }
    }

    /** ISO-8601 date or date-time, or null. */
    public static String iso(String s) {
        if (s == null || s.isBlank()) return null;
        String t = s.strip();
        String colon = OFFSET_WITHOUT_COLON.matcher(t).replaceFirst("$1:$2");
        try {
            return ISO.format(OffsetDateTime.parse(colon));
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return ISO.format(ZonedDateTime.parse(colon).toOffsetDateTime());
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.parse(t));
        } catch (DateTimeParseException e) {
            // try the next form
        }
        if (DATE_PREFIX.matcher(t).find() && (t.length() == 10 || !Character.isDigit(t.charAt(10)))) {
            try {
                return LocalDate.parse(t.substring(0, 10)).toString();
            } catch (DateTimeParseException e) {
                // not a date after all
            }
        }
        for (DateTimeFormatter f : WRITTEN) {
            try {
                if (f == DateTimeFormatter.RFC_1123_DATE_TIME) return ISO.format(ZonedDateTime.parse(t, f).toOffsetDateTime());
                return LocalDate.parse(t, f).toString();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
