package dev.pantau.event;

import dev.pantau.pipeline.LanguagePack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CAMEO event codebook: every code with its QuadClass and Goldstein value. Shipped as
 * {@code /dev/pantau/event/cameo-codes.tsv}, compiled by {@code pantau train cameo} from the
 * CAMEO codebook table (Gerner et al. 2002; Goldstein 1992; GDELT lookups).
 */
public final class CameoCodebook {
    public static final String RESOURCE = "/dev/pantau/event/cameo-codes.tsv";
    private static volatile CameoCodebook bundled;

    /** One CAMEO code. */
    public record Code(String code, String root, int quadClass, double goldstein, String description) {
    }

    private final Map<String, Code> codes;

    private CameoCodebook(Map<String, Code> codes) {
        this.codes = Map.copyOf(codes);
    }

    public static CameoCodebook bundled() {
        if (bundled == null) {
            synchronized (CameoCodebook.class) {
                if (bundled == null) bundled = parse(LanguagePack.readLines(RESOURCE, true), RESOURCE);
            }
        }
        return bundled;
    }

    /** The code, or null when CAMEO has no such code. */
    public Code get(String code) {
        return codes.get(code);
    }

    public int size() {
        return codes.size();
    }

    static CameoCodebook parse(List<String> lines, String source) {
        Map<String, Code> m = new HashMap<>();
        if (lines.isEmpty()) throw new IllegalStateException("CAMEO codebook " + source + " is missing or empty");
        String[] header = lines.get(0).split("\t");
        int code = col(header, "code", source), quad = col(header, "quad_class", source),
                gold = col(header, "goldstein", source), desc = col(header, "description", source);
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split("\t", -1);
            m.put(c[code], new Code(c[code], c[code].substring(0, 2), Integer.parseInt(c[quad]),
                    Double.parseDouble(c[gold]), c[desc]));
        }
        return new CameoCodebook(m);
    }

    private static int col(String[] header, String name, String source) {
        for (int i = 0; i < header.length; i++) if (header[i].equals(name)) return i;
        throw new IllegalArgumentException(source + ": no column '" + name + "' in header");
    }

    /**
     * Compiles the shipped resource from the codebook table ({@code cameo_eventcodes.tsv}):
     * keeps code, QuadClass, Goldstein value and description, sorted by code.
     */
    public static int compile(Path codebookTsv, Path out) throws IOException {
        List<String> lines = Files.readAllLines(codebookTsv, StandardCharsets.UTF_8);
        CameoCodebook cb = parse(lines.stream().filter(l -> !l.isBlank()).toList(), codebookTsv.toString());
        List<String> rows = new ArrayList<>();
        rows.add("# CAMEO event codes with QuadClass and Goldstein value. Compiled by `pantau train cameo`");
        rows.add("# from " + codebookTsv.getFileName() + " (CAMEO codebook, Gerner et al. 2002; Goldstein 1992; GDELT lookup tables).");
        rows.add("code\tquad_class\tgoldstein\tdescription");
        cb.codes.values().stream().sorted((a, b) -> a.code().compareTo(b.code())).forEach(c ->
                rows.add(c.code() + "\t" + c.quadClass() + "\t" + c.goldstein() + "\t" + c.description()));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, rows, StandardCharsets.UTF_8);
        return cb.size();
    }
}
