package dev.pantau.event;

import dev.pantau.syntax.UdSentence;
import dev.pantau.syntax.UdWord;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PETRARCH-2's verb chains in the dependency coder (English): combination in PICO, transformations, negated codes. */
class DependencyCoderChainsTest {

    private static final VerbPatterns VERBS = VerbPatterns.parse(List.of(
            "--- DEMAND [100] ---",
            "WANT [030]",
            "ASK [020]",
            "- * HELP [023]",
            "--- HELP [070] ---",
            "HELP",
            "--- SAY [010] ---",
            "SAY {SAID}",
            "--- MEET [040:040] ---",
            "MEET {MET}",
            "--- SUPPORT [060] ---",
            "SUPPORT",
            "--- GIVE [070] ---",
            "PROVIDE",
            "- * SUPPORT [051]",
            "- * SUPPORT [060]",
            "--- CELEBRATE [181] ---",
            "CELEBRATE",
            "- * FEAST WITH + [043]",
            "--- COOPERATE [050] ---",
            "COOPERATE",
            "--- WELCOME [041] ---",
            "WELCOME",
            "--- BELIEVE [023] ---",
            "BELIEVE",
            "--- PRESSURE [170] ---",
            "PRESSURE",
            "--- ATTACK [190] ---",
            "ATTACK",
            "- RECENTLY_* [195]",
            "- * WITH_SHELLS [194]",
            "",
            "~ a (b . ATTACK) SAY = a b 112",
            "~ a (a b Q) SAY = a b Q"), "chain-verbs");

    private static final ActorDictionary ACTORS = ActorDictionary.parse(List.of(
            "NORTHLAND_ [NTH]",
            "SOUTH_ISLANDS [SIS]",
            "ROLF [RLF]",
            "THE_ISLES [NTH/SIS]"), "chain-actors");

    private static UdSentence parse(String... rows) {
        return DependencyCoderTest.parse(rows);
    }

    private static List<String> code(UdSentence s) {
        List<String> upper = new ArrayList<>();
        for (UdWord w : s.words()) upper.add(w.form().toUpperCase(Locale.ROOT));
        List<DependencyCoder.ActorSpan> actors = new ArrayList<>();
        for (ActorDictionary.Match m : ACTORS.find(upper)) {
            actors.add(new DependencyCoder.ActorSpan(m.from(), m.to(), m.actor().code(LocalDate.of(2024, 1, 1)), null));
        }
        List<String> out = new ArrayList<>();
        for (DependencyCoder.Coded c : new DependencyCoder(VERBS, EventValidation.English.INSTANCE).code(s, actors, List.of())) {
            out.add(c.code() + " " + c.source().code() + " " + (c.target() == null ? "-" : c.target().code()));
        }
        return out;
    }

    @Test
    void readsTransformations() {
        assertEquals(2, VERBS.transformations().size());
        VerbPatterns.Transformation x = VERBS.transformations().get(0);
        assertEquals(List.of("A", "B", ".", "ATTACK", "SAY", "A", "B", "112"),
                List.of(x.source(), x.innerSource(), x.innerTarget(), x.innerVerb(), x.verb(), x.resultSource(), x.resultTarget(), x.code()));
        assertTrue(VERBS.problems().isEmpty(), VERBS.problems().toString());
        assertEquals("190", VERBS.verbCode("ATTACK"));
    }

    @Test
    void intentOverAnActWithoutItsOwnSubjectCombinesAndPatternsStopAtTheClause() {
        // want (intend, 0x3000) + help (aid, 0x0040) = 0x3040, CAMEO 033; the WANT pattern "* HELP [023]" does not reach into the clause
        UdSentence s = parse("Northland Northland PROPN 2 nsubj", "wants want VERB 0 root", "to to PART 4 mark",
                "help help VERB 2 xcomp", "South South PROPN 6 compound", "Islands Islands PROPN 4 obj");
        assertEquals(List.of("033 NTH SIS"), code(s));
    }

    @Test
    void theObjectOfAnAppealIsItsTarget() {
        // "asked Rolf to help South Islands": appeal (0x2000) + aid (0x0040) = 023, to Rolf, who is asked
        UdSentence s = parse("Northland Northland PROPN 2 nsubj", "asked ask VERB 0 root", "Rolf Rolf PROPN 2 obj",
                "to to PART 5 mark", "help help VERB 2 xcomp", "South South PROPN 7 compound", "Islands Islands PROPN 5 obj");
        assertEquals(List.of("023 NTH RLF"), code(s));
    }

    @Test
    void aTransformationOfTheDictionaryWins() {
        // "said that Rolf attacked": the transformation makes an accusation of Rolf (112), not the default sum (015)
        UdSentence s = parse("Northland Northland PROPN 2 nsubj", "said say VERB 0 root", "that that SCONJ 5 mark",
                "Rolf Rolf PROPN 5 nsubj", "attacked attack VERB 2 ccomp", "South South PROPN 7 compound", "Islands Islands PROPN 5 obj");
        assertEquals(List.of("112 NTH RLF"), code(s));
        // "said it would attack" with the speaker as subject: the act itself ("a (a b Q) SAY = a b Q")
        UdSentence same = parse("Northland Northland PROPN 2 nsubj", "said say VERB 0 root", "Northland Northland PROPN 5 nsubj",
                "would would AUX 5 aux", "attack attack VERB 2 ccomp", "South South PROPN 7 compound", "Islands Islands PROPN 5 obj");
        assertEquals(List.of("190 NTH SIS"), code(same));
    }

    @Test
    void combinedClausesCombineAgainAndConjunctsOfAComplementToo() {
        // "Northland said it wants to help South Islands": want + help = 033, then said over its own 033 keeps it
        UdSentence s = parse("Northland Northland PROPN 2 nsubj", "said say VERB 0 root", "it it PRON 4 nsubj",
                "wants want VERB 2 ccomp", "to to PART 6 mark", "help help VERB 4 xcomp", "South South PROPN 8 compound",
                "Islands Islands PROPN 6 obj");
        assertEquals(List.of("033 NTH SIS"), code(s));
        // "Northland said Rolf attacked and attacked South Islands": both conjuncts are the same accusation
        UdSentence conj = parse("Northland Northland PROPN 2 nsubj", "said say VERB 0 root", "Rolf Rolf PROPN 4 nsubj",
                "attacked attack VERB 2 ccomp", "and and CCONJ 6 cc", "attacked attack VERB 4 conj", "South South PROPN 8 compound",
                "Islands Islands PROPN 6 obj");
        assertEquals(List.of("112 NTH RLF"), code(conj));
    }

    @Test
    void aStatementOverAnotherActorsSpeechActCodesNothing() {
        // PETRARCH-2 never codes a nested event: "Northland said Rolf met South Islands" has none
        UdSentence s = parse("Northland Northland PROPN 2 nsubj", "said say VERB 0 root", "Rolf Rolf PROPN 4 nsubj",
                "met meet VERB 2 ccomp", "South South PROPN 6 compound", "Islands Islands PROPN 4 obj");
        assertEquals(List.of(), code(s));
    }

    @Test
    void aNegatedActCodesItsNegativeWhereCameoHasOne() {
        UdSentence support = parse("Northland Northland PROPN 4 nsubj", "did do AUX 4 aux", "not not PART 4 advmod",
                "support support VERB 0 root", "South South PROPN 6 compound", "Islands Islands PROPN 4 obj");
        assertEquals(List.of("121 NTH SIS"), code(support), "not supporting (060) is rejecting (121)");
        UdSentence attack = parse("Northland Northland PROPN 4 nsubj", "did do AUX 4 aux", "not not PART 4 advmod",
                "attack attack VERB 0 root", "South South PROPN 6 compound", "Islands Islands PROPN 4 obj");
        assertEquals(List.of(), code(attack), "an attack has no negative");
    }

    @Test
    void theSubjectOfAClauseTheDictionaryDoesNotCodeIsTheTarget() {
        // "believes Rolf can cope": "cope" codes nothing, so the belief is about Rolf
        UdSentence s = parse("Northland Northland PROPN 2 nsubj", "believes believe VERB 0 root", "Rolf Rolf PROPN 5 nsubj",
                "can can AUX 5 aux", "cope cope VERB 2 ccomp");
        assertEquals(List.of("023 NTH RLF"), code(s));
        // a noun predicate is no verb, even when the dictionary lists the word as one: "believes Rolf is an attack"
        UdSentence noun = parse("Northland Northland PROPN 2 nsubj", "believes believe VERB 0 root", "Rolf Rolf PROPN 6 nsubj",
                "is be AUX 6 cop", "an a DET 6 det", "attack attack NOUN 2 ccomp");
        assertEquals(List.of("023 NTH RLF"), code(noun));
        // a clause that codes itself keeps its subject: "believes Rolf attacked South Islands" is no belief about Rolf alone
        UdSentence own = parse("Northland Northland PROPN 2 nsubj", "believes believe VERB 0 root", "Rolf Rolf PROPN 4 nsubj",
                "attacked attack VERB 2 ccomp", "South South PROPN 6 compound", "Islands Islands PROPN 4 obj");
        assertTrue(!code(own).contains("023 NTH RLF"), code(own).toString());
    }

    @Test
    void ofTwoPatternsAlikeTheLaterWins() {
        // PETRARCH keeps its patterns in a tree of words: the later "* SUPPORT" replaces the earlier
        UdSentence s = parse("Northland Northland PROPN 2 nsubj", "provided provide VERB 0 root", "support support NOUN 2 obj",
                "to to ADP 6 case", "South South PROPN 6 compound", "Islands Islands PROPN 2 obl");
        assertEquals(List.of("060 NTH SIS"), code(s));
    }

    @Test
    void anInfinitiveAdverbialClauseIsAComplementWhenAnObjectAsksIt() {
        // UDPipe: "asking Rolf to help South Islands" with "help" an advcl: still an appeal for aid to Rolf
        UdSentence asked = parse("Northland Northland PROPN 2 nsubj", "asked ask VERB 0 root", "Rolf Rolf PROPN 2 obj",
                "to to PART 5 mark", "help help VERB 2 advcl", "South South PROPN 7 compound", "Islands Islands PROPN 5 obj");
        assertEquals(List.of("023 NTH RLF"), code(asked));
        // a purpose is no complement and no event: "met in Rolf to attack South Islands" is the meeting
        UdSentence met = parse("Northland Northland PROPN 2 nsubj", "met meet VERB 0 root", "in in ADP 4 case", "Rolf Rolf PROPN 2 obl",
                "to to PART 6 mark", "attack attack VERB 2 advcl", "South South PROPN 8 compound", "Islands Islands PROPN 6 obj");
        assertEquals(List.of("040 NTH RLF", "040 RLF NTH"), code(met));
    }

    @Test
    void adverbialAndRelativeClausesCodeNoEventsOfTheirOwnButParticiplesDo() {
        // "Northland attacked Rolf, helping South Islands": PETRARCH codes the main clause only
        UdSentence advcl = parse("Northland Northland PROPN 2 nsubj", "attacked attack VERB 0 root", "Rolf Rolf PROPN 2 obj",
                ", , PUNCT 5 punct", "helping help VERB 2 advcl", "South South PROPN 7 compound", "Islands Islands PROPN 5 obj");
        assertEquals(List.of("190 NTH RLF"), code(advcl));
        // "Rolf, who attacked South Islands, met Northland": the relative clause codes nothing
        UdSentence relcl = parse("Rolf Rolf PROPN 6 nsubj", "who who PRON 3 nsubj", "attacked attack VERB 1 acl:relcl",
                "South South PROPN 5 compound", "Islands Islands PROPN 3 obj", "met meet VERB 0 root", "Northland Northland PROPN 6 obj");
        assertEquals(List.of("040 RLF NTH", "040 NTH RLF"), code(relcl));
    }

    @Test
    void wordsJoinedByAnUnderscoreMustStandTogether() {
        VerbPatterns.VerbPattern p = VERBS.verbs("ATTACK").get(0).patterns().get(0);
        assertTrue(p.before().get(0).joinedAfter(), "RECENTLY_* is glued to the verb");
        UdSentence glued = parse("Northland Northland PROPN 3 nsubj", "recently recently ADV 3 advmod", "attacked attack VERB 0 root",
                "Rolf Rolf PROPN 3 obj");
        assertEquals(List.of("195 NTH RLF"), code(glued));
        UdSentence apart = parse("recently recently ADV 3 advmod", "Northland Northland PROPN 3 nsubj", "attacked attack VERB 0 root",
                "Rolf Rolf PROPN 3 obj");
        assertEquals(List.of("190 NTH RLF"), code(apart));
        UdSentence shells = parse("Northland Northland PROPN 2 nsubj", "attacked attack VERB 0 root", "Rolf Rolf PROPN 2 obj",
                "with with ADP 6 case", "heavy heavy ADJ 6 amod", "shells shell NOUN 2 obl");
        assertEquals(List.of("190 NTH RLF"), code(shells), "WITH_SHELLS needs the two words together");
    }

    @Test
    void theRoleWordOfAPhraseGoesToEachOfItsActors() {
        // "the envoys of Northland and Rolf attacked South Islands": both envoys are GOV
        UdSentence s = parse("the the DET 2 det", "envoys envoy NOUN 7 nsubj", "of of ADP 4 case", "Northland Northland PROPN 2 nmod",
                "and and CCONJ 6 cc", "Rolf Rolf PROPN 4 conj", "attacked attack VERB 0 root",
                "South South PROPN 9 compound", "Islands Islands PROPN 7 obj");
        List<String> upper = new ArrayList<>();
        for (UdWord w : s.words()) upper.add(w.form().toUpperCase(Locale.ROOT));
        List<DependencyCoder.ActorSpan> actors = new ArrayList<>();
        for (ActorDictionary.Match m : ACTORS.find(upper)) actors.add(new DependencyCoder.ActorSpan(m.from(), m.to(), m.actor().code(null), null));
        List<String> out = new ArrayList<>();
        for (DependencyCoder.Coded c : new DependencyCoder(VERBS, EventValidation.English.INSTANCE)
                .code(s, actors, List.of(new DependencyCoder.AgentSpan(1, 2, "GOV")))) out.addAll(EventValidation.codings(c));
        assertEquals(List.of("190 NTHGOV SIS", "190 RLFGOV SIS"), out);
    }

    @Test
    void aNameOfSeveralActorsCodesEachOfThem() {
        UdSentence s = parse("The the DET 2 det", "Isles Isles PROPN 3 nsubj", "attacked attack VERB 0 root", "Rolf Rolf PROPN 3 obj");
        List<DependencyCoder.ActorSpan> actors = List.of(new DependencyCoder.ActorSpan(0, 2, "NTH/SIS", null),
                new DependencyCoder.ActorSpan(3, 4, "RLF", null));
        List<String> out = new ArrayList<>();
        for (DependencyCoder.Coded c : new DependencyCoder(VERBS, EventValidation.English.INSTANCE).code(s, actors, List.of())) {
            out.addAll(EventValidation.codings(c));
        }
        assertEquals(List.of("190 NTH RLF", "190 SIS RLF"), out);
    }

    @Test
    void anObjectThatNamesNoActorTakesTheAgentOfItsParticiple() {
        UdSentence s = parse("Northland Northland PROPN 2 nsubj", "welcomed welcome VERB 0 root", "memos memo NOUN 2 obj",
                "sent send VERB 3 acl", "by by ADP 6 case", "Rolf Rolf PROPN 4 obl");
        assertEquals(List.of("041 NTH RLF"), code(s));
    }

    @Test
    void aPassiveTakesItsSourceFromAFromPhraseToo() {
        // PETRARCH reads a passive's source from "by" and "from" phrases: "Northland was attacked from Rolf"
        UdSentence s = parse("Northland Northland PROPN 3 nsubj:pass", "was be AUX 3 aux:pass", "attacked attack VERB 0 root",
                "from from ADP 5 case", "Rolf Rolf PROPN 3 obl");
        assertEquals(List.of("190 RLF NTH"), code(s));
    }

    @Test
    void coordinatedSubjectsOfCooperationWithoutATargetActOnEachOther() {
        UdSentence s = parse("Northland Northland PROPN 4 nsubj", "and and CCONJ 3 cc", "Rolf Rolf PROPN 1 conj", "cooperated cooperate VERB 0 root");
        assertEquals(List.of("050 NTH RLF", "050 RLF NTH"), code(s));
        UdSentence attack = parse("Northland Northland PROPN 4 nsubj", "and and CCONJ 3 cc", "Rolf Rolf PROPN 1 conj", "attacked attack VERB 0 root");
        assertEquals(List.of(), code(attack), "only cooperation (03-06) pairs them");
    }

    @Test
    void aPatternsTargetSlotPlacesTheTarget() {
        // "* FEAST WITH +": the target is who "with" introduces, not the place before it
        UdSentence s = parse("Northland Northland PROPN 2 nsubj", "celebrated celebrate VERB 0 root", "feast feast NOUN 2 obj",
                "at at ADP 5 case", "Rolf Rolf PROPN 2 obl", "with with ADP 8 case", "South South PROPN 8 compound",
                "Islands Islands PROPN 2 obl");
        assertEquals(List.of("043 NTH SIS"), code(s));
    }

    @Test
    void aPassiveVerbTakesNoComplement() {
        UdSentence s = parse("Northland Northland PROPN 3 nsubj:pass", "was be AUX 3 aux:pass", "pressured pressure VERB 0 root",
                "by by ADP 5 case", "Rolf Rolf PROPN 3 obl", "to to PART 7 mark", "attack attack VERB 3 xcomp",
                "South South PROPN 9 compound", "Islands Islands PROPN 7 obj");
        assertEquals(List.of("170 RLF NTH"), code(s));
        UdSentence advcl = parse("Northland Northland PROPN 3 nsubj:pass", "was be AUX 3 aux:pass", "pressured pressure VERB 0 root",
                "by by ADP 5 case", "Rolf Rolf PROPN 3 obl", "to to PART 7 mark", "attack attack VERB 3 advcl",
                "South South PROPN 9 compound", "Islands Islands PROPN 7 obj");
        assertEquals(List.of("170 RLF NTH"), code(advcl), "the infinitive as an adverbial clause, as UDPipe parses it");
    }
}
