package dev.pantau.event;

import dev.pantau.syntax.UdSentence;
import dev.pantau.syntax.UdWord;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PETRARCH dictionary readers and the dependency coder on small parses of our own. */
class DependencyCoderTest {

    private static final VerbPatterns VERBS = VerbPatterns.parse(List.of(
            "&AID_",
            "+AID",
            "+HUMANITARIAN_ASSISTANCE",
            "",
            "--- MEET [040:040] ---",
            "MEET {MET}",
            "--- SEND [---] ---",
            "SEND",
            "- * &AID [070]",
            "- * TROOPS [150]",
            "--- THANK [051] ---",
            "+EXPRESS_THANKS",
            "THANK",
            "--- ATTACK [190] ---",
            "ATTACK # no pattern"), "test-verbs");

    private static final ActorDictionary ACTORS = ActorDictionary.parse(List.of(
            "<!-- a comment -->",
            "NORTHLAND_ [NTH]",
            "+NORTHLANDIC",
            "SOUTH_ISLANDS [SIS]",
            "OLD_KING_ROLF  # a ruler",
            "    [NTHGOV 19900101 - 19991231]",
            "    [NTHELI > 20000101]",
            "NOBODY [---]"), "test-actors");

    /** CoNLL-U-like rows: form lemma upos head deprel (the coder tests' small parses). */
    static UdSentence parse(String... rows) {
        List<UdWord> words = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            String[] c = rows[i].split(" ");
            words.add(new UdWord(i + 1, c[0], c[1], c[2], "_", "_", Integer.parseInt(c[3]), c[4], "_", "_"));
        }
        return new UdSentence(List.of(), words, List.of());
    }

    private static List<String> code(UdSentence s, List<DependencyCoder.AgentSpan> agents) {
        List<String> upper = new ArrayList<>();
        for (UdWord w : s.words()) upper.add(w.form().toUpperCase(Locale.ROOT));
        List<DependencyCoder.ActorSpan> actors = new ArrayList<>();
        for (ActorDictionary.Match m : ACTORS.find(upper)) {
            String c = m.actor().code(LocalDate.of(2024, 1, 1));
            if (c != null) actors.add(new DependencyCoder.ActorSpan(m.from(), m.to(), c, null));
        }
        List<String> out = new ArrayList<>();
        for (DependencyCoder.Coded c : new DependencyCoder(VERBS, EventValidation.English.INSTANCE).code(s, actors, agents)) {
            out.add(c.code() + " " + c.source().code() + " " + (c.target() == null ? "-" : c.target().code()));
        }
        return out;
    }

    @Test
    void readsVerbBlocksPatternsSetsAndPairedCodes() {
        assertEquals(new VerbPatterns.Code("040", "040"), VERBS.verbs("MEET").get(0).code());
        assertEquals(1, VERBS.verbs("MET").size(), "irregular forms in braces are verbs of the block");
        assertNull(VERBS.verbs("SEND").get(0).code(), "[---] codes nothing without a pattern");
        assertEquals(2, VERBS.verbs("SEND").get(0).patterns().size());
        VerbPatterns.Verb thanks = VERBS.verbs("EXPRESS").get(0);
        assertEquals(List.of("EXPRESS", "THANKS"), thanks.words());
        assertEquals(List.of("AID", "HUMANITARIAN_ASSISTANCE"), VERBS.set("AID"), "&AID_ and &AID name one set");
        assertTrue(VERBS.problems().isEmpty(), VERBS.problems().toString());
    }

    @Test
    void readsActorsWithSynonymsAndDateRestrictedCodes() {
        assertEquals(4, ACTORS.actorCount());
        List<ActorDictionary.Match> m = ACTORS.find(List.of("THE", "NORTHLANDIC", "ENVOY", "OLD", "KING", "ROLF"));
        assertEquals(2, m.size());
        assertEquals("NTH", m.get(0).actor().code(null));
        assertEquals("NTHGOV", m.get(1).actor().code(LocalDate.of(1995, 6, 1)));
        assertEquals("NTHELI", m.get(1).actor().code(LocalDate.of(2005, 6, 1)));
        assertNull(m.get(1).actor().code(LocalDate.of(1980, 6, 1)), "no code before his reign and no open code");
        assertTrue(ACTORS.find(List.of("NORTHLANDERS")).isEmpty(), "whole words only, as PETRARCH-2");
        assertNull(ACTORS.find(List.of("NOBODY")).get(0).actor().code(null), "[---] is a name that is no actor");
    }

    @Test
    void codesSubjectVerbObjectAndPairedCodesBothWays() {
        UdSentence s = parse("Northland Northland PROPN 2 nsubj", "met meet VERB 0 root",
                "South South PROPN 4 compound", "Islands Islands PROPN 2 obj");
        assertEquals(List.of("040 NTH SIS", "040 SIS NTH"), code(s, List.of()));
    }

    @Test
    void ofTwoSubjectsTheOneNextToTheVerbActsUnlessItIsBracketed() {
        // "Reported Northland, rebels attacked South Islands": the parser's first subject is an attribution
        UdSentence s = parse("Reported report PROPN 5 nsubj", "Northland Northland PROPN 1 flat", ", , PUNCT 1 punct",
                "rebels rebel NOUN 5 nsubj", "attacked attack VERB 0 root", "South South PROPN 7 compound", "Islands Islands PROPN 5 obj");
        assertEquals(List.of(), code(s, List.of()), "the rebels name no actor: Northland is not the attacker");
        // "Northland (NTH) attacked South Islands": the bracketed second subject is the first's acronym
        UdSentence b = parse("Northland Northland PROPN 5 nsubj", "( ( PUNCT 3 punct", "Sol Sol PROPN 5 nsubj", ") ) PUNCT 3 punct",
                "attacked attack VERB 0 root", "South South PROPN 7 compound", "Islands Islands PROPN 5 obj");
        assertEquals(List.of("190 NTH SIS"), code(b, List.of()));
    }

    @Test
    void patternOnTheObjectChoosesTheCodeAndNoPatternMeansNoEvent() {
        UdSentence aid = parse("Northland Northland PROPN 2 nsubj", "sent send VERB 0 root", "aid aid NOUN 2 obj",
                "to to ADP 6 case", "South South PROPN 6 compound", "Islands Islands PROPN 2 obl");
        assertEquals(List.of("070 NTH SIS"), code(aid, List.of()));
        UdSentence letters = parse("Northland Northland PROPN 2 nsubj", "sent send VERB 0 root", "letters letter NOUN 2 obj",
                "to to ADP 6 case", "South South PROPN 6 compound", "Islands Islands PROPN 2 obl");
        assertEquals(List.of(), code(letters, List.of()));
    }

    @Test
    void passiveAgentIsTheSourceAndNegationDropsTheEvent() {
        UdSentence passive = parse("Northland Northland PROPN 3 nsubj:pass", "was be AUX 3 aux:pass", "attacked attack VERB 0 root",
                "by by ADP 6 case", "South South PROPN 6 compound", "Islands Islands PROPN 3 obl");
        assertEquals(List.of("190 SIS NTH"), code(passive, List.of()));
        UdSentence negated = parse("Northland Northland PROPN 4 nsubj", "did do AUX 4 aux", "not not PART 4 advmod",
                "attack attack VERB 0 root", "South South PROPN 6 compound", "Islands Islands PROPN 4 obj");
        assertEquals(List.of(), code(negated, List.of()));
    }

    @Test
    void agentsAddRolesAndCoordinatedSubjectsEachAct() {
        // "Northland troops and South Islands attacked Northland" is odd but exercises both rules
        UdSentence s = parse("Northland Northland PROPN 2 compound", "troops troop NOUN 6 nsubj", "and and CCONJ 5 cc",
                "South South PROPN 5 compound", "Islands Islands PROPN 2 conj", "attacked attack VERB 0 root",
                "Rolf Rolf PROPN 6 obj");
        List<String> c = code(s, List.of(new DependencyCoder.AgentSpan(1, 2, "MIL")));
        assertEquals(List.of(), c, "no target: an attack needs one");
        UdSentence t = parse("Northland Northland PROPN 2 compound", "troops troop NOUN 6 nsubj", "and and CCONJ 5 cc",
                "South South PROPN 5 compound", "Islands Islands PROPN 2 conj", "attacked attack VERB 0 root",
                "Northland Northland PROPN 6 obj");
        assertEquals(List.of("190 NTHMIL NTH", "190 SIS NTH"), code(t, List.of(new DependencyCoder.AgentSpan(1, 2, "MIL"))));
    }

    @Test
    void multiWordVerbTakesTheTargetOfItsSecondWord() {
        UdSentence s = parse("Northland Northland PROPN 2 nsubj", "expressed express VERB 0 root", "thanks thanks NOUN 2 obj",
                "to to ADP 6 case", "South South PROPN 6 compound", "Islands Islands PROPN 3 nmod");
        assertEquals(List.of("051 NTH SIS"), code(s, List.of()));
    }

    @Test
    void readsValidationRecordsWithSelfClosedOpenersAndComments() {
        String xml = """
                <Validation>
                # free text the format allows
                <Environment><Verbfile>V.txt</Verbfile><Actorfile>A.txt,B.txt</Actorfile><Include>valid DEMO</Include></Environment>
                <Sentences>
                <Sentence id="X_1" date="20240101" category="DEMO" evaluate="true"/>
                <!-- comment <EventCoding eventcode="999" sourcecode="NO" targetcode="NO" /> -->
                <EventCoding eventcode="040" sourcecode="NTH" targetcode="SIS" />
                <Text>Northland met South Islands.</Text>
                <Parse>
                1\tNorthland\tNorthland\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
                2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_
                </Parse>
                <Sentence id="X_2" date="20240101" category="DEMO">
                <EventCoding noevents="True"/>
                <Text>Nothing.</Text>
                <Parse>
                1\tNothing\tnothing\tPRON\tNN\t_\t0\troot\t_\t_
                </Parse></Sentence>
                </Sentences></Validation>
                """.replace("\n                ", "\n");
        ValidationRecords r = ValidationRecords.parse(xml, "test");
        assertEquals(List.of("A.txt", "B.txt"), r.environment().get("Actorfile"));
        assertEquals(2, r.records().size());
        assertEquals(List.of(new ValidationRecords.Coding("040", "NTH", "SIS")), r.records().get(0).expected());
        assertEquals(2, r.records().get(0).parse().words().size());
        assertTrue(r.records().get(1).noEvents());
    }
}
