package org.newsgraph.extract.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Puts a date as pages state it into ISO-8601, the form the JSON contract promises: a date-time keeps
 * its offset, a bare date stays a date. Unreadable dates are null, never passed on as they came.
 * Stateless.
 */
public final class Dates {
    private Dates() {}

    /** Seconds always written, so "08:00:00Z" stays as the page wrote it. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern DATE_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter[] WRITTEN = {
        DateTimeFormatter.RFC_1123_DATE_TIME,
        DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
        DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
        DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
    };

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
