package dev.pantau.syntax;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TreebanksTest {
    @Test
    void aTreebankIsNamedByItsUdFileName() {
        assertEquals("gsd", Treebanks.name(Path.of("ud/gsd/id_gsd-ud-dev.conllu")));
        assertEquals("csui", Treebanks.name(Path.of("id_csui-ud-train.conllu")));
        assertEquals("mine", Treebanks.name(Path.of("/tmp/mine.conllu")));
    }
}
