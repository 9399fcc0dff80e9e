package dev.dateline.events.internal;

import dev.dateline.events.CameoCode;
import dev.dateline.events.Codebook;
import dev.dateline.events.Codebook.Stance;
import dev.dateline.model.TsvTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The trigger table ({@code triggers.tsv}): words that report events, with their codes and stances. */
public final class Lexicon {

    /**
     * One trigger entry.
     *
     * @param lemma the trigger's lemma
     * @param pos V, N or A
     * @param with words of which one must stand in the trigger's phrase; empty: none needed
     * @param code the CAMEO code reported, empty for a stance-only entry
     * @param stance how the trigger holds an act in its complement
     */
    public record Entry(String lemma, String pos, Set<String> with, Optional<CameoCode> code, Optional<Stance> stance) {

        /** "agree (V) + to", for explanations. */
        public String describe() {
            return lemma + " (" + pos + ")" + (with.isEmpty() ? "" : " with " + String.join("|", with));
        }
    }

    /** Particles and prepositions: words that narrow a trigger less than a content word does. */
    private static final Set<String> FUNCTION_WORDS = Set.of("on", "at", "for", "out", "off", "back", "upon", "with",
            "to", "from", "against", "into", "in", "over", "up", "down", "away", "aside", "of", "by", "about", "behind",
            "through", "across", "around", "toward", "towards", "under");

    private final Map<String, List<Entry>> byLemma = new HashMap<>();

    private Lexicon(List<String[]> rows, Codebook codebook, String source) {
        for (String[] row : rows) {
            Optional<CameoCode> code = Optional.empty();
            if (!row[3].isBlank()) {
                code = Optional.of(codebook.code(row[3]).orElseThrow(() -> new IllegalArgumentException(
                        source + ": trigger '" + row[0] + "' has code " + row[3] + ", which cameo.tsv lacks")));
            }
            if (!Set.of("V", "N", "A").contains(row[1])) {
                throw new IllegalArgumentException(source + ": trigger '" + row[0] + "' has part of speech '"
                        + row[1] + "'; use V, N or A");
            }
            Optional<Stance> stance;
            try {
                stance = Codebook.stance(row[4]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": trigger '" + row[0] + "' has unknown stance '"
                        + row[4] + "'", e);
            }
            // In the table's order, so that explanations read the same on every run.
            Set<String> with = Collections.unmodifiableSet(row[2].isBlank() ? Set.of()
                    : new LinkedHashSet<>(List.of(row[2].toLowerCase(Locale.ROOT).split("\\|"))));
            Entry entry = new Entry(row[0].toLowerCase(Locale.ROOT), row[1], with, code, stance);
            byLemma.computeIfAbsent(entry.lemma() + "/" + entry.pos(), k -> new ArrayList<>()).add(entry);
        }
        // Entries that need words are tried first, and of those the ones that need a content word
        // ("fire" + tear gas) before the ones that need only a particle or preposition ("fire" + at).
        byLemma.values().forEach(list -> list.sort(Comparator.comparingInt((Entry e) -> e.with().isEmpty() ? 2
                : FUNCTION_WORDS.containsAll(e.with()) ? 1 : 0)));
    }

    /** The shipped table, with the rows of {@code triggers.tsv} in {@code userFolder}. */
    public static Lexicon load(Codebook codebook, Optional<Path> userFolder) {
        return new Lexicon(TsvTable.read("/dev/dateline/events/", "triggers.tsv", 5, 3, userFolder), codebook,
                "triggers.tsv");
    }

    /** Every entry, in no particular order. */
    public List<Entry> all() {
        return byLemma.values().stream().flatMap(List::stream).toList();
    }

    /** The entries for a lemma and part of speech, those needing words first. */
    public List<Entry> entries(String lemma, String pos) {
        return byLemma.getOrDefault(lemma.toLowerCase(Locale.ROOT) + "/" + pos, List.of());
    }
}
