package org.newsgraph.nlp.event.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.event.internal.DictionaryLines.Line;

/**
 * Agents — the kind of actor a noun names ({@code PRESIDENT [~GOV]}, {@code TROOPS [~MIL]}) — from
 * PETRARCH-format agent dictionaries. {@code !PERSON! = MAN, WOMAN} defines a substitution used in later
 * names ({@code CATTLE!PERSON!}); {@code {…}} lists plurals.
 */
public final class AgentDictionary {
    private static final Pattern LINE = Pattern.compile("([^\\[{]+?)\\s*(?:\\{([^}]*)})?\\s*\\[\\s*(~?)\\s*([A-Za-z0-9]+)\\s*(~?)\\s*]\\s*");
    private static final Pattern MACRO = Pattern.compile("!(\\w+)!\\s*=\\s*(.+)");

    private final Phrases<String> phrases = new Phrases<>();

    public void add(DictionaryLines file) {
        Map<String, List<String>> macros = new HashMap<>();
        for (Line line : file.lines()) {
            try {
                String s = line.text();
                if (s.isEmpty()) continue;
                Matcher macro = MACRO.matcher(s);
                if (macro.matches()) {
                    List<String> values = new ArrayList<>();
                    for (String v : macro.group(2).split(",")) if (!v.isBlank()) values.add(v.trim());
                    macros.put(macro.group(1).toUpperCase(java.util.Locale.ROOT), values);
                    continue;
                }
                Matcher m = LINE.matcher(s);
                if (!m.matches()) throw file.error(line, "cannot read the agent line (expected NAME [~CODE] or NAME {PLURALS} [~CODE])");
                if (!m.group(5).isEmpty() && !m.group(3).isEmpty()) throw file.error(line, "an agent code has ~ on one side only");
                String code = m.group(4).toUpperCase(java.util.Locale.ROOT);
                List<String> names = new ArrayList<>();
                names.add(m.group(1));
                if (m.group(2) != null) for (String p : m.group(2).trim().split("\\s+")) if (!p.isEmpty()) names.add(p);
                for (String name : names) for (String expanded : expand(name, macros, file, line)) {
                    List<String> words = DictionaryLines.words(expanded);
                    if (words.isEmpty()) continue;
                    phrases.add(words, code);
                }
            } catch (org.newsgraph.nlp.event.DictionaryException e) {
                file.tolerate(e);
            }
        }
    }

    private static List<String> expand(String name, Map<String, List<String>> macros, DictionaryLines file, Line line) {
        int a = name.indexOf('!');
        if (a < 0) return List.of(name);
        int b = name.indexOf('!', a + 1);
        if (b < 0) throw file.error(line, "an unclosed !MACRO! in " + name);
        List<String> values = macros.get(name.substring(a + 1, b).toUpperCase(java.util.Locale.ROOT));
        if (values == null) throw file.error(line, "the macro " + name.substring(a, b + 1) + " is not defined above");
        List<String> out = new ArrayList<>();
        for (String v : values) out.addAll(expand(name.substring(0, a) + v + name.substring(b + 1), macros, file, line));
        return out;
    }

    public int size() {
        return phrases.size();
    }

    /** The longest agent name starting at {@code at} (the first listed of equal length): its length and code, or null. */
    public ActorDictionary.Match longestAt(List<String> words, int at) {
        Phrases.Phrase<String> best = null;
        for (Phrases.Phrase<String> p : phrases.matchingAt(words, at)) if (best == null || p.length() > best.length()) best = p;
        return best == null ? null : new ActorDictionary.Match(at, best.length(), best.value());
    }
}
