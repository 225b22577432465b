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

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private int size;

    record Entry(List<String> words, String code) {}

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
                    byFirstWord.computeIfAbsent(ActorDictionary.stem(words.get(0)), k -> new ArrayList<>()).add(new Entry(words, code));
                    size++;
                }
            } catch (org.newsgraph.nlp.event.DictionaryException e) {
                if (file.strict()) throw e;
                // a slip in a shipped dictionary: that line is left out
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
        return size;
    }

    /** The longest agent name starting at {@code at}: its length and code, or null. */
    public ActorDictionary.Match longestAt(List<String> words, int at) {
        List<Entry> candidates = byFirstWord.get(ActorDictionary.stem(words.get(at)));
        if (candidates == null) return null;
        ActorDictionary.Match best = null;
        for (Entry e : candidates) {
            int n = e.words().size();
            if (at + n > words.size() || best != null && n <= best.length()) continue;
            boolean all = true;
            for (int i = 0; i < n && all; i++) all = Words.matches(e.words().get(i), words.get(at + i));
            if (all) best = new ActorDictionary.Match(at, n, e.code());
        }
        return best;
    }
}
