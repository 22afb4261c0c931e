package dev.pantau.geo;

/**
 * A named place of the gazetteer.
 *
 * @param kind city, admin1 (a first-level region), regency or district (Indonesia)
 */
public record Place(String name, String kind, String country, String admin1, Double lat, Double lon,
                    Long geonameId, long population) {
}
