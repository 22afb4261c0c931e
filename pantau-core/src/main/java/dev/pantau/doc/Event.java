package dev.pantau.doc;

/**
 * A CAMEO-coded event: who did what to whom, when and where.
 *
 * @param code     the most specific CAMEO code found, leading zeros kept
 * @param date     the date the event happened (TIMEX3 value), or null
 * @param sentence index of the sentence holding the trigger
 */
public record Event(String id, String code, String root, int quadClass, double goldstein,
                   Participant source, Participant target, String date, Place location,
                   boolean negated, boolean hypothetical, double confidence, int sentence,
                   TextSpan evidence) {

    /** One side of an event: the entity (if any) and its CAMEO actor code. */
    public record Participant(String entity, String actor) {
    }

    /** Where an event happened. */
    public record Place(String name, String country, String admin1, Double lat, Double lon, Long geonameId) {
    }
}
