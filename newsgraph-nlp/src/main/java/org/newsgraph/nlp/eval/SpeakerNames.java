package org.newsgraph.nlp.eval;

import java.util.Locale;
import java.util.Set;

/**
 * Whether an entity's name names a gold speaker: equal to the speaker's name or one of its aliases once
 * accents, case, full stops and the kind of apostrophe are set aside; or, for a person, the same surname
 * and first initial ("Jim Kennedy" for "James P. Kennedy Jr."). Stateless.
 */
final class SpeakerNames {
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    private SpeakerNames() {}

    static boolean matches(String entityName, QuotesGold.Quote gold) {
        if (entityName == null || gold.speaker() == null) return false;
        String e = normalize(entityName);
        if (e.equals(normalize(gold.speaker()))) return true;
        for (String alias : gold.aliases()) {
            if (e.equals(normalize(alias))) return true;
        }
        return "PERSON".equals(gold.speakerType()) && sameSurnameAndInitial(e, normalize(gold.speaker()));
    }

    static String normalize(String name) {
        String s = org.newsgraph.text.Words.withoutAccents(name);
        s = s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace(".", "");
        return s.replaceAll("\\s+", " ").strip();
    }

    private static boolean sameSurnameAndInitial(String a, String b) {
        String[] x = words(a);
        String[] y = words(b);
        if (x.length < 2 || y.length < 2) return false;
        return x[x.length - 1].equals(y[y.length - 1]) && x[0].charAt(0) == y[0].charAt(0);
    }

    /** The words of a name without a trailing generational suffix. */
    private static String[] words(String name) {
        String[] w = name.replace(",", " ").strip().split("\\s+");
        int n = w.length;
        while (n > 1 && SUFFIXES.contains(w[n - 1])) n--;
        return n == w.length ? w : java.util.Arrays.copyOf(w, n);
    }
}
