package dev.dateline.events.internal;

import dev.dateline.actors.KnowledgeBase;
import dev.dateline.actors.Resolution;
import dev.dateline.events.ActorMention;
import dev.dateline.model.ActorCode;
import dev.dateline.model.Span;
import dev.dateline.model.Token;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the actors a noun phrase names and resolves them: through the knowledge base, else through
 * the people the same article named before with a resolvable role ("Georgian interior ministry
 * spokesman Shota Utiashvili" ... "Utiashvili"). One instance per article: it remembers names.
 */
public final class Actors {

    /** Relations that leave the actor's phrase: clauses and lists hanging off it. */
    private static final Set<String> OUTSIDE = Set.of("acl", "advcl", "parataxis", "punct", "conj", "cc", "case",
            "dep", "ccomp", "xcomp", "mark", "discourse", "cop", "aux", "nsubj", "obj", "obl");

    private final KnowledgeBase kb;
    private final KnowledgeBase.Context context;
    private final Optional<ActorCode> datelineCountry;
    /** The one country the places the article names lie in, when they agree ({@link #settle}). */
    private Optional<ActorCode> placesCountry = Optional.empty();
    private Optional<ActorCode> datelineHome = Optional.empty();
    private final Map<String, Resolution> people = new HashMap<>();
    /** The person the article named last, for "he" and "she". */
    private Resolution lastPerson;
    /** The country or organization the previous sentence was about (its subject), for "it". */
    private Resolution previousTopic;
    private Resolution topic;

    /**
     * Actors of the article {@code text}, written on {@code date} when known, under {@code dateline}
     * when it has one: the day decides who held an office, the text whether a bare surname names
     * someone the article names in full, the dateline the country of people named by role only.
     */
    public Actors(KnowledgeBase kb, Optional<LocalDate> date, String text, Optional<String> dateline) {
        this.kb = kb;
        this.context = KnowledgeBase.Context.article(date, text);
        this.datelineCountry = dateline.flatMap(d -> kb.place(d, context))
                .map(Resolution::code).filter(c -> c.groups().isEmpty() && !Set.of("IGO", "NGO", "IMG").contains(c.base()));
    }

    /** The country a place phrase is in, as {@link KnowledgeBase#place} finds it for this article. */
    public Optional<Resolution> place(String phrase) {
        return kb.place(phrase, context);
    }

    /** The country the article's dateline names, when it names a country's place ("TBILISI", "Lima"). */
    public Optional<ActorCode> datelineCountry() {
        return datelineCountry;
    }

    /** Least number of place mentions, and share of them in one country, that set an article in it (one, when it is the only). */
    private static final int PLACE_MENTIONS = 2;
    private static final double PLACE_SHARE = 0.8;

    /**
     * Settles the article in the one country the places it names lie in ("outside a Manassas
     * nightclub", "in Rogers Park"): at least {@link #PLACE_MENTIONS} mentions, and
     * {@link #PLACE_SHARE} of them in that country, or the only place mention. An article about
     * several countries is set in none.
     */
    public void settle(List<String> placeNames) {
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (String name : placeNames) {
            Optional<Resolution> r = place(name);
            if (r.isPresent()) {
                counts.merge(r.get().code().base(), 1, Integer::sum);
                total++;
            }
        }
        int all = total;
        placesCountry = counts.entrySet().stream().filter(e -> (e.getValue() >= PLACE_MENTIONS
                        || e.getValue() == all) && e.getValue() >= PLACE_SHARE * all).map(e -> ActorCode.of(e.getKey())).findFirst();
        // A dateline names where the reporter stood, not always what the article is about: talks in
        // Minsk on a war in Ukraine, a summit abroad. Its country is the article's only when the
        // places the article names do not mostly lie elsewhere.
        datelineHome = datelineCountry.filter(d -> all < PLACE_MENTIONS
                || counts.getOrDefault(d.base(), 0) >= DATELINE_SHARE * all);
    }

    /** Least share of the article's place mentions in its dateline's country for the dateline to set it there. */
    private static final double DATELINE_SHARE = 0.5;

    /**
     * The country the article is set in, for people named by role only: its dateline's, unless the
     * places it names mostly lie elsewhere ({@link #settle}); empty before {@link #settle}.
     */
    public Optional<ActorCode> datelineHome() {
        return datelineHome;
    }

    /** The country the places the article names lie in, when {@link #settle} found one. */
    public Optional<ActorCode> placesCountry() {
        return placesCountry;
    }

    /**
     * The actors the phrase headed by {@code head} names: one per conjunct ("Russia and Georgia"),
     * and one per conjoined modifier ("Hungarian and Romanian officials").
     */
    public List<ActorMention> phrase(Tree tree, int head) {
        int start = tree.contentStart();
        if (head < start) {
            // A dateline word ("MOSCOW") parsed as the head: the actor is the first noun after the dateline below it.
            Optional<Integer> after = firstNounAfter(tree, head, start);
            if (after.isEmpty()) {
                return List.of();
            }
            head = after.get();
        }
        head = antecedent(tree, head);
        if (tree.token(head).pos().equals("PRP") && tree.lemma(head).equals("it") && previousTopic != null) {
            // "Russia's defence ministry said ... It has not released figures": the previous sentence's subject.
            return List.of(new ActorMention(tree.token(head).word(), tree.token(head).span(),
                    Optional.of(previousTopic.code()), Optional.of(previousTopic.name()),
                    List.of("'" + tree.token(head).word() + "' taken as " + previousTopic.text()
                            + ", the subject of the sentence before")));
        }
        if (tree.token(head).pos().equals("PRP") && Set.of("he", "she").contains(tree.lemma(head)) && lastPerson != null) {
            // "he", "she": the person the article named last.
            return List.of(new ActorMention(tree.token(head).word(), tree.token(head).span(),
                    Optional.of(lastPerson.code()), Optional.of(lastPerson.name()),
                    List.of("'" + tree.token(head).word() + "' taken as " + lastPerson.text() + ", the person named last")));
        }
        List<Integer> heads = new ArrayList<>();
        heads.add(head);
        for (int c : tree.children(head, "conj")) {
            heads.add(c);
        }
        List<ActorMention> out = new ArrayList<>();
        for (int h : heads) {
            TreeSet<Integer> tokens = new TreeSet<>();
            collect(tree, h, h, tokens);
            tokens.headSet(start).clear();
            ActorMention whole = resolve(tree, tokens);
            if ((whole.resolved() || kb.sector(whole.text()).isPresent() || !NounClasses.thing(tree, h))
                    && !NounClasses.gathering(tree, h)) {
                // "tanks", "a six-point plan", "hours", "a house party" name no actor; "forces" do, and "a
                // Turkish ship" is Turkey's (a stricter rule, dropping things that a country names too,
                // cost cross-validated target accuracy 0.535 -> 0.493)
                out.add(whole);
            }
            for (int m : tree.children(h, "amod", "compound", "nmod:poss")) {
                for (int alternative : tree.children(m, "conj")) {
                    TreeSet<Integer> other = new TreeSet<>(tokens);
                    TreeSet<Integer> removed = new TreeSet<>();
                    collect(tree, m, m, removed);
                    other.removeAll(removed);
                    collect(tree, alternative, alternative, other);
                    other.headSet(start).clear();
                    out.add(resolve(tree, other));
                }
            }
        }
        return out;
    }

    /**
     * For a relative pronoun ("Rice, who flew to Tbilisi"), the noun it stands for: the head of
     * its relative clause, or, where the parse missed the clause, the noun just before it (and its
     * comma); any other token is itself.
     */
    private static int antecedent(Tree tree, int i) {
        String pos = tree.token(i).pos();
        if (!pos.equals("WP") && !pos.equals("WDT")) {
            return i;
        }
        int clause = tree.head(i);
        if (clause >= 0 && tree.relation(clause).equals("acl:relcl") && tree.head(clause) >= 0) {
            return tree.head(clause);
        }
        int before = i > 0 && tree.token(i - 1).word().equals(",") ? i - 2 : i - 1;
        return before >= 0 && tree.isNoun(before) && !tree.isPronoun(before) ? before : i;
    }

    /**
     * Whether the phrase headed by {@code head} names an actor the knowledge base knows, asked
     * without remembering anything (for the event model's features).
     */
    public boolean namesKnown(Tree tree, int head) {
        TreeSet<Integer> tokens = new TreeSet<>();
        collect(tree, head, head, tokens);
        StringBuilder text = new StringBuilder();
        tokens.forEach(t -> text.append(text.length() == 0 ? "" : " ").append(tree.token(t).word()));
        return kb.resolve(text.toString(), context).isPresent();
    }

    /**
     * Moves to the next sentence: what the sentence before was about (the subject of its main
     * verb, when a country or organization) becomes what "it" refers to.
     */
    public void sentence(Tree tree) {
        previousTopic = topic;
        topic = null;
        for (int i = 0; i < tree.size(); i++) {
            if (tree.head(i) < 0) {
                Optional<Integer> subject = tree.child(i, "nsubj");
                if (subject.isPresent() && !tree.isPronoun(subject.get()) && subject.get() >= tree.contentStart()) {
                    TreeSet<Integer> tokens = new TreeSet<>();
                    collect(tree, subject.get(), subject.get(), tokens);
                    StringBuilder text = new StringBuilder();
                    tokens.forEach(t -> text.append(text.length() == 0 ? "" : " ").append(tree.token(t).word()));
                    topic = kb.resolve(text.toString(), context).filter(r -> names(tree, tokens).isEmpty()).orElse(null);
                }
            }
        }
    }

    private static Optional<Integer> firstNounAfter(Tree tree, int head, int start) {
        ArrayDeque<Integer> queue = new ArrayDeque<>(tree.children(head));
        while (!queue.isEmpty()) {
            int t = queue.poll();
            if (t >= start && tree.token(t).pos().startsWith("NN")) {
                return Optional.of(t);
            }
            queue.addAll(tree.children(t));
        }
        return Optional.empty();
    }

    private static void collect(Tree tree, int top, int i, TreeSet<Integer> into) {
        into.add(i);
        for (int c : tree.children(i)) {
            String base = tree.base(c);
            // Below the head, a phrase keeps its prepositional parts: "militants loyal to Iraq's al-Qaeda".
            boolean keep = !OUTSIDE.contains(base) || (i != top && (base.equals("obl") || base.equals("dep")
                    || (base.equals("case") && tree.lemma(c).equals("'s"))));
            if (base.equals("conj") && i != top) {
                keep = false;
            }
            if (keep) {
                collect(tree, top, c, into);
            }
        }
    }

    private ActorMention resolve(Tree tree, TreeSet<Integer> tokens) {
        StringBuilder text = new StringBuilder();
        Token previous = null;
        for (int i : tokens) {
            Token t = tree.token(i);
            String w = t.word();
            boolean glue = w.equals("'s") || w.equals("'") || w.equals(",") || w.equals("-") || text.length() == 0;
            if (previous != null && !glue) {
                // Words written together stay together ("Kim Dae-jung"): the hyphen between them is a
                // token of its own, outside the phrase.
                String between = between(tree, previous, t);
                glue = between != null;
                text.append(glue ? between : "");
            }
            text.append(glue ? "" : " ").append(w);
            previous = t;
        }
        Token first = tree.token(tokens.first());
        Token last = tree.token(tokens.last());
        Span span = Span.of(first.span().start(), last.span().end());
        String phrase = text.toString();
        Set<Integer> inNames = countriesInNames(tree, tokens);
        String lookup = inNames.isEmpty() ? phrase : String.join(" ", tokens.stream().filter(i -> !inNames.contains(i))
                .map(i -> tree.token(i).word()).toList());
        Optional<Resolution> r = kb.resolve(lookup, context).or(() -> rolePlaced(lookup));
        List<String> names = names(tree, tokens);
        if (r.isPresent()) {
            for (String name : names) {
                people.putIfAbsent(name, r.get());
            }
            if (!names.isEmpty()) {
                lastPerson = knownPerson(r.get()) ? r.get() : null;
            }
            return new ActorMention(phrase, span, Optional.of(r.get().code()), Optional.of(r.get().name()),
                    r.get().reasons());
        }
        for (String name : names) {
            Resolution known = people.get(name);
            if (known != null) {
                lastPerson = knownPerson(known) ? known : null;
                return new ActorMention(phrase, span, Optional.of(known.code()), Optional.of(known.name()),
                        List.of("'" + name + "' was named before as '" + known.text() + "'"));
            }
        }
        if (!names.isEmpty()) {
            lastPerson = null; // someone else is named now: "he" is no longer sure
        }
        return new ActorMention(phrase, span, Optional.empty(), Optional.empty(),
                List.of("no country, organization or person of the knowledge base is named"));
    }

    /**
     * People named by role with a place in their own phrase ("residents of Aleppo", "police in
     * Quetta"): the role's sector in the place's country.
     */
    private Optional<Resolution> rolePlaced(String phrase) {
        Optional<String> sector = kb.sector(phrase);
        if (sector.isEmpty()) {
            return Optional.empty();
        }
        return kb.place(phrase, context).map(p -> {
            List<String> reasons = new ArrayList<>(p.reasons());
            reasons.add("role is sector " + sector.get());
            return new Resolution(ActorCode.of(p.code().base()).with(sector.get()), p.name(), phrase, reasons);
        });
    }

    /** What stands between two words written together: "" or a hyphen; null when a space parts them. */
    private static String between(Tree tree, Token a, Token b) {
        if (b.span().start() == a.span().end()) {
            return "";
        }
        for (int i = a.index() + 1; i < b.index(); i++) {
            Token t = tree.token(i);
            if (t.span().start() == a.span().end() && t.span().end() == b.span().start()
                    && (t.word().equals("-") || t.word().equals("–"))) {
                return t.word();
            }
        }
        return null;
    }

    /**
     * The person names in the phrase: its runs of capitalized proper nouns that are neither role
     * words ("Foreign Minister") nor names the knowledge base knows ("Georgian"), each run whole
     * ("Shota Utiashvili") and its last word ("Utiashvili").
     */
    private List<String> names(Tree tree, TreeSet<Integer> tokens) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int previous = -2;
        for (int i : tokens) {
            String w = tree.token(i).word();
            boolean name = tree.isProperNoun(i) && w.length() > 2 && Character.isUpperCase(w.charAt(0))
                    && !kb.isRoleWord(w) && kb.resolve(w).isEmpty() && !modifying(tree, i, tokens);
            if (!name || i != previous + 1) {
                flush(run, out);
            }
            if (name) {
                run.add(w);
                previous = i;
            }
        }
        flush(run, out);
        return out;
    }

    /**
     * Whether {@code r} is a person of the knowledge base (an office holder), whom "he" or "she"
     * may name later. People named by role only ("Judge Smith", "Lt. Murphy") are not: in court and
     * crime copy the next "he" is as often the defendant or the victim.
     */
    private static boolean knownPerson(Resolution r) {
        return knownPerson(r.reasons());
    }

    /** Whether resolution {@code reasons} say an office holder of the knowledge base was named. */
    public static boolean knownPerson(List<String> reasons) {
        return reasons.stream().anyMatch(reason -> reason.startsWith("person '"));
    }

    /**
     * Tokens of {@code tokens} that are a country's name inside a longer proper name the tables do
     * not know: "Chad Kelly", "Twan Jordan", "New England" name no country; "South Sudan", "Georgia's
     * Saakashvili" and "Hackers in Russia" still do.
     */
    private Set<Integer> countriesInNames(Tree tree, TreeSet<Integer> tokens) {
        Set<Integer> out = new HashSet<>();
        for (int i : tokens) {
            if (!tree.token(i).pos().startsWith("NNP") || !kb.countryName(tree.token(i).word())) {
                continue;
            }
            for (int j : List.of(i - 1, i + 1)) {
                if (!tokens.contains(j) || !tree.token(j).pos().startsWith("NNP")) {
                    continue;
                }
                String w = tree.token(j).word();
                boolean linked = (tree.head(i) == j || tree.head(j) == i)
                        && Set.of("compound", "flat").contains(tree.base(tree.head(i) == j ? i : j));
                String both = j < i ? w + " " + tree.token(i).word() : tree.token(i).word() + " " + w;
                if (linked && Character.isUpperCase(w.charAt(0)) && !kb.isRoleWord(w) && !kb.known(w) && !kb.known(both)) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /** Whether {@code i} stands in a modifier of the phrase ("pirates in the Gulf of Aden"), not in its name. */
    private static boolean modifying(Tree tree, int i, TreeSet<Integer> tokens) {
        for (int at = i; tokens.contains(tree.head(at)); at = tree.head(at)) {
            if (Set.of("nmod", "obl", "acl").contains(tree.base(at))) {
                return true;
            }
        }
        return false;
    }

    private static void flush(List<String> run, List<String> into) {
        if (!run.isEmpty()) {
            into.add(String.join(" ", run));
            if (run.size() > 1) {
                into.add(run.get(run.size() - 1));
            }
            run.clear();
        }
    }
}
