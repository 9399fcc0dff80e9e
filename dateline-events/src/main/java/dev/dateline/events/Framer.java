package dev.dateline.events;

import dev.dateline.actors.KnowledgeBase;
import dev.dateline.actors.Resolution;
import dev.dateline.events.FramingTerm.Kind;
import dev.dateline.events.internal.Actors;
import dev.dateline.events.internal.SentenceWalk;
import dev.dateline.events.internal.Tree;
import dev.dateline.model.AnnotatedArticle;
import dev.dateline.model.Span;
import dev.dateline.model.TsvTable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the words by which an article frames a conflict, from the term table {@code framing.tsv}:
 * the names it gives armed actors, the words that qualify places, the names of acts, each with
 * what it refers to (the actor or place the parse names with it). Thread-safe.
 *
 * <pre>{@code
 * Framer framer = Framer.load(KnowledgeBase.load(Optional.empty()), Optional.empty());
 * List<FramingTerm> terms = framer.terms(annotatedArticle, Optional.of(day));
 * }</pre>
 */
public final class Framer {

    private record Term(String[] words, Kind kind, String tone, String family) {
    }

    private final KnowledgeBase kb;
    /** Terms by their first word, longest first. */
    private final Map<String, List<Term>> byFirstWord = new HashMap<>();

    private Framer(KnowledgeBase kb, List<String[]> rows) {
        this.kb = kb;
        for (String[] row : rows) {
            Kind kind;
            try {
                kind = Kind.valueOf(row[1].trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("framing.tsv: '" + row[0] + "' has kind '" + row[1]
                        + "'; use actor, place or act", e);
            }
            if (!Set.of("condemning", "neutral", "approving").contains(row[2].trim())) {
                throw new IllegalArgumentException("framing.tsv: '" + row[0] + "' has tone '" + row[2]
                        + "'; use condemning, neutral or approving");
            }
            String[] words = row[0].trim().toLowerCase(Locale.ROOT).split("\\s+");
            String family = row[3].isBlank() ? String.join(" ", words) : row[3].trim().toLowerCase(Locale.ROOT);
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Term(words, kind, row[2].trim(), family));
        }
        byFirstWord.values().forEach(l -> l.sort((a, b) -> b.words().length - a.words().length));
    }

    /** The shipped term table, with the rows of {@code framing.tsv} in {@code userFolder}. */
    public static Framer load(KnowledgeBase kb, Optional<Path> userFolder) {
        return new Framer(kb, TsvTable.read("/dev/dateline/events/", "framing.tsv", 4, 3, 2, userFolder));
    }

    /** The framing words of {@code article}, in text order; actors are resolved as of {@code reference}. */
    public List<FramingTerm> terms(AnnotatedArticle article, Optional<LocalDate> reference) {
        return SentenceWalk.findings(kb, article, reference, this::sentence);
    }

    private List<FramingTerm> sentence(Tree tree, Actors actors) {
        List<FramingTerm> out = new ArrayList<>();
        for (int i = tree.contentStart(); i < tree.size(); i++) {
            List<Term> candidates = byFirstWord.get(tree.token(i).word().toLowerCase(Locale.ROOT));
            if (candidates == null) {
                continue;
            }
            for (Term term : candidates) {
                int last = i + term.words().length - 1;
                if (!matches(tree, i, term) || !fits(tree, last, term.kind())) {
                    continue;
                }
                Span span = Span.of(tree.token(i).span().start(), tree.token(last).span().end());
                out.add(new FramingTerm(tree.sentence().span(), span, String.join(" ", term.words()), term.kind(),
                        term.tone(), term.family(), referent(tree, actors, last, term.kind())));
                i = last;
                break;
            }
        }
        return out;
    }

    private static boolean matches(Tree tree, int start, Term term) {
        if (start + term.words().length > tree.size()) {
            return false;
        }
        for (int k = 0; k < term.words().length; k++) {
            if (!tree.token(start + k).word().toLowerCase(Locale.ROOT).equals(term.words()[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the word at {@code head} is used as its kind: an actor's or act's name as a noun
     * ("the separatists"), a place word as a modifier ("separatist South Ossetia").
     */
    private static boolean fits(Tree tree, int head, Kind kind) {
        String pos = tree.token(head).pos();
        if (kind == Kind.PLACE) {
            return tree.head(head) >= 0 && Set.of("amod", "compound", "advmod").contains(tree.base(head))
                    && tree.isNoun(tree.head(head));
        }
        return pos.startsWith("NN") && !(tree.base(head).equals("compound") && tree.head(head) > head);
    }

    /** What the word at {@code head} refers to. */
    private Optional<ActorMention> referent(Tree tree, Actors actors, int head, Kind kind) {
        return switch (kind) {
            case ACTOR -> actors.phrase(tree, head).stream().filter(ActorMention::resolved).findFirst();
            case PLACE -> place(tree, actors, tree.head(head));
            case ACT -> {
                // "Russia's invasion", "the Russian incursion", "the offensive by Georgian troops": the side that acts
                Optional<ActorMention> side = Optional.empty();
                for (int m : tree.children(head, "nmod:poss", "amod", "compound", "nmod")) {
                    if (tree.base(m).equals("nmod") && !tree.preposition(m).equals("by")) {
                        continue;
                    }
                    side = actors.phrase(tree, m).stream().filter(ActorMention::resolved).findFirst();
                    if (side.isPresent()) {
                        break;
                    }
                }
                yield side;
            }
        };
    }

    /** The place the noun at {@code noun} names ("South Ossetia"; "the region of Abkhazia": Abkhazia). */
    private Optional<ActorMention> place(Tree tree, Actors actors, int noun) {
        List<Integer> named = new ArrayList<>();
        named.add(noun);
        tree.children(noun, "nmod", "appos").stream().filter(n -> tree.isProperNoun(n)).forEach(named::add);
        for (int n : named) {
            TreeSet<Integer> tokens = new TreeSet<>();
            tokens.add(n);
            for (int c : tree.children(n, "compound", "flat", "amod")) {
                if (tree.isProperNoun(c) || tree.token(c).pos().equals("NNP")) {
                    tokens.add(c);
                }
            }
            if (!tree.isProperNoun(n)) {
                continue;
            }
            StringBuilder words = new StringBuilder();
            tokens.forEach(t -> words.append(words.length() == 0 ? "" : " ").append(tree.token(t).word()));
            Optional<Resolution> r = actors.place(words.toString());
            if (r.isPresent()) {
                Span span = Span.of(tree.token(tokens.first()).span().start(), tree.token(tokens.last()).span().end());
                return Optional.of(new ActorMention(words.toString(), span, Optional.of(r.get().code()),
                        Optional.of(r.get().name()), List.of("the place named, '" + words + "'")));
            }
        }
        return Optional.empty();
    }
}
