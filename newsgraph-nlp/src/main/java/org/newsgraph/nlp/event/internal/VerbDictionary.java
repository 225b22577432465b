package org.newsgraph.nlp.event.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.event.internal.DictionaryLines.Line;

/**
 * Verbs and the CAMEO codes they signal, from a PETRARCH-format verb dictionary: blocks headed
 * {@code --- ACCUSE [112] ---} list verbs ({@code ACCUSE}, {@code CHARGE {CHARGES CHARGED}},
 * {@code CONDEMN [111]}) and patterns ({@code - * (OF {RIGHTS ABUSES}) [1122]}) in which {@code *} stands
 * for the verb, {@code $} for the source, {@code +} for the target and {@code &NAME} for a synonym set
 * defined by {@code &NAME} and {@code +word} lines. A code of {@code ---} means: no event.
 *
 * <p>Patterns are matched on the words around the verb, in order, with small gaps allowed, not on a
 * parse tree as PETRARCH does; the pattern matching the most words wins.
 */
public final class VerbDictionary {
    private static final Pattern BLOCK = Pattern.compile("---\\s*([^\\[]+?)\\s*\\[\\s*([^\\]]*?)\\s*].*");
    private static final Pattern CODE = Pattern.compile("\\[\\s*([^\\]]*?)\\s*]");
    private static final Pattern FORMS = Pattern.compile("\\{([^}]*)}");

    /** One verb of a block: its following words (for multi-word verbs), its code, its block's patterns. */
    record Verb(List<String> rest, String code, Block block) {}

    static final class Block {
        final String code;
        final List<VerbPattern> patterns = new ArrayList<>();

        Block(String code) {
            this.code = code;
        }
    }

    /** A pattern's elements before and after the verb; each element a word, a synset, or a marker. */
    record VerbPattern(List<String> before, List<String> after, String code) {
        int words() {
            int n = 0;
            for (String e : before) if (!isMarker(e)) n++;
            for (String e : after) if (!isMarker(e)) n++;
            return n;
        }
    }

    private final Map<String, List<Verb>> byForm = new HashMap<>();
    /** Each synset's members as words: {@code &NEGATVAUXVRB} → [[DID, N'T], [WO, N'T], …]; a member may name another set. */
    private final Map<String, List<List<String>>> synsets = new HashMap<>();
    private int verbs;

    public void add(DictionaryLines file) {
        Block block = null;
        String synset = null;
        for (Line line : file.lines()) {
            try {
                String s = line.text();
                if (s.isEmpty()) {
                    synset = null;
                    continue;
                }
                if (s.startsWith("&")) {
                    synset = synsetName(s.split("\\s+")[0]);
                    synsets.computeIfAbsent(synset, k -> new ArrayList<>());
                    continue;
                }
                if (synset != null && s.startsWith("+")) {
                    List<String> member = DictionaryLines.words(s.substring(1));
                    if (!member.isEmpty() && !synsets.get(synset).contains(member)) synsets.get(synset).add(member);
                    continue;
                }
                synset = null;
                if (s.startsWith("---")) {
                    Matcher m = BLOCK.matcher(s);
                    if (!m.matches()) throw file.error(line, "cannot read the block header (expected --- NAME [CODE] ---)");
                    block = new Block(code(m.group(2), file, line));
                    continue;
                }
                if (block == null) throw file.error(line, "a verb or pattern before the first --- NAME [CODE] --- block");
                Matcher cm = CODE.matcher(s);
                String own = cm.find() ? code(cm.group(1), file, line) : null;
                String body = cm.reset().find() ? s.substring(0, cm.start()) : s;
                if (s.startsWith("-")) {
                    if (own == null) throw file.error(line, "a pattern without its [CODE]");
                    block.patterns.add(pattern(body.substring(1), own, file, line));
                    continue;
                }
                addVerb(body, own, block, file, line);
            } catch (org.newsgraph.nlp.event.DictionaryException e) {
                file.tolerate(e);
            }
        }
    }

    private void addVerb(String body, String own, Block block, DictionaryLines file, Line line) {
        Matcher fm = FORMS.matcher(body);
        List<String> forms = new ArrayList<>();
        if (fm.find()) {
            for (String f : fm.group(1).trim().split("\\s+")) if (!f.isEmpty()) forms.add(f.replace("+", "").toUpperCase(java.util.Locale.ROOT));
            body = body.substring(0, fm.start()) + body.substring(fm.end());
        }
        List<String> words = DictionaryLines.words(body.replace("+", " "));
        if (words.isEmpty()) throw file.error(line, "a verb line with no verb");
        String verb = words.get(0).replace("_", "");
        Verb v = new Verb(List.copyOf(words.subList(1, words.size())), own != null ? own : block.code, block);
        Set<String> all = new LinkedHashSet<>(regularForms(verb));
        for (String f : forms) all.add(f.split("_")[0]);
        for (String f : all) byForm.computeIfAbsent(f, k -> new ArrayList<>()).add(v);
        verbs++;
    }

    private VerbPattern pattern(String body, String code, DictionaryLines file, Line line) {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        boolean star = false;
        for (String raw : body.replace('_', ' ').trim().split("\\s+")) {
            String t = raw.replaceAll("[(){}]", "");
            while (!t.isEmpty()) {
                String element;
                if ("*$+^%".indexOf(t.charAt(0)) >= 0) {
                    element = t.substring(0, 1);
                    t = t.substring(1);
                } else {
                    int cut = 0;
                    while (cut < t.length() && "*$+^%".indexOf(t.charAt(cut)) < 0) cut++;
                    element = t.substring(0, cut).toUpperCase(java.util.Locale.ROOT);
                    t = t.substring(cut);
                }
                if (element.equals("*")) {
                    if (star) throw file.error(line, "a pattern with two verbs (*)");
                    star = true;
                } else if (star) {
                    after.add(element);
                } else {
                    before.add(element);
                }
            }
        }
        if (!star) throw file.error(line, "a pattern without its verb (*)");
        return new VerbPattern(List.copyOf(before), List.copyOf(after), code);
    }

    /**
     * A code as PETRARCH writes them: {@code 112}, {@code 1121}, {@code 075A}, a mark it ignores ({@code 025?},
     * {@code 080!}), a pair {@code 032:033} (the source's event, then the target's back to the source) or
     * {@code :033} (the target's only), and {@code ---}, {@code +++} or a lower-case tag: no event.
     */
    private static String code(String code, DictionaryLines file, Line line) {
        if (code.equals("---") || code.equals("+++") || code.equals("###") || code.matches("[a-z]+")) return "---";
        String[] parts = code.split(":", -1);
        if (parts.length > 2) throw file.error(line, "not a CAMEO code: " + code);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i > 0) out.append(':');
            if (p.isEmpty() && i == 0 && parts.length == 2) continue;
            if (!p.matches("\\d{2,4}[A-Za-z?!]?")) throw file.error(line, "not a CAMEO code: " + code);
            out.append(p.replaceAll("[?!]$", "").toUpperCase(java.util.Locale.ROOT));
        }
        return out.toString();
    }

    public int size() {
        return verbs;
    }

    /** The verbs a word of the text may be (upper case), most often one. */
    List<Verb> verbsOf(String word) {
        return byForm.getOrDefault(word, List.of());
    }

    List<List<String>> synset(String name) {
        return synsets.getOrDefault(synsetName(name), List.of());
    }

    /** "&PREPOSIT1_" is defined and "&PREPOSIT1" used: one set, whatever its trailing underscore. */
    private static String synsetName(String s) {
        String name = s.toUpperCase(java.util.Locale.ROOT);
        return name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
    }

    static boolean isMarker(String element) {
        return element.length() == 1 && "$+^%".contains(element);
    }

    /** The forms PETRARCH generates for a regular verb: base, -s, -ed, -ing. */
    static List<String> regularForms(String base) {
        List<String> forms = new ArrayList<>();
        forms.add(base);
        if (base.length() < 2) return forms;
        char last = base.charAt(base.length() - 1);
        char before = base.charAt(base.length() - 2);
        boolean vowelBefore = "AEIOU".indexOf(before) >= 0;
        if (base.endsWith("S") || base.endsWith("SH") || base.endsWith("CH") || base.endsWith("X") || base.endsWith("Z") || base.endsWith("O")) {
            forms.add(base + "ES");
        } else if (last == 'Y' && !vowelBefore) {
            forms.add(base.substring(0, base.length() - 1) + "IES");
        } else {
            forms.add(base + "S");
        }
        if (last == 'E') {
            forms.add(base + "D");
            if (!base.endsWith("EE")) forms.add(base.substring(0, base.length() - 1) + "ING");
            else forms.add(base + "ING");
        } else if (last == 'Y' && !vowelBefore) {
            forms.add(base.substring(0, base.length() - 1) + "IED");
            forms.add(base + "ING");
        } else {
            forms.add(base + "ED");
            forms.add(base + "ING");
            if (vowelBefore && "BDGKLMNPRT".indexOf(last) >= 0 && base.length() <= 5) {
                forms.add(base + last + "ED");
                forms.add(base + last + "ING");
            }
        }
        return forms;
    }
}
