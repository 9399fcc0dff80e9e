package dev.dateline.merge;

import dev.dateline.events.FramingTerm;
import dev.dateline.events.FramingTerm.Kind;
import dev.dateline.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How each outlet of a story frames it: the framing words its articles use, grouped by what they
 * refer to (an actor's code, a place, the side an act is named for), with the outlets that use
 * each word and where.
 *
 * <pre>{@code
 * List<Framing.Group> groups = Framing.build(List.of(new Framing.Source("a1", "AFP", terms)));
 * }</pre>
 */
public final class Framing {

    /**
     * The framing words of one article.
     *
     * @param article the article's id
     * @param outlet who published it, as the report names outlets
     * @param terms its framing words
     */
    public record Source(String article, String outlet, List<FramingTerm> terms) {
        public Source {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(outlet, "outlet");
            terms = List.copyOf(terms);
        }
    }

    /** Where an article uses a word: the word's span and its sentence's, in the article's original text. */
    public record Mention(String article, Span span, Span sentenceSpan) {
    }

    /**
     * One word used for a referent.
     *
     * @param term the word
     * @param tone {@code condemning}, {@code neutral} or {@code approving}
     * @param family the words that say the same as it ("forces" for "troops")
     * @param outlets the outlets that use it, in order of first use
     * @param mentions every use
     */
    public record Use(String term, String tone, String family, List<String> outlets, List<Mention> mentions) {
    }

    /**
     * The words used for one referent.
     *
     * @param kind what the words frame
     * @param code the referent's actor code, when the words name a known actor or place
     * @param referent the referent as the text names it ("South Ossetian separatists", "South
     *     Ossetia"), or "not named"
     * @param uses the words, in order of first use
     */
    public record Group(Kind kind, Optional<String> code, String referent, List<Use> uses) {

        /**
         * Whether outlets frame the referent differently: two outlets each using a word the other
         * does not (words of one family, "troops" and "forces", count as one), or two whose words
         * differ in tone ("rebels" in one, "rebels" and "terrorists" in the other).
         */
        public boolean differs() {
            Map<String, Set<String>> words = new LinkedHashMap<>();
            Map<String, Set<String>> tones = new LinkedHashMap<>();
            for (Use u : uses) {
                for (String o : u.outlets()) {
                    words.computeIfAbsent(o, k -> new LinkedHashSet<>()).add(u.family());
                    tones.computeIfAbsent(o, k -> new LinkedHashSet<>()).add(u.tone());
                }
            }
            List<String> outlets = new ArrayList<>(words.keySet());
            for (int i = 0; i < outlets.size(); i++) {
                for (int j = i + 1; j < outlets.size(); j++) {
                    Set<String> a = words.get(outlets.get(i));
                    Set<String> b = words.get(outlets.get(j));
                    if (!a.containsAll(b) && !b.containsAll(a) || !tones.get(outlets.get(i)).equals(tones.get(outlets.get(j)))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private Framing() {
    }

    /** The framing of a story's articles, groups in order of first use. */
    public static List<Group> build(List<Source> sources) {
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<String, Map<String, List<Mention>>> mentions = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> outlets = new LinkedHashMap<>();
        Map<String, Map<String, FramingTerm>> first = new LinkedHashMap<>();
        for (Source s : sources) {
            for (FramingTerm t : s.terms()) {
                Optional<String> code = t.referent().flatMap(r -> r.code()).map(Object::toString);
                String referent = t.referent().map(r -> r.text()).orElse("not named");
                // A place is told apart by its name (its code is its country's); actors and sides by code.
                String key = t.kind() + "/" + (t.kind() == Kind.PLACE || code.isEmpty()
                        ? referent.toLowerCase(Locale.ROOT).replaceFirst("^the ", "") : code.get());
                groups.putIfAbsent(key, new Group(t.kind(), code, referent, List.of()));
                mentions.computeIfAbsent(key, k -> new LinkedHashMap<>())
                        .computeIfAbsent(t.term(), k -> new ArrayList<>()).add(new Mention(s.article(), t.span(), t.sentenceSpan()));
                List<String> users = outlets.computeIfAbsent(key, k -> new LinkedHashMap<>())
                        .computeIfAbsent(t.term(), k -> new ArrayList<>());
                if (!users.contains(s.outlet())) {
                    users.add(s.outlet());
                }
                first.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(t.term(), t);
            }
        }
        List<Group> out = new ArrayList<>();
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            List<Use> uses = new ArrayList<>();
            for (Map.Entry<String, List<Mention>> m : mentions.get(e.getKey()).entrySet()) {
                FramingTerm t = first.get(e.getKey()).get(m.getKey());
                uses.add(new Use(m.getKey(), t.tone(), t.family(), List.copyOf(outlets.get(e.getKey()).get(m.getKey())),
                        List.copyOf(m.getValue())));
            }
            Group g = e.getValue();
            out.add(new Group(g.kind(), g.code(), g.referent(), List.copyOf(uses)));
        }
        return out;
    }
}
