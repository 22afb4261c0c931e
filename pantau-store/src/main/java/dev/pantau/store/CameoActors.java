package dev.pantau.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a CAMEO actor code ("RUSGOV", "IGOUNO", "USAMILREB") into the parts GDELT's event table
 * has columns for: a country, a known group and up to three role types, three letters each.
 */
final class CameoActors {
    /** CAMEO role and sector type codes (CAMEO manual, actor codebook). */
    static final Set<String> TYPES = Set.of("GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED",
            "EDU", "BUS", "CRM", "CVL", "LAB", "LEG", "HLH", "REF", "ELI", "AGR", "ENV", "IGO", "NGO", "NGM",
            "MNC", "UAF", "SEP", "INS", "RAD", "MOD", "DEV", "HRI", "IMG", "REL", "SET", "UIS", "AMN");

    private CameoActors() {
    }

    /** The parts of an actor code. */
    record Parts(String country, String knownGroup, List<String> types) {
    }

    static Parts split(String code, String entityCountry) {
        if (code == null || code.isBlank()) return new Parts(entityCountry, null, List.of());
        String country = entityCountry;
        String group = null;
        List<String> types = new ArrayList<>();
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            String part = code.substring(i, i + 3);
            if (TYPES.contains(part)) {
                if (types.size() < 3) types.add(part);
            } else if (i == 0 && country == null) {
                country = part;
            } else if (i > 0 && group == null && !part.equals(country)) {
                group = part; // "IGOUNO": the group after a sector code
            }
        }
        return new Parts(country, group, types);
    }

    /** The country part of an actor code when the entity has none. */
    static String country(String code, String entityCountry) {
        return split(code, entityCountry).country();
    }
}
