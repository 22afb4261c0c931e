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
    }

    @Test
    void everySentenceIsOneTreeOfUdRelations() {
        Doc d = Seed.analyze(Seed.text());
        for (dev.pantau.doc.Sentence s : d.sentences()) {
            List<Integer> words = new java.util.ArrayList<>();
            for (int i = 0; i < d.words().size(); i++) {
                Word w = d.words().get(i);
                if (w.start() >= s.start() && w.end() <= s.end()) words.add(i);
            }
            long roots = words.stream().filter(i -> d.words().get(i).head() < 0).count();
            assertEquals(1, roots, "one root in: " + d.text(s.start(), s.end()));
            for (int i : words) {
                Word w = d.words().get(i);
                if (w.head() < 0) {
                    assertEquals("root", w.deprel());
                    continue;
                }
                assertTrue(words.contains(w.head()), "the head of '" + w.form() + "' is in its sentence");
                assertTrue(w.deprel() != null && !w.deprel().equals("root"), w.form() + " " + w.deprel());
                int steps = 0;
                for (int h = i; h >= 0; h = d.words().get(h).head()) assertTrue(++steps <= words.size(), "no cycle through " + w.form());
            }
        }
    }

    @Test
    void theParserFindsSubjectAndObjectOfASimpleClause() {
        Doc d = Pantau.builder().language("id").build().analyze(dev.pantau.doc.Article.ofText(
                "Presiden Joko Widodo meresmikan bendungan baru di Jawa Tengah pada Senin."));
        Word verb = word(d, "meresmikan");
        assertEquals(-1, verb.head());
        Word subject = word(d, "Presiden");
        assertEquals(d.words().indexOf(verb), subject.head());
        assertEquals("nsubj", subject.deprel());
        Word object = word(d, "bendungan");
        assertEquals(d.words().indexOf(verb), object.head());
        assertEquals("obj", object.deprel());
    }

    @Test
    void aPackWithoutSyntaxModelsAddsNoWords() {
        Doc d = Pantau.builder().language("en").build().analyze(dev.pantau.doc.Article.ofText("The president met the minister."));
        assertEquals(List.of(), d.words());
    }
}
