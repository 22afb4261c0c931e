package dev.pantau.syntax;

import dev.pantau.Pantau;
import dev.pantau.Seed;
import dev.pantau.doc.Doc;
import dev.pantau.doc.Word;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntaxStepTest {

    private static Word word(Doc d, String form) {
        return d.words().stream().filter(w -> w.form().equals(form)).findFirst()
                .orElseThrow(() -> new AssertionError("no word " + form));
    }

    @Test
    void everySentenceCarriesTagsAndLemmasAndCliticsAreWords() {
        Doc d = Seed.analyze(Seed.text());
        assertTrue(d.words().size() > d.tokens().size() - 5, "about one word per token");
        Word met = word(d, "bertemu");
        assertEquals("VERB", met.upos());
        assertEquals("temu", met.lemma());
        Word host = word(d, "menyambut");
        Word clitic = d.words().get(d.words().indexOf(host) + 1);
        assertEquals("nya", clitic.form());
        assertEquals(host.token(), clitic.token(), "both parts of 'menyambutnya' belong to one token");
        assertEquals("PROPN", word(d, "Putin").upos());
        for (Word w : d.words()) assertEquals(w.form(), d.text(w.start(), w.end()));
        assertEquals(-1, met.head(), "no parser ships yet");
    }

    @Test
    void aPackWithoutSyntaxModelsAddsNoWords() {
        Doc d = Pantau.builder().language("en").build().analyze(dev.pantau.doc.Article.ofText("The president met the minister."));
        assertEquals(List.of(), d.words());
    }
}
