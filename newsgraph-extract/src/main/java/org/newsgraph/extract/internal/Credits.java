package org.newsgraph.extract.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells the parts of a byline that credit rather than name a writer: a job title ("AP Sports Writer",
 * "CNN Editor-at-large"), a news agency ("Associated Press"), the site itself or one of its desks
 * ("CNN Business" on CNN), a degree ("MS", "RDN"), a weekday, or a link's words ("View More Articles").
 * Stateless.
 */
final class Credits {
    private Credits() {}

    private static final Pattern JOB = Pattern.compile("(?i)\\b(writers?|reporters?|correspondents?|editors?|editor-at-large"
            + "|contributors?|columnists?|journalists?|photographers?|producers?|analysts?|critics?|bureau|staff|interns?"
            + "|chief|director)\\b");
    private static final Set<String> AGENCIES = Set.of("associated press", "the associated press", "ap", "reuters", "afp",
            "agence france-presse", "agence france presse", "bloomberg", "bloomberg news", "dpa", "efe", "ansa", "xinhua",
            "upi", "pa", "pa media", "press association", "pti", "ians", "tass", "kyodo", "yonhap", "anadolu", "aap");
    /** Only those that are no one's name ("Ma" and "Do" are surnames). */
    private static final Set<String> DEGREES = Set.of("md", "phd", "ph.d.", "ms", "msc", "mba", "mph", "rd", "rdn", "rn",
            "jd", "cpa", "dds");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)^(view|see|read|more|all|follow|email|contact|profile"
            + "|updated|published|posted)\\b.*|^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$");

    /** Words that end the name of an organisation, never of a person ("Florida Today", "WebMD Health News"). */
    private static final Pattern ORGANISATION = Pattern.compile("(?i).*\\s(news|press|media|times|agency|wire|services?"
            + "|network|magazine|journal|insider|today|group)$");

    /** Whether {@code part} (one name's worth of a byline, trimmed) credits rather than names; {@code site} lower-cased. */
    static boolean isCredit(String part, Set<String> site) {
        String p = part.toLowerCase(Locale.ROOT);
        if (AGENCIES.contains(p) || DEGREES.contains(p) || JOB.matcher(p).find() || NOT_A_NAME.matcher(p).matches()
                || ORGANISATION.matcher(p).matches()) {
            return true;
        }
        for (String s : site) if (p.equals(s) || p.startsWith(s + " ")) return true;
        return false;
    }

    /**
     * {@code part} without a credit that ends it ("Tom Davies Associated Press", name and agency set in
     * two elements with a space between): the name before it, when that is two words or more; else
     * {@code part} itself.
     */
    static String withoutTrailingCredit(String part, Set<String> site) {
        String p = part.toLowerCase(Locale.ROOT);
        for (Set<String> credits : List.of(AGENCIES, site)) {
            for (String c : credits) {
                if (!c.contains(" ") || !p.endsWith(" " + c)) continue;
                String name = part.substring(0, part.length() - c.length() - 1).strip();
                // "The Associated Press" is the agency; a name is two words or more.
                if (name.contains(" ")) return name;
                return part;
            }
        }
        return part;
    }
}
