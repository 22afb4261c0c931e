package dev.pantau.syntax;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DependencyParserTest {
    /** "Kim bertemu Putin di Vostochny ." as a UD tree (projective). */
    private static final int[] HEADS = {0, 2, 0, 2, 5, 2, 2};
    private static final String[] LABELS = {null, "nsubj", "root", "obj", "case", "obl", "punct"};
    private static final String[] FORMS = {"Kim", "bertemu", "Putin", "di", "Vostochny", "."};
    private static final String[] TAGS = {"PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"};

    private static UdSentence sentence() {
        List<UdWord> words = new ArrayList<>();
        for (int i = 1; i <= FORMS.length; i++) {
            words.add(new UdWord(i, FORMS[i - 1], FORMS[i - 1].toLowerCase(), TAGS[i - 1], "_", "_", HEADS[i], LABELS[i], "_", "_"));
        }
        return new UdSentence(List.of(), words, List.of());
    }

    @Test
    void followingZeroCostTransitionsRebuildsTheGoldTree() {
        ParseState st = new ParseState(FORMS.length);
        String[] moves = {"SH", "RE"};
        while (!st.done()) {
            String chosen = null;
            for (String t : candidates()) {
                if (DependencyParser.cost(st, t, HEADS, LABELS) == 0) {
                    chosen = t;
                    break;
                }
            }
            assertTrue(chosen != null, "a projective tree always has a zero-cost move");
            switch (chosen.charAt(0)) {
                case 'S' -> st.shift();
                case 'L' -> st.left(chosen.substring(2));
                default -> {
                    if (chosen.equals(moves[1])) st.reduce();
                    else st.right(chosen.substring(2));
                }
            }
        }
        for (int w = 1; w <= FORMS.length; w++) {
            assertEquals(HEADS[w], st.heads[w], "head of " + FORMS[w - 1]);
            if (HEADS[w] != 0) assertEquals(LABELS[w], st.labels[w], "label of " + FORMS[w - 1]);
        }
    }

    private static List<String> candidates() {
        List<String> c = new ArrayList<>(List.of("L:nsubj", "L:case", "R:root", "R:obj", "R:obl", "R:punct", "RE", "SH"));
        return c;
    }

    @Test
    void learnsASentenceItWasTrainedOnAndIsDeterministic() {
        List<UdSentence> data = List.of(sentence());
        List<List<String>> tags = List.of(List.of(TAGS));
        DependencyParser a = DependencyParser.train(data, tags, List.of("t"), "t", 10, 1, i -> { });
        DependencyParser b = DependencyParser.train(data, tags, List.of("t"), "t", 10, 1, i -> { });
        DependencyParser.Parse pa = a.parse(List.of(FORMS), List.of(TAGS));
        DependencyParser.Parse pb = b.parse(List.of(FORMS), List.of(TAGS));
        assertArrayEquals(pa.heads(), pb.heads());
        int[] expected = HEADS.clone();
        expected[0] = 0;
        assertArrayEquals(expected, pa.heads());
        assertEquals("nsubj", pa.labels()[1]);
        assertEquals("root", pa.labels()[2]);
    }
}
