package org.newsgraph.nlp.event.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.event.internal.DictionaryLines.Line;

/**
 * Names of actors and their CAMEO actor codes, from PETRARCH-format actor dictionaries: a name, its
 * synonyms on {@code +} lines, then one or more {@code [CODE]} lines, each maybe dated
 * ({@code [VENGOV >060901]}: from 1 September 2006; {@code <…} until; {@code A-B} between), or a name
 * with its code on the same line ({@code RUSSIAN_FEDERATION_ [RUS]}).
 */
public final class ActorDictionary {
    private static final Pattern CODE = Pattern.compile("\\[\\s*([^\\s\\]<>]+)\\s*(?:([<>])\\s*(\\d{6,8})|(\\d{6,8})\\s*-\\s*(\\d{6,8}))?\\s*]");

    /** A code that holds from {@code from} to {@code to} (either null: unbounded). */
    public record Coding(String code, LocalDate from, LocalDate to) {
        boolean holdsOn(LocalDate date) { // date is never null: an undated article takes the open coding
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    /** The code of a name that is known not to be an actor ({@code BOROMIR [---]}). */
    public static final String NOT_AN_ACTOR = "---";

    private final Phrases<List<Coding>> phrases = new Phrases<>();

    public void add(DictionaryLines file) {
        // An entry: a name line, its + synonyms, and its codes (on the name line or on lines of their own).
        List<List<String>> names = new ArrayList<>();
        List<Coding> codings = new ArrayList<>();
        for (Line line : file.lines()) {
            try {
                String s = line.text();
                if (s.isEmpty()) continue;
                int bracket = s.indexOf('[');
                String name = (bracket >= 0 ? s.substring(0, bracket) : s).trim();
                if (!name.isEmpty() && !name.startsWith("+")) {
                    flush(names, codings);
                    names = new ArrayList<>();
                    codings = new ArrayList<>();
                }
                if (!name.isEmpty()) {
                    List<String> words = DictionaryLines.words(name.startsWith("+") ? name.substring(1) : name);
                    if (words.isEmpty()) throw file.error(line, "a name with no words");
                    names.add(words);
                } else if (names.isEmpty()) {
                    throw file.error(line, "a code with no name before it");
                }
                if (bracket >= 0) codings.add(coding(s.substring(bracket), file, line));
            } catch (org.newsgraph.nlp.event.DictionaryException e) {
                file.tolerate(e);
            }
        }
        flush(names, codings);
    }

    private static Coding coding(String text, DictionaryLines file, Line line) {
        Matcher m = CODE.matcher(text);
        if (!m.lookingAt()) throw file.error(line, "cannot read the code " + text.trim()
                + " (expected [CODE], [CODE >YYMMDD], [CODE <YYMMDD] or [CODE YYMMDD-YYMMDD])");
        String code = m.group(1).toUpperCase(java.util.Locale.ROOT);
        // "---" and "+++" mark a name that is no actor; "ELR/GAL" names several, of which the first is kept.
        if (code.equals("+++") || code.equals("###")) code = NOT_AN_ACTOR;
        if (!code.equals(NOT_AN_ACTOR)) {
            if (!code.matches("[A-Z0-9~]+(/[A-Z0-9~]+)*")) throw file.error(line, "not an actor code: " + m.group(1));
            int slash = code.indexOf('/');
            if (slash > 0) code = code.substring(0, slash);
        }
        LocalDate from = null;
        LocalDate to = null;
        try {
            if (">".equals(m.group(2))) from = date(m.group(3));
            else if ("<".equals(m.group(2))) to = date(m.group(3));
            else if (m.group(4) != null) {
                from = date(m.group(4));
                to = date(m.group(5));
                if (to.isBefore(from)) {
                    if (file.strict()) throw file.error(line, "the date range " + m.group(4) + "-" + m.group(5) + " ends before it begins");
                    LocalDate swap = from;
                    from = to;
                    to = swap;
                }
            }
        } catch (java.time.DateTimeException e) {
            throw file.error(line, "not a date in " + m.group());
        }
        return new Coding(code, from, to);
    }

    private void flush(List<List<String>> names, List<Coding> codings) {
        if (codings.isEmpty()) return;
        for (List<String> words : names) {
            phrases.add(words, List.copyOf(codings));
        }
    }

    public int size() {
        return phrases.size();
    }

    /** The longest actor name starting at {@code at} in {@code words} (upper case), or null. */
    public Match longestAt(List<String> words, int at, LocalDate date) {
        Match best = null;
        int bestScore = -1;
        for (Phrases.Phrase<List<Coding>> p : phrases.matchingAt(words, at)) {
            // The longest name wins; then a name spelt as written over one matched by its stem (ARNOR over the
            // river ARNO); then the entry added last, so that a user's dictionary overrides the shipped one.
            int score = 2 * p.length() + (p.spelledAsAt(words, at) ? 1 : 0);
            if (score < bestScore) continue;
            String code = codeOn(p.value(), date);
            if (code != null) {
                best = new Match(at, p.length(), code);
                bestScore = score;
            }
        }
        return best;
    }

    /** The code of a whole name (an entity's canonical name), or null. */
    public String codeOf(List<String> words, LocalDate date) {
        if (words.isEmpty()) return null;
        Match m = longestAt(words, 0, date);
        return m != null && m.length() == words.size() && !m.code().equals(NOT_AN_ACTOR) ? m.code() : null;
    }

    private static String codeOn(List<Coding> codings, LocalDate date) {
        // Dated codings say who the actor was when; an undated one is the fallback.
        String undated = null;
        for (Coding c : codings) {
            if (c.from() == null && c.to() == null) {
                if (undated == null) undated = c.code();
            } else if (date != null && c.holdsOn(date)) {
                return c.code();
            }
        }
        if (date == null) {
            // No date: the coding still open (the actor's present role), before the fallback.
            for (Coding c : codings) if (c.from() != null && c.to() == null) return c.code();
        }
        return undated;
    }

    public record Match(int start, int length, String code) {
        public int end() {
            return start + length;
        }
    }

    static LocalDate date(String digits) {
        if (digits.length() == 8) {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        }
        int yy = Integer.parseInt(digits.substring(0, 2));
        int year = yy <= 30 ? 2000 + yy : 1900 + yy; // the dictionaries date from the 1900s to the 2010s
        try {
            return LocalDate.of(year, Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4, 6)));
        } catch (java.time.DateTimeException e) {
            throw new DateTimeParseException(e.getMessage(), digits, 0);
        }
    }
}
