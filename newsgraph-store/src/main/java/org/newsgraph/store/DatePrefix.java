package org.newsgraph.store;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date bound as a user gives one ({@code --since}, a server's {@code since=}): an ISO date or a prefix of
 * one, {@code 2019}, {@code 2019-03} or {@code 2019-03-25}. The store keeps dates as ISO strings, so a
 * prefix compares as the start of its year or month ("2019-03" ≤ "2019-03-25T10:00Z"); that is also why an
 * impossible date must be refused rather than compared: "2019-13-45" would quietly mean "from 2020".
 */
public final class DatePrefix {
    /** The accepted forms, as messages name them. */
    public static final String FORMS = "YYYY, YYYY-MM or YYYY-MM-DD (2019, 2019-03, 2019-03-25)";
    private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private DatePrefix() {}

    /** Why {@code text} is not a date or a prefix of one, in one line for its user; empty when it is one. */
    public static Optional<String> problem(String text) {
        Matcher m = SHAPE.matcher(text);
        String quoted = "'" + QuerySyntax.echo(text, -1) + "'";
        if (!m.matches()) return Optional.of(quoted + " is not a date; give " + FORMS);
        if (m.group(2) == null) return Optional.empty();
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) return Optional.of(quoted + " is not a date: there is no month " + month + "; give " + FORMS);
        if (m.group(3) == null) return Optional.empty();
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
        int day = Integer.parseInt(m.group(3));
        if (day < 1 || day > ym.lengthOfMonth()) {
            return Optional.of(quoted + " is not a date: " + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                    + ym.getYear() + " has " + ym.lengthOfMonth() + " days");
        }
        return Optional.empty();
    }
}
