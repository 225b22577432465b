package org.newsgraph.nlp.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.attribution.Part;
import org.newsgraph.document.Document;
import org.newsgraph.document.LayerKey;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.event.Event;
import org.newsgraph.nlp.event.internal.Cameo;
import org.newsgraph.nlp.event.internal.DateExpressions;
import org.newsgraph.nlp.event.internal.SentenceCoder;
import org.newsgraph.nlp.event.internal.SpeechEvents;
import org.newsgraph.nlp.event.internal.Words;
import org.newsgraph.nlp.event.internal.SentenceCoder.Actor;
import org.newsgraph.span.Span;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Adds events: who did what to whom, coded in CAMEO with PETRARCH-format dictionaries
 * ({@link EventDictionaries}). An actor is an entity of the article when one is there — coded from the
 * dictionaries by its name, or, for a person the dictionaries do not know, from its country and role
 * ("Russian foreign ministry spokeswoman Maria Zakharova" → RUSGOV) — or else a name the dictionaries
 * know ("Western countries"). Ids are {@code v1}, {@code v2}, … in text order. An event inside the
 * content of an attribution carries that attribution's id. Its date is the one its sentence gives ("on
 * Monday", "28 March", "in January"), resolved against the article's date, or else the article's date.
 * Stateless and thread-safe.
 */
public final class EventStage implements org.newsgraph.stage.Stage {
    private final SentenceCoder coder;
    private final Cameo cameo = Cameo.get();

    public EventStage() {
        this(EventDictionaries.phoenix());
    }

    public EventStage(EventDictionaries dictionaries) {
        this.coder = new SentenceCoder(dictionaries.actors, dictionaries.agents, dictionaries.verbs, dictionaries.discards);
    }

    @Override
    public Set<LayerKey<?>> reads() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ENTITIES, Layers.ATTRIBUTIONS);
    }

    @Override
    public LayerKey<?> adds() {
        return Layers.EVENTS;
    }

    @Override
    public Document apply(Document document) {
        List<Token> tokens = document.get(Layers.TOKENS);
        List<String> words = new ArrayList<>(tokens.size());
        for (Token t : tokens) words.add(Words.normal(t.text()));
        LocalDate published = date(document.article().published());
        // An undated article (plain text) is dated by the best evidence in it, else left undated.
        LocalDate date = published != null ? published : DateExpressions.inText(tokens);
        List<Event> events = new ArrayList<>();
        if (coder.discardsStory(words)) return document.with(Layers.EVENTS, List.of());
        List<Entity> entities = document.find(Layers.ENTITIES).orElse(List.of());
        Map<String, String> codeOf = entityCodes(entities, date);
        Actor[] entityAt = entityActors(tokens, entities, codeOf);
        List<Attribution> attributions = document.find(Layers.ATTRIBUTIONS).orElse(List.of());
        String text = document.text();
        Map<String, String> countryByCode = new HashMap<>();
        for (Entity e : entities) {
            String code = codeOf.get(e.id());
            if (e.type() == EntityType.COUNTRY && code != null && code.length() == 3) countryByCode.putIfAbsent(code, e.id());
        }
        List<Sentence> sentences = document.get(Layers.SENTENCES);
        List<List<Attribution>> stated = attributionsBySentence(sentences, attributions);
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            int from = s.firstToken();
            int to = s.endToken();
            List<String> sw = words.subList(from, to);
            List<String> pos = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) pos.add(tokens.get(i).pos());
            // The entities' actors in the sentence, in its own token positions.
            List<Actor> known = new ArrayList<>();
            for (int i = from; i < to; i++) {
                Actor a = entityAt[i];
                if (a == null || i > from && entityAt[i - 1] == a) continue;
                known.add(new Actor(a.start() - from, a.end() - from, a.code(), a.entity()));
            }
            List<Actor> actors = coder.actors(sw, pos, date, known);
            List<Attribution> inSentence = stated.get(si);
            List<SentenceCoder.Coded> coded = new ArrayList<>(coder.code(sw, pos, actors));
            coded.addAll(spoken(s, tokens, sw, actors, inSentence, codeOf));
            for (SentenceCoder.Coded c : coded) {
                // The dictionary's code as written (1717, 174K); its score and class from the fullest code of the
                // CAMEO table it falls under.
                String scored = known(c.code());
                String code = c.code();
                Token first = tokens.get(from + c.triggerStart());
                Token last = tokens.get(from + Math.min(c.triggerEnd(), c.triggerStart() + 4) - 1);
                Span trigger = new Span(first.begin(), last.end());
                DateExpressions.Found when = DateExpressions.nearest(tokens.subList(from, to), c.triggerStart(), date);
                events.add(new Event("v" + (events.size() + 1), code, Cameo.root(code),
                        scored == null ? null : cameo.goldstein(scored), scored == null ? null : Cameo.quad(scored),
                        entityOf(c.source(), countryByCode), entityOf(c.target(), countryByCode),
                        emptyToNull(c.source().code()), emptyToNull(c.target().code()),
                        Part.of(text, trigger), when == null ? (date == null ? null : date.toString()) : when.date(),
                        when == null ? null : Part.of(text, new Span(tokens.get(from + when.start()).begin(), tokens.get(from + when.end() - 1).end())),
                        attributionOf(trigger, inSentence)));
            }
        }
        return document.with(Layers.EVENTS, List.copyOf(events));
    }

    /** The fullest code of the CAMEO table that {@code code} falls under: 1122 → 1122, 1717 → 171, 174K → 174. */
    private String known(String code) {
        String c = code.replaceAll("[^0-9]", "");
        while (c.length() >= 2) {
            if (cameo.isCode(c)) return c;
            c = c.substring(0, c.length() - 1);
        }
        return null;
    }

    /**
     * Each entity's actor code: by its name, or for a person the dictionaries do not know, their country's
     * code with their role's agent; "" (acts, uncoded) for any other person or organisation.
     */
    private Map<String, String> entityCodes(List<Entity> entities, LocalDate date) {
        Map<String, String> byName = new HashMap<>();
        for (Entity e : entities) {
            String code = coder.codeOfName(words(e.name()), date);
            if (code != null) byName.put(e.id(), code);
        }
        Map<String, String> codes = new HashMap<>(byName);
        for (Entity e : entities) {
            if (codes.containsKey(e.id())) continue;
            String code = e.type() == EntityType.PERSON ? byCountryAndRole(e, byName) : null;
            if (code == null && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)) code = "";
            if (code != null) codes.put(e.id(), code);
        }
        return codes;
    }

    private String byCountryAndRole(Entity person, Map<String, String> byName) {
        for (String aff : person.affiliations()) {
            String country = byName.get(aff);
            if (country == null || country.length() < 3) continue;
            for (String role : person.roles()) {
                String agent = coder.agentOf(words(role));
                if (agent != null) return country.substring(0, 3) + agent;
            }
        }
        return null;
    }

    private static Actor[] entityActors(List<Token> tokens, List<Entity> entities, Map<String, String> codeOf) {
        Actor[] at = new Actor[tokens.size()];
        for (Entity e : entities) {
            String code = codeOf.get(e.id());
            if (code == null) continue;
            for (Span m : e.mentions()) {
                int first = -1;
                int end = -1;
                for (int i = Token.firstEndingAfter(tokens, m.begin()); i < tokens.size() && tokens.get(i).begin() < m.end(); i++) {
                    if (tokens.get(i).end() <= m.begin()) continue;
                    if (first < 0) first = i;
                    end = i + 1;
                }
                if (first < 0) continue;
                Actor a = new Actor(first, end, code, e.id());
                for (int i = first; i < end; i++) if (at[i] == null) at[i] = a;
            }
        }
        return at;
    }

    /**
     * The events its speakers commit by what they say in this sentence ({@link SpeechEvents}), from the
     * attributions whose content reaches into it; {@code words} and {@code actors} are the sentence's own.
     */
    private static List<SentenceCoder.Coded> spoken(Sentence s, List<Token> tokens, List<String> words, List<Actor> actors,
                                                    List<Attribution> attributions, Map<String, String> codeOf) {
        List<SentenceCoder.Coded> out = new ArrayList<>();
        for (Attribution at : attributions) {
            if (at.source() == null || at.source().entity() == null) continue;
            Span content = at.content().extent();
            int from = -1;
            int to = -1;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = tokens.get(i);
                if (t.begin() >= content.begin() && t.end() <= content.end()) {
                    if (from < 0) from = i - s.firstToken();
                    to = i - s.firstToken() + 1;
                }
            }
            if (from < 0) continue;
            String speaker = at.source().entity();
            Actor who = new Actor(0, 0, codeOf.getOrDefault(speaker, ""), speaker);
            out.addAll(SpeechEvents.code(words, actors, from, to, who));
        }
        return out;
    }

    /** An actor's entity; a capital or other name the dictionaries code as a bare country is that country ("Moscow"). */
    private static String entityOf(Actor a, Map<String, String> countryByCode) {
        if (a.entity() != null) return a.entity();
        return a.code().length() == 3 ? countryByCode.get(a.code()) : null;
    }

    private static String emptyToNull(String code) {
        return code.isEmpty() ? null : code;
    }

    /**
     * For each sentence (by index), the attributions whose content reaches into it: found once per article,
     * by binary search over the sentences, so the work grows with the article, not with sentences times quotes.
     */
    private static List<List<Attribution>> attributionsBySentence(List<Sentence> sentences, List<Attribution> attributions) {
        List<List<Attribution>> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) out.add(new ArrayList<>());
        for (Attribution a : attributions) {
            Span content = a.content().extent();
            int lo = 0;
            int hi = sentences.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sentences.get(mid).span().end() <= content.begin()) lo = mid + 1;
                else hi = mid;
            }
            for (int i = lo; i < sentences.size() && sentences.get(i).span().begin() < content.end(); i++) out.get(i).add(a);
        }
        return out;
    }

    /** The attribution whose content holds the trigger, among those of its sentence. */
    private static String attributionOf(Span trigger, List<Attribution> attributions) {
        for (Attribution a : attributions) {
            for (Span s : a.content().spans()) if (s.begin() <= trigger.begin() && trigger.end() <= s.end()) return a.id();
        }
        return null;
    }

    private static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.split("[\\s]+")) {
            if (w.isEmpty()) continue;
            if (w.endsWith("'s") || w.endsWith("’s")) {
                out.add(Words.normal(w.substring(0, w.length() - 2)));
                out.add("'S");
            } else {
                out.add(Words.normal(w));
            }
        }
        return out;
    }

    static LocalDate date(String published) {
        if (published == null || published.length() < 10) return null;
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
