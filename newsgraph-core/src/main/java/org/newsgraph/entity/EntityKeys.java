package org.newsgraph.entity;

import java.util.Locale;

/** Builds the cross-article key of an entity: {@code type-prefix:ascii-slug}, or {@code country:ISO2}. */
public final class EntityKeys {
    private EntityKeys() {}

    public static String of(EntityType type, String name) {
        return type.keyPrefix() + ":" + slug(name);
    }

    public static String country(String iso2) {
        return "country:" + iso2.toUpperCase(Locale.ROOT);
    }

    /** "Nicolás Maduro" → "nicolas-maduro". */
    public static String slug(String name) {
        String ascii = org.newsgraph.text.Words.withoutAccents(name);
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "unnamed" : s;
    }
}
