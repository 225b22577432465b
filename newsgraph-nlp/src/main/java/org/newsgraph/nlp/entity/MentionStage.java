package org.newsgraph.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.document.Document;
import org.newsgraph.document.LayerKey;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.nlp.entity.internal.Gazetteer;
import org.newsgraph.nlp.entity.internal.Lexicon;
import org.newsgraph.nlp.entity.internal.NameEchoes;
import org.newsgraph.nlp.entity.internal.OrgPhrases;
import org.newsgraph.span.Span;
import org.newsgraph.stage.Stage;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Adds named mentions: runs of tokens the recogniser gave the same tag, corrected by the gazetteer.
 *
 * <ul>
 *   <li>A run that the gazetteer covers exactly, phrase by phrase, becomes those phrases with the
 *       gazetteer's types: "Spain Sweden" (one LOCATION run) is two COUNTRY mentions, "Caracas" a CITY,
 *       "EU" an ORGANIZATION.</li>
 *   <li>A demonym or country followed by the name of a body ("Russian foreign ministry", "US military")
 *       is one ORGANIZATION mention.</li>
 *   <li>Demonyms and group adjectives alone ("Russian troops", "Latin American") are no mention.</li>
 *   <li>Gazetteer phrases the recogniser missed are added when written as proper nouns; a known
 *       organisation phrase longer than the run is taken whole ("Interfax news agency").</li>
 *   <li>Honorifics and titles the recogniser put inside a PERSON run ("Mr", "President") are left out.</li>
 * </ul>
 * Mentions are sorted by position and never overlap. Stateless and thread-safe.
 */
public final class MentionStage implements Stage {
    private static final int CONFIRMATION_WINDOW = 20_000;
    private final Gazetteer gazetteer = Gazetteer.get();

    @Override
    public Set<LayerKey<?>> reads() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES);
    }

    @Override
    public LayerKey<?> adds() {
        return Layers.MENTIONS;
    }

    @Override
    public Document apply(Document document) {
        List<Token> tokens = document.get(Layers.TOKENS);
        String text = document.text();
        List<Mention> out = new ArrayList<>();
        for (Sentence s : document.get(Layers.SENTENCES)) {
            int before = out.size();
            findInSentence(text, tokens, s.firstToken(), s.endToken(), out);
            addOrgPhrases(text, tokens, s, out, before);
            addUntaggedSpeakers(text, tokens, s, out, before);
            if (out.size() > before && isTitleCase(tokens, s)) keepConfirmed(text, s, out, before);
            if (out.size() > before) dropSlogans(text, tokens, s, out, before);
        }
        return document.with(Layers.MENTIONS, List.copyOf(NameEchoes.add(text, tokens, out)));
    }

    private void findInSentence(String text, List<Token> tokens, int first, int end, List<Mention> out) {
        int i = first;
        while (i < end) {
            Token t = tokens.get(i);
            int body = bodyOfNation(tokens, i, end);
            if (body > i) {
                add(text, tokens, i, body, EntityType.ORGANIZATION, out);
                i = body;
                continue;
            }
            if (!t.ner().equals("O")) {
                int j = i + 1;
                while (j < end && tokens.get(j).ner().equals(t.ner())) j++;
                Gazetteer.Match longer = gazetteer.longestAt(tokens, i, end);
                if (longer != null && longer.end() > j && untaggedFrom(tokens, j, longer.end())
                        && longer.entry().type() == EntityType.ORGANIZATION) {
                    // The table knows the longer phrase: "Interfax" + "news agency" is one mention.
                    add(text, tokens, i, longer.end(), EntityType.ORGANIZATION, out);
                    i = longer.end();
                    continue;
                }
                addRun(text, tokens, i, j, t.ner(), out);
                i = j;
                continue;
            }
            Gazetteer.Match m = gazetteer.longestAt(tokens, i, end);
            if (m != null && missedProperNoun(tokens, m)) {
                add(text, tokens, m.begin(), m.end(), m.entry().type(), out);
                i = m.end();
                continue;
            }
            i++;
        }
    }

    /**
     * Organisation names the recogniser missed or cut up ("U.S. Attorney’s Office for the Western District
     * of New York" as a place and two untagged words) replace the mentions inside them; a phrase that would
     * cut a mention in two is left alone.
     */
    private void addOrgPhrases(String text, List<Token> tokens, Sentence s, List<Mention> out, int from) {
        List<OrgPhrases.Phrase> phrases = OrgPhrases.find(tokens, s.firstToken(), s.endToken(), k -> isPlace(tokens, k));
        for (OrgPhrases.Phrase p : phrases) {
            Span span = new Span(tokens.get(p.begin()).begin(), tokens.get(p.end() - 1).end());
            boolean cuts = false;
            for (int i = from; i < out.size(); i++) {
                Span m = out.get(i).span();
                if (m.overlaps(span) && !span.contains(m)) cuts = true;
            }
            if (cuts) continue;
            for (int i = out.size() - 1; i >= from; i--) {
                if (span.contains(out.get(i).span())) out.remove(i);
            }
            int insert = from;
            while (insert < out.size() && out.get(insert).span().begin() < span.begin()) insert++;
            out.add(insert, new Mention(span, span.of(text), EntityType.ORGANIZATION));
        }
    }

    /**
     * A proper noun the recogniser left untagged that speaks ("Twitter pledged …", "Costco said …", "…, said
     * Costco") is a name: an organisation, or a person when it opens with a listed given name.
     */
    private void addUntaggedSpeakers(String text, List<Token> tokens, Sentence s, List<Mention> out, int from) {
        for (int v = s.firstToken() + 1; v < s.endToken(); v++) {
            if (!tokens.get(v).isPos("VB") || !Lexicon.isSpeechVerb(tokens.get(v).text())) continue;
            int e = v;
            int b = e;
            while (b > s.firstToken() && isBareProperNoun(tokens.get(b - 1)) && e - b < 4) b--;
            if (b == e && v + 1 < s.endToken() && tokens.get(v - 1).text().equals(",")) {
                // "…, said Costco."
                b = v + 1;
                e = b;
                while (e < s.endToken() && isBareProperNoun(tokens.get(e)) && e - b < 4) e++;
                if (e < s.endToken() && !tokens.get(e).text().equals(".") && !tokens.get(e).text().equals(",")) continue;
            }
            if (e <= b || covered(out, from, tokens.get(b).begin(), tokens.get(e - 1).end())) continue;
            if (b == s.firstToken() && e - b == 1 && !tokens.get(b).isPos("NNP")) continue;
            EntityType type = e - b >= 2 && Lexicon.isFirstName(tokens.get(b).text()) ? EntityType.PERSON : EntityType.ORGANIZATION;
            add(text, tokens, b, e, type, out);
            out.subList(from, out.size()).sort((x, y) -> x.span().compareTo(y.span()));
        }
    }

    /** A capitalised proper noun that is no title, month, day or demonym: the stuff of a name. */
    private boolean isBareProperNoun(Token t) {
        String w = t.text();
        return t.isPos("NNP") && !t.isPos("NNPS") && w.length() > 1 && Character.isUpperCase(w.charAt(0))
                && t.ner().equals("O") && !Lexicon.isRoleNoun(w) && !Lexicon.isTitleModifier(w)
                && !Lexicon.isHonorific(w) && !Lexicon.isCalendarWord(w) && gazetteer.demonymCountry(w) == null;
    }

    private static boolean covered(List<Mention> out, int from, int b, int e) {
        for (int i = from; i < out.size(); i++) {
            Span m = out.get(i).span();
            if (m.begin() < e && b < m.end()) return true;
        }
        return false;
    }

    private boolean isPlace(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.ner().equals("LOCATION")) return true;
        Gazetteer.Match m = gazetteer.longestAt(tokens, k, k + 1);
        return m != null && m.entry().type() != EntityType.ORGANIZATION;
    }

    /**
     * Headlines in title case ("Stealth Over Health: … Avoid Bad Optics") fool the recogniser, which
     * takes capitals for names. There a mention is kept only when the gazetteer knows it or the same words
     * occur again outside the headline.
     */
    private void keepConfirmed(String text, Sentence s, List<Mention> out, int from) {
        for (int i = out.size() - 1; i >= from; i--) {
            Mention m = out.get(i);
            if (gazetteer.lookup(m.text()) != null) continue;
            if (!occursOutside(text, m.text(), s.span())) out.remove(i);
        }
    }

    /**
     * Signs, slogans and titles in quotation marks, written in title case ("“Less Money on Testing, More Money
     * on Students”", a song's title) are no names: a mention inside one is dropped unless the gazetteer knows
     * it or its words occur outside the quotation too.
     */
    private void dropSlogans(String text, List<Token> tokens, Sentence s, List<Mention> out, int from) {
        int open = -1;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String w = tokens.get(k).text();
            boolean straight = w.equals("\"");
            if (w.equals("“") || straight && open < 0) {
                open = k;
            } else if ((w.equals("”") || straight) && open >= 0) {
                if (isTitleCaseRun(tokens, open + 1, k)) {
                    Span quote = new Span(tokens.get(open).begin(), tokens.get(k).end());
                    for (int i = out.size() - 1; i >= from; i--) {
                        Mention m = out.get(i);
                        if (!quote.contains(m.span()) || m.type() == EntityType.PERSON || gazetteer.lookup(m.text()) != null) continue;
                        if (!occursOutside(text, m.text(), quote)) out.remove(i);
                    }
                }
                open = -1;
            }
        }
    }

    /** Three to twelve words, all capitalised but for short function words: a title, sign or slogan. */
    private static boolean isTitleCaseRun(List<Token> tokens, int b, int e) {
        int words = 0;
        for (int k = b; k < e; k++) {
            String w = tokens.get(k).text();
            if (!Character.isLetter(w.charAt(0))) continue;
            words++;
            if (Character.isLowerCase(w.charAt(0)) && w.length() > 3) return false;
        }
        return words >= 3 && words <= 12;
    }

    /** Searched within {@link #CONFIRMATION_WINDOW} characters of the headline, so huge texts stay linear. */
    private static boolean occursOutside(String text, String words, Span inside) {
        int from = Math.max(0, inside.begin() - CONFIRMATION_WINDOW);
        int to = Math.min(text.length(), inside.end() + CONFIRMATION_WINDOW);
        for (int at = text.indexOf(words, from); at >= 0 && at < to; at = text.indexOf(words, at + 1)) {
            if (at < inside.begin() || at >= inside.end()) return true;
        }
        return false;
    }

    /**
     * Five or more words of four letters or more outside person names, all capitalised but at most one:
     * a headline, not a sentence that happens to be full of names.
     */
    private static boolean isTitleCase(List<Token> tokens, Sentence s) {
        int words = 0;
        int capitalised = 0;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String w = tokens.get(k).text();
            if (w.length() < 4 || !Character.isLetter(w.charAt(0)) || tokens.get(k).ner().equals("PERSON")) continue;
            words++;
            if (Character.isUpperCase(w.charAt(0))) capitalised++;
        }
        return words >= 5 && capitalised >= words - 1;
    }

    /**
     * A recogniser run: trimmed to its proper-noun core, split by the gazetteer when it covers the run
     * exactly, else typed by the tag.
     */
    private void addRun(String text, List<Token> tokens, int begin, int end, String tag, List<Mention> out) {
        int b = begin;
        int e = end;
        // A possessive ends a name: "Donald Trump's microphone" is about Donald Trump.
        for (int k = b; k < e; k++) {
            if (isPossessive(tokens.get(k).text())) {
                e = k;
                break;
            }
        }
        while (b < e && (!startsProperly(tokens.get(b).text()) || isFunctionWord(tokens.get(b)))) b++;
        while (e > b && !endsProperly(tokens.get(e - 1).text())) e--;
        // "Eloise deteriorated" tagged as one name: a name does not end in a lower-case word.
        while (e - 1 > b && Character.isLowerCase(tokens.get(e - 1).text().charAt(0)) && tokens.get(e - 1).isPos("VB")) e--;
        if (tag.equals("PERSON")) {
            while (b < e - 1 && isPersonPrefix(tokens.get(b).text())) b++;
        }
        if (b >= e || (e - b == 1 && Lexicon.isCalendarWord(tokens.get(b).text()))) return;
        if (e - b == 1 && tag.equals("PERSON") && isPersonPrefix(tokens.get(b).text())) return; // "Hispanic", "Mr"
        if (!tag.equals("PERSON")) {
            List<Gazetteer.Match> tiles = tile(tokens, b, e);
            if (tiles != null) {
                for (Gazetteer.Match m : tiles) add(text, tokens, m.begin(), m.end(), m.entry().type(), out);
                return;
            }
            int and = coordination(tokens, b, e);
            if (and > 0) {
                // "Manchester United and Real Madrid": two names in one run.
                addRun(text, tokens, b, and, tag, out);
                addRun(text, tokens, and + 1, e, tag, out);
                return;
            }
        }
        switch (tag) {
            case "PERSON" -> add(text, tokens, b, e,
                    Lexicon.isOrganizationWord(tokens.get(e - 1).text()) ? EntityType.ORGANIZATION : EntityType.PERSON, out);
            case "ORGANIZATION" -> add(text, tokens, b, e, looksLikePerson(tokens, b, e) ? EntityType.PERSON : EntityType.ORGANIZATION, out);
            case "LOCATION" -> add(text, tokens, b, e, looksLikePerson(tokens, b, e) ? EntityType.PERSON : EntityType.LOCATION, out);
            default -> {
                if (!isGroupWord(tokens.get(e - 1))) add(text, tokens, b, e, EntityType.MISC, out);
            }
        }
    }

    /**
     * The "and" joining two names of two words or more in one recogniser run, or -1: "Manchester United and
     * Real Madrid", but not "World Travel and Tourism Council" (one body's name) or "Procter and Gamble".
     */
    private static int coordination(List<Token> tokens, int b, int e) {
        for (int k = b + 2; k < e - 2; k++) {
            if (!tokens.get(k).text().equals("and")) continue;
            if (Lexicon.isOrganizationWord(tokens.get(e - 1).text())) return -1;
            boolean capitalised = Character.isUpperCase(tokens.get(k - 1).text().charAt(0))
                    && Character.isUpperCase(tokens.get(k + 1).text().charAt(0));
            return capitalised ? k : -1;
        }
        return -1;
    }

    /**
     * A run of two to four words that starts with a listed given name and ends in no organisation word
     * ("Osama bin Laden" tagged ORGANIZATION) is a person.
     */
    private static boolean looksLikePerson(List<Token> tokens, int b, int e) {
        if (e - b < 2 || e - b > 4 || !Lexicon.isFirstName(tokens.get(b).text())) return false;
        return !Lexicon.isOrganizationWord(tokens.get(e - 1).text());
    }

    /** Honorifics, titles and party or group words the recogniser sometimes puts before a name. */
    private boolean isPersonPrefix(String w) {
        return Lexicon.isHonorific(w) || Lexicon.isRoleNoun(w) || Lexicon.isTitleModifier(w)
                || Lexicon.isGroupAdjective(w) || gazetteer.demonymCountry(w) != null;
    }

    /**
     * A capitalised function word at the start of a run ("The", "Did Trump …?" in a headline) is no part
     * of the name. Modal and base verbs are kept: "Will" may be a given name.
     */
    private static boolean isFunctionWord(Token t) {
        String pos = t.pos();
        return pos.equals("DT") || pos.equals("IN") || pos.equals("CC") || pos.startsWith("PRP") || pos.startsWith("W")
                || pos.equals("VBD") || pos.equals("VBZ") || t.text().equals("The");
    }

    /** A name starts with a capital or a digit ("3M"), never with a quote mark, dash or lower-case word. */
    private static boolean startsProperly(String w) {
        char c = w.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    private static boolean endsProperly(String w) {
        char c = w.charAt(w.length() - 1);
        return Character.isLetterOrDigit(c) || c == '.';
    }

    /** Gazetteer phrases covering {@code [begin, end)} exactly and back to back, or null. */
    private List<Gazetteer.Match> tile(List<Token> tokens, int begin, int end) {
        List<Gazetteer.Match> tiles = new ArrayList<>(2);
        int k = begin;
        while (k < end) {
            Gazetteer.Match m = gazetteer.longestAt(tokens, k, end);
            if (m == null) return null;
            tiles.add(m);
            k = m.end();
        }
        return tiles;
    }

    /**
     * The end of "Russian foreign ministry" / "US military" starting at {@code i}: a demonym or country
     * name, up to two modifiers ("foreign", "air") and the head noun of a body; or {@code i} when there is
     * none. A noun after the head that is not a role makes the head a modifier ("US military planes"),
     * so no body is named; a role after it ("ministry spokeswoman") is fine.
     */
    private int bodyOfNation(List<Token> tokens, int i, int end) {
        Token t = tokens.get(i);
        if (t.ner().equals("PERSON") || !Character.isUpperCase(t.text().charAt(0))) return i;
        int k;
        if (gazetteer.demonymCountry(t.text()) != null && t.text().indexOf('-') < 0) {
            k = i + 1;
        } else {
            Gazetteer.Match m = gazetteer.longestAt(tokens, i, end);
            if (m != null && m.entry().type() == EntityType.COUNTRY) {
                k = m.end();
                // "Russia's foreign ministry", "Venezuela’s military": the country's own body.
                if (k < end && isPossessive(tokens.get(k).text()) && k + 1 < end
                        && Character.isLowerCase(tokens.get(k + 1).text().charAt(0))) {
                    k++;
                }
            } else if (t.ner().equals("LOCATION") && (i == 0 || !tokens.get(i - 1).ner().equals("LOCATION"))) {
                // "the Tuva government", "Hong Kong police": a region's own body, written in lower case.
                k = i + 1;
                while (k < end && tokens.get(k).ner().equals("LOCATION")) k++;
                if (k >= end || !Character.isLowerCase(tokens.get(k).text().charAt(0)) || !Lexicon.isOrgHead(tokens.get(k).text())) {
                    return i;
                }
            } else {
                return i;
            }
        }
        int modifiers = 0;
        while (k < end && modifiers < 2 && Lexicon.isOrgModifier(tokens.get(k).text())
                && !isHeadHere(tokens, k, end, modifiers)) {
            k++;
            modifiers++;
        }
        if (k >= end) return i;
        String head = tokens.get(k).text();
        boolean isHead = Lexicon.isOrgHead(head) || (modifiers > 0 && Lexicon.isOrgHeadAfterModifier(head));
        if (!isHead || tokens.get(k).ner().equals("PERSON")) return i;
        if (k + 1 < end) {
            Token next = tokens.get(k + 1);
            if (next.isPos("NN") && !Lexicon.isRoleNoun(next.text()) && Character.isLowerCase(next.text().charAt(0))) {
                return i;
            }
            // "Venezuela’s military attaché": after a possessive, "military" before a title is part of the title.
            if (isPossessive(tokens.get(k - 1 - modifiers).text()) && Lexicon.isRoleNoun(next.text())
                    && head.equalsIgnoreCase("military")) {
                return i;
            }
        }
        return k + 1;
    }

    /** "military" is a modifier in "military intelligence" but the head in "Russian military said". */
    private static boolean isHeadHere(List<Token> tokens, int k, int end, int modifiers) {
        String w = tokens.get(k).text();
        if (!Lexicon.isOrgHead(w) && !(modifiers > 0 && Lexicon.isOrgHeadAfterModifier(w))) return false;
        if (k + 1 >= end) return true;
        String next = tokens.get(k + 1).text();
        return !(Lexicon.isOrgHead(next) || Lexicon.isOrgHeadAfterModifier(next) || Lexicon.isOrgModifier(next));
    }

    private static boolean untaggedFrom(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).ner().equals("O")) return false;
        }
        return true;
    }

    /** A gazetteer phrase outside any recogniser run, written as a proper noun. */
    private static boolean missedProperNoun(List<Token> tokens, Gazetteer.Match m) {
        for (int k = m.begin(); k < m.end(); k++) {
            Token t = tokens.get(k);
            if (!t.ner().equals("O")) return false;
        }
        Token first = tokens.get(m.begin());
        return first.isPos("NNP") && Character.isUpperCase(first.text().charAt(0));
    }

    /** A demonym or group adjective ("Russian", "Latin American", "Western", "Venezuelan-owned"). */
    private boolean isGroupWord(Token last) {
        String w = last.text();
        if (last.isPos("JJ")) return true;
        if (gazetteer.demonymCountry(w) != null) return true;
        if (Lexicon.isGroupAdjective(w)) return true;
        int hyphen = w.indexOf('-');
        if (hyphen > 0 && Lexicon.isGroupAdjective(w.substring(0, hyphen))) return true; // "African-Americans"
        return w.length() > 3 && w.endsWith("s") && Lexicon.isGroupAdjective(w.substring(0, w.length() - 1));
    }

    private static void add(String text, List<Token> tokens, int begin, int end, EntityType type, List<Mention> out) {
        Span span = new Span(tokens.get(begin).begin(), tokens.get(end - 1).end());
        out.add(new Mention(span, span.of(text), type));
    }

    static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("’s") || w.equals("‘s") || w.equals("'") || w.equals("’");
    }
}
