package dev.pantau.link;

import dev.pantau.doc.Entity;

import java.time.LocalDate;
import java.util.List;

/**
 * One knowledge-base record: a country, an organisation, a place or a person in one role.
 * A person with several roles has several entries with the same {@code key}.
 *
 * @param key     stable identifier within the KB ("country:RUS", "person:Vladimir Putin")
 * @param kind    what the entry is: country, organization, person or place
 * @param names   every surface form that names it, canonical name first
 * @param start   first day of the role, or null for always
 * @param end     last day of the role, or null for still holding it
 */
public record KbEntry(String key, Kind kind, String name, Entity.Type type, String wikidata, String country,
                      String actor, String role, List<String> names, LocalDate start, LocalDate end) {

    public enum Kind { COUNTRY, ORGANIZATION, PERSON, PLACE }

    public KbEntry {
        names = List.copyOf(names);
    }

    /** Whether the role holds on the given day (null = no date known: every role holds). */
    public boolean validOn(LocalDate day) {
        if (day == null) return true;
        return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
    }
}
