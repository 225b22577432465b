package org.newsgraph.nlp.attribution.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words and phrases that signal attribution, read from {@code cues.txt} beside this class: verbs with
 * every inflected form, and fixed multiword phrases. Immutable and thread-safe once loaded.
 */
public final class CueLexicon {
    /** What a cue may take around it. */
    public enum Flag {
        /** A verb of saying: may introduce a quote, follow its content or invert with its source. */
        SPEECH,
        /** Takes a recipient before its content. */
        TELL,
        /** Its content may be a plain noun phrase. */
        OBJECT,
        /** Its content must be a clause or a quotation ("said it over and over" is no attribution). */
        CLAUSE,
        /** A state of mind, not speech ("believe", "plan"): no attribution a reader of who said what lists. */
        MIND
    }

    /** A cue entry: its flags, and whether it is a fixed phrase rather than a single verb. */
    public record Entry(List<String> words, Set<Flag> flags, boolean phrase) {
        public Entry {
            words = List.copyOf(words);
            flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
        }

        public boolean has(Flag f) {
            return flags.contains(f);
        }
    }

    private static final CueLexicon DEFAULT = load();

    private final Map<String, Entry> verbs;
    /** Phrases keyed by their first word, longest first. */
    private final Map<String, List<Entry>> phrases;

    private CueLexicon(Map<String, Entry> verbs, Map<String, List<Entry>> phrases) {
        this.verbs = Map.copyOf(verbs);
        this.phrases = Map.copyOf(phrases);
    }

    public static CueLexicon standard() {
        return DEFAULT;
    }

    /** The verb entry for a lower-cased word form, or null. */
    public Entry verb(String lower) {
        return verbs.get(lower);
    }

    /** The longest phrase starting at {@code lower[i]}, or null. */
    public Entry phraseAt(String[] lower, int i, int end) {
        List<Entry> candidates = phrases.get(lower[i]);
        if (candidates == null) return null;
        for (Entry e : candidates) {
            int n = e.words().size();
            if (i + n > end) continue;
            boolean ok = true;
            for (int k = 1; k < n && ok; k++) ok = e.words().get(k).equals(lower[i + k]);
            if (ok) return e;
        }
        return null;
    }

    private static CueLexicon load() {
        Map<String, Entry> verbs = new HashMap<>();
        Map<String, List<Entry>> phrases = new HashMap<>();
        List<String> excluded = new ArrayList<>();
        try (InputStream in = CueLexicon.class.getResourceAsStream("cues.txt")) {
            if (in == null) throw new IllegalStateException("cues.txt is missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] halves = line.split(";", 2);
                String[] words = halves[0].strip().toLowerCase(Locale.ROOT).split("\\s+");
                Set<Flag> flags = EnumSet.noneOf(Flag.class);
                if (halves.length > 1) {
                    for (String f : halves[1].strip().split("\\s+")) {
                        if (!f.isEmpty()) flags.add(Flag.valueOf(f.toUpperCase(Locale.ROOT)));
                    }
                }
                List<String> rest = List.of(words).subList(1, words.length);
                switch (words[0]) {
                    case "verb" -> {
                        List<String> forms = rest.size() > 1 ? rest : inflect(rest.get(0));
                        Entry e = new Entry(List.of(rest.get(0)), flags, false);
                        for (String f : forms) verbs.merge(f, e, CueLexicon::union);
                    }
                    case "phrase" -> phrases.computeIfAbsent(rest.get(0), k -> new ArrayList<>())
                            .add(new Entry(rest, flags, true));
                    case "exclude" -> excluded.addAll(rest);
                    default -> throw new IllegalStateException("cues.txt: unknown entry kind in: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        verbs.keySet().removeAll(excluded);
        for (List<Entry> l : phrases.values()) l.sort((a, b) -> b.words().size() - a.words().size());
        Map<String, List<Entry>> frozen = new HashMap<>();
        phrases.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new CueLexicon(verbs, frozen);
    }

    private static Entry union(Entry a, Entry b) {
        Set<Flag> f = EnumSet.noneOf(Flag.class);
        f.addAll(a.flags());
        f.addAll(b.flags());
        return new Entry(a.words(), f, false);
    }

    /** Regular English inflections: base, -s, -ed, -ing. */
    static List<String> inflect(String lemma) {
        List<String> out = new ArrayList<>();
        out.add(lemma);
        boolean endsE = lemma.endsWith("e");
        boolean consonantY = lemma.endsWith("y") && lemma.length() > 1 && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0;
        if (consonantY) {
            String stem = lemma.substring(0, lemma.length() - 1);
            out.add(stem + "ies");
            out.add(stem + "ied");
        } else if (lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")) {
            out.add(lemma + "es");
            out.add(lemma + "ed");
        } else {
            out.add(lemma + "s");
            out.add(endsE ? lemma + "d" : lemma + "ed");
        }
        out.add(endsE && !lemma.endsWith("ee") ? lemma.substring(0, lemma.length() - 1) + "ing" : lemma + "ing");
        return out;
    }
}
