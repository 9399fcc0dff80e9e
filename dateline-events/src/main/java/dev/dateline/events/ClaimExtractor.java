package dev.dateline.events;

import dev.dateline.actors.KnowledgeBase;
import dev.dateline.actors.Resolution;
import dev.dateline.events.Claim.Category;
import dev.dateline.events.Claim.Measure;
import dev.dateline.events.internal.Actors;
import dev.dateline.events.internal.Attribution;
import dev.dateline.events.internal.NounClasses;
import dev.dateline.events.internal.Quantities;
import dev.dateline.events.internal.SentenceWalk;
import dev.dateline.events.internal.Syntax;
import dev.dateline.events.internal.Tree;
import dev.dateline.model.AnnotatedArticle;
import dev.dateline.model.Sentence;
import dev.dateline.model.Span;
import dev.dateline.model.Timex;
import dev.dateline.model.TimexType;
import dev.dateline.model.TsvTable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the figures an article claims — killed, wounded, missing, captured, displaced, refugees,
 * evacuated, casualties — with whose people they count, who claims them and as of when, from the
 * dependency parse and the word table {@code measures.tsv}. A figure withheld ("has not released
 * figures for its own troops") is a claim without a value. Thread-safe.
 *
 * <pre>{@code
 * ClaimExtractor claims = ClaimExtractor.load(KnowledgeBase.load(Optional.empty()), Optional.empty());
 * List<Claim> found = claims.extract(annotatedArticle, timexes, Optional.of(referenceDay));
 * }</pre>
 */
public final class ClaimExtractor {

    private static final Set<String> MILITARY = Set.of("soldier", "troops", "troop", "serviceman", "servicemen",
            "peacekeeper", "officer", "fighter", "militant", "rebel", "guerrilla", "insurgent", "separatist", "sailor",
            "pilot", "marine", "policeman", "police", "combatant", "militiaman", "conscript", "reservist", "personnel",
            "army", "force", "forces", "military", "gunman");
    private static final Set<String> CIVILIAN = Set.of("civilian", "resident", "villager", "child", "children", "woman",
            "women", "inhabitant", "citizen", "worker", "journalist", "passenger", "family", "refugee", "student",
            "pensioner", "bystander", "shopper", "worshipper", "farmer");
    /** Words for the figures one can withhold: "has not released figures", "gave no casualty toll". */
    private static final Set<String> FIGURES = Set.of("figure", "toll", "casualty", "loss", "number", "death", "count",
            "tally", "statistic", "estimate");
    private static final Set<String> DISCLOSE = Set.of("release", "disclose", "confirm", "give", "publish", "provide",
            "reveal", "announce", "report", "issue", "make");
    private static final Set<String> REFUSE = Set.of("refuse", "decline", "fail");
    /** Verbs of checking a figure: not done, the figure is unconfirmed, not withheld. */
    private static final Set<String> CHECK = Set.of("verify", "corroborate", "substantiate");
    /** Words under which a check was not possible: "unable to confirm". */
    private static final Set<String> UNABLE = Set.of("unable", "impossible");
    /** Verbs of keeping figures back, with no negation needed: "withheld its casualty figures". */
    private static final Set<String> WITHHOLD = Set.of("withhold", "conceal", "hide", "suppress");
    /** Verbs whose subject has the wounds or injuries they take as object: "suffered gunshot wounds". */
    private static final Set<String> SUFFER = Set.of("suffer", "sustain", "receive", "treat", "hospitalize");
    /** Verbs whose subject is who they count: "died", "fled", "perished". */
    private static final Set<String> INTRANSITIVE = Set.of("die", "flee", "perish", "drown", "starve", "miss");

    private final KnowledgeBase kb;
    private final Map<String, Measure> measures = new HashMap<>();

    private ClaimExtractor(KnowledgeBase kb, List<String[]> rows) {
        this.kb = kb;
        for (String[] row : rows) {
            if (!Set.of("V", "N", "A").contains(row[1])) {
                throw new IllegalArgumentException("measures.tsv: '" + row[0] + "' has part of speech '" + row[1]
                        + "'; use V, N or A");
            }
            try {
                measures.put(row[0].toLowerCase(Locale.ROOT) + "/" + row[1], Measure.valueOf(row[2].toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("measures.tsv: '" + row[0] + "' counts '" + row[2]
                        + "', which is no measure", e);
            }
        }
    }

    /** The shipped word table, with the rows of {@code measures.tsv} in {@code userFolder}. */
    public static ClaimExtractor load(KnowledgeBase kb, Optional<Path> userFolder) {
        return new ClaimExtractor(kb, TsvTable.read("/dev/dateline/events/", "measures.tsv", 3, 2, userFolder));
    }

    /**
     * The claims of {@code article}; as-of dates come from the sentence's own date expressions
     * ({@code timexes}, spans in the original text), else from {@code reference}.
     */
    public List<Claim> extract(AnnotatedArticle article, List<Timex> timexes, Optional<LocalDate> reference) {
        return withoutPartCounts(SentenceWalk.findings(kb, article, reference,
                (tree, actors) -> sentence(tree, actors, timexes, reference)));
    }

    /** States of a patient in hospital: who is in one of them was hurt. */
    private static final Set<String> CONDITIONS = Set.of("critical", "serious", "stable", "fair", "grave", "guarded",
            "satisfactory", "life-threatening", "good");

    /**
     * Who the sentence says is in a hospital condition, when token {@code t} is that condition
     * ("the other three victims are in stable condition"; "a man was taken to a hospital in
     * critical condition"): they count as wounded.
     */
    private static Optional<Integer> inCondition(Tree tree, int t) {
        if (!tree.lemma(t).equals("condition") || !tree.token(t).pos().startsWith("NN")
                || !tree.hasChild(t, CONDITIONS, "amod") || !tree.preposition(t).equals("in")) {
            return Optional.empty();
        }
        Optional<Integer> subject = tree.child(t, "nsubj");
        if (subject.isPresent() || tree.head(t) < 0) {
            return subject;
        }
        return tree.child(tree.head(t), "nsubj:pass").or(() -> tree.child(tree.head(t), "nsubj"));
    }

    /**
     * Whether the phrase headed by {@code head} is told whose by a nationality word that modifies
     * it ("64 Georgian soldiers", "Russian servicemen").
     */
    private static boolean nationality(Tree tree, Actors actors, int head) {
        return tree.children(head, "amod", "compound").stream().anyMatch(m -> tree.token(m).pos().startsWith("JJ")
                || tree.token(m).pos().startsWith("NNP")) && actors.phrase(tree, head).stream().anyMatch(ActorMention::resolved);
    }

    /** Words that multiply what they modify: "a double homicide" is two killed. */
    private static final Map<String, Integer> MULTIPLES = Map.of("double", 2, "triple", 3, "quadruple", 4, "quintuple", 5);

    /**
     * How many a noun counting itself counts by its multiplier ("a triple homicide", "a
     * double-murder": 3, 2), when it has one just before it or written with it.
     */
    private static Optional<Integer> multiple(Tree tree, int noun) {
        Optional<String[]> joined = multiplied(tree.token(noun).word());
        if (joined.isPresent()) {
            return Optional.of(MULTIPLES.get(joined.get()[0]));
        }
        return tree.children(noun, "amod", "compound").stream()
                .filter(m -> m == noun - 1 || m == noun - 2 && tree.token(noun - 1).word().equals("-"))
                .map(m -> MULTIPLES.get(tree.token(m).word().toLowerCase(Locale.ROOT))).filter(n -> n != null).findFirst();
    }

    /** A word that is a multiplier and a noun written together ("triple-murders"): the two, the noun singular. */
    private static Optional<String[]> multiplied(String word) {
        String[] parts = word.toLowerCase(Locale.ROOT).split("-", 2);
        return parts.length == 2 && MULTIPLES.containsKey(parts[0])
                ? Optional.of(new String[] {parts[0], parts[1].replaceFirst("s$", "")}) : Optional.empty();
    }

    /** The measures a figure of one person named can give: a person's fate, not a movement of people. */
    private static final Set<Measure> PERSONAL = Set.of(Measure.KILLED, Measure.WOUNDED, Measure.SHOT, Measure.MISSING,
            Measure.CAPTURED, Measure.ARRESTED, Measure.CASUALTIES);

    /** What marks a claim that counts one person it names ("a man was killed", "the death of X"). */
    private static final String ONE_PERSON = "one person: ";

    /**
     * {@code claims} without the one-person counts of a measure the article also counts as more
     * than one ("three people were killed … Wil Lewis was killed"): those are part of the count,
     * not a smaller figure that would update or contradict it.
     */
    private static List<Claim> withoutPartCounts(List<Claim> claims) {
        List<Claim> out = new ArrayList<>();
        for (Claim c : claims) {
            boolean part = c.rule().contains(ONE_PERSON) && claims.stream().anyMatch(o -> o.measure() == c.measure()
                    && o.disclosed() && o.low().isPresent() && o.low().getAsLong() > 1);
            if (!part) {
                out.add(c);
            }
        }
        return out;
    }

    private List<Claim> sentence(Tree tree, Actors actors, List<Timex> timexes, Optional<LocalDate> reference) {
        List<Claim> out = new ArrayList<>();
        Set<String> counted = new HashSet<>();
        for (int t = 0; t < tree.size(); t++) {
            Optional<Measure> measure = measure(tree, t);
            if (measure.equals(Optional.of(Measure.SHOT)) && (tree.hasChild(t, Set.of("fatally", "mortally"), "advmod")
                    || tree.hasChild(t, Set.of("fatal", "deadly"), "amod"))) {
                measure = Optional.of(Measure.KILLED); // "was fatally shot", "the fatal shooting of"
            }
            if (measure.equals(Optional.of(Measure.SHOT)) && tree.children(t, "obl").stream()
                    .anyMatch(o -> tree.lemma(o).equals("death") && tree.preposition(o).equals("to"))) {
                measure = Optional.of(Measure.KILLED); // "was shot to death"
            }
            if (measure.isPresent()) {
                out.addAll(counts(tree, actors, t, measure.get(), counted, timexes, reference));
            }
            withheld(tree, actors, t, timexes, reference).ifPresent(out::add);
            Optional<Integer> patient = inCondition(tree, t);
            if (patient.isPresent() && counted.add(patient.get() + "/" + Measure.WOUNDED)) {
                claim(tree, actors, t, patient.get(), false, Measure.WOUNDED, timexes, reference).ifPresent(out::add);
            }
        }
        return derived(tree, out);
    }

    /**
     * The claims of the measure word {@code t}: one per phrase it counts not yet {@code counted}.
     * A nationality reaches coordinated groups ("64 Georgian soldiers and 12 civilians"), and
     * coordinated groups of no side count together ("a woman and a child were shot": 2; "two men
     * and two women were injured": 4).
     */
    private List<Claim> counts(Tree tree, Actors actors, int t, Measure measure, Set<String> counted, List<Timex> timexes,
            Optional<LocalDate> reference) {
        List<Claim> out = new ArrayList<>();
        Optional<Claim> lead = Optional.empty();
        List<int[]> all = victims(tree, t);
        for (int[] victims : all) {
            if (!counted.add(victims[0] + "/" + measure)) {
                continue;
            }
            Optional<Claim> c = claim(tree, actors, t, victims[0], victims[1] == 1, measure, timexes, reference);
            if (victims == all.get(0)) {
                lead = c.filter(l -> nationality(tree, actors, victims[0]));
            } else if (c.isPresent() && lead.isPresent() && c.get().subjectCode().isEmpty()
                    && !tree.children(victims[0], "amod", "compound", "nmod:poss").stream()
                            .anyMatch(m -> actors.phrase(tree, m).stream().anyMatch(ActorMention::resolved))) {
                Claim x = c.get();
                c = Optional.of(new Claim(x.sentence(), x.sentenceSpan(), x.span(), x.text(), x.measure(), x.low(), x.high(),
                        x.disclosure(), lead.get().subject(), x.category(), x.place(), x.claimant(), x.asOf(), x.asOfBasis(),
                        x.since(), x.rule() + "; whose: the nationality of '" + lead.get().text() + "', coordinated"));
            }
            c.ifPresent(out::add);
        }
        // Coordinated groups of no one's side in particular ("two men and two women", "a woman and a child")
        // are one count; soldiers and civilians, or groups told whose, stay apart.
        boolean together = out.size() >= 2 && out.stream().allMatch(c -> c.category() != Category.MILITARY
                && c.subjectCode().isEmpty() && c.low().isPresent() && c.low().equals(c.high()));
        if (!together) {
            return out;
        }
        Claim first = out.get(0);
        Claim last = out.get(out.size() - 1);
        long n = out.stream().mapToLong(c -> c.low().getAsLong()).sum();
        Span span = Span.of(first.span().start(), last.span().end());
        String text = String.join(" and ", out.stream().map(Claim::text).toList());
        Category category = out.stream().allMatch(c -> c.category() == first.category()) ? first.category() : Category.ALL;
        boolean onePerEach = out.stream().allMatch(c -> c.rule().contains(ONE_PERSON));
        return List.of(new Claim(first.sentence(), first.sentenceSpan(), span, text, measure, OptionalLong.of(n),
                OptionalLong.of(n), Claim.Disclosure.STATED, Optional.empty(), category, first.place(), first.claimant(),
                first.asOf(), first.asOfBasis(), first.since(), "'" + tree.token(t).word() + "' counts " + measure.label()
                        + "; " + (onePerEach ? n + " people named one by one" : "the coordinated groups '" + text + "' together: " + n)));
    }

    /**
     * {@code claims} with the dead and wounded a count of people shot gives when the sentence
     * tells how many of them died ("four people were shot, one fatally": one killed, three
     * wounded, each marked as derived), unless the sentence counts them itself.
     */
    private static List<Claim> derived(Tree tree, List<Claim> claims) {
        Optional<Integer> fatal = fatalPart(tree);
        Optional<Claim> shot = claims.stream().filter(c -> c.measure() == Measure.SHOT && c.low().isPresent()
                && c.high().isPresent() && c.low().getAsLong() == c.high().getAsLong()).findFirst();
        if (fatal.isEmpty() || shot.isEmpty() || claims.stream().anyMatch(c -> c.measure() == Measure.KILLED)) {
            return claims;
        }
        Optional<Long> dead = Quantities.parse(List.of(tree.token(fatal.get()).word())).flatMap(r -> r.low().isPresent()
                ? Optional.of(r.low().getAsLong()) : Optional.empty());
        long all = shot.get().low().getAsLong();
        if (dead.isEmpty() || dead.get() > all) {
            return claims;
        }
        List<Claim> out = new ArrayList<>(claims);
        Claim s = shot.get();
        String how = "derived from '" + s.text() + "' shot, '" + tree.token(fatal.get()).word() + " fatally'";
        out.add(new Claim(s.sentence(), s.sentenceSpan(), s.span(), s.text(), Measure.KILLED, OptionalLong.of(dead.get()),
                OptionalLong.of(dead.get()), Claim.Disclosure.STATED, s.subject(), s.category(), s.place(), s.claimant(),
                s.asOf(), s.asOfBasis(),
                s.since(), s.rule() + "; " + how + ": killed " + dead.get()));
        if (all > dead.get()) {
            out.add(new Claim(s.sentence(), s.sentenceSpan(), s.span(), s.text(), Measure.WOUNDED,
                    OptionalLong.of(all - dead.get()), OptionalLong.of(all - dead.get()), Claim.Disclosure.STATED,
                    s.subject(), s.category(), s.place(),
                    s.claimant(), s.asOf(), s.asOfBasis(), s.since(), s.rule() + "; " + how + ": wounded " + (all - dead.get())));
        }
        return out;
    }

    private Optional<Measure> measure(Tree tree, int t) {
        String pos = tree.token(t).pos();
        Optional<String[]> multiplied = multiplied(tree.token(t).word());
        if (multiplied.isPresent() && pos.startsWith("NN")) {
            return Optional.ofNullable(measures.get(multiplied.get()[1] + "/N")); // "a triple-murder"
        }
        String kind = pos.startsWith("VB") ? "V" : pos.startsWith("NN") ? "N" : pos.startsWith("JJ") ? "A" : "";
        Measure m = measures.get(tree.lemma(t) + "/" + kind);
        if (m == null && kind.equals("V") && pos.equals("VBN")) {
            m = measures.get(tree.token(t).word().toLowerCase(Locale.ROOT) + "/A"); // "20 were wounded"
        }
        if (m == null && !kind.equals("A")) {
            m = measures.get(tree.token(t).word().toLowerCase(Locale.ROOT) + "/" + (kind.equals("N") ? "N" : "A"));
        }
        return Optional.ofNullable(m);
    }

    /**
     * The heads of the phrases a measure word counts, each with whether the figure is the measure
     * word's own ("2,000 deaths": the noun counts itself).
     */
    private static List<int[]> victims(Tree tree, int t) {
        List<Integer> heads = new ArrayList<>();
        boolean self = false;
        String pos = tree.token(t).pos();
        int h = tree.head(t);
        String relation = tree.relation(t);
        if (pos.startsWith("NN") && h >= 0 && (relation.equals("xcomp") || relation.equals("obj") || relation.equals("obl"))
                && Set.of("take", "hold").contains(tree.lemma(h))) {
            // "were taken hostage", "holding 15 Georgians prisoner": the people taken count
            Optional<Integer> taken = tree.child(h, "nsubj:pass").or(() -> tree.child(h, "obj").filter(o -> o != t));
            if (taken.isPresent()) {
                return withConjuncts(tree, taken.get());
            }
        }
        if (h >= 0 && tree.base(t).equals("nmod") && tree.preposition(t).equals("of")
                && (isVague(tree, h) || numeric(tree, h))) {
            return List.of(new int[] {h, 0}); // "hundreds of refugees", "scores of wounded"
        }
        if ((pos.startsWith("VB") || pos.startsWith("JJ")) && t > 0 && numeric(tree, t - 1) && tree.head(t - 1) != t
                && tree.children(t, "nsubj", "nsubj:pass", "obj").isEmpty()
                && Set.of("conj", "dep", "obj", "appos").contains(tree.relation(t - 1))) {
            return List.of(new int[] {t - 1, 0}); // "74 dead and 323 wounded": the bare number before it, verb elided
        }
        if (pos.startsWith("NN") && h >= 0 && (relation.equals("obj") || tree.base(t).equals("obl"))
                && SUFFER.contains(tree.lemma(h))) {
            // "two men suffered gunshot wounds", "three were treated for injuries": who suffers them
            return tree.child(h, "nsubj").or(() -> tree.child(h, "nsubj:pass")).map(n -> List.of(new int[] {n, 0}))
                    .orElse(List.of());
        }
        if (!pos.startsWith("NN") && h >= 0 && tree.hasChild(t, Set.of("as"), "case")) {
            // "14 servicemen were listed as missing", "police reported two people as injured"
            Optional<Integer> listed = tree.child(h, "nsubj:pass").or(() -> tree.child(h, "obj"));
            if (listed.isPresent()) {
                return withConjuncts(tree, listed.get());
            }
        }
        if (pos.startsWith("JJ") && h >= 0 && (relation.equals("obj") || relation.equals("xcomp"))
                && tree.child(h, "nsubj:pass").isPresent() && tree.child(t, "nsubj", "nsubj:pass").isEmpty()) {
            return withConjuncts(tree, tree.child(h, "nsubj:pass").get()); // "the man was pronounced dead"
        }
        if (tree.child(t, "nsubj", "nsubj:pass").isEmpty() && tree.children(t, "nummod").isEmpty() && h >= 0) {
            if (relation.equals("amod")) {
                return withConjuncts(tree, h); // "56,000 displaced people", "found a man and woman dead"
            }
            if (relation.equals("xcomp") && tree.child(h, "obj").isPresent()) {
                return withConjuncts(tree, tree.child(h, "obj").get()); // "left 130 people missing"
            }
            if (relation.equals("xcomp") && tree.child(h, "nsubj").isPresent()) {
                return withConjuncts(tree, tree.child(h, "nsubj").get()); // "thousands remain displaced"
            }
        }
        if (pos.startsWith("VB") && INTRANSITIVE.contains(tree.lemma(t))) {
            // "soldiers died", "people fled their homes": the subject counts, whatever the object
            tree.child(t, "nsubj").ifPresent(heads::add);
        } else if (pos.startsWith("VB") && tree.lemma(t).equals("lose")) {
            // "lost 64 servicemen" counts people; "lost 6-4", "lost the final" count none
            tree.child(t, "obj").filter(o -> tree.token(o).pos().startsWith("NN") && !NounClasses.thing(tree, o))
                    .ifPresent(heads::add);
        } else if (pos.startsWith("VB") && !tree.lemma(t).equals("dead")) {
            Optional<Integer> patient = tree.child(t, "nsubj:pass");
            if (patient.isEmpty() && tree.relation(t).equals("acl") && pos.equals("VBN")) {
                patient = Optional.of(tree.head(t)); // "64 servicemen killed in the fighting"
            }
            if (patient.isEmpty()) {
                patient = tree.child(t, "obj").filter(o -> !fatally(tree, o));
            }
            if (patient.isPresent() && REFLEXIVE.contains(tree.lemma(patient.get()).toLowerCase(Locale.ROOT))) {
                patient = tree.child(t, "nsubj"); // "a child shot himself in the hand": the subject is the victim
            }
            if (patient.isEmpty() && !tree.children(t, "aux:pass", "cop").isEmpty()) {
                patient = tree.child(t, "nsubj");
            }
            if (patient.isEmpty() && pos.equals("VBN")) {
                // "15 were killed and 150 wounded": a bare number as the subject of a participle
                patient = tree.child(t, "nsubj").filter(n -> numeric(tree, n));
            }
            if (patient.isEmpty() && !tree.children(t, "aux:pass").isEmpty()) {
                // A passive whose counted phrase the parser hung elsewhere: the child with a figure.
                patient = tree.children(t, "obl", "nsubj", "dep").stream()
                        .filter(c -> tree.children(c, "nummod").stream().anyMatch(n -> numeric(tree, n))).findFirst();
            }
            if (patient.isEmpty() && tree.relation(t).equals("conj") && tree.token(tree.head(t)).pos().startsWith("VB")
                    && tree.children(t, "nsubj", "obj", "obl", "dep").isEmpty()) {
                // "was shot and killed": the first verb's subject; "shot and killed the gunman": its object
                patient = tree.child(tree.head(t), "nsubj:pass").or(() -> tree.child(tree.head(t), "obj"));
            }
            if (patient.isPresent() && Set.of("WP", "WDT").contains(tree.token(patient.get()).pos())
                    && tree.relation(t).equals("acl:relcl")) {
                patient = Optional.of(tree.head(t)); // "five people who were injured": the people
            }
            patient.ifPresent(heads::add);
        } else if (pos.startsWith("JJ") || (pos.startsWith("VB"))) {
            tree.child(t, "nsubj", "nsubj:pass").ifPresent(heads::add); // "20 people are missing"
            if (heads.isEmpty() && !tree.children(t, "nummod").isEmpty()) {
                heads.add(t);
                self = true;
            }
        } else {
            // "the bodies of 12 people", "the deaths of three men": the people counted in the "of" phrase
            Optional<Integer> of = tree.children(t, "nmod").stream().filter(n -> tree.preposition(n).equals("of")
                    && tree.children(n, "nummod").stream().anyMatch(x -> numeric(tree, x))).findFirst();
            if (of.isPresent() && tree.children(t, "nummod").isEmpty()) {
                heads.add(of.get());
            } else {
                heads.add(t);
                self = true;
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int victim : heads) {
            out.addAll(self ? List.<int[]>of(new int[] {victim, 1}) : withConjuncts(tree, victim));
        }
        return out;
    }

    /**
     * The counted phrase {@code victim} and those coordinated with it ("64 Russian servicemen and
     * a dozen civilians"), from the first ("a woman and her son dead": the parse may hang "dead"
     * on the son).
     */
    private static List<int[]> withConjuncts(Tree tree, int victim) {
        int first = tree.relation(victim).equals("conj") && tree.isNoun(tree.head(victim)) ? tree.head(victim) : victim;
        List<int[]> out = new ArrayList<>();
        out.add(new int[] {first, 0});
        for (int c : tree.children(first, "conj")) {
            out.add(new int[] {c, 0});
        }
        return out;
    }

    private Optional<Claim> claim(Tree tree, Actors actors, int measureWord, int head, boolean self, Measure measure,
            List<Timex> timexes, Optional<LocalDate> reference) {
        if (Set.of("total", "number", "tally").contains(tree.lemma(head))) {
            Optional<Integer> of = tree.children(head, "nmod").stream().filter(n -> tree.preposition(n).equals("of")).findFirst();
            if (of.isPresent()) {
                head = of.get(); // "a total of 228 Georgians"
            }
        }
        List<Integer> figure = figure(tree, measureWord, head);
        Optional<Quantities.Range> range;
        List<String> words = new ArrayList<>();
        List<String> rule = new ArrayList<>();
        rule.add("'" + tree.token(measureWord).word() + "' counts " + measure.label());
        Optional<String> none = figure.isEmpty() ? zero(tree, head) : Optional.empty();
        if (none.isPresent()) {
            if (none.get().isEmpty()) {
                return Optional.empty(); // "no one else was hurt": the others, not the count
            }
            figure = List.of(head);
            range = Optional.of(Quantities.Range.exact(0));
            rule.add("a stated zero: " + none.get());
        } else if (figure.isEmpty() && self && multiple(tree, measureWord).isPresent()) {
            int n = multiple(tree, measureWord).get();
            figure = List.of(measureWord);
            range = Optional.of(Quantities.Range.exact(n));
            rule.add("a multiple ('double', 'triple' …): " + n);
        } else if (figure.isEmpty()) {
            if (!PERSONAL.contains(measure)) {
                return Optional.empty(); // "the suspect was seen fleeing" is no displacement figure
            }
            Optional<String> one = self ? ofOnePerson(tree, measureWord, actors)
                    : onePerson(tree, head, actors, !FIGURATIVE.contains(tree.lemma(measureWord)));
            if (one.isEmpty()) {
                return Optional.empty();
            }
            figure = List.of(head);
            range = Optional.of(Quantities.Range.exact(1));
            rule.add(ONE_PERSON + one.get());
        } else {
            if (tree.relation(figure.get(0)).equals("cc")) {
                figure = figure.subList(1, figure.size()); // "74 dead and 323 wounded": not "and 323"
            }
            for (int i : figure) {
                words.add(tree.token(i).word());
            }
            range = Quantities.parse(words);
            if (range.isEmpty()) {
                return Optional.empty();
            }
            rule.add("figure '" + String.join(" ", words) + "'");
        }
        // Whose people: the counted phrase itself, or the measure noun's modifiers ("Russian casualties").
        Optional<ActorMention> subject = actors.phrase(tree, head).stream().findFirst();
        if (self) {
            subject = subject.filter(ActorMention::resolved);
        }
        Category category = category(tree, head, measureWord);
        int clause = tree.token(measureWord).pos().startsWith("NN") && tree.head(measureWord) >= 0
                ? tree.head(measureWord) : measureWord;
        Span counted = tree.token(head).span();
        // "no American casualties were reported, U.S. officials said": the counted phrase claims nothing
        Optional<ActorMention> claimant = Attribution.claimant(tree, actors, clause)
                .filter(c -> !c.span().contains(counted));
        if (claimant.isEmpty() && tree.lemma(measureWord).equals("toll") && tree.head(measureWord) >= 0
                && Set.of("put", "estimate", "give", "set", "raise", "revise", "report").contains(tree.lemma(tree.head(measureWord)))) {
            // "officials put the death toll at 1,492": who puts it claims it
            claimant = tree.child(tree.head(measureWord), "nsubj").flatMap(n -> actors.phrase(tree, n).stream().findFirst());
        }
        if (claimant.isEmpty()) {
            claimant = speaker(tree, actors, measureWord, head);
        }
        claimant.ifPresent(c -> rule.add("claimed by '" + c.text() + "'"));
        Optional<String> place = Optional.empty();
        if (subject.isEmpty() || !subject.get().resolved()) {
            // "2,000 civilians were killed in South Ossetia": the people of the place
            int verb = tree.token(measureWord).pos().startsWith("VB") ? measureWord : clause;
            Optional<int[]> at = Syntax.place(tree, verb, measureWord);
            if (at.isPresent()) {
                String where = Syntax.words(tree, at.get());
                Optional<Resolution> r = actors.place(where);
                if (r.isPresent()) {
                    place = narrower(where, r.get());
                    ActorMention named = subject.orElse(null);
                    subject = Optional.of(new ActorMention(named == null ? where : named.text(),
                            named == null ? tree.token(at.get()[0]).span() : named.span(),
                            Optional.of(r.get().code()), Optional.of(r.get().name()),
                            List.of("the people of the place named, '" + where + "'")));
                    rule.add("whose: the place '" + where + "'");
                }
            }
        }
        if (owned(tree, head) || tree.lemma(measureWord).equals("lose")) {
            // "64 of its servicemen", "it lost 64 servicemen": the people of whoever speaks or loses them
            Optional<ActorMention> owner = tree.lemma(measureWord).equals("lose")
                    ? tree.child(measureWord, "nsubj").flatMap(n -> actors.phrase(tree, n).stream().findFirst())
                    : Optional.empty();
            if (owner.isEmpty() || !owner.get().resolved()) {
                owner = claimant;
            }
            if (owner.isPresent() && owner.get().resolved()) {
                subject = owner;
                rule.add("their own people: of '" + owner.get().text() + "'");
            }
        }
        int first = figure.get(0);
        int last = Math.max(figure.get(figure.size() - 1), head);
        Span span = Span.of(tree.token(first).span().start(), tree.token(last).span().end());
        String[] asOf = asOf(tree.sentence(), span, timexes, reference);
        return Optional.of(new Claim(tree.sentence().index(), tree.sentence().span(), span,
                String.join(" ", words(tree, first, last)), measure, range.get().low(), range.get().high(), Claim.Disclosure.STATED,
                subject, category, place, claimant, Optional.ofNullable(asOf[0]), asOf[1], since(tree.sentence(), timexes),
                String.join("; ", rule)));
    }

    /**
     * The place {@code where} as the ledger tells subjects apart ("tskhinvali"), unless it is the
     * country itself ("Georgia", "the US"), whose people are the country's.
     */
    private static Optional<String> narrower(String where, Resolution country) {
        String words = where.replaceFirst("^(?i)the ", "");
        boolean itself = words.equalsIgnoreCase(country.name()) || words.equalsIgnoreCase(country.code().base())
                || words.matches("[A-Z.]{2,6}");
        return itself ? Optional.empty() : Optional.of(words);
    }

    private static final Set<String> ONE = Set.of("a", "an", "another", "one");
    /** Words that count no one: "nobody was hurt", "none were killed". */
    private static final Set<String> NOBODY = Set.of("nobody", "none", "noone");
    /** Words that make a zero count only some: "no one else was hurt", "no other injuries". */
    private static final Set<String> OTHERS = Set.of("else", "other", "further", "additional", "more", "serious");

    /**
     * Why the phrase headed by {@code head} counts no one, when it does ("no one", "nobody",
     * "no American casualties", "none of the passengers"); an empty reason when it counts no one
     * of some others only ("no one else", "no other injuries"), which is no figure.
     */
    private static Optional<String> zero(Tree tree, int head) {
        String lemma = tree.lemma(head).toLowerCase(Locale.ROOT);
        // "nobody was hurt" states a zero; "I didn't see him shoot nobody" does not
        boolean subject = tree.base(head).equals("nsubj");
        boolean no = NOBODY.contains(lemma) && subject || tree.children(head, "det").stream()
                .anyMatch(d -> tree.lemma(d).equalsIgnoreCase("no"));
        if (!no) {
            return Optional.empty();
        }
        boolean others = tree.children(head, "amod", "advmod", "det").stream()
                .anyMatch(m -> OTHERS.contains(tree.lemma(m).toLowerCase(Locale.ROOT)))
                || head + 1 < tree.size() && OTHERS.contains(tree.token(head + 1).word().toLowerCase(Locale.ROOT));
        return Optional.of(others ? "" : "'" + (NOBODY.contains(lemma) ? "" : "no ") + tree.token(head).word() + "'");
    }
    /**
     * Measure words as often said of a named person's bout, match or career as of a casualty
     * ("Arreola was hurt by Walker", "Smith lost the final"): they count no one named by name alone.
     */
    private static final Set<String> FIGURATIVE = Set.of("hurt", "lose");
    /** Names of days and months, which the tagger may take for a person's name ("left a man dead Thursday"). */
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december");
        private static final Set<String> AGE_UNITS = Set.of("year", "month", "week", "day");
    private static final Set<String> REFLEXIVE = Set.of("himself", "herself", "themselves", "myself", "yourself", "ourselves");

    /** Whether the number {@code n} is told as the fatal part of a count ("one fatally", "two of them fatally"). */
    static boolean fatally(Tree tree, int n) {
        return tree.hasChild(n, Set.of("fatally", "mortally"), "advmod");
    }

    /**
     * The number of the shot who died, when the sentence tells it apart ("four people were shot,
     * one fatally"; "four teens, one fatally, were shot"), with its token.
     */
    private static Optional<Integer> fatalPart(Tree tree) {
        for (int i = 0; i < tree.size(); i++) {
            if (numeric(tree, i) && fatally(tree, i)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * Why the phrase headed by {@code head} counts one person, when it does: a person named by an
     * indefinite singular noun ("a man", "a 17-year-old", "another teenager"), or, when
     * {@code names}, by a name that the knowledge base and the gazetteer know as no country,
     * organization or place ("Wil Lewis").
     */
    private static Optional<String> onePerson(Tree tree, int head, Actors actors, boolean names) {
        String pos = tree.token(head).pos();
        // "a man and woman": the second noun shares the first one's article
        int determined = tree.children(head, "det").isEmpty() && tree.relation(head).equals("conj") ? tree.head(head) : head;
        boolean indefinite = tree.children(determined, "det").stream()
                .anyMatch(d -> ONE.contains(tree.lemma(d).toLowerCase(Locale.ROOT)));
        if (pos.equals("NN") && NounClasses.personish(tree, head) && indefinite) {
            return Optional.of("'a " + tree.token(head).word() + "'");
        }
        boolean definite = tree.children(determined, "det").stream().anyMatch(d -> tree.lemma(d).equalsIgnoreCase("the"))
                || !tree.children(determined, "nmod:poss").isEmpty();
        if (names && pos.equals("NN") && NounClasses.personish(tree, head) && definite) {
            return Optional.of("'the " + tree.token(head).word() + "'"); // "the victim died", "the man was pronounced dead"
        }
        if (names && pos.equals("PRP") && Set.of("he", "she", "him", "her").contains(tree.lemma(head).toLowerCase(Locale.ROOT))) {
            return Optional.of("'" + tree.token(head).word() + "'"); // "she was pronounced dead"
        }
        if (indefinite && tree.lemma(head).equals("old") && tree.children(head, "dep", "compound", "obl:npmod", "nmod:npmod")
                .stream().anyMatch(y -> AGE_UNITS.contains(tree.lemma(y).toLowerCase(Locale.ROOT)))) {
            return Optional.of("a person named by age ('a 17-year-old', 'a 9-month-old')");
        }
        if (pos.equals("NN") && NounClasses.person(tree, head)
                && tree.children(head, "appos").stream().anyMatch(a -> tree.isProperNoun(a))) {
            return Optional.of("'" + tree.token(head).word() + "' named in apposition");
        }
        if (names && pos.equals("NNP") && tree.children(head, "conj").isEmpty()
                && !CALENDAR.contains(tree.token(head).word().toLowerCase(Locale.ROOT))) {
            List<ActorMention> named = actors.phrase(tree, head);
            String name = named.isEmpty() ? tree.token(head).word() : named.get(0).text();
            boolean known = named.stream().anyMatch(ActorMention::resolved) || actors.place(name).isPresent();
            if (!known && Character.isUpperCase(tree.token(head).word().charAt(0))) {
                return Optional.of("the person named '" + name + "'");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the number {@code n} stands after {@code head}, set off by a comma: an age or an
     * address ("the victim, John Doe, 41,"), never a count.
     */
    private static boolean setOffAfter(Tree tree, int head, int n) {
        return n > head && n > 0 && tree.token(n - 1).word().equals(",");
    }

    /**
     * Why a noun that counts itself names one person's fate, when it does: "the death of Matt
     * Anderson", "the shooting death of a 14-year-old boy", "in the slaying of a teenager".
     */
    private static Optional<String> ofOnePerson(Tree tree, int noun, Actors actors) {
        if (!tree.token(noun).pos().equals("NN")) {
            return Optional.empty(); // "the deaths of three men" is counted by its number
        }
        return tree.children(noun, "nmod").stream().filter(n -> tree.preposition(n).equals("of")).findFirst()
                .flatMap(n -> onePerson(tree, n, actors, true)
                        .or(() -> tree.children(n, "det").isEmpty() || !NounClasses.person(tree, n) ? Optional.empty()
                                : Optional.of("'the " + tree.token(n).word() + "'")))
                .map(why -> "the " + tree.token(noun).word() + " of " + why);
    }

    /** The tokens of the figure for {@code head}: its number and the words that bound it. */
    private static List<Integer> figure(Tree tree, int measureWord, int head) {
        TreeSet<Integer> out = new TreeSet<>();
        if (tree.token(head).pos().equals("CD")) {
            collect(tree, head, out);
        }
        for (int n : tree.children(head, "nummod", "det", "advmod", "amod", "quantmod", "compound")) {
            // "a third of the residents" is a share; "the third shooting this year" a rank
            boolean rank = SHARE.contains(tree.token(n).word().toLowerCase(Locale.ROOT)) && tree.children(n, "nmod").isEmpty();
            if ((numeric(tree, n) || isVague(tree, n)) && !rank && !setOffAfter(tree, head, n)) {
                collect(tree, n, out);
            }
        }
        if (isVague(tree, head)) {
            out.add(head); // "dozens of civilians were killed"
            for (int m : tree.children(head, "advmod", "det", "amod", "nummod")) {
                collect(tree, m, out);
            }
            if (SHARE.contains(tree.token(head).word().toLowerCase(Locale.ROOT))) {
                for (int of : tree.children(head, "nmod")) {
                    collect(tree, of, out); // "a third of the region's 70,000 residents"
                }
            }
            for (int of : tree.children(head, "nmod")) {
                if (tree.lemma(of).equals("thousand") || tree.lemma(of).equals("million")) {
                    out.add(of); // "tens of thousands"
                    out.addAll(tree.children(of, "case"));
                }
            }
        }
        if (out.isEmpty() && tree.lemma(measureWord).equals("toll")) {
            // "the death toll rose to 2,000", "a toll of 64"
            int verb = tree.head(measureWord);
            List<Integer> candidates = new ArrayList<>(tree.children(measureWord, "nmod"));
            if (verb >= 0) {
                candidates.addAll(tree.children(verb, "obl", "obj"));
            }
            for (int c : candidates) {
                if (tree.token(c).pos().equals("CD")) {
                    collect(tree, c, out);
                    out.removeAll(tree.children(c, "case"));
                    break;
                }
            }
        }
        if (out.isEmpty()) {
            return List.of();
        }
        // "at least", "some", "more than" may hang on the counted noun.
        for (int m : tree.children(head, "advmod")) {
            collect(tree, m, out);
        }
        return new ArrayList<>(out);
    }

    /**
     * Who the sentence says speaks, when the parse does not put the figure under a verb of saying:
     * the subject of a verb of saying above the measure word, or the one verb of saying of the
     * sentence ("…, the ministry said") whose subject is not the counted phrase.
     */
    private static Optional<ActorMention> speaker(Tree tree, Actors actors, int measureWord, int counted) {
        for (int i = tree.head(measureWord), steps = 0; i >= 0 && steps < 5; i = tree.head(i), steps++) {
            Optional<Integer> subject = tree.child(i, "nsubj");
            if (SPEAK.contains(tree.lemma(i)) && subject.isPresent() && subject.get() != counted
                    && subject.get() != measureWord) {
                return actors.phrase(tree, tree.child(i, "nsubj").get()).stream().findFirst();
            }
        }
        List<Integer> speakers = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            if (SPEAK.contains(tree.lemma(i)) && tree.isVerb(i) && tree.child(i, "nsubj").isPresent()
                    && tree.child(i, "nsubj").get() != counted) {
                speakers.add(i);
            }
        }
        return speakers.size() == 1
                ? actors.phrase(tree, tree.child(speakers.get(0), "nsubj").get()).stream().findFirst()
                : Optional.empty();
    }

    private static final Set<String> SPEAK = Set.of("say", "report", "acknowledge", "announce", "claim", "tell",
            "confirm", "state", "estimate", "add", "admit", "put");

    /** Whether the counted phrase is someone's own people: "its servicemen", "their soldiers", "our men". */
    private static boolean owned(Tree tree, int head) {
        TreeSet<Integer> phrase = new TreeSet<>();
        collect(tree, head, phrase);
        return phrase.stream().anyMatch(i -> Set.of("its", "their", "our").contains(tree.token(i).word().toLowerCase(Locale.ROOT)));
    }

    private static final Set<String> SHARE = Set.of("third", "half", "quarter", "percent", "thirds", "quarters");

    /** Whether token {@code i} is a number: tagged so, or a number word the tagger took for a name ("Eleven"). */
    private static boolean numeric(Tree tree, int i) {
        return tree.token(i).pos().equals("CD")
                || Quantities.parse(List.of(tree.token(i).word())).filter(r -> r.low().isPresent()).isPresent()
                        && !Set.of("a", "an", "no", "one").contains(tree.token(i).word().toLowerCase(Locale.ROOT));
    }

    private static boolean isVague(Tree tree, int i) {
        String w = tree.token(i).word().toLowerCase(Locale.ROOT);
        return Set.of("dozens", "scores", "hundreds", "thousands", "tens", "millions", "several", "dozen", "few",
                "handful", "third", "half", "quarter", "percent").contains(w);
    }

    private static void collect(Tree tree, int i, TreeSet<Integer> into) {
        into.add(i);
        for (int c : tree.children(i)) {
            String base = tree.base(c);
            if (!base.equals("punct") && !base.equals("acl") && !base.equals("appos")) {
                collect(tree, c, into);
            }
        }
    }

    private static List<String> words(Tree tree, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(tree.token(i).word());
        }
        return out;
    }

    private Category category(Tree tree, int head, int measureWord) {
        TreeSet<Integer> phrase = new TreeSet<>();
        collect(tree, head, phrase);
        // Conjuncts and "including ..." are other figures: "64 servicemen and a dozen civilians".
        for (int c : tree.children(head, "conj", "nmod")) {
            if (tree.base(c).equals("conj") || tree.preposition(c).equals("include")
                    || tree.preposition(c).equals("including")) {
                TreeSet<Integer> other = new TreeSet<>();
                collect(tree, c, other);
                phrase.removeAll(other);
            }
        }
        phrase.add(measureWord);
        boolean military = false;
        boolean civilian = false;
        for (int i : phrase) {
            String lemma = tree.lemma(i);
            String word = tree.token(i).word().toLowerCase(Locale.ROOT);
            military |= MILITARY.contains(lemma) || MILITARY.contains(word);
            civilian |= CIVILIAN.contains(lemma) || CIVILIAN.contains(word);
        }
        return military == civilian ? Category.ALL : military ? Category.MILITARY : Category.CIVILIAN;
    }

    /** "has not released figures for its own troops", "declined to give a casualty toll". */
    private Optional<Claim> withheld(Tree tree, Actors actors, int verb, List<Timex> timexes, Optional<LocalDate> reference) {
        String lemma = tree.lemma(verb);
        if (!tree.isVerb(verb) || !(DISCLOSE.contains(lemma) || CHECK.contains(lemma) || WITHHOLD.contains(lemma)
                || lemma.equals("keep"))) {
            return Optional.empty();
        }
        boolean negated = tree.children(verb, "advmod").stream().anyMatch(a -> Set.of("not", "n't", "never").contains(tree.lemma(a)))
                || (tree.base(verb).equals("xcomp") && (REFUSE.contains(tree.lemma(tree.head(verb)))
                        || UNABLE.contains(tree.lemma(tree.head(verb)))));
        Optional<Integer> object = tree.child(verb, "obj").or(() -> tree.child(verb, "nsubj:pass"))
                .or(() -> tree.children(verb, "aux:pass").isEmpty() ? Optional.empty() : tree.child(verb, "nsubj"));
        if (lemma.equals("keep")) {
            // "kept its own toll secret", "kept the figures secret": the figures kept so
            List<Integer> kept = new ArrayList<>();
            for (int c : tree.children(verb, "obj", "xcomp")) {
                kept.add(c);
                kept.addAll(tree.children(c, "compound", "nsubj"));
            }
            boolean secret = kept.stream().anyMatch(k -> tree.lemma(k).equals("secret"));
            object = secret ? kept.stream().filter(k -> FIGURES.contains(tree.lemma(k))).findFirst() : Optional.empty();
            negated = object.isPresent();
        }
        // "gave no figure" withholds it; "no casualties were reported" states a zero
        boolean none = object.isPresent() && tree.relation(object.get()).equals("obj")
                && tree.children(object.get(), "det").stream().anyMatch(d -> tree.lemma(d).equals("no"));
        if (object.isEmpty() || !(negated || none || WITHHOLD.contains(lemma)) || !FIGURES.contains(tree.lemma(object.get()))) {
            return Optional.empty();
        }
        // "could not independently confirm the figures", "unable to verify": a check that failed, not a secret
        boolean unchecked = CHECK.contains(lemma) || lemma.equals("confirm") && (tree.hasChild(verb, Set.of("can", "could"), "aux")
                || tree.hasChild(verb, Set.of("independently"), "advmod")
                || tree.base(verb).equals("xcomp") && UNABLE.contains(tree.lemma(tree.head(verb))));
        Claim.Disclosure disclosure = unchecked ? Claim.Disclosure.UNCONFIRMED : Claim.Disclosure.WITHHELD;
        int o = object.get();
        boolean deaths = tree.lemma(o).equals("death") || tree.children(o, "compound").stream().anyMatch(c -> tree.lemma(c).equals("death"))
                || tree.lemma(o).equals("toll");
        Measure measure = deaths ? Measure.KILLED : Measure.CASUALTIES;
        int subjectVerb = tree.base(verb).equals("xcomp") ? tree.head(verb) : verb;
        Optional<ActorMention> who = tree.child(subjectVerb, "nsubj")
                .filter(s -> !tree.isPronoun(s) || Attribution.claimant(tree, actors, verb).isEmpty())
                .flatMap(s -> actors.phrase(tree, s).stream().findFirst())
                // "Human Rights Watch said it could not confirm figures": the pronoun is the speaker.
                .or(() -> Attribution.claimant(tree, actors, verb));
        // Whose figures: "for its own troops" is the withholder's; otherwise the phrase named.
        Optional<ActorMention> subject = Optional.empty();
        Category category = Category.ALL;
        List<Integer> about = new ArrayList<>(tree.children(o, "nmod"));
        about.addAll(tree.children(verb, "obl"));
        for (int a : about) {
            if (Set.of("for", "of", "among", "on").contains(tree.preposition(a))) {
                category = category(tree, a, a);
                if (tree.hasChild(a, Set.of("dead"), "amod")) {
                    measure = Measure.KILLED; // "gave no figure for its dead soldiers"
                }
                boolean own = tree.children(a, "amod").stream().anyMatch(x -> tree.lemma(x).equals("own"))
                        || tree.children(a, "nmod:poss").stream().anyMatch(x -> Set.of("its", "their").contains(tree.lemma(x)));
                subject = own ? who : actors.phrase(tree, a).stream().findFirst();
                break;
            }
        }
        if (subject.isEmpty()) {
            subject = unchecked ? Optional.empty() : who; // who could not check the figures is not whose they are
            category = category(tree, o, o);
            if (tree.lemma(o).equals("loss")) {
                category = Category.MILITARY; // "has not confirmed any losses": its own forces'
            }
        }
        int first = Math.min(verb, o);
        int last = Math.max(verb, o);
        Span span = Span.of(tree.token(first).span().start(), tree.token(last).span().end());
        String[] asOf = asOf(tree.sentence(), span, timexes, reference);
        return Optional.of(new Claim(tree.sentence().index(), tree.sentence().span(), span,
                String.join(" ", words(tree, first, last)), measure, OptionalLong.empty(), OptionalLong.empty(), disclosure,
                subject, category, Optional.empty(), who, Optional.ofNullable(asOf[0]), asOf[1], Optional.empty(),
                "'" + tree.token(verb).word() + " " + tree.token(o).word() + "' " + (unchecked
                        ? "unconfirmed: the figures could not be checked, not withheld" : "withheld: not disclosed, not zero")));
    }

    /** The sentence's own date nearest the figure (not a "since" date), else the reference day. */
    private static String[] asOf(Sentence s, Span figure, List<Timex> timexes, Optional<LocalDate> reference) {
        Timex best = null;
        for (Timex t : timexes) {
            if ((t.type() == TimexType.DATE || t.type() == TimexType.TIME) && s.span().contains(t.span())
                    && !t.value().isDuration() && !t.value().value().endsWith("_REF") && !since(s, t)) {
                if (best == null || Math.abs(t.span().start() - figure.start()) < Math.abs(best.span().start() - figure.start())) {
                    best = t;
                }
            }
        }
        if (best != null) {
            String value = best.value().value();
            int time = value.indexOf('T');
            String day = time > 0 ? value.substring(0, time) : value;
            if (best.text().toLowerCase(Locale.ROOT).contains("overnight") && value.endsWith("TNI")
                    && day.matches("\\d{4}-\\d{2}-\\d{2}")) {
                // "killed overnight": the night ends on the morning after, and the figure holds as of then
                day = LocalDate.parse(day).plusDays(1).toString();
            }
            return new String[] {day, "sentence"};
        }
        return reference.map(r -> new String[] {r.toString(), "article"}).orElse(new String[] {null, "none"});
    }

    private static Optional<String> since(Sentence s, List<Timex> timexes) {
        return timexes.stream().filter(t -> s.span().contains(t.span()) && since(s, t)).map(t -> t.value().value())
                .findFirst();
    }

    /** Whether a time expression opens a period: "since Aug. 7". */
    private static boolean since(Sentence s, Timex t) {
        for (var token : s.tokens()) {
            if (token.span().end() <= t.span().start() && t.span().start() - token.span().end() <= 1
                    && token.word().equalsIgnoreCase("since")) {
                return true;
            }
        }
        return false;
    }
}
