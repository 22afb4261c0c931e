package dev.pantau.doc;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocTest {
    private static final String TEXT = "Bisnis.com, JAKARTA - Pemimpin Korea Utara Kim Jong-un bertemu dengan Presiden Rusia Vladimir Putin.";

    @Test
    void idIsStableAndPrefersUrlOverText() {
        Doc a = Doc.of(Article.ofText(TEXT));
        Doc b = Doc.of(Article.ofText(TEXT));
        assertEquals(a.id(), b.id());
        assertEquals(16, a.id().length());
        Doc withUrl = Doc.of(new Article(null, "https://bisnis.com/a", null, null, null, TEXT));
        assertNotEquals(a.id(), withUrl.id());
        assertEquals(Doc.stableId("https://bisnis.com/a"), withUrl.id());
        assertEquals("given", Doc.of(new Article("given", null, null, null, null, TEXT)).id());
    }

    @Test
    void layersAreCopiedSoTheDocCannotChangeAfterwards() {
        List<Timex> times = new ArrayList<>();
        times.add(new Timex(0, 4, "Rabu", Timex.Type.DATE, "2023-09-13"));
        Doc d = Doc.of(Article.ofText(TEXT)).withTimes(times);
        times.clear();
        assertEquals(1, d.times().size());
        assertThrows(UnsupportedOperationException.class, () -> d.times().add(null));
    }

    @Test
    void eachWithReturnsACopyAndLeavesTheOriginal() {
        Doc d = Doc.of(Article.ofText(TEXT));
        Doc e = d.withLanguage("id").withOutlet("Bisnis.com");
        assertEquals(null, d.language());
        assertEquals("id", e.language());
        assertEquals("Bisnis.com", e.outlet());
        assertEquals(TEXT, e.text());
    }

    @Test
    void sentenceAtFindsTheSentenceOfAnOffset() {
        Doc d = Doc.of(Article.ofText("Satu dua. Tiga empat.")).withTokens(List.of(),
                List.of(new Sentence(0, 9, 0, 0), new Sentence(10, 21, 0, 0)));
        assertEquals(0, d.sentenceAt(0));
        assertEquals(1, d.sentenceAt(12));
        assertEquals(-1, d.sentenceAt(9));
    }

    @Test
    void spansRejectImpossibleOffsets() {
        assertThrows(IllegalArgumentException.class, () -> new TextSpan(5, 2, "x"));
        assertThrows(IllegalArgumentException.class, () -> Doc.of(new Article(null, null, null, null, null, null)));
    }
}
