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
        for (Token t : tokens) words.add(normal(t.text()));
        LocalDate date = date(document.article().published());
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
        for (Sentence s : document.get(Layers.SENTENCES)) {
            int from = s.firstToken();
            int to = s.endToken();
            List<String> sw = words.subList(from, to);
            List<String> pos = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) pos.add(tokens.get(i).pos());
            List<Actor> known = new ArrayList<>();
            for (int i = from; i < to; i++) {
                Actor a = entityAt[i];
                if (a != null && (known.isEmpty() || known.get(known.size() - 1) != a)) known.add(a);
            }
            List<Actor> local = new ArrayList<>();
            for (Actor a : known) local.add(new Actor(a.start() - from, a.end() - from, a.code(), a.entity()));
            List<Actor> actors = coder.actors(sw, pos, date, local);
            List<SentenceCoder.Coded> coded = new ArrayList<>(coder.code(sw, pos, actors));
            coded.addAll(spoken(s, tokens, sw, actors, attributions, codeOf));
            for (SentenceCoder.Coded c : coded) {
                // The dictionary's code as written (1717, 174K); its score and class from the fullest code of the
                // CAMEO table it falls under.
                String scored = known(c.code());
                String code = c.code();
                if (!code.matches("\\d{2}.*")) continue;
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
                        attributionOf(trigger, attributions)));
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

    private Map<String, String> entityCodes(List<Entity> entities, LocalDate date) {
        Map<String, String> codes = new HashMap<>();
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : entities) byId.put(e.id(), e);
        for (Entity e : entities) {
            String code = coder.codeOfName(words(e.name()), date);
            if (code == null && e.type() == EntityType.PERSON) {
                // A person unknown to the dictionaries: their country's code with their role's agent.
                for (String aff : e.affiliations()) {
                    Entity a = byId.get(aff);
                    if (a == null) continue;
                    String country = coder.codeOfName(words(a.name()), date);
                    if (country == null || country.length() < 3) continue;
                    for (String role : e.roles()) {
                        String agent = coder.agentOf(words(role));
                        if (agent != null) {
                            code = country.substring(0, 3) + agent;
                            break;
                        }
                    }
                    if (code != null) break;
                }
            }
            // A person or organisation the dictionaries do not know still acts: as itself, without a code.
            if (code == null && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)) code = "";
            if (code != null) codes.put(e.id(), code);
        }
        return codes;
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
     * The events its speakers commit by what they say in this sentence ({@link SpeechEvents}): the content of
     * each attribution with a speaker entity, as token positions of the sentence.
     */
    /** {@code words} and {@code actors} are the sentence's own (positions from its first token). */
    private static List<SentenceCoder.Coded> spoken(Sentence s, List<Token> tokens, List<String> words, List<Actor> actors,
                                                    List<Attribution> attributions, Map<String, String> codeOf) {
        List<SentenceCoder.Coded> out = new ArrayList<>();
        for (Attribution at : attributions) {
            if (at.source() == null || at.source().entity() == null) continue;
            Span content = at.content().extent();
            if (content.end() <= s.span().begin() || content.begin() >= s.span().end()) continue;
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

    private static String attributionOf(Span trigger, List<Attribution> attributions) {
        for (Attribution a : attributions) {
            if (a.content() == null) continue;
            for (Span s : a.content().spans()) if (s.begin() <= trigger.begin() && trigger.end() <= s.end()) return a.id();
        }
        return null;
    }

    private static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.split("[\\s]+")) {
            if (w.isEmpty()) continue;
            if (w.endsWith("'s") || w.endsWith("’s")) {
                out.add(normal(w.substring(0, w.length() - 2)));
                out.add("'S");
            } else {
                out.add(normal(w));
            }
        }
        return out;
    }

    static String normal(String word) {
        String s = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.replace('’', '\'').replace('‘', '\'').toUpperCase(java.util.Locale.ROOT);
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
