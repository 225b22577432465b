package org.newsgraph.entity;

import java.util.Locale;

/** What an entity is. The prefix is the first part of an entity key ({@code person:maria-zakharova}). */
public enum EntityType {
    PERSON("person"),
    ORGANIZATION("org"),
    COUNTRY("country"),
    CITY("city"),
    LOCATION("location"),
    MISC("misc");

    private final String keyPrefix;

    EntityType(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public static EntityType parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
