package org.newsgraph.nlp.entity.internal;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.entity.EntityType;

/**
 * What the words around a name say it is, where the recogniser's tag is often wrong (Ennahda or Big
 * Machine as places, Kanye West as a place, Burisma as a person):
 * <ul>
 *   <li>a kind of body before it or in an apposition ("the Islamist party Ennahda", "the gas company
 *       Burisma", "Big Machine, the label that …", "The group that owns her music, Big Machine") makes it
 *       an organisation, and so do members and leaders of it ("a member of Ennahda’s secretariat", "the
 *       leader of Ennahda");</li>
 *   <li>a person's title or trade before it or in an apposition ("rapper Kanye West", "West, a singer")
 *       makes it a person;</li>
 *   <li>a place that speaks ("Big Machine have twice denied …") is an organisation.</li>
 * </ul>
 * Stateless.
 */
final class TypeEvidence {
    /** Kinds of bodies: "the party", "a company". */
    static final Set<String> BODY_NOUNS = Set.of("company", "firm", "group", "agency", "organization",
            "organisation", "party", "movement", "union", "league", "club", "coalition", "label", "network",
            "broadcaster", "newspaper", "magazine", "website", "startup", "maker", "manufacturer", "carrier",
            "airline", "bank", "retailer", "charity", "nonprofit", "outlet", "studio", "conglomerate", "insurer",
            "lender", "utility", "operator", "developer", "publisher", "giant", "team", "band", "militia",
            "faction", "alliance", "association", "foundation", "institute", "university", "school", "hospital",
            "corporation", "subsidiary", "brand", "platform", "service", "committee", "council", "commission");
    /** Trades and titles that only a person has, beyond the role nouns of {@link Lexicon}. */
    private static final Set<String> PERSON_NOUNS = Set.of("rapper", "singer", "actor", "actress", "musician",
            "artist", "player", "star", "coach", "striker", "midfielder", "goalkeeper", "comedian", "writer",
            "novelist", "poet", "director", "producer", "businessman", "businesswoman", "billionaire",
            "entrepreneur", "model", "influencer", "songwriter", "broadcaster", "presenter", "host", "designer",
            "chef", "doctor", "nurse", "teacher", "student", "mother", "father", "son", "daughter", "wife",
            "husband", "brother", "sister", "widow", "boyfriend", "girlfriend", "cleric", "imam", "rabbi", "priest");
    private static final Set<String> MEMBER_NOUNS = Set.of("leader", "member", "members", "founder", "head",
            "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson", "secretariat", "leadership",
            "president", "chief", "secretary-general");

    private TypeEvidence() {}

    /** The type the context of tokens {@code [first, end)} gives the name there, or null if it says nothing. */
    static EntityType of(DocView v, int first, int end) {
        EntityType before = before(v, first);
        if (before != null) return before;
        EntityType opening = openingApposition(v, first);
        if (opening != null) return opening;
        EntityType after = apposition(v, end);
        if (after != null) return after;
        if (isMemberOf(v, first) || hasMembers(v, end)) return EntityType.ORGANIZATION;
        return null;
    }

    /** Whether the name at [first, end) is the subject of a verb of saying ("Big Machine have twice denied"). */
    static boolean speaks(DocView v, int first, int end) {
        int k = end;
        if (k < v.size() && v.word(k).equals(",") && first > 0 && v.word(first - 1).equals(",")) k++;
        while (k < v.size() && (v.token(k).isPos("RB") || v.token(k).isPos("MD") || Lexicon.isBeForm(v.word(k))
                || v.word(k).equalsIgnoreCase("have") || v.word(k).equalsIgnoreCase("has") || v.word(k).equalsIgnoreCase("had"))) {
            k++;
        }
        return k < v.size() && Lexicon.isSpeechVerb(v.word(k)) && v.token(k).isPos("VB");
    }

    /** "the Islamist party Ennahda", "rapper Kanye West": the noun right before the name. */
    private static EntityType before(DocView v, int first) {
        int k = first - 1;
        if (k < 0 || v.token(k).sentence() != v.token(first).sentence()) return null;
        String w = v.word(k);
        if (!Character.isLowerCase(w.charAt(0))) return null;
        return typeOfNoun(w);
    }

    /** "The group that owns most of her music, Big Machine, says": a description opening the sentence, then the name. */
    private static EntityType openingApposition(DocView v, int first) {
        if (first < 2 || !v.word(first - 1).equals(",")) return null;
        int ss = v.sentenceOf(first).firstToken();
        if (first - 1 - ss > 15) return null;
        for (int k = ss; k < first - 1; k++) if (v.word(k).equals(",")) return null;
        if (!Roles.isDeterminer(v.word(ss))) return null;
        for (int k = ss + 1; k < Math.min(ss + 4, first - 1); k++) {
            EntityType t = typeOfNoun(v.word(k));
            if (t != null) return t;
        }
        return null;
    }

    /** ", the label that …" / ", a singer" after the name; "The group that owns her music, X," before it. */
    private static EntityType apposition(DocView v, int end) {
        if (end >= v.size() || !v.word(end).equals(",")) return null;
        int k = end + 1;
        if (k < v.size() && Roles.isDeterminer(v.word(k))) k++;
        for (int n = 0; n < 3 && k < v.size(); n++, k++) {
            String w = v.word(k);
            if (!Character.isLowerCase(w.charAt(0))) return null;
            EntityType t = typeOfNoun(w);
            if (t != null) return t;
            if (!(v.token(k).isPos("JJ") || v.token(k).isPos("NN") || v.token(k).isPos("VBN"))) return null;
        }
        return null;
    }

    private static EntityType typeOfNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (BODY_NOUNS.contains(w)) return EntityType.ORGANIZATION;
        if (PERSON_NOUNS.contains(w) || Lexicon.isRoleNoun(w) && !w.equals("speaker")) return EntityType.PERSON;
        return null;
    }

    /** "the leader of Ennahda", "members of Ennahda". */
    private static boolean isMemberOf(DocView v, int first) {
        int k = first - 1;
        if (k >= 0 && v.word(k).equalsIgnoreCase("the")) k--;
        return k >= 1 && v.word(k).equals("of") && MEMBER_NOUNS.contains(v.word(k - 1).toLowerCase(Locale.ROOT));
    }

    /** "Ennahda’s general secretariat", "Ennahda’s leader". */
    private static boolean hasMembers(DocView v, int end) {
        if (end >= v.size() || !v.isPossessive(end)) return false;
        for (int k = end + 1; k < v.size() && k <= end + 3; k++) {
            if (MEMBER_NOUNS.contains(v.word(k).toLowerCase(Locale.ROOT))) return true;
            if (!v.token(k).isPos("JJ") && !v.token(k).isPos("NN")) return false;
        }
        return false;
    }
}
