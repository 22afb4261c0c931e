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
}
