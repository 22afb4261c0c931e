package dev.pantau.doc;

import java.util.List;

/**
 * One real-world entity with all its mentions in the document.
 *
 * @param kb      Wikidata id when the knowledge base knows one
 * @param country ISO 3166-1 alpha-3 code the entity belongs to
 * @param actor   CAMEO actor code (country + role codes)
 */
public record Entity(String id, String name, Type type, String kb, String country, String actor,
                     List<Mention> mentions) {
    public enum Type { PERSON, ORGANIZATION, LOCATION, MISC }

    public Entity {
        mentions = List.copyOf(mentions);
    }
}
