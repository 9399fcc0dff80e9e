package dev.dateline.events.internal;

import dev.dateline.model.Sentence;
import dev.dateline.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A sentence's dependency tree, with the lookups event coding needs. */
public final class Tree {

    private final Sentence sentence;
    private final List<List<Integer>> children = new ArrayList<>();

    public Tree(Sentence sentence) {
        this.sentence = sentence;
        for (int i = 0; i < sentence.tokens().size(); i++) {
            children.add(new ArrayList<>());
        }
        for (Token t : sentence.tokens()) {
            if (t.head() >= 0) {
                children.get(t.head()).add(t.index());
            }
        }
    }

    /**
     * The first token after a dateline that opens the sentence ("TBILISI, Aug 8, 2008 (AFP) -"),
     * or 0: the dateline is no part of any actor's name.
     */
    public int contentStart() {
        for (int i = 1; i < Math.min(size(), 16); i++) {
            String w = token(i).word();
            boolean spaced = token(i).span().start() > token(i - 1).span().end(); // not "Secretary-General"
            if (spaced && (w.equals("-") || w.equals("--") || w.equals("—") || w.equals("–"))) {
                boolean dateline = true;
                for (int j = 0; j < i && dateline; j++) {
                    Token t = token(j);
                    dateline = t.pos().startsWith("NNP") || t.pos().equals("CD") || t.pos().equals(",")
                            || t.pos().equals("-LRB-") || t.pos().equals("-RRB-") || t.word().matches("[A-Z][A-Z.]+|[()/,.]");
                }
                return dateline ? i + 1 : 0;
            }
        }
        return 0;
    }

    public Sentence sentence() {
        return sentence;
    }

    public int size() {
        return children.size();
    }

    public Token token(int i) {
        return sentence.tokens().get(i);
    }

    public String lemma(int i) {
        return token(i).lemma().toLowerCase(Locale.ROOT);
    }

    /** The relation of token {@code i} to its head, without its subtype ("obl" for "obl:tmod"). */
    public String base(int i) {
        String r = token(i).relation();
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    public String relation(int i) {
        return token(i).relation();
    }

    public int head(int i) {
        return token(i).head();
    }

    public List<Integer> children(int i) {
        return children.get(i);
    }

    /**
     * The children of {@code i} with one of {@code relations}: a relation without a subtype
     * ("obl") matches its subtypes too ("obl:tmod"); one with a subtype matches only itself.
     */
    public List<Integer> children(int i, String... relations) {
        List<Integer> out = new ArrayList<>();
        for (int c : children.get(i)) {
            for (String r : relations) {
                String rel = relation(c);
                if (rel.equals(r) || (r.indexOf(':') < 0 && rel.startsWith(r + ":"))) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    public Optional<Integer> child(int i, String... relations) {
        List<Integer> found = children(i, relations);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Whether {@code i} has a child with one of {@code relations} whose lemma is one of {@code lemmas}. */
    public boolean hasChild(int i, Set<String> lemmas, String... relations) {
        return children(i, relations).stream().anyMatch(c -> lemmas.contains(lemma(c)));
    }

    /** The preposition of {@code i} ("with" in "met with Rice"), lowercase, or empty. */
    public String preposition(int i) {
        List<Integer> cases = children(i, "case");
        if (cases.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int c : cases) {
            sb.append(sb.length() == 0 ? "" : " ").append(lemma(c));
        }
        return sb.toString();
    }

    public boolean isVerb(int i) {
        return token(i).pos().startsWith("VB");
    }

    public boolean isNoun(int i) {
        String pos = token(i).pos();
        return pos.startsWith("NN") || pos.equals("PRP") || pos.equals("CD");
    }

    public boolean isProperNoun(int i) {
        return token(i).pos().startsWith("NNP");
    }

    public boolean isPronoun(int i) {
        return token(i).pos().startsWith("PRP") || token(i).pos().equals("WP") || token(i).pos().equals("WDT");
    }

    /** Relations by which a verb heads a clause of its own. */
    private static final Set<String> CLAUSAL = Set.of("root", "ccomp", "xcomp", "advcl", "acl", "conj", "parataxis",
            "csubj", "dep");

    /**
     * The verb heading the clause token {@code i} stands in: {@code i} itself for such a verb,
     * else the nearest one above it ("talks" in "they held talks" stands in the clause of "held").
     * A sentence without a verb is one clause, headed by its root.
     */
    public int clause(int i) {
        int x = i;
        for (int steps = 0; head(x) >= 0 && !(isVerb(x) && CLAUSAL.contains(base(x))) && steps <= size(); steps++) {
            x = head(x);
        }
        return x;
    }

    /** Number of steps from {@code i} up to the root. */
    public int depth(int i) {
        int d = 0;
        for (int h = head(i); h >= 0 && d <= size(); h = head(h)) {
            d++;
        }
        return d;
    }
}
