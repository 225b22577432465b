package org.newsgraph.nlp.entity.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * The entity rules in order: group named mentions, read roles and affiliations, note genders, resolve
 * role-noun phrases and pronouns, number the entities. Stateless; each call works on its own drafts.
 */
public final class EntityAnalysis {
    private EntityAnalysis() {}

    /** The entities of one article, ids "e1", "e2"… in order of first mention, mentions sorted. */
    public static List<Entity> entities(String text, List<Token> tokens, List<Sentence> sentences,
                                        List<Mention> mentions) {
        if (mentions.isEmpty()) return List.of();
        Gazetteer gazetteer = Gazetteer.get();
        DocView view = new DocView(text, tokens, sentences);
        Grouping.Result groups = Grouping.group(view, gazetteer, mentions);
        for (Draft d : groups.byKey().values()) {
            if (d.type() == EntityType.PERSON) {
                int space = d.name().indexOf(' ');
                d.addGender(Lexicon.firstNameGender(space > 0 ? d.name().substring(0, space) : d.name()));
            }
        }
        Roles roles = new Roles(view, gazetteer, groups.byKey(), groups.occurrences());
        roles.findAll(groups.occurrences());
        new Coreference(view, roles, groups.occurrences()).resolve();
        new DescriptionCoreference(view, groups.byKey().values()).resolve();
        return number(new ArrayList<>(groups.byKey().values()));
    }

    private static List<Entity> number(List<Draft> drafts) {
        drafts.sort(Comparator.comparing(Draft::firstMention).thenComparing(Draft::key));
        Map<Draft, String> ids = new IdentityHashMap<>();
        for (int i = 0; i < drafts.size(); i++) ids.put(drafts.get(i), "e" + (i + 1));
        List<Entity> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            List<String> affiliations = new ArrayList<>(d.affiliations().size());
            for (Draft a : d.affiliations()) affiliations.add(ids.get(a));
            out.add(new Entity(ids.get(d), d.name(), d.type(), d.key(), new ArrayList<>(d.mentions()),
                    new ArrayList<>(d.roles()), affiliations));
        }
        return List.copyOf(out);
    }
}
