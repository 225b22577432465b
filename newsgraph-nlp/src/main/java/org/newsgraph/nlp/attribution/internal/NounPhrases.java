package org.newsgraph.nlp.attribution.internal;

import java.util.Set;

/**
 * Noun-phrase and adjunct boundaries from part-of-speech tags alone, for finding sources and recipients
 * around a cue. Token indices are into a {@link TextView}; ranges are {@code [start, end)}. Stateless.
 */
final class NounPhrases {
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you", "who",
            "which");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "him", "her", "us", "them", "you", "it");
    private static final Set<String> NP_PREPOSITIONS = Set.of("of", "for", "at", "in", "from", "with", "within",
            "under", "on", "by", "outside", "across", "around", "among", "near", "inside", "like");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "was", "were", "are", "be",
            "been", "being", "am", "do", "does", "did", "will", "would", "'s", "'d", "'ll", "'ve", "'re");
    /** Adverbs that comment on the sentence rather than the verb: not part of a cue. */
    private static final Set<String> DISCOURSE_ADVERBS = Set.of("so", "however", "meanwhile", "therefore", "though",
            "instead", "too", "nevertheless", "nonetheless", "indeed", "thus");
    private static final Set<String> POSTNOMINAL_ADJECTIVES = Set.of("familiar", "close", "loyal", "opposed",
            "sympathetic", "allied", "friendly", "hostile", "connected", "linked", "affiliated");
    private static final Set<String> QUANTIFIERS = Set.of("some", "many", "most", "others", "all", "both", "few",
            "several", "none", "these", "those");
    private static final Set<String> APPROXIMATORS = Set.of("nearly", "almost", "about", "roughly", "some", "only",
            "just", "over", "around", "approximately");
    private static final Set<String> TIME_PREFIXES = Set.of("on", "last", "this", "late", "early", "next", "earlier",
            "later", "in");

    private NounPhrases() {}

    /** The first token of the verb group ending with the verb at {@code verb}: auxiliaries, modals, adverbs. */
    static int verbGroupStart(TextView v, int verb, int limit) {
        int j = verb;
        while (j - 1 >= limit) {
            int t = j - 1;
            boolean aux = (v.posIs(t, "VB") || v.posIs(t, "MD")) && (AUXILIARIES.contains(v.lower[t]) || v.posIs(t, "MD"));
            boolean adverb = v.posIs(t, "RB") && !DISCOURSE_ADVERBS.contains(v.lower[t]) && t - 1 >= limit
                    && !v.isPunct(t - 1) && !v.posIs(t - 1, "CC");
            if (!aux && !adverb) break;
            j = t;
        }
        return j;
    }

    /**
     * The start of the subject ending just before {@code endExcl}: a noun phrase with its modifiers and
     * prepositional tails, an apposition or relative clause between commas, or a lone pronoun; -1 if none.
     */
    static int subjectStart(TextView v, int endExcl, int limit) {
        int j = endExcl - 1;
        if (j < limit) return -1;
        if (v.lower[j].equals(",")) {
            for (int k = j - 1; k > limit && k > j - 35; k--) {
                if (v.lower[k].equals(",")) {
                    if (!appositionOk(v, k + 1, j)) return -1;
                    int s = coreStart(v, k, limit);
                    if (s < 0 || !startsClause(v, s, limit)) return -1;
                    if (v.is(s - 1, ",") && s - 1 > limit) {
                        int before = coreStart(v, s - 1, limit);
                        if (before >= 0 && v.posIs(s - 2, "NNP") && (before == limit || v.closesQuote(before - 1)
                                || v.is(before - 1, ","))) {
                            return before;
                        }
                    }
                    return s;
                }
                if (v.isSentenceFinal(k) || v.isQuoteMark(k) || v.lower[k].equals(";")) return -1;
            }
            return -1;
        }
        int s = coreStart(v, endExcl, limit);
        if (s >= 0 && startsClause(v, s, limit)) return s;
        s = restrictedStart(v, endExcl, limit);
        return s >= 0 && startsClause(v, s, limit) ? s : -1;
    }

    /** "others who want to ban abortion", "those surveyed": a noun phrase with a restrictive modifier. */
    private static int restrictedStart(TextView v, int endExcl, int limit) {
        int j = endExcl - 1;
        if (v.posIs(j, "VBN") && (v.is(j - 1, "those") || v.posIs(j - 1, "NNS"))) {
            return v.is(j - 1, "those") ? j - 1 : coreStart(v, j, limit);
        }
        for (int k = j; k > limit && k > j - 12; k--) {
            if (v.isPunct(k) || v.isQuoteMark(k) || v.isFiniteVerb(k) && k == j) return -1;
            if ((v.is(k, "who") || v.is(k, "that")) && v.posIs(k, "W") && k > limit && (v.isNoun(k - 1) || v.is(k - 1, "those"))) {
                return v.is(k - 1, "those") ? k - 1 : coreStart(v, k, limit);
            }
        }
        return -1;
    }

    private static boolean appositionOk(TextView v, int from, int to) {
        if (to - from < 1 || to - from > 30) return false;
        String first = v.lower[from];
        if (first.equals("who") || first.equals("which") || first.equals("whose")) return true;
        if (!(v.posIs(from, "DT") || v.posIs(from, "NN") || v.posIs(from, "JJ") || v.posIs(from, "CD")
                || v.posIs(from, "PRP$"))) {
            return false;
        }
        boolean relative = false;
        for (int i = from; i < to; i++) {
            relative |= v.posIs(i, "W");
            if (v.isFiniteVerb(i) && !relative || v.isQuoteMark(i)) return false;
        }
        return true;
    }

    private static boolean startsClause(TextView v, int s, int limit) {
        if (s <= limit || v.posIs(s, "W")) return true;
        int p = s - 1;
        return !(v.posIs(p, "VB") || v.posIs(p, "NN") || v.posIs(p, "JJ") || v.lower[p].equals("of"));
    }

    /** The start of the plain noun phrase ending at {@code endExcl - 1}, or -1. */
    static int coreStart(TextView v, int endExcl, int limit) {
        int j = endExcl - 1;
        if (j < limit) return -1;
        if (v.lower[j].equals(")")) {
            int open = j - 1;
            while (open > limit && open > j - 10 && !v.lower[open].equals("(")) open--;
            if (!v.lower[open].equals("(")) return -1;
            j = open - 1;
            if (j < limit) return -1;
        }
        // "…, many of whom say …", "two of which said …": the quantifier's relative clause.
        if ((v.is(j, "whom") || v.is(j, "which")) && v.is(j - 1, "of") && j - 2 >= limit
                && (QUANTIFIERS.contains(v.lower[j - 2]) || v.posIs(j - 2, "CD"))) {
            return j - 2;
        }
        if (SUBJECT_PRONOUNS.contains(v.lower[j]) && (v.posIs(j, "PRP") || v.posIs(j, "W"))) return j;
        if (QUANTIFIERS.contains(v.lower[j]) && !v.isNoun(j)) {
            // "Some said …", "Many believe …": a quantifier standing for its noun.
            return j - 1 >= limit && (v.is(j - 1, "not") || APPROXIMATORS.contains(v.lower[j - 1])) ? j - 1 : j;
        }
        if (!(v.isNoun(j) || v.posIs(j, "CD"))) return -1;
        int k = j;
        while (k - 1 >= limit) {
            int t = k - 1;
            String w = v.lower[t];
            boolean npWord = v.isNoun(t) || v.posIs(t, "JJ") || v.posIs(t, "CD") || v.posIs(t, "DT")
                    || v.posIs(t, "PRP$") || v.posIs(t, "POS") || w.equals("&")
                    || w.equals("-") && v.end[t] == v.begin[t + 1]
                    || v.posIs(t, "VBN") && v.posIs(t + 1, "NNP") && (t == limit || v.posIs(t - 1, "DT"))
                    // "of registered voters", "the newly elected mayor": a participle used as an adjective
                    || (v.posIs(t, "VBN") || v.posIs(t, "VBG")) && v.isNoun(t + 1) && t - 1 >= limit
                    && (v.posIs(t - 1, "DT") || v.posIs(t - 1, "CD") || v.is(t - 1, "of") || v.posIs(t - 1, "PRP$")
                    || v.posIs(t - 1, "RB") && v.posIs(t - 2, "DT"))
                    // "Elected officials say …", "Striking workers said …": the same, opening the sentence
                    || (v.posIs(t, "VBN") || v.posIs(t, "VBG")) && v.posIs(t + 1, "NNS") && t == limit;
            boolean joiner = (w.equals("and") || NP_PREPOSITIONS.contains(w)) && t - 1 >= limit
                    && (v.isNoun(t - 1) || w.equals("of") && v.posIs(t - 1, "CD")) && !v.isTimeWord(t - 1)
                    && !v.isTimeWord(t + 1);
            // "people familiar with the talks", "those close to him": an adjective taking its own object.
            boolean adjectiveObject = (w.equals("with") || w.equals("to")) && t - 2 >= limit
                    && POSTNOMINAL_ADJECTIVES.contains(v.lower[t - 1])
                    && (v.isNoun(t - 2) || v.is(t - 2, "those"));
            if (v.posIs(t, "DT") && (v.lower[t].equals("that") || v.lower[t].equals("this") && k == j)) break;
            if (!npWord && !joiner && !adjectiveObject) break;
            k = t;
        }
        if (k - 1 >= limit && (v.posIs(k, "CD") || v.posIs(k, "DT")) && APPROXIMATORS.contains(v.lower[k - 1])) k--;
        if (k - 1 >= limit && v.is(k - 1, "not") && (v.is(k, "everyone") || v.is(k, "all") || v.is(k, "everybody"))) k--;
        boolean introPhrase = v.posIs(k, "IN") && !v.is(k, "of");
        while (k <= j && (v.isTimeWord(k) || v.posIs(k, "IN") || v.posIs(k, "CC"))) {
            k++;
            if (k <= j && TIME_PREFIXES.contains(v.lower[k - 1]) && v.isTimeWord(k)) k++;
        }
        if (introPhrase && k <= j) {
            // "In a Bloomberg interview Trump said": an introductory phrase without its comma. The subject is
            // the trailing name, or the last determiner's phrase.
            if (v.posIs(j, "NNP")) {
                int n = j;
                while (n - 1 >= k && v.posIs(n - 1, "NNP")) n--;
                return n > k ? n : -1;
            }
            int d = j;
            while (d > k && !(v.posIs(d, "DT") || v.posIs(d, "PRP$"))) d--;
            return d > k ? d : -1;
        }
        return k <= j ? k : -1;
    }

    /** Where a noun phrase starting at {@code start} ends, for a source after its cue; start if none. */
    static int sourceEndRight(TextView v, int start, int limit) {
        if (start >= limit) return start;
        if (SUBJECT_PRONOUNS.contains(v.lower[start]) && v.posIs(start, "PRP")) return start + 1;
        if (!(v.isNoun(start) || v.posIs(start, "DT") || v.posIs(start, "JJ") || v.posIs(start, "PRP$")
                || v.posIs(start, "CD"))) {
            return start;
        }
        int i = start;
        boolean relative = false;
        while (i < limit) {
            String w = v.lower[i];
            if (v.isSentenceFinal(i) || v.isQuoteMark(i) || w.equals(";") || w.equals(":") || w.equals("--")
                    || w.equals("—")) {
                break;
            }
            if (v.posIs(i, "W") && !v.is(i - 1, ",") && i > start) break;
            if (v.posIs(i, "W")) relative = true;
            if (w.equals("(")) {
                int close = i + 1;
                while (close < limit && close < i + 6 && !v.is(close, ")")) close++;
                if (close >= limit || !v.is(close, ")") || close - i > 4) break;
                i = close + 1;
                continue;
            }
            if (w.equals(",")) {
                int nx = i + 1;
                if (nx >= limit || v.isQuoteMark(nx) || !(v.isNoun(nx) || v.posIs(nx, "DT") || v.posIs(nx, "JJ")
                        || v.posIs(nx, "PRP$") || v.posIs(nx, "W") || v.posIs(nx, "CD"))) {
                    break;
                }
                relative = relative || v.posIs(nx, "W");
            } else if (!relative && (v.isFiniteVerb(i) || v.posIs(i, "VBG") && !(v.posIs(i - 1, "POS")
                    || v.posIs(i - 1, "DT") || v.posIs(i - 1, "JJ")))) {
                break;
            } else if ((w.equals("on") || w.equals("in") || w.equals("at")) && i + 1 < limit
                    && (v.isTimeWord(i + 1) || v.isTimeWord(i + 2) || v.is(i + 1, "a") || v.is(i + 1, "an"))) {
                break;
            } else if (v.isTimeWord(i) && i > start && !v.posIs(i, "NNP")
                    && !(v.is(i - 1, "last") || v.is(i - 1, "this") || v.is(i - 1, "next"))) {
                break;
            }
            i++;
        }
        return i;
    }

    /**
     * Trims a subject to what PolNeAR marks: a name with its first apposition, not a second one, and not a
     * relative clause after the apposition or one that attributes something itself ("Jeremy, who says…").
     * Returns the new exclusive end.
     */
    static int trimSource(TextView v, int start, int end) {
        int commas = 0;
        for (int k = start; k < end; k++) {
            if (!v.is(k, ",")) continue;
            commas++;
            boolean relative = v.posIs(k + 1, "W");
            if (commas >= 3 || commas == 2 && k + 1 < end - 1) return k + 1;
            if (relative && commas >= 2) return k;
            if (relative && relativeHasCue(v, k + 1, end)) return k;
        }
        return end;
    }

    private static boolean relativeHasCue(TextView v, int from, int end) {
        for (int k = from; k < end && !v.is(k, ","); k++) {
            if (v.posIs(k, "VB") && CueLexicon.standard().verb(v.lower[k]) != null) return true;
        }
        return false;
    }

    /** Where a recipient ("reporters", "the Associated Press", "him") starting at {@code i} ends; i if none. */
    static int recipientEnd(TextView v, int i, int limit) {
        if (i >= limit) return i;
        if (OBJECT_PRONOUNS.contains(v.lower[i]) && v.posIs(i, "PRP")) return i + 1;
        int k = i;
        while (k < limit && (v.isNoun(k) || v.posIs(k, "DT") || v.posIs(k, "JJ") || v.posIs(k, "PRP$")
                || v.posIs(k, "POS") || v.posIs(k, "CD") || (v.is(k, "of") && k > i))) {
            k++;
        }
        while (k > i && !v.isNoun(k - 1)) k--;
        return k;
    }

    /** Skips time adjuncts left of {@code endExcl} ("on Thursday (28 March)", "last week"); the new end. */
    static int skipAdjunctsLeft(TextView v, int endExcl, int limit) {
        int e = endExcl;
        while (e - 1 >= limit) {
            int j = e - 1;
            if (v.lower[j].equals(")")) {
                int open = j - 1;
                while (open > limit && open > j - 8 && !v.lower[open].equals("(")) open--;
                if (!v.lower[open].equals("(") || !v.isTimeWord(open - 1) && !v.posIs(open + 1, "CD")) break;
                e = open;
            } else if (v.posIs(j, "CD") && v.lower[j].matches("(19|20)\\d\\d") && j - 1 >= limit
                    && (v.is(j - 1, "in") || v.is(j - 1, "since"))) {
                e = j - 1;
            } else if (v.isTimeWord(j) && !v.posIs(j, "RB") || v.is(j, "meanwhile")) {
                int f = j;
                if (f - 1 >= limit && TIME_PREFIXES.contains(v.lower[f - 1])) f--;
                if (v.posIs(f - 1, "VBN")) break;
                e = f;
            } else if (v.posIs(j, "RB") && !v.is(j, "not") && !v.is(j, "n't") && j > limit && !v.isPunct(j - 1)) {
                e = j;
            } else if (v.lower[j].equals(",") && v.is(j - 1, "meanwhile") && v.is(j - 2, ",")) {
                e = j - 2;
            } else if (v.lower[j].equals(",") && commaWrappedPhrase(v, j, limit) > 0) {
                e = commaWrappedPhrase(v, j, limit);
            } else {
                break;
            }
        }
        return e;
    }

    /** ", at a later press gaggle," ending at the comma {@code j}: the index of its opening comma, or -1. */
    private static int commaWrappedPhrase(TextView v, int j, int limit) {
        for (int k = j - 1; k > limit && k > j - 10; k--) {
            if (v.lower[k].equals(",")) {
                boolean participle = v.posIs(k + 1, "VBG") || v.posIs(k + 1, "VBN");
                if (!(v.posIs(k + 1, "IN") || v.posIs(k + 1, "RB") || participle) || k + 1 == j) return -1;
                for (int m = k + 2; m < j; m++) if (v.isFiniteVerb(m) || v.isQuoteMark(m)) return -1;
                return k;
            }
            if (v.isQuoteMark(k) || v.isSentenceFinal(k)) return -1;
        }
        return -1;
    }

    /** Where a short prepositional phrase at {@code i} ends ("in an interview", "at a campaign stop"), or i. */
    static int prepositionalEnd(TextView v, int i, int limit) {
        if (!(v.posIs(i, "IN") || v.posIs(i, "TO")) || v.is(i, "that") || v.is(i, "if") || v.is(i, "whether")
                || v.posIs(i, "TO") && v.posIs(i + 1, "VB")) {
            return i;
        }
        int k = i + 1;
        // Taggers stumble inside such phrases ("at a campaign stop/VB"), so any word but a finite verb, a
        // clause opener or punctuation may continue it; a title in quotes may close it.
        while (k < limit && k < i + 12 && !v.isFiniteVerb(k) && !v.is(k, "that") && !v.posIs(k, "W")
                && !v.is(k, ",") && !v.isSentenceFinal(k) && !v.is(k, ";") && !v.is(k, ":")) {
            k++;
        }
        int e = k;
        while (e > i + 1 && v.isQuoteMark(e - 1) && !v.closesQuote(e - 1)) e--;
        if (e == i + 1) return i;
        if (v.is(i, "of") && !(e >= limit || v.isSentenceFinal(e) || v.is(e, ",") && v.opensQuote(e + 1))) return i;
        return e;
    }

    /** Skips time adjuncts and any short prepositional phrase before a "that" from {@code i}; the new start. */
    static int skipAdjunctsRight(TextView v, int i, int limit) {
        return skipAdjunctsRight(v, i, limit, true);
    }

    /**
     * As {@link #skipAdjunctsRight(TextView, int, int)}; {@code phrases} allows skipping a prepositional
     * phrase that ends the clause ("said at a campaign stop."), right for verbs of saying only: for others
     * it is the content ("ruled against the procedure").
     */
    static int skipAdjunctsRight(TextView v, int i, int limit, boolean phrases) {
        for (int k = i; k < limit && k < i + 12; k++) {
            if (v.lower[k].equals("that") && k > i) {
                boolean clean = true;
                for (int m = i; m < k && clean; m++) clean = !v.isFiniteVerb(m) && !v.isQuoteMark(m) && !v.isSentenceFinal(m);
                if (clean && (v.posIs(i, "IN") || v.posIs(i, "TO") || v.isTimeWord(i) || v.posIs(i, "NNP"))) return k;
                break;
            }
            if (v.isSentenceFinal(k)) break;
        }
        int s = i;
        while (s < limit) {
            if (TIME_PREFIXES.contains(v.lower[s]) && v.isTimeWord(s + 1) && s + 1 < limit && !v.is(s + 1, "now")) {
                s += 2;
            } else if ((v.isTimeWord(s) && (v.posIs(s, "NNP") || s > i && v.isTimeWord(s - 1)
                    || endsHere(v, s + 1, limit)) || v.is(s, "yesterday") || v.is(s, "today")) && !v.posIs(s + 1, "POS")) {
                s++;
            } else if (phrases && prepositionalEnd(v, s, limit) > s && endsHere(v, prepositionalEnd(v, s, limit), limit)) {
                s = prepositionalEnd(v, s, limit);
            } else if (v.is(s, "(") && s > i) {
                int close = s + 1;
                while (close < limit && close < s + 8 && !v.lower[close].equals(")")) close++;
                if (close >= limit || !v.lower[close].equals(")")) break;
                s = close + 1;
            } else {
                break;
            }
        }
        return s;
    }

    private static boolean endsHere(TextView v, int k, int limit) {
        return k >= limit || v.isSentenceFinal(k) || v.is(k, ",") || v.is(k, ":") || v.opensQuote(k) || v.is(k, "that")
                || v.isTimeWord(k) && (k + 1 >= limit || v.isSentenceFinal(k + 1) || v.is(k + 1, ","))
                || prepositionalEnd(v, k, limit) > k;
    }
}
