package dev.pantau.text;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CliticSplitterTest {
    private static final String TABLE = "# test table\nform\taction\twords\n"
            + "apakah\tsplit\tapa kah\nmenurutnya\tsplit\tmenurut nya\nsebelumnya\tkeep\tsebelumnya\nhanya\tkeep\thanya\n";
    private final CliticSplitter splitter = CliticSplitter.load(new ByteArrayInputStream(TABLE.getBytes(StandardCharsets.UTF_8)),
            Set.of("sambut", "berdiri", "ayah", "sebelum")::contains);

    @Test
    void splitsWhatTheTreebanksSplitKeepingTheSurfaceSpelling() {
        assertEquals(List.of("Apa", "kah"), splitter.words("Apakah"));
        assertEquals(List.of("Menurut", "nya"), splitter.words("Menurutnya"));
    }

    @Test
    void splitsNyaAfterAKnownWordOnly() {
        assertEquals(List.of("berdiri", "nya"), splitter.words("berdirinya"));
        assertEquals(List.of("ayah", "nya"), splitter.words("ayahnya"));
        assertEquals(List.of("sebelumnya"), splitter.words("sebelumnya"), "an adverb the treebanks keep whole");
        assertEquals(List.of("hanya"), splitter.words("hanya"));
        assertEquals(List.of("xyznya"), splitter.words("xyznya"), "no known host");
        assertEquals(List.of("adalah"), splitter.words("adalah"), "-lah only as seen");
        assertEquals(List.of("buku"), splitter.words("buku"), "-ku only as seen");
    }

    @Test
    void anAbbreviationsPeriodIsAWordOfItsOwn() {
        assertEquals(List.of("Dr", "."), splitter.words("Dr."));
        assertEquals(List.of("R", "."), splitter.words("R."));
        assertEquals(List.of("Kompas.com"), splitter.words("Kompas.com"));
        assertEquals(List.of("A.S."), splitter.words("A.S."));
    }

    @Test
    void trainingFollowsTheReferenceTreebankWhereTheyDisagree(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path gsd = dir.resolve("gsd.conllu"), csui = dir.resolve("csui.conllu"), out = dir.resolve("clitics.tsv");
        java.nio.file.Files.writeString(gsd, "1\tlainnya\tlainnya\tADJ\t_\t_\t0\troot\t_\t_\n\n"
                + "1\tlainnya\tlainnya\tADJ\t_\t_\t0\troot\t_\t_\n\n");
        java.nio.file.Files.writeString(csui, "1-2\tlainnya\t_\t_\t_\t_\t_\t_\t_\t_\n1\tlain\tlain\tADJ\t_\t_\t0\troot\t_\t_\n"
                + "2\tnya\tnya\tPRON\t_\t_\t1\tdet\t_\t_\n\n"
                + "1-2\tapakah\t_\t_\t_\t_\t_\t_\t_\t_\n1\tapa\tapa\tPRON\t_\t_\t0\troot\t_\t_\n2\tkah\tkah\tPART\t_\t_\t1\tadvmod\t_\t_\n\n");
        CliticSplitter.train(List.of(gsd, csui), 100, out);
        String table = java.nio.file.Files.readString(out);
        assertEquals(true, table.contains("lainnya\tkeep\tlainnya"), table);
        assertEquals(true, table.contains("apakah\tsplit\tapa kah"), table);
    }
}
