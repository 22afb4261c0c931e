package dev.pantau.event;

import dev.pantau.link.Agents;
import dev.pantau.syntax.UdSentence;
import dev.pantau.syntax.UdWord;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The CAMEO coder over a dependency parse, as UniversalPetrarch codes UD parses, as a pure
 * function of (parsed sentence, actors found in it, dictionaries): each verb of the dictionary
 * is an event whose source is its subject (nsubj; inherited through xcomp, conj and relative
 * clauses; the "by"/"oleh" agent of a passive) and whose target is its object (obj, iobj) or,
 * failing that, an oblique with a preposition of the language (obl + case: "with", "dengan",
 * "kepada", "terhadap"); the passive's subject is its target. The verb's patterns pick the code
 * from the words around it (the object "bantuan" turns "memberikan" into 070). Coordinated
 * subjects and objects give one event per pair. Negated verbs give no event; modal verbs mark
 * the event hypothetical.
 *
 * <p>The language enters through {@link Language}: how a word is looked up in the verb
 * dictionary, which words negate, which prepositions introduce a target or a passive agent.
 */
public final class DependencyCoder {

    /** What the coder needs to know of a language. */
    public interface Language {
        /** The dictionary keys a word may be listed under (upper-case), each with whether it is a passive form. */
        List<Key> keys(UdSentence s, int word);

        /** Words that negate a verb they modify (lower-case). */
        Set<String> negations();

        /** Words that make a verb hypothetical (lower-case): modals, "akan", "berencana". */
        Set<String> modals();

        /**
         * Words that make the clause after them a question ("apakah", written whole or as "apa"
         * + "kah"), lower-case: its verb is asked about, not reported ("memutuskan apakah akan
         * menyerang Iran").
         */
        default Set<String> questionWords() {
            return Set.of();
        }

        /** Prepositions that introduce a target oblique (lower-case). */
        Set<String> targetPrepositions();

        /** Prepositions that introduce the agent of a passive (lower-case). */
        Set<String> agentPrepositions();

        /** Subject pronouns that refer back to an earlier subject (lower-case). */
        Set<String> pronouns();

        /**
         * The verbs a noun names the act of ("penolakan" → MENOLAK, "serangan" → MENYERANG), as
         * keys; empty when the language codes no nominal events.
         */
        default List<Key> nominalKeys(UdSentence s, int word) {
            return List.of();
        }

        /**
         * Reflexive objects ("diri", "dirinya"), lower-case: a verb done to oneself ("memaksa
         * diri", "melindungi diri") is no event between actors, unless a dictionary pattern gives
         * the phrase its own meaning ("menawarkan diri sebagai mediator").
         */
        default Set<String> reflexives() {
            return Set.of();
        }

        /** First-person pronouns: in a quote, the speaker (lower-case). */
        default Set<String> firstPersonPronouns() {
            return Set.of();
        }

        /** Object pronouns that refer to a person named before ("nya", "him"), lower-case. */
        default Set<String> objectPronouns() {
            return Set.of();
        }

        /** Prepositions that introduce a target only when nothing else does: places ("in Zurich"), lower-case. */
        default Set<String> placePrepositions() {
            return Set.of();
        }

        /**
         * Whether an object that names no actor ("menangkap tersangka", "menyelidiki dugaan
         * korupsi") is an unnamed target ({@code "---"}, for the caller to place), rather than none.
         */
        default boolean unnamedTargets() {
            return false;
        }

        /**
         * CAMEO roots a noun may name without saying who acts ("protes anti-pemerintah"): its
         * source and target are unnamed ({@code "---"}, for the caller to place: people of the
         * country where it happened).
         */
        default Set<String> unnamedSourceRoots() {
            return Set.of();
        }

        /** CAMEO roots coded without a target (statements, protests); every other event needs one. */
        default Set<String> targetlessRoots() {
            return Set.of();
        }

        /**
         * Whether verb chains combine as PETRARCH-2 combines them ({@link #combineChains}: "said it
         * would attack", "wants to help", a negated act's negative code); otherwise a negated verb
         * codes nothing and chains keep one of their events ({@code chains}).
         */
        default boolean combinesChains() {
            return false;
        }

        /**
         * Whether verbs of adverbial and relative clauses code events of their own; PETRARCH-2
         * codes only the main clauses (and their complements, which it combines).
         */
        default boolean subordinateEvents() {
            return true;
        }

        /**
         * CAMEO roots whose coordinated subjects act on each other when the verb has no target
         * ("The US, Russia and Switzerland met": PETRARCH-2 pairs them for 03–06).
         */
        default Set<String> reciprocalRoots() {
            return Set.of();
        }

        /** Whether words joined by "_" in a pattern must stand next to each other, as in PETRARCH-2. */
        default boolean adjacentPatternWords() {
            return false;
        }

        /**
         * Marks that make an adverbial clause the complement of the verb it hangs on ("meminta agar
         * suku bunga diturunkan", "mendesak supaya"), lower-case.
         */
        default Set<String> complementMarks() {
            return Set.of();
        }

        /** Marks of an infinitive ("to"): an adverbial clause with one is a complement for verb chains (lower-case). */
        default Set<String> infinitiveMarks() {
            return Set.of();
        }
    }

    /** A dictionary key of a word: the word under which the verb is listed, and whether the word is that verb's passive. */
    public record Key(String word, boolean passive) {
    }

    /** An actor found in the sentence: words [from, to) name it; {@code entity} may be null (dictionary actors). */
    public record ActorSpan(int from, int to, String code, String entity) {
    }

    /** An agent (role) word found in the sentence: words [from, to), its role code (GOV, MIL …). */
    public record AgentSpan(int from, int to, String code) {
    }

    /** A resolved actor of a phrase: its full code (country + role), the entity, the words that name it. */
    public record Actor(String code, String entity, int from, int to) {
    }

    /** One coded event. {@code verbFrom..verbTo} are the words of the verb (inclusive, exclusive). */
    public record Coded(String code, Actor source, Actor target, int verbFrom, int verbTo, boolean hypothetical) {
    }

    /** Relations that open a new clause: a phrase's actor is never looked for inside them. */
    private static final Set<String> CLAUSAL = Set.of("acl", "acl:relcl", "advcl", "ccomp", "xcomp", "parataxis", "csubj",
            "punct", "conj", "cc", "appos", "dep", "list", "vocative", "discourse", "reparandum", "orphan");

    private final VerbPatterns verbs;
    private final Language language;

    public DependencyCoder(VerbPatterns verbs, Language language) {
        this.verbs = verbs;
        this.language = language;
    }

    /** Agent phrases found over the word forms, and over the lemmas where the forms found none (plurals). */
    public static List<AgentSpan> agentSpans(Agents agents, List<String> forms, List<String> lemmas) {
        List<AgentSpan> out = new ArrayList<>();
        for (int i = 0; i < forms.size(); ) {
            Agents.Match m = agents.longestAt(forms, i);
            if (m == null) m = agents.longestAt(lemmas, i);
            if (m == null) {
                i++;
                continue;
            }
            out.add(new AgentSpan(i, i + m.words(), m.code()));
            i += m.words();
        }
        return out;
    }

    /** The parse of one sentence, indexed: heads 0-based (-1 for the root), children lists. */
    private static final class Tree {
        final UdSentence s;
        final int n;
        final int[] head;
        final String[] rel;
        final List<List<Integer>> children = new ArrayList<>();
        final List<String> upper = new ArrayList<>();
        final List<String> upperLemma = new ArrayList<>();
        /** Every form and lemma of the sentence: a pattern whose words are not all here cannot match. */
        private Set<String> vocabulary;
        final java.util.Map<String, Boolean> setPossible = new java.util.HashMap<>();
        /** Verbs looked up so far (see {@code lookup}). */
        Found[] found;
        boolean[] looked;

        Tree(UdSentence s) {
            this.s = s;
            n = s.words().size();
            head = new int[n];
            rel = new String[n];
            for (int i = 0; i < n; i++) children.add(new ArrayList<>());
            for (int i = 0; i < n; i++) {
                UdWord w = s.words().get(i);
                head[i] = w.head() <= 0 || w.head() > n ? -1 : w.head() - 1;
                rel[i] = v2(w.deprel() == null ? "" : w.deprel().toLowerCase(Locale.ROOT));
                if (head[i] >= 0) children.get(head[i]).add(i);
                upper.add(w.form().toUpperCase(Locale.ROOT));
                String lemma = w.lemma() == null || w.lemma().equals("_") ? w.form() : w.lemma();
                upperLemma.add(lemma.toUpperCase(Locale.ROOT));
            }
        }

        /** Every form and lemma, made when a pattern first asks (most sentences code no verb with patterns). */
        Set<String> vocabulary() {
            if (vocabulary == null) {
                vocabulary = new java.util.HashSet<>(upper);
                vocabulary.addAll(upperLemma);
            }
            return vocabulary;
        }

        /** The words under verb i (its subtree, itself excluded). */
        boolean[] subtree(int i) {
            boolean[] in = new boolean[n];
            for (int k = 0; k < n; k++) in[k] = ancestor(i, k);
            return in;
        }

        /** UD v1 relation names (older parsers, the UDPipe 2.0 parses of the validation records) in their v2 spelling. */
        private static String v2(String rel) {
            return switch (rel) {
                case "nsubjpass" -> "nsubj:pass";
                case "csubjpass" -> "csubj:pass";
                case "auxpass" -> "aux:pass";
                case "dobj" -> "obj";
                default -> rel;
            };
        }

        String base(int i) {
            int colon = rel[i].indexOf(':');
            return colon < 0 ? rel[i] : rel[i].substring(0, colon);
        }

        String lower(int i) {
            return s.words().get(i).form().toLowerCase(Locale.ROOT);
        }

        String upos(int i) {
            return s.words().get(i).upos();
        }

        /** The first child of {@code i} whose relation is one of {@code rels} (full or base relation). */
        int child(int i, String... rels) {
            for (int c : children.get(i)) if (matches(c, rels)) return c;
            return -1;
        }

        /**
         * The child of {@code i} with one of {@code rels} nearest before it, else the first after it:
         * when a parser gives a verb two subjects ("Dilansir AFP, penyelenggara mengatakan"), the
         * one next to the verb is its subject, unless that one stands in brackets ("the Philippines
         * and the European Union (EU) agree": an acronym, the parser's second subject).
         */
        int nearestChild(int i, String... rels) {
            int best = -1, first = -1, count = 0;
            for (int c : children.get(i)) {
                if (!matches(c, rels)) continue;
                if (count++ == 0) first = c;
            }
            if (count < 2) return first; // one subject: nothing to choose
            for (int c : children.get(i)) {
                if (!matches(c, rels) || bracketed(c)) continue;
                if (best < 0 || c < i && (best > i || c > best)) best = c;
            }
            return best >= 0 ? best : first;
        }

        /** Whether word c's relation is one of {@code rels} (full, or base for a rel without subtype). */
        private boolean matches(int c, String... rels) {
            for (String r : rels) if (rel[c].equals(r) || base(c).equals(r) && !r.contains(":")) return true;
            return false;
        }

        /** Whether word c's phrase opens with or follows an opening bracket ("(EU)", "-LRB- EU"). */
        private boolean bracketed(int c) {
            int start = c; // the first word of its phrase
            for (int k = 0; k < c && start == c; k++) if (ancestor(c, k)) start = k;
            for (int k = Math.max(0, start - 1); k <= start; k++) {
                String w = s.words().get(k).form();
                if (w.equals("(") || w.equals("-LRB-") || w.equals("[")) return true;
            }
            return false;
        }

        /** The (lower-case) case marker of a nominal: its "case" child, or null. */
        String caseOf(int i) {
            for (int c : children.get(i)) if (rel[c].equals("case")) return lower(c);
            return null;
        }

        boolean ancestor(int a, int i) {
            for (int k = head[i], guard = 0; k >= 0 && guard < n; k = head[k], guard++) if (k == a) return true;
            return false;
        }
    }

    /** Codes one parsed sentence. */
    public List<Coded> code(UdSentence sentence, List<ActorSpan> actors, List<AgentSpan> agents) {
        return code(sentence, actors, agents, List.of());
    }

    /**
     * Codes one parsed sentence. {@code persons} are the people named before it, the most recent
     * last: a subject pronoun ("ia", "he") the sentence itself does not resolve is the last of
     * them, an object pronoun ("-nya", "him") the last one who is not the subject.
     */
    public List<Coded> code(UdSentence sentence, List<ActorSpan> actors, List<AgentSpan> agents, List<Actor> persons) {
        return code(sentence, actors, agents, persons, null);
    }

    /**
     * As {@link #code(UdSentence, List, List, List)}, for a sentence spoken by {@code speaker}
     * (a direct quote's speaker, or null): a first-person subject ("saya", "kami") is the speaker.
     */
    public List<Coded> code(UdSentence sentence, List<ActorSpan> actors, List<AgentSpan> agents, List<Actor> persons, Actor speaker) {
        Actor antecedent = persons.isEmpty() ? null : persons.get(persons.size() - 1);
        Tree t = new Tree(sentence);
        List<Coded> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Clause> clauses = new ArrayList<>();
        for (int i = 0; i < t.n; i++) {
            if (!verbal(t, i)) continue;
            if (!language.subordinateEvents() && subordinate(t, i)) continue;
            Found f = lookup(t, i);
            if (f == null) continue;
            boolean negated = negated(t, i, f);
            if (negated && !language.combinesChains() || questioned(t, i, f.from)) continue;
            boolean passive = f.passive || passive(t, i);
            VerbPatterns.VerbPattern pattern = choose(t, i, f, passive);
            if (pattern == VETO || pattern == null && reflexive(t, i, f)) continue;
            // a pattern that names the negation ("&NEGATVAUXVRB * OVER EFFORTS") has coded it
            if (negated && pattern != null && negationInPattern(t, f, pattern)) negated = false;
            VerbPatterns.Code code = pattern != null ? pattern.code() : f.verb.code();
            if (code == null) continue;
            List<Actor> sources, targets;
            if (passive) {
                targets = phraseActors(t, t.child(i, "nsubj:pass", "nsubj"), actors, agents);
                if (targets.isEmpty()) targets = inheritedSubject(t, i, actors, agents, 0);
                sources = agentActors(t, i, actors, agents);
            } else {
                sources = subject(t, i, actors, agents);
                if (sources.isEmpty() && speaker != null && firstPersonSubject(t, i)) sources = List.of(speaker);
                if (sources.isEmpty() && antecedent != null && pronounSubject(t, i)) sources = List.of(antecedent);
                targets = objectActors(t, i, f, actors, agents);
                if (targets.isEmpty() && code.forward() != null && UNREALISED.contains(code.forward().substring(0, 2))) {
                    targets = complementSubject(t, i, f, actors, agents);
                }
            }
            if (sources.isEmpty()) continue;
            if (targets.isEmpty() && !passive && sources.size() == 1) {
                Actor other = pronounObject(t, i, persons, sources.get(0));
                if (other != null) targets = List.of(other);
            }
            if (targets.isEmpty() && language.unnamedTargets() && code.backward() == null && unnamedTargetRoot(code)) {
                List<Integer> objects = objects(t, i, f, passive);
                if (!objects.isEmpty() && (abstractTargetRoot(code) || named(t, objects))) targets = List.of(new Actor("---", null, -1, -1));
            }
            if (pattern != null && !passive && language.combinesChains()) {
                List<Actor> slot = slotTarget(t, f, pattern, actors, agents);
                if (!slot.isEmpty()) targets = slot;
            }
            clauses.add(new Clause(i, f, pattern, code, sources, targets, passive, negated, hypothetical(t, i)));
        }
        if (language.combinesChains()) combineChains(t, clauses, actors, agents);
        for (Clause c : clauses) {
            if (c.dropped) continue;
            VerbPatterns.Code code = c.code;
            if (c.negated) {
                // PETRARCH's negation: the act's negative where CAMEO has one ("not provide support": 121), else nothing
                String neg = code.forward() == null ? null : Pico.negated(code.forward());
                if (neg == null) continue;
                code = new VerbPatterns.Code(neg, null);
            }
            List<Actor> sources = c.sources, targets = c.targets;
            Found f = c.f;
            boolean hypothetical = c.hypothetical;
            if (targets.isEmpty() && sources.size() > 1 && (code.backward() != null || c.pattern != null && c.pattern.compound()
                    || code.forward() != null && code.forward().length() >= 2 && language.reciprocalRoots().contains(code.forward().substring(0, 2)))) {
                // "Gondor and Osgiliath have renewed ties": coordinated subjects of a reciprocal verb act on each other
                for (Actor src : sources) {
                    for (Actor tgt : sources) {
                        if (src != tgt && !src.code().equals(tgt.code())) emit(out, seen, code.forward(), src, tgt, f, hypothetical);
                    }
                }
                continue;
            }
            for (Actor src : sources) {
                if (targets.isEmpty()) {
                    if (code.forward() != null && code.forward().length() >= 2
                            && language.targetlessRoots().contains(code.forward().substring(0, 2))) {
                        emit(out, seen, code.forward(), src, null, f, hypothetical);
                    }
                    continue;
                }
                for (Actor tgt : targets) {
                    if (tgt.code().equals(src.code()) && tgt.from() == src.from()) continue;
                    emit(out, seen, code.forward(), src, tgt, f, hypothetical);
                    if (code.backward() != null) emit(out, seen, code.backward(), tgt, src, f, hypothetical);
                }
            }
        }
        nominalEvents(t, actors, agents, out, seen);
        return language.combinesChains() ? out : chains(t, out);
    }

    /** A coded verb before it becomes events: what verb chains combine. */
    private static final class Clause {
        final int verb;
        final Found f;
        final VerbPatterns.VerbPattern pattern;
        final boolean passive;
        final boolean hypothetical;
        /** Where the clause stands in the tree: its verb, or the verb it was combined into. */
        int anchor;
        VerbPatterns.Code code;
        List<Actor> sources;
        List<Actor> targets;
        boolean negated;
        boolean dropped;

        Clause(int verb, Found f, VerbPatterns.VerbPattern pattern, VerbPatterns.Code code, List<Actor> sources,
               List<Actor> targets, boolean passive, boolean negated, boolean hypothetical) {
            this.verb = verb;
            this.f = f;
            this.pattern = pattern;
            this.code = code;
            this.sources = sources;
            this.targets = targets;
            this.passive = passive;
            this.negated = negated;
            this.hypothetical = hypothetical;
            this.anchor = verb;
        }
    }

    /**
     * PETRARCH-2's combination of a coded verb with the coded verb of its complement clause
     * (xcomp, ccomp), deepest first, in its internal ontology ({@link Pico}):
     * <ul>
     *   <li>a passive verb takes no complement ("is being pressured by X to help Y": the pressure);</li>
     *   <li>a transformation of the dictionary that fits wins ({@code ~ a (b . ATTACK) CLAIM = a b 112}:
     *       "claimed that X attacked" accuses X);</li>
     *   <li>a complement without a subject of its own (or with the same one) is the governing
     *       verb's act: the codes combine ("wants to help Y": intend + aid = 033), towards the
     *       complement's target;</li>
     *   <li>a complement with another subject (its own, or the governing verb's object: "asks X to
     *       help") whose act is no speech act combines towards that subject ("asked X to help": 023
     *       to X); one that is a speech act leaves nothing, as in PETRARCH-2 (a nested event is never
     *       coded);</li>
     *   <li>a sum that is no CAMEO code codes nothing; a negated governing verb negates the sum.</li>
     * </ul>
     */
    private void combineChains(Tree t, List<Clause> clauses, List<ActorSpan> actors, List<AgentSpan> agents) {
        if (clauses.size() < 2) return;
        // deepest first; a combined clause stands where its governing verb stood and may combine again
        java.util.PriorityQueue<Clause> todo = new java.util.PriorityQueue<>(
                java.util.Comparator.comparingInt((Clause c) -> -depth(t, c.anchor)).thenComparingInt(c -> c.verb));
        todo.addAll(clauses);
        Set<Clause> consumed = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            Clause comp = todo.poll();
            if (comp.dropped || consumed.contains(comp)) continue;
            // a conjunct of a complement is a complement too ("claimed that ISIL had attacked Iraq and taken Mosul")
            int top = comp.anchor;
            while (t.base(top).equals("conj") && t.head[top] >= 0 && coded(clauses, t.head[top])) top = t.head[top];
            String r = t.base(top);
            boolean infinitive = infinitive(t, top);
            if (!(r.equals("xcomp") || r.equals("ccomp") || infinitive)) continue;
            int h = t.head[top];
            Clause gov = null;
            for (Clause g : clauses) if (g != comp && !g.dropped && g.f.from <= h && h < g.f.to) gov = g;
            if (gov == null) continue;
            if (infinitive && !(gov.passive || controllingObject(t, gov, actors, agents))) {
                // a purpose ("meet in Zurich to discuss"): PETRARCH reads a clause only when the verb codes nothing else
                comp.dropped = true;
                continue;
            }
            if (infinitive) r = "xcomp"; // "asking Obama to help Iran", parsed as an adverbial clause
            if (gov.passive) {
                comp.dropped = true;
                continue;
            }
            Integer p = Pico.of(gov.code.forward()), q = Pico.of(comp.code.forward());
            if (p == null || q == null) continue;
            if (comp.negated) q -= Pico.NEGATION;
            // the complement's own subject: its nsubj, a passive's agent, or the object that controls an xcomp
            List<Actor> inner = null;
            boolean controlled = false;
            if (r.equals("xcomp") && !gov.targets.isEmpty() && t.child(top, "nsubj", "nsubj:pass") < 0
                    && controllingObject(t, gov, actors, agents)) {
                inner = gov.targets;
                controlled = true;
            } else if (comp.passive || t.child(comp.verb, "nsubj", "nsubj:pass", "csubj") >= 0
                    || t.child(top, "nsubj", "nsubj:pass", "csubj") >= 0) {
                inner = comp.sources;
            }
            boolean other = inner != null && !sameActors(inner, gov.sources);
            String code = null;
            List<Actor> targets = null;
            VerbPatterns.Transformation x = transformation(gov.code.forward(), q, inner == null ? "_" : other ? "B" : "A");
            if (x != null) {
                code = x.code().equals("Q") ? Pico.cameo(q) : x.code();
                String tv = x.resultTarget();
                targets = tv.equals(x.innerSource()) ? (inner == null ? List.of() : inner) : comp.targets;
            } else if (!other) {
                code = Pico.cameo(Pico.combine(p, q) - (gov.negated ? Pico.NEGATION : 0));
                targets = comp.targets;
            } else if (q >= 0 && !Pico.speechAct(q)) {
                code = Pico.cameo(Pico.combine(p, q) - (gov.negated ? Pico.NEGATION : 0));
                targets = inner;
            } else if (controlled) {
                // "urged Bree to help win … talks": the object's own speech act is no event of the
                // urging; the urging of Bree stands (PETRARCH reads the clause only when the verb has no object)
                comp.dropped = true;
                continue;
            } else {
                consumed.add(gov);
                comp.dropped = true;
                continue;
            }
            consumed.add(gov);
            if (code == null) {
                comp.dropped = true;
                continue;
            }
            comp.code = new VerbPatterns.Code(code, null);
            comp.sources = gov.sources;
            comp.targets = targets;
            comp.negated = false;
            comp.anchor = gov.anchor;
            todo.add(comp);
        }
        for (Clause c : consumed) c.dropped = true;
    }

    /** Relations by which a verb stays in the main clauses: coordination, complements, reporting clauses. */
    private static final Set<String> MAIN = Set.of("conj", "xcomp", "ccomp", "parataxis");

    /**
     * Whether verb i is in a subordinate clause: on its way to the root an adverbial clause
     * ("…, killing eight people", "for helping"), a relative clause ("the group that has
     * seized"), or anything else that is not coordination, complement, report or a participle on
     * a noun ("soldiers killed in Ukraine"); an infinitive adverbial clause ("asking Obama to
     * help") counts as a complement.
     */
    private boolean subordinate(Tree t, int i) {
        boolean onNoun = false; // a participle's noun may stand anywhere in its clause
        for (int k = i, guard = 0; t.head[k] >= 0 && guard < t.n; k = t.head[k], guard++) {
            boolean participle = t.rel[k].equals("acl");
            if (!onNoun && !participle && !MAIN.contains(t.base(k)) && !infinitive(t, k)) return true;
            onNoun = participle;
        }
        return false;
    }

    /** Whether verb i is an infinitive adverbial clause ("to help"), which a parser often makes of a complement. */
    private boolean infinitive(Tree t, int i) {
        if (!t.base(i).equals("advcl") || t.child(i, "nsubj", "nsubj:pass") >= 0) return false;
        for (int c : t.children.get(i)) if (t.rel[c].equals("mark") && language.infinitiveMarks().contains(t.lower(c))) return true;
        return false;
    }

    /**
     * The target a pattern places: the phrase that a pattern word right before its {@code +}
     * introduces ("* EID AT ^ WITH + [043]": whoever "with" introduces after the verb).
     */
    private List<Actor> slotTarget(Tree t, Found f, VerbPatterns.VerbPattern p, List<ActorSpan> actors, List<AgentSpan> agents) {
        List<VerbPatterns.Element> after = p.after();
        for (int x = 1; x < after.size(); x++) {
            if (after.get(x).kind() != VerbPatterns.Element.Kind.TARGET || after.get(x - 1).kind() != VerbPatterns.Element.Kind.WORD) continue;
            String w = after.get(x - 1).word();
            for (int k = f.to; k < t.n; k++) {
                if (!same(t, k, w) || !t.ancestor(f.from, k)) continue;
                int phrase = t.rel[k].equals("case") ? t.head[k] : k;
                List<Actor> a = phraseActors(t, phrase, actors, agents);
                if (!a.isEmpty()) return a;
            }
        }
        return List.of();
    }

    /** Whether a clause was coded at verb k. */
    private static boolean coded(List<Clause> clauses, int k) {
        for (Clause c : clauses) if (c.verb == k) return true;
        return false;
    }

    /** Whether the governing verb has an object that names an actor (who an xcomp's act is asked of). */
    private boolean controllingObject(Tree t, Clause gov, List<ActorSpan> actors, List<AgentSpan> agents) {
        for (int k = gov.f.from; k < gov.f.to; k++) {
            for (int c : t.children.get(k)) {
                if ((t.rel[c].equals("obj") || t.rel[c].equals("iobj")) && !phraseActors(t, c, actors, agents).isEmpty()) return true;
            }
        }
        return false;
    }

    private static boolean sameActors(List<Actor> a, List<Actor> b) {
        if (a.size() != b.size()) return false;
        for (int k = 0; k < a.size(); k++) if (!a.get(k).code().equals(b.get(k).code())) return false;
        return true;
    }

    /**
     * The dictionary's transformation for an outer verb of code {@code outer} over a clause of
     * PICO value {@code inner} whose subject is none ("_"), the outer subject ("A") or another
     * ("B"): codes compare in PICO, a clause's code also by its 0x10, 0x100, 0x1000 rounding
     * ("ATTACK", 0x00A0, stands for every fight); a named clause verb before {@code Q}.
     */
    private VerbPatterns.Transformation transformation(String outer, int inner, String subject) {
        List<VerbPatterns.Transformation> all = verbs.transformations();
        if (all.isEmpty()) return null;
        Integer o = Pico.of(outer);
        if (o == null) return null;
        VerbPatterns.Transformation any = null;
        for (VerbPatterns.Transformation x : all) {
            String vc = verbs.verbCode(x.verb());
            Integer v = vc == null ? null : Pico.of(vc);
            if (v == null || !masked(o, v)) continue;
            String is = x.innerSource();
            boolean fits = switch (subject) {
                case "_" -> is.equals("_");
                case "A" -> is.equals(x.source());
                default -> !is.equals("_") && !is.equals(x.source());
            };
            if (!fits) continue;
            if (x.innerVerb().equals("Q")) {
                if (any == null) any = x;
                continue;
            }
            String ic = verbs.verbCode(x.innerVerb());
            Integer iv = ic == null ? null : Pico.of(ic);
            if (iv != null && inner >= 0 && masked(inner, iv)) return x;
        }
        return any;
    }

    /** Whether {@code code} is {@code key} or rounds down to it by a hex digit or more. */
    private static boolean masked(int code, int key) {
        return code == key || code - code % 0x10 == key || code - code % 0x100 == key || code - code % 0x1000 == key;
    }

    private static int depth(Tree t, int i) {
        int d = 0;
        for (int k = t.head[i]; k >= 0 && d < t.n; k = t.head[k]) d++;
        return d;
    }

    /** Whether the pattern chosen for a negated verb spells the negation out (words before the verb that negate). */
    private boolean negationInPattern(Tree t, Found f, VerbPatterns.VerbPattern p) {
        for (VerbPatterns.Element e : p.before()) {
            if (e.kind() == VerbPatterns.Element.Kind.WORD && language.negations().contains(e.word().toLowerCase(Locale.ROOT))) return true;
            if (e.kind() == VerbPatterns.Element.Kind.SET) {
                for (String[] m : verbs.setMembers(e.word())) {
                    for (String w : m) if (language.negations().contains(w.toLowerCase(Locale.ROOT))) return true;
                }
            }
        }
        return false;
    }

    /** Intent to do a cooperative act of root 04–07 is the intent of that kind (CAMEO 036, 032, 031, 033). */
    private static final java.util.Map<String, String> INTENT = java.util.Map.of("04", "036", "05", "032", "06", "031", "07", "033");

    /**
     * Roots whose complement act does not happen by the sentence's saying so: a statement,
     * appeal, demand, accusation, rejection or threat of it ("mengancam akan mendeportasi",
     * "menolak bertemu") is the event, the act is not.
     */
    private static final Set<String> UNREALISED = Set.of("01", "02", "10", "11", "12", "13");

    /**
     * One event per verb chain, as PETRARCH combines a verb with its complement: when a coded
     * verb's complement (xcomp, ccomp) is coded too with the same source, an appeal, demand or
     * statement, accusation, rejection or threat of it ("asked X to help", "urged", "said",
     * "mengancam akan mendeportasi") keeps the governing verb's event only,
     * and an intent ("pledged to expel", "berjanji akan membantu") the complement's, as an intent
     * of that kind when the act is cooperative.
     */
    private static List<Coded> chains(Tree t, List<Coded> coded) {
        if (coded.size() < 2) return coded;
        List<Coded> out = new ArrayList<>(coded);
        for (Coded gov : coded) {
            String gr = gov.code().substring(0, 2);
            for (Coded comp : coded) {
                if (comp == gov) continue;
                boolean ofTarget = gov.target() != null && sameActor(comp.source(), gov.target()) && UNREALISED.contains(gr);
                if (!sameActor(comp.source(), gov.source()) && !ofTarget) continue;
                int v = comp.verbFrom();
                boolean governed = t.head[v] >= gov.verbFrom() && t.head[v] < gov.verbTo()
                        && (t.base(v).equals("xcomp") || t.base(v).equals("ccomp"));
                if (!governed && adjacentComplement(t, gov.verbFrom(), gov.verbTo()) != v) continue;
                String cr = comp.code().substring(0, 2);
                if (UNREALISED.contains(gr)) {
                    out.remove(comp);
                } else if (gr.equals("03")) {
                    out.remove(gov);
                    if (INTENT.containsKey(cr) && out.remove(comp)) {
                        out.add(new Coded(INTENT.get(cr), comp.source(), comp.target(), comp.verbFrom(), comp.verbTo(), comp.hypothetical()));
                    }
                }
            }
        }
        return out;
    }

    private static boolean sameActor(Actor a, Actor b) {
        return a.code().equals(b.code()) && a.from() == b.from();
    }

    /**
     * Events named by nouns ("penolakan dari dua pejabat", "serangan Israel terhadap Gaza",
     * "X melayangkan kecaman kepada Y"): the noun's verb gives the code; its "dari"/"oleh"
     * phrase or its possessor is the source, else the subject of the verb it is the object of;
     * a target-preposition phrase on the noun is the target. Nouns that are the object of a coded
     * verb are that verb's business.
     */
    private void nominalEvents(Tree t, List<ActorSpan> actors, List<AgentSpan> agents, List<Coded> out, Set<String> seen) {
        Set<Integer> coded = new java.util.HashSet<>();
        for (Coded c : out) for (int k = c.verbFrom(); k < c.verbTo(); k++) coded.add(k);
        for (int i = 0; i < t.n; i++) {
            if (!"NOUN".equals(t.upos(i)) || coded.contains(i) || t.head[i] >= 0 && coded.contains(t.head[i])) continue;
            if (t.child(i, "nsubj") >= 0) continue; // a predicate noun with its own subject is the verb path's business
            List<Key> keys = language.nominalKeys(t.s, i);
            if (keys.isEmpty()) continue;
            VerbPatterns.Verb verb = null;
            for (Key k : keys) {
                for (VerbPatterns.Verb v : verbs.verbs(k.word())) {
                    if (v.words().size() == 1 && v.code() != null && v.code().forward() != null) {
                        verb = v;
                        break;
                    }
                }
                if (verb != null) break;
            }
            if (verb == null) continue;
            // a bare root ("demo", "protes", "invasi Rusia", but also "jajak" in "jajak pendapat", "tindak"
            // in "tindak lanjut") names an act only as a protest or with its own actor; a derived noun
            // ("penolakan") names its verb's act
            boolean bare = t.upperLemma.get(i).equals(t.upper.get(i))
                    && !language.unnamedSourceRoots().contains(verb.code().forward().substring(0, 2));
            List<Actor> sources = List.of(), targets = List.of();
            for (int c : t.children.get(i)) {
                String cs = t.caseOf(c);
                String r = t.base(c);
                if (!(r.equals("nmod") || r.equals("obl"))) continue;
                if (cs == null || language.agentPrepositions().contains(cs) || cs.equals("dari") || cs.equals("from")) {
                    if (sources.isEmpty()) sources = phraseActors(t, c, actors, agents);
                } else if (language.targetPrepositions().contains(cs) && targets.isEmpty()) {
                    targets = phraseActors(t, c, actors, agents);
                }
            }
            if (bare && sources.isEmpty()) continue;
            if (sources.isEmpty() && t.head[i] >= 0 && (t.rel[i].equals("obj") || t.rel[i].equals("nsubj:pass"))) {
                sources = subject(t, t.head[i], actors, agents);
            }
            String code = verb.code().forward();
            if (sources.isEmpty() && language.unnamedSourceRoots().contains(code.substring(0, 2))) {
                sources = List.of(new Actor("---", null, -1, -1));
                if (targets.isEmpty()) targets = List.of(new Actor("---", null, -1, -1));
            }
            if (sources.isEmpty() || governorNegated(t, i) || governorQuestioned(t, i)) continue;
            boolean hyp = hypothetical(t, i);
            Found f = new Found(verb, i, i + 1, false);
            for (Actor src : sources) {
                if (targets.isEmpty()) {
                    if (language.targetlessRoots().contains(code.substring(0, 2))) emit(out, seen, code, src, null, f, hyp);
                    continue;
                }
                for (Actor tgt : targets) if (!tgt.code().equals(src.code()) || tgt.from() != src.from() || src.from() < 0) emit(out, seen, code, src, tgt, f, hyp);
            }
        }
    }

    /** Whether the verb a noun is the object or subject of is negated ("batal menggelar demonstrasi"). */
    private boolean governorNegated(Tree t, int noun) {
        int g = t.head[noun];
        if (g < 0) return false;
        for (int c : t.children.get(g)) if (language.negations().contains(t.lower(c))) return true;
        return g > 0 && language.negations().contains(t.lower(g - 1));
    }

    /** Whether the verb a noun is the object or subject of is asked about ("apakah akan menjatuhkan sanksi"). */
    private boolean governorQuestioned(Tree t, int noun) {
        int g = t.head[noun];
        return g >= 0 && "VERB".equals(t.upos(g)) && questioned(t, g, g);
    }

    private static void emit(List<Coded> out, Set<String> seen, String code, Actor src, Actor tgt, Found f, boolean hyp) {
        if (code == null) return;
        String key = code + "|" + src.code() + "|" + (tgt == null ? "" : tgt.code());
        if (seen.add(key)) out.add(new Coded(code, src, tgt, f.from, f.to, hyp));
    }

    private static boolean verbal(Tree t, int i) {
        String upos = t.upos(i);
        if ("VERB".equals(upos)) return true;
        // a predicate adjective or noun with its own subject ("X sepakat", "talks collapse")
        return ("ADJ".equals(upos) || "NOUN".equals(upos)) && t.child(i, "nsubj") >= 0 && t.child(i, "cop") < 0;
    }

    /** A dictionary verb at word i: the verb, its word span, and whether the word is its passive. */
    private record Found(VerbPatterns.Verb verb, int from, int to, boolean passive) {
    }

    /** The dictionary verb at word i, looked up once a sentence (the chain rules ask about complements again). */
    private Found lookup(Tree t, int i) {
        if (t.found == null) t.found = new Found[t.n];
        if (t.looked == null) t.looked = new boolean[t.n];
        if (!t.looked[i]) {
            t.found[i] = find(t, i);
            t.looked[i] = true;
        }
        return t.found[i];
    }

    private Found find(Tree t, int i) {
        Found best = null;
        // the verb word itself, or a word just before it that starts a phrase covering it ("tidak setuju")
        for (int j = i; j >= Math.max(0, i - 2); j--) {
            if (j < i && verbal(t, j)) break;
            for (Key key : language.keys(t.s, j)) {
                for (VerbPatterns.Verb v : verbs.verbs(key.word())) {
                    int[] span = multiword(t, j, v);
                    if (span == null || span[1] <= i) continue;
                    if (best == null || v.words().size() > best.verb.words().size()) best = new Found(v, span[0], span[1], key.passive());
                }
            }
        }
        return best;
    }

    /** The words of a multi-word verb around word i ({@code +ROUND_UP}, {@code KLM_NOP_+RST}), or null when they are not there. */
    private static int[] multiword(Tree t, int i, VerbPatterns.Verb v) {
        int before = v.verbIndex(), after = v.words().size() - v.verbIndex() - 1;
        if (i - before < 0) return null;
        for (int k = 0; k < before; k++) if (!same(t, i - before + k, v.words().get(k))) return null;
        // the words after the verb follow it directly, or (English particles) hang on it as compound:prt
        int end = i + 1;
        for (int k = 0; k < after; k++) {
            String w = v.words().get(v.verbIndex() + 1 + k);
            if (end < t.n && same(t, end, w)) {
                end++;
                continue;
            }
            int prt = -1;
            for (int c : t.children.get(i)) if (t.rel[c].equals("compound:prt") && same(t, c, w)) prt = c;
            if (prt < 0) return null;
        }
        return new int[]{i - before, end};
    }

    /** Whether word i is {@code word} (upper-case), as written or as its lemma: PETRARCH-2 matches whole words. */
    private static boolean same(Tree t, int i, String word) {
        return t.upper.get(i).equals(word) || t.upperLemma.get(i).equals(word);
    }

    private boolean negated(Tree t, int i, Found f) {
        for (int c : t.children.get(i)) {
            if (c >= f.from && c < f.to) continue;
            String r = t.base(c);
            if ((r.equals("advmod") || r.equals("neg") || r.equals("aux") || r.equals("det") || r.equals("dep"))
                    && language.negations().contains(t.lower(c))) return true;
        }
        // a negation directly before the verb (or one word before it) that the parser hung elsewhere
        for (int k = Math.max(0, f.from - 2); k < f.from; k++) {
            if (language.negations().contains(t.lower(k))) {
                if (k == f.from - 1 || language.modals().contains(t.lower(f.from - 1))) return true;
            }
        }
        return false;
    }

    /** Whether the verb's object (outside a dictionary phrase) is a reflexive ("memaksa diri saya"). */
    private boolean reflexive(Tree t, int i, Found f) {
        if (language.reflexives().isEmpty()) return false;
        for (int c : t.children.get(i)) {
            if (c >= f.from && c < f.to) continue;
            if (t.rel[c].equals("obj") && language.reflexives().contains(t.lower(c))) return true;
        }
        return false;
    }

    /**
     * Whether a question word stands before the verb in its clause, with only its auxiliaries and
     * subject between, or before a verb it is the complement of ("apakah dia akan mempertimbangkan
     * untuk mendeportasi").
     */
    private boolean questioned(Tree t, int i, int from) {
        if (language.questionWords().isEmpty()) return false;
        if (questionBefore(t, from)) return true;
        for (int k = i, guard = 0; guard < 4 && (t.base(k).equals("xcomp") || t.base(k).equals("ccomp")); guard++) {
            k = t.head[k];
            if (k < 0) return false; // a complement without a head: a malformed parse
            if (questionBefore(t, k)) return true;
        }
        return false;
    }

    private boolean questionBefore(Tree t, int from) {
        Set<String> q = language.questionWords();
        for (int k = from - 1; k >= Math.max(0, from - 5); k--) {
            if (q.contains(t.lower(k)) || k > 0 && q.contains(t.lower(k - 1) + t.lower(k))) return true;
            if (verbal(t, k) || "PUNCT".equals(t.upos(k))) return false;
        }
        return false;
    }

    private boolean hypothetical(Tree t, int i) {
        for (int c : t.children.get(i)) if (language.modals().contains(t.lower(c))) return true;
        for (int k = Math.max(0, i - 2); k < i; k++) if (language.modals().contains(t.lower(k))) return true;
        // "berencana menyerang": the verb is the xcomp of a modal verb
        return t.base(i).equals("xcomp") && t.head[i] >= 0 && language.modals().contains(t.lower(t.head[i]));
    }

    private static boolean passive(Tree t, int i) {
        return t.child(i, "nsubj:pass", "aux:pass") >= 0;
    }

    /** Marks a pattern choice that cancels the event: a [---] pattern on the words before the verb (a disaster as subject). */
    private static final VerbPatterns.VerbPattern VETO = new VerbPatterns.VerbPattern(List.of(), List.of(), null, 0, 0);

    /**
     * The most specific pattern of the verb that matches, or null; {@link #VETO} when a
     * no-event pattern on the words before the verb matches. For a passive the object words are
     * looked for anywhere in the verb's phrase: its subject is what an active verb's object is.
     */
    private VerbPatterns.VerbPattern choose(Tree t, int i, Found f, boolean passive) {
        VerbPatterns.VerbPattern best = null;
        boolean[] under = null;
        for (VerbPatterns.VerbPattern p : f.verb.patterns()) {
            boolean veto = p.code() == null && p.literalsBefore() > 0;
            // of two patterns alike the later one wins, as in PETRARCH's pattern tree (English chains only, for now)
            if (!veto && best != null && p.literals() <= best.literals()
                    && !(language.combinesChains() && p.before().equals(best.before()) && p.after().equals(best.after()))) continue;
            if (p.literals() == 0 && !(p.compound() && best == null)) continue;
            if (!possible(t, p.before()) || !possible(t, p.after())) continue;
            if (under == null) under = language.combinesChains() ? ownClause(t, i) : t.subtree(i);
            // in a passive the words around the verb trade places: its subject is the object, the agent the subject
            if (passive ? matchesAfter(t, 0, p.after(), under) && matchesAfter(t, 0, p.before(), under)
                    : matchesAfter(t, f.to, p.after(), under) && matchesBefore(t, f.from, p.before())) {
                if (veto) return VETO;
                best = p;
            }
        }
        if (best != null && best.literals() == 0 && !(best.compound() && compoundSubject(t, i))) return null;
        return best;
    }

    /** Relations that open a clause of its own: a pattern of a verb whose chains combine stops at them. */
    private static final Set<String> CLAUSES = Set.of("xcomp", "ccomp", "advcl", "parataxis", "csubj", "acl");

    /**
     * The words of verb i's own clause: its subtree without the complement, adverbial, relative
     * and coordinated verb clauses, which code (and combine) on their own, as PETRARCH matches a
     * pattern only on the noun and prepositional phrases of the verb; a complement the dictionary
     * does not know stays a word of the phrase ("believed linked to").
     */
    private boolean[] ownClause(Tree t, int i) {
        boolean[] in = new boolean[t.n];
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(t.children.get(i));
        while (!todo.isEmpty()) {
            int k = todo.pop();
            if ((CLAUSES.contains(t.base(k)) || t.base(k).equals("conj") && "VERB".equals(t.upos(k)))
                    && !((t.base(k).equals("xcomp") || t.base(k).equals("ccomp")) && !dictionaryVerb(t, k))) continue;
            in[k] = true;
            todo.addAll(t.children.get(k));
        }
        return in;
    }

    /** Whether word k is a verb (or verbal predicate) of the dictionary: "isn't a pleasant place" is none, though PLACE is a verb. */
    private boolean dictionaryVerb(Tree t, int k) {
        return verbal(t, k) && lookup(t, k) != null;
    }

    /** Meetings, diplomatic and material cooperation need a named counterpart; other acts may have an unnamed one. */
    private static boolean unnamedTargetRoot(VerbPatterns.Code code) {
        String f = code.forward();
        return f != null && f.length() >= 2 && !(f.startsWith("04") || f.startsWith("05") || f.startsWith("06"));
    }

    /** An object pronoun of verb i ("menyambutnya"): the last person named before who is not the subject. */
    private Actor pronounObject(Tree t, int i, List<Actor> persons, Actor subject) {
        for (int c : t.children.get(i)) {
            if (!(t.rel[c].equals("obj") || t.rel[c].equals("iobj")) || !language.objectPronouns().contains(t.lower(c))) continue;
            for (int k = persons.size() - 1; k >= 0; k--) {
                Actor p = persons.get(k);
                if (p.entity() == null || !p.entity().equals(subject.entity())) return p;
            }
        }
        return null;
    }

    /** Whether verb i has an object (a passive: a subject), or an oblique with a target preposition. */
    /**
     * The objects of verb i (a passive: its subject), its obliques with a target or place
     * preposition, and the object of a complement without a subject of its own ("mengancam akan
     * mendeportasi taipan itu"); the place obliques count only beside an object.
     */
    private List<Integer> objects(Tree t, int i, Found f, boolean passive) {
        List<Integer> out = new ArrayList<>(2), places = new ArrayList<>(1);
        if (passive) {
            int subj = t.child(i, "nsubj:pass", "nsubj");
            if (subj >= 0) out.add(subj);
        }
        for (int k = f.from; k < f.to; k++) {
            for (int c : t.children.get(k)) {
                if (c >= f.from && c < f.to) continue;
                if (!passive && (t.rel[c].equals("obj") || t.rel[c].equals("iobj"))) out.add(c);
                String cs = t.caseOf(c);
                boolean oblique = t.base(c).equals("obl") || k != i && t.base(c).equals("nmod"); // "meluncurkan rudal ke Kyiv"
                if (!passive && oblique && cs != null && language.targetPrepositions().contains(cs)) out.add(c);
                else if (oblique && cs != null && language.placePrepositions().contains(cs)) places.add(c);
            }
        }
        if (!passive) {
            for (int c : complements(t, i, f)) {
                int o = t.child(c, "obj");
                if (t.child(c, "nsubj", "nsubj:pass") < 0 && o >= 0) out.add(o);
                // "meminta agar suku bunga diturunkan": what a passive complement does is done to its subject
                int pass = t.child(c, "nsubj:pass");
                if (pass >= 0 && t.child(c, "obl:agent") < 0) out.add(pass);
            }
        }
        if (!out.isEmpty()) out.addAll(places);
        return out;
    }

    /** Whether one of the phrases names something (a proper noun in it: a place, "Jalur Gaza", "Kharkiv"). */
    private static boolean named(Tree t, List<Integer> heads) {
        for (int h : heads) {
            boolean[] in = new boolean[t.n];
            mark(t, h, in);
            for (int k = 0; k < t.n; k++) if (in[k] && "PROPN".equals(t.upos(k))) return true;
        }
        return false;
    }

    /**
     * Roots whose unnamed target may be a thing — a policy, a case, a demand ("menyelidiki dugaan
     * korupsi", "mengabulkan gugatan"); aid, protection, protest, force and violence act on people
     * and places, so a thing they take is no target unless the phrase names a place ("menjaga
     * jarak" is no peacekeeping, "menduduki Dataran Tinggi Golan" is an occupation).
     */
    private static boolean abstractTargetRoot(VerbPatterns.Code code) {
        return switch (code.forward().substring(0, 2)) {
            case "07", "14", "15", "18", "19", "20" -> false;
            default -> true;
        };
    }

    private static boolean compoundSubject(Tree t, int i) {
        int subj = t.child(i, "nsubj", "nsubj:pass");
        return subj >= 0 && t.child(subj, "conj") >= 0;
    }

    /** Whether every word of the elements occurs in the sentence, and some member of every set starts with one that does. */
    private boolean possible(Tree t, List<VerbPatterns.Element> elements) {
        for (VerbPatterns.Element e : elements) {
            if (e.kind() == VerbPatterns.Element.Kind.WORD && !t.vocabulary().contains(e.word())) return false;
            if (e.kind() == VerbPatterns.Element.Kind.SET && !t.setPossible.computeIfAbsent(e.word(), k -> setPossible(t, k, 0))) return false;
        }
        return true;
    }

    private boolean setPossible(Tree t, String set, int depth) {
        if (depth > 5) return false;
        for (String[] words : verbs.setMembers(set)) {
            if (words.length == 0) continue;
            if (words[0].startsWith("&") ? setPossible(t, words[0].substring(1), depth + 1) : t.vocabulary().contains(words[0])) return true;
        }
        return false;
    }

    /** Pattern words after the verb: in order, among the words after it that its own phrase spans. */
    private boolean matchesAfter(Tree t, int from, List<VerbPatterns.Element> elements, boolean[] under) {
        int pos = from;
        boolean first = true;
        for (VerbPatterns.Element e : elements) {
            if (e.kind() != VerbPatterns.Element.Kind.WORD && e.kind() != VerbPatterns.Element.Kind.SET) continue;
            // joined by "_" to what comes before: right after it (a passive's words may stand anywhere)
            boolean next = e.joinedBefore() && language.adjacentPatternWords() && !(first && from == 0);
            first = false;
            int found = -1;
            for (int k = pos; k < t.n && found < 0 && (!next || k == pos); k++) {
                if (!under[k]) continue;
                int end = element(t, k, e);
                if (end > 0) found = end;
            }
            if (found < 0) return false;
            pos = found;
        }
        return true;
    }

    /** Pattern words before the verb: in order, among the words before it. */
    private boolean matchesBefore(Tree t, int verbFrom, List<VerbPatterns.Element> elements) {
        int pos = verbFrom;
        for (int x = elements.size() - 1; x >= 0; x--) {
            VerbPatterns.Element e = elements.get(x);
            if (e.kind() != VerbPatterns.Element.Kind.WORD && e.kind() != VerbPatterns.Element.Kind.SET) continue;
            int found = -1;
            boolean next = e.joinedAfter() && language.adjacentPatternWords(); // joined by "_": ends right before
            for (int k = pos - 1; k >= 0 && found < 0; k--) {
                int end = element(t, k, e);
                if (end > 0 && (!next || end == pos)) found = k;
                if (next && pos - k > 4) break;
            }
            if (found < 0) return false;
            pos = found;
        }
        return true;
    }

    /** Whether element e matches at word k: the index after the match, or -1. */
    private int element(Tree t, int k, VerbPatterns.Element e) {
        if (e.kind() == VerbPatterns.Element.Kind.WORD) return same(t, k, e.word()) ? k + 1 : -1;
        return setAt(t, k, e.word(), 0);
    }

    private int setAt(Tree t, int k, String set, int depth) {
        if (depth > 5) return -1;
        for (String[] words : verbs.setMembers(set)) {
            if (words.length == 1 && words[0].startsWith("&")) {
                int end = setAt(t, k, words[0].substring(1), depth + 1);
                if (end > 0) return end;
                continue;
            }
            int p = k;
            boolean ok = true;
            for (int w = 0; w < words.length && ok; w++, p++) ok = p < t.n && same(t, p, words[w]);
            if (ok && words.length > 0) return p;
        }
        return -1;
    }

    /** The subject of verb i: its nsubj, else the subject of the verb it depends on (xcomp, conj, advcl), else a relative clause's noun. */
    private List<Actor> subject(Tree t, int i, List<ActorSpan> actors, List<AgentSpan> agents) {
        int subj = t.nearestChild(i, "nsubj", "csubj");
        if (subj >= 0 && !pronoun(t, subj)) {
            List<Actor> a = phraseActors(t, subj, actors, agents);
            if (!a.isEmpty()) return a;
            // a subject that names no actor: in a coordinated or subordinate clause, the parser may
            // have taken a nearby noun for the subject the clause shares with its governor
            String r = t.base(i);
            if (!(r.equals("conj") || r.equals("advcl") || r.equals("xcomp"))) return List.of();
        }
        return inheritedSubject(t, i, actors, agents, 0);
    }

    private List<Actor> inheritedSubject(Tree t, int i, List<ActorSpan> actors, List<AgentSpan> agents, int depth) {
        if (depth > 6) return List.of();
        if (t.head[i] < 0) return reportingSubject(t, i, actors, agents);
        String r = t.base(i);
        int h = t.head[i];
        if (r.equals("acl")) {
            // a relative or participial clause: its noun is its subject
            return phraseActors(t, h, actors, agents);
        }
        if (r.equals("xcomp")) {
            // object control: "mendesak Iran untuk menghentikan", "urged Iran to stop": the object does it
            int obj = t.child(h, "obj");
            if (obj >= 0 && obj < i && !pronoun(t, obj)) {
                List<Actor> a = phraseActors(t, obj, actors, agents);
                if (!a.isEmpty()) return a;
            }
        }
        if (r.equals("xcomp") || r.equals("conj") || r.equals("advcl") || r.equals("ccomp") || r.equals("parataxis")) {
            int subj = t.nearestChild(h, "nsubj", "nsubj:pass");
            if (subj >= 0 && !pronoun(t, subj)) {
                // a passive head lends its subject only to an xcomp/conj of the same voice; keep it simple: take it
                List<Actor> a = phraseActors(t, subj, actors, agents);
                if (!a.isEmpty()) return a;
            }
            return inheritedSubject(t, h, actors, agents, depth + 1);
        }
        return List.of();
    }

    /**
     * The speaker of a reporting clause hung on the root ("“Saya senang …,” kata Putin";
     * "…, the minister said"): who "I" or "we" is in a quote, and the subject a clause without
     * one reports.
     */
    private List<Actor> reportingSubject(Tree t, int root, List<ActorSpan> actors, List<AgentSpan> agents) {
        for (int c : t.children.get(root)) {
            if (!t.base(c).equals("parataxis")) continue;
            int subj = t.child(c, "nsubj");
            if (subj >= 0 && !pronoun(t, subj)) {
                List<Actor> a = phraseActors(t, subj, actors, agents);
                if (!a.isEmpty()) return a;
            }
        }
        return List.of();
    }

    /** Whether the subject of verb i (its own, or its governor's through xcomp/conj) is a first-person pronoun. */
    private boolean firstPersonSubject(Tree t, int i) {
        int subj = subjectWord(t, i);
        return subj >= 0 && language.firstPersonPronouns().contains(t.lower(subj));
    }

    /** The subject word of verb i, its own or its governor's through xcomp/conj, or -1. */
    private static int subjectWord(Tree t, int i) {
        for (int k = i, guard = 0; k >= 0 && guard < 6; guard++) {
            int subj = t.child(k, "nsubj");
            if (subj >= 0) return subj;
            String r = t.base(k);
            if (!(r.equals("xcomp") || r.equals("conj"))) return -1;
            k = t.head[k];
        }
        return -1;
    }

    /** Whether the subject of verb i (its own, or its governor's through xcomp/conj) is a third-person pronoun. */
    private boolean pronounSubject(Tree t, int i) {
        for (int k = i, guard = 0; k >= 0 && guard < 6; guard++) {
            int subj = t.child(k, "nsubj");
            if (subj >= 0) return pronoun(t, subj);
            String r = t.base(k);
            if (!(r.equals("xcomp") || r.equals("conj"))) return false;
            k = t.head[k];
        }
        return false;
    }

    private boolean pronoun(Tree t, int i) {
        if ("PRON".equals(t.upos(i)) && language.pronouns().contains(t.lower(i))) return true;
        // a pronoun the tokenizer split ("Kedua" + "nya"): the word and its possessive clitic together
        for (int c : t.children.get(i)) {
            if (c == i + 1 && t.rel[c].equals("nmod:poss") && language.pronouns().contains(t.lower(i) + t.lower(c))) return true;
        }
        return false;
    }

    /** The agent of a passive: an oblique with "by"/"oleh" (or obl:agent). */
    private List<Actor> agentActors(Tree t, int i, List<ActorSpan> actors, List<AgentSpan> agents) {
        for (int c : t.children.get(i)) {
            String r = t.base(c);
            if (!(r.equals("obl") || r.equals("nmod") || r.equals("nsubj"))) continue;
            String cs = t.caseOf(c);
            if (t.rel[c].equals("obl:agent") || cs != null && language.agentPrepositions().contains(cs)) {
                return phraseActors(t, c, actors, agents);
            }
        }
        // Indonesian object-voice: "dikunjungi Presiden X" with the agent as a bare nominal right after the verb
        for (int c : t.children.get(i)) {
            if (c > i && t.rel[c].equals("obj")) return phraseActors(t, c, actors, agents);
        }
        return List.of();
    }

    /**
     * The target: an object, else an oblique introduced by a target preposition, else a place
     * oblique; the dependents of every word of a multi-word verb count ("berterima kasih kepada
     * X"); a verb without one takes the target of its complement clause ("berjanji akan membantu
     * X").
     */
    private List<Actor> objectActors(Tree t, int i, Found f, List<ActorSpan> actors, List<AgentSpan> agents) {
        List<Integer> deps = new ArrayList<>(t.children.get(i));
        for (int k = f.from; k < f.to; k++) {
            if (k == i) continue;
            for (int c : t.children.get(k)) if (c < f.from || c >= f.to) deps.add(c);
        }
        List<Actor> a = targetAmong(t, deps, actors, agents);
        if (!a.isEmpty()) return a;
        for (int c : complements(t, i, f)) {
            int subj = t.child(c, "nsubj", "nsubj:pass");
            if (subj >= 0 && !phraseActors(t, subj, actors, agents).isEmpty()) {
                // a clause the dictionary does not code is what the verb is about: its subject is the
                // target ("believes Dagolath can cope", "allowed that Mordor isn't a pleasant place")
                if (language.combinesChains() && !dictionaryVerb(t, c)) return phraseActors(t, subj, actors, agents);
                continue; // its own actors: its own event
            }
            a = targetAmong(t, t.children.get(c), actors, agents);
            if (!a.isEmpty()) return a;
        }
        return List.of();
    }

    /**
     * The actors of the subject of verb i's complement: whom an accusation, demand, rejection or
     * threat is about ("Thailand menuding Kamboja melanggar perbatasan": Thailand accuses
     * Cambodia), as PETRARCH combines "claimed that X attacked" into an accusation of X.
     */
    private List<Actor> complementSubject(Tree t, int i, Found f, List<ActorSpan> actors, List<AgentSpan> agents) {
        for (int c : complements(t, i, f)) {
            int subj = t.child(c, "nsubj", "nsubj:pass");
            if (subj < 0 || pronoun(t, subj)) continue;
            // the subject is the actor itself, not a thing of it ("perubahan rezim di Iran")
            List<Actor> a = new ArrayList<>();
            for (Actor x : phraseActors(t, subj, actors, agents)) {
                if (x.from() <= subj && subj < x.to() || t.rel[subj].equals("conj")) a.add(x);
                else if (!a.isEmpty()) a.add(x); // a conjunct of the head's actor
            }
            if (!a.isEmpty()) return a;
        }
        return List.of();
    }

    /**
     * The clausal complements of verb i: its xcomp and ccomp, an adverbial clause with a complement
     * mark ("meminta agar …"), and the verb that follows it with
     * only its own markers between ("mengancam akan mendeportasi", "threatened to expel") when the
     * parser hung that verb elsewhere.
     */
    private List<Integer> complements(Tree t, int i, Found f) {
        List<Integer> out = new ArrayList<>(2);
        for (int c : t.children.get(i)) {
            if (t.base(c).equals("xcomp") || t.base(c).equals("ccomp")) out.add(c);
            else if (t.base(c).equals("advcl") && !language.complementMarks().isEmpty()) {
                for (int m : t.children.get(c)) if (t.rel[m].equals("mark") && language.complementMarks().contains(t.lower(m))) out.add(c);
            }
        }
        int next = adjacentComplement(t, f.from, f.to);
        if (next >= 0 && !out.contains(next)) out.add(next);
        return out;
    }

    /**
     * The verb right after the verb at words [verbFrom, verbTo), past one or more of its own aux
     * or mark words, with no subject of its own, that the parser hung elsewhere (one it hung on
     * the verb itself with another relation, "imprisoned for acting", is what the parser says);
     * -1 when there is none.
     */
    private static int adjacentComplement(Tree t, int verbFrom, int verbTo) {
        int k = verbTo;
        while (k < t.n && t.head[k] > k && (t.base(k).equals("aux") || t.base(k).equals("mark"))) k++;
        if (k == verbTo || k >= t.n || !"VERB".equals(t.upos(k))) return -1;
        if (t.head[k] >= verbFrom && t.head[k] < verbTo) return -1;
        for (int m = verbTo; m < k; m++) if (t.head[m] != k) return -1;
        return t.child(k, "nsubj", "nsubj:pass") < 0 ? k : -1;
    }

    private List<Actor> targetAmong(Tree t, List<Integer> deps, List<ActorSpan> actors, List<AgentSpan> agents) {
        for (int c : deps) {
            if (t.rel[c].equals("obj") || t.rel[c].equals("iobj") || t.rel[c].equals("dobj")) {
                List<Actor> a = phraseActors(t, c, actors, agents);
                if (!a.isEmpty()) return a;
            }
        }
        for (int c : deps) {
            String r = t.base(c);
            if (!(r.equals("obl") || r.equals("nmod") || r.equals("iobj"))) continue;
            String cs = t.caseOf(c);
            if (cs != null && language.targetPrepositions().contains(cs)) {
                List<Actor> a = phraseActors(t, c, actors, agents);
                if (!a.isEmpty()) return a;
            }
        }
        // the object's own modifiers may carry the actor ("ties with Gondor" hung on the noun)
        for (int c : deps) {
            if (t.rel[c].equals("obj") || t.rel[c].equals("dobj")) {
                for (int cc : t.children.get(c)) {
                    String cs = t.caseOf(cc);
                    if (cs != null && language.targetPrepositions().contains(cs)) {
                        List<Actor> a = phraseActors(t, cc, actors, agents);
                        if (!a.isEmpty()) return a;
                    }
                }
            }
        }
        if (language.combinesChains()) {
            Actor sender = participleAgent(t, deps, actors, agents);
            if (sender != null) return List.of(sender);
        }
        for (int c : deps) {
            String cs = t.caseOf(c);
            if ((t.base(c).equals("obl") || t.base(c).equals("nmod")) && cs != null && language.placePrepositions().contains(cs)) {
                List<Actor> a = phraseActors(t, c, actors, agents);
                if (!a.isEmpty()) return a;
            }
        }
        return List.of();
    }

    /**
     * The agent of a participle on an object that names no actor ("welcomed memos sent by Bree"):
     * what the object is, PETRARCH takes from the verb phrase inside it.
     */
    private Actor participleAgent(Tree t, List<Integer> deps, List<ActorSpan> actors, List<AgentSpan> agents) {
        for (int c : deps) {
            if (!(t.rel[c].equals("obj") || t.rel[c].equals("dobj"))) continue;
            for (int p : t.children.get(c)) {
                if (!t.rel[p].equals("acl")) continue;
                for (int a : t.children.get(p)) {
                    String cs = t.caseOf(a);
                    if ((t.base(a).equals("obl") || t.base(a).equals("nmod")) && cs != null && language.agentPrepositions().contains(cs)) {
                        List<Actor> found = phraseActors(t, a, actors, agents);
                        if (!found.isEmpty()) return found.get(0);
                    }
                }
            }
        }
        return null;
    }

    /**
     * The actors a nominal phrase names: the phrase (the head and its non-clausal dependents)
     * gives at most one actor — the actor name nearest its head — with the role of its agent word
     * added ("Israeli troops" → ISR + MIL); each conjunct gives its own.
     */
    private List<Actor> phraseActors(Tree t, int head, List<ActorSpan> actors, List<AgentSpan> agents) {
        if (head < 0) return List.of();
        List<Actor> out = new ArrayList<>();
        Actor a = oneActor(t, head, actors, agents);
        if (a != null) out.add(a);
        for (int c : t.children.get(head)) {
            if (t.rel[c].equals("conj")) out.addAll(phraseActors(t, c, actors, agents));
        }
        // an actor deeper in the phrase may be coordinated itself ("ties between Gondor and Osgiliath")
        if (a != null && a.from() >= 0 && a.from() != head) {
            int top = a.from();
            while (t.head[top] >= a.from() && t.head[top] < a.to()) top = t.head[top];
            if (top != head && t.ancestor(head, top)) {
                // the phrase's role word is theirs too: "the ambassadors of Arnor, Osgiliath and Gondor"
                String role = agentRole(a, actors);
                for (int c : t.children.get(top)) {
                    if (!t.rel[c].equals("conj")) continue;
                    for (Actor x : phraseActors(t, c, actors, agents)) {
                        out.add(role != null && x.code().length() == 3 ? new Actor(x.code() + role, x.entity(), x.from(), x.to()) : x);
                    }
                }
            }
        }
        return out;
    }

    /** The role an agent word added to actor a (its code beyond its name's own code), or null. */
    private static String agentRole(Actor a, List<ActorSpan> actors) {
        for (ActorSpan s : actors) {
            if (s.from() == a.from() && s.to() == a.to() && a.code().length() > s.code().length() && a.code().startsWith(s.code())) {
                return a.code().substring(s.code().length());
            }
        }
        return null;
    }

    private Actor oneActor(Tree t, int head, List<ActorSpan> actors, List<AgentSpan> agents) {
        boolean[] in = new boolean[t.n];
        mark(t, head, in);
        ActorSpan best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ActorSpan s : actors) {
            boolean inside = false;
            for (int k = s.from(); k < s.to() && !inside; k++) inside = in[k];
            if (!inside) continue;
            int d = s.from() <= head && head < s.to() ? 0 : Math.min(Math.abs(s.from() - head), Math.abs(s.to() - 1 - head));
            // a person or body with its own role code ("Kim Jong-un", PRKGOV) is more specific than the country beside it
            if (s.code().length() > 3) d -= t.n;
            if (d < bestDistance) {
                best = s;
                bestDistance = d;
            }
        }
        AgentSpan role = null;
        int roleDistance = Integer.MAX_VALUE;
        for (AgentSpan s : agents) {
            boolean inside = false;
            for (int k = s.from(); k < s.to() && !inside; k++) inside = in[k];
            if (!inside) continue;
            if (best != null && s.from() < best.to() && best.from() < s.to()) continue; // part of the actor's own name
            int d = s.from() <= head && head < s.to() ? 0 : Math.abs(s.from() - head);
            if (d < roleDistance) {
                role = s;
                roleDistance = d;
            }
        }
        if (best == null) {
            // an apposition may name who the title is ("Perdana Menteri (PM) Singapura Lawrence Wong")
            for (int c : t.children.get(head)) {
                if (!t.rel[c].equals("appos")) continue;
                Actor a = oneActor(t, c, actors, agents);
                if (a != null && !a.code().startsWith("---")) {
                    return role != null && a.code().length() == 3 ? new Actor(a.code() + role.code(), a.entity(), a.from(), a.to()) : a;
                }
                if (a != null && role == null) return a;
            }
            if (role == null) return null;
        }
        if (best == null) return new Actor("---" + role.code(), null, role.from(), role.to());
        String code = best.code();
        if (role != null && code.length() == 3) code = code + role.code();
        return new Actor(code, best.entity(), best.from(), best.to());
    }

    private static void mark(Tree t, int i, boolean[] in) {
        in[i] = true;
        for (int c : t.children.get(i)) {
            if (CLAUSAL.contains(t.rel[c]) || CLAUSAL.contains(t.base(c))) continue;
            mark(t, c, in);
        }
    }
}
