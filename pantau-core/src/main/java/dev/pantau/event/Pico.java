package dev.pantau.event;

import java.util.HashMap;
import java.util.Map;

/**
 * PETRARCH's internal coding ontology (PICO, UniversalPetrarch's
 * {@code PETR.Internal.Coding.Ontology.txt}, PETRARCH-2's {@code utilities.convert_code}): a
 * CAMEO code as a number whose top hex digit is the speech act (1 say, 2 appeal, 3 intend, 4
 * demand, 5 protest, 6 threaten, 7 disapprove, 8 posture, 9 coerce, A investigate, B consult) and
 * whose lower digits the act itself (0x0040 aid, 0x0070 material cooperation, 0x00A0 fight …).
 * Verb chains combine in it: "want" (0x3000) over "help" (0x0040) is 0x3040, CAMEO 033; a
 * negation subtracts 0xFFFF ("not provide support": 0x0070 − 0xFFFF, CAMEO 121). A sum that is
 * no CAMEO code codes nothing.
 */
final class Pico {
    static final int NEGATION = 0xFFFF;

    private static final Map<String, Integer> TO_PICO = new HashMap<>();
    private static final Map<Integer, String> TO_CAMEO = new HashMap<>();

    private static void put(String cameo, int pico) {
        TO_PICO.put(cameo, pico);
        TO_CAMEO.put(pico, cameo); // as PETRARCH-2's reverse table: the last code listed for a value wins
    }

    static {
        put("010", 0x1000); put("011", 0x1000 - NEGATION); put("012", 0x100C); put("013", 0x1001); put("014", 0x1002);
        put("015", 0x10A0); put("016", 0x10A0 - NEGATION); put("017", 0x1003); put("018", 0x1004); put("019", 0x1005);
        put("020", 0x2000); put("021", 0x2070); put("0211", 0x2075); put("0212", 0x2076); put("0213", 0x2078);
        put("0214", 0x207A); put("022", 0x2080); put("023", 0x2040); put("0231", 0x2045); put("0232", 0x2046);
        put("0233", 0x2047); put("0234", 0x2049); put("024", 0x2060); put("0241", 0x2061); put("0242", 0x2062);
        put("0243", 0x2063); put("0244", 0x2064); put("025", 0x2200); put("0251", 0x220B); put("0252", 0x220C);
        put("0253", 0x220D); put("0254", 0x2205); put("0255", 0x220E); put("0256", 0x220F); put("026", 0x2010);
        put("027", 0x2020); put("028", 0x2030);
        put("030", 0x3000); put("031", 0x3070); put("0311", 0x3075); put("0312", 0x3076); put("0313", 0x3078);
        put("0314", 0x307A); put("032", 0x3080); put("033", 0x3040); put("0331", 0x3045); put("0332", 0x3046);
        put("0333", 0x3047); put("0334", 0x3049); put("034", 0x3060); put("0341", 0x3061); put("0342", 0x3062);
        put("0343", 0x3063); put("0344", 0x3064); put("035", 0x3200); put("0351", 0x320B); put("0352", 0x320C);
        put("0353", 0x320D); put("0354", 0x3205); put("0355", 0x320E); put("0356", 0x320F); put("036", 0x3010);
        put("037", 0x3020); put("038", 0x3230); put("039", 0x3030);
        put("040", 0xB000); put("041", 0xB001); put("042", 0xB002); put("043", 0xB003); put("044", 0xB010);
        put("045", 0xB030); put("046", 0xB010);
        put("050", 0x0080); put("051", 0x0081); put("052", 0x0082); put("053", 0x0083); put("054", 0x0084);
        put("055", 0x0085); put("056", 0x0086); put("057", 0x0087);
        put("060", 0x0070); put("061", 0x0075); put("062", 0x0076); put("063", 0x0078); put("064", 0x007A);
        put("070", 0x0040); put("071", 0x0045); put("072", 0x0046); put("073", 0x0047); put("074", 0x0049); put("075", 0x004E);
        put("080", 0x0200); put("081", 0x020B); put("0811", 0x0203); put("0812", 0x0201); put("0813", 0x0204);
        put("0814", 0x0206); put("082", 0x020C); put("083", 0x0260); put("0831", 0x0261); put("0832", 0x0262);
        put("0833", 0x0263); put("0834", 0x0264); put("084", 0x0250); put("0841", 0x020C); put("0842", 0x020C);
        put("085", 0x0205); put("086", 0x020E); put("0861", 0x0209); put("0862", 0x020A); put("0863", 0x0207);
        put("087", 0x02C0); put("0871", 0x02C9); put("0872", 0x02C1); put("0873", 0x02C6); put("0874", 0x02C2);
        put("090", 0xA000); put("091", 0xA001); put("092", 0xA002); put("093", 0xA003); put("094", 0xA004);
        put("100", 0x4000); put("101", 0x4070); put("1011", 0x4075); put("1012", 0x4076); put("1013", 0x4078);
        put("1014", 0x407A); put("102", 0x4080); put("103", 0x4040); put("1031", 0x4045); put("1032", 0x4046);
        put("1033", 0x4047); put("1034", 0x4049); put("104", 0x4060); put("1041", 0x4061); put("1042", 0x4062);
        put("1043", 0x4063); put("1044", 0x4064); put("105", 0x4200); put("1051", 0x420B); put("1052", 0x420C);
        put("1053", 0x420D); put("1054", 0x4205); put("1055", 0x420E); put("1056", 0x420F); put("106", 0x4010);
        put("107", 0x4020); put("108", 0x4030);
        put("110", 0x7000); put("111", 0x7001); put("112", 0x70A0); put("1121", 0x70A1); put("1122", 0x70A2);
        put("1123", 0x70A3); put("1124", 0x70A4); put("1125", 0x70A5); put("113", 0x7002); put("114", 0x7003);
        put("115", 0x7008); put("116", 0x7005);
        put("120", -NEGATION); put("121", -NEGATION + 0x0070); put("1211", -NEGATION + 0x0075); put("1212", -NEGATION + 0x0076);
        put("122", -NEGATION + 0x2340); put("1221", -NEGATION + 0x2345); put("1222", -NEGATION + 0x2346);
        put("1223", -NEGATION + 0x2347); put("1224", -NEGATION + 0x2349); put("123", -NEGATION + 0x2360);
        put("1231", -NEGATION + 0x2361); put("1232", -NEGATION + 0x2362); put("1233", -NEGATION + 0x2363);
        put("1234", -NEGATION + 0x2364); put("124", -NEGATION + 0x0200); put("1241", -NEGATION + 0x020B);
        put("1242", -NEGATION + 0x020C); put("1243", -NEGATION + 0x020D); put("1244", -NEGATION + 0x0205);
        put("1245", -NEGATION + 0x020E); put("1246", -NEGATION + 0x02C0); put("125", -NEGATION + 0x0010);
        put("126", -NEGATION + 0x0030); put("127", -NEGATION + 0x0020); put("128", -NEGATION + 0x0002);
        put("129", -NEGATION + 0x0001);
        put("130", 0x6000); put("131", 0x6100); put("1311", 0x6140); put("1312", 0x6105); put("1313", 0x6180);
        put("132", 0x600B); put("1321", 0x6003); put("1322", 0x6001); put("1323", 0x6004); put("1324", 0x6006);
        put("133", 0x600C); put("134", 0x6010); put("135", 0x6030); put("136", 0x600E); put("137", 0x6004);
        put("138", 0x60A0); put("1381", 0x60A1); put("1382", 0x60A2); put("1383", 0x60A3); put("1384", 0x60A4);
        put("1385", 0x60B0); put("139", 0x6005);
        put("140", 0x5000); put("145", 0x50A0);
        put("150", 0x8000); put("151", 0x8001); put("152", 0x8002); put("153", 0x8003); put("154", 0x8004);
        put("160", 0x0100); put("161", 0x0180); put("162", 0x0140); put("1621", 0x0145); put("1622", 0x0146);
        put("1623", 0x0147); put("163", 0x000B); put("164", 0x0110); put("165", 0x0130); put("166", 0x0150);
        put("1661", 0x0159); put("1662", 0x015A); put("1663", 0x015E);
        put("170", 0x9000); put("171", 0x9010); put("1711", 0x9011); put("1712", 0x9012); put("172", 0x900B);
        put("1721", 0x9003); put("1722", 0x9001); put("1723", 0x9004); put("1724", 0x9006); put("173", 0x9020);
        put("174", 0x9030); put("175", 0x9040);
        put("180", 0x0090); put("181", 0x0091); put("182", 0x0092); put("1821", 0x0093); put("1822", 0x0094);
        put("1823", 0x0095); put("1824", 0x0096); put("183", 0x0097); put("1831", 0x0098); put("1832", 0x0099);
        put("1833", 0x009A); put("1834", 0x009B); put("184", 0x009C); put("185", 0x009D); put("186", 0x009E);
        put("190", 0x00A0); put("191", 0x00A1); put("192", 0x00A2); put("193", 0x00A3); put("194", 0x00A4);
        put("195", 0x00A5); put("1951", 0x00A6); put("1952", 0x00A7); put("196", 0x00A8);
        put("200", 0x00B0);
        // PETRARCH-2's one irregular sum: wanting (intend) to attack is a threat of force
        TO_CAMEO.put(0x30A0, "138");
    }

    private Pico() {
    }

    /** The PICO value of a CAMEO code (an unknown code by its root: "0874x" as "080"), or null. */
    static Integer of(String cameo) {
        if (cameo == null) return null;
        Integer v = TO_PICO.get(cameo);
        if (v == null && cameo.length() >= 2) v = TO_PICO.get(cameo.substring(0, 2) + "0");
        return v;
    }

    /** The CAMEO code of a PICO value, or null when it is none. */
    static String cameo(int pico) {
        return TO_CAMEO.get(pico);
    }

    /** Whether the value is a speech act (say, appeal, intend … consult): the top hex digit set. */
    static boolean speechAct(int pico) {
        return pico >= 0x1000;
    }

    /**
     * A governing verb's code over its complement's, as PETRARCH-2 combines them: a negated
     * complement adds its negation; of two speech acts the inner one stands; an inner act at least
     * as high stands; else the two add up ("want" + "help" = intend to aid).
     */
    static int combine(int upper, int lower) {
        if (lower < 0) return lower + upper;
        if (upper >= 0x1000 && lower >= 0x1000) return lower;
        if (lower >= upper) return lower;
        return upper + lower;
    }

    /** The negated code of a CAMEO code ("provide support" not done: 121), or null when a negation codes nothing. */
    static String negated(String cameo) {
        Integer v = of(cameo);
        return v == null ? null : cameo(v - NEGATION);
    }
}
