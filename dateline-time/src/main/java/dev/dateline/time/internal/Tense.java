package dev.dateline.time.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses whether the clause around a time expression speaks of the past or the future, from
 * the nearest tense markers: "will", "would", "is due to", "plans to", "until", "next" against
 * "said", "was", "ago", "would have", verbs in -ed and common irregular past forms. Good enough
 * to anchor "Friday" or "Aug. 12" to the right side of the reference time; anything unclear is
 * {@link #UNKNOWN}.
 */
enum Tense {
    PAST, FUTURE, UNKNOWN;

    private static final Pattern FUTURE_MARKER = Pattern.compile(
            "(?i)\\b(?:will|won't|shall|'ll|going to|is to|are to|due to|plans? to|planned|scheduled|expected to|expects"
                    + "|set to|intends? to|upcoming|hopes? to|aims? to|ready to|prepared to|begins?|starts?|will be"
                    + "|is due|are due|tomorrow|effective|until|as soon as|deadline"
                    + "|(?:planning|preparing|hoping|intending|expecting|scheduling|aiming|getting ready|about) to"
                    // a modal looks ahead unless it looks back ("would have gone")
                    + "|(?:would|might|should|(?-i:may))(?!\\s+(?:have|not\\s+have)\\b)"
                    // "next" and "coming" only as time words: "next week", not "next to the embassy"
                    + "|(?:next|coming)\\s+(?:week|month|year|weekend|days?|weeks|months|years|season|quarter"
                    + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b");
    private static final Pattern PAST_MARKER = Pattern.compile(
            "(?i)\\b(?:said|says|was|were|had|has|have|did|ago|(?:would|could|might|should|may)\\s+(?:not\\s+)?have"
                    + "|earlier|last|told|announced|reported|added|began|came|went|took|made"
                    + "|met|held|left|gave|fell|rose|won|lost|killed|signed|agreed|struck|sold|bought|paid|ended|closed"
                    // irregular past forms that are not also present or participle forms of another verb
                    + "|brought|thought|caught|fought|taught|sought|found|saw|knew|grew|threw|drew|flew|wrote|spoke|broke"
                    + "|chose|drove|ran|stood|felt|kept|sent|spent|built|led|fled|became|got|shot|tore|wore|swore"
                    + "|arose|forgot|froze|hid|sank|sang|stole|stuck|swept|swung|woke|withdrew|overthrew|underwent"
                    + "|\\w{3,}ed)\\b");

    /** How far before an expression (in characters) its tense is looked for: a long sentence. */
    private static final int REACH = 250;

    /** A past tense that makes "until" the end of something that went on ("lasted until Friday"). */
    private static final Pattern LASTED = Pattern.compile(
            "(?i)\\b(?:lasted|continued|stayed|remained|persisted|raged|went\\s+on|held\\s+out|waited|kept\\s+\\w+ing)\\b");

    /** What turns a plan into one looked back on: "had been scheduled", "as (previously) planned". */
    private static final Pattern FULFILLED = Pattern.compile("(?i)\\b(?:had\\s+been|as|as\\s+previously|previously)\\s+$");

    /**
     * The tense of the clause around {@code [start, end)} in {@code text}, within {@code [from, to)}:
     * the nearest marker before the expression within its clause wins, else the nearest after it.
     */
    static Tense around(String text, int start, int end, int from, int to) {
        from = Math.max(from, start - REACH); // a marker further back belongs to another clause, and a bound keeps this linear
        int clauseStart = from;
        for (int i = start - 1; i > from; i--) {
            char c = text.charAt(i);
            if (c == ';' || c == ':' || (c == ',' && text.startsWith(" but", i + 1))) {
                clauseStart = i + 1;
                break;
            }
        }
        Tense before = nearest(text, clauseStart, start, true);
        if (before != UNKNOWN) {
            return before;
        }
        Tense inSentence = nearest(text, from, start, true);
        Tense after = nearest(text, end, Math.min(to, end + 60), false);
        return after != UNKNOWN ? after : inSentence;
    }

    /** The tense of the marker closest to {@code [from, to)}'s end (or start, when looking forward). */
    private static Tense nearest(String text, int from, int to, boolean backward) {
        if (from >= to) {
            return UNKNOWN;
        }
        int bestPosition = -1;
        Tense tense = UNKNOWN;
        Matcher f = FUTURE_MARKER.matcher(text).region(from, to);
        while (f.find()) {
            String before = text.substring(Math.max(from, f.start() - 20), f.start());
            if (FULFILLED.matcher(before).find()) {
                continue; // "had been due to expire", "as planned": a plan seen from after it
            }
            boolean pastEnd = f.start() == from || before.isBlank() || LASTED.matcher(before).find();
            if (f.group().equalsIgnoreCase("until") && pastEnd) {
                continue; // "Until Thursday, they had not ...", "the shelling lasted until Friday": up to a time now past
            }
            if (bestPosition < 0 || (backward ? f.start() > bestPosition : f.start() < bestPosition)) {
                bestPosition = f.start();
                tense = FUTURE;
            }
        }
        Matcher p = PAST_MARKER.matcher(text).region(from, to);
        while (p.find()) {
            if (isFalsePast(p.group())) {
                continue;
            }
            if (bestPosition < 0 || (backward ? p.start() > bestPosition : p.start() < bestPosition)) {
                bestPosition = p.start();
                tense = PAST;
            }
        }
        return tense;
    }

    /** Words in -ed that are no past tense ("need", "succeed", "united"), or plans ("scheduled"). */
    private static final Set<String> FALSE_PAST = Set.of("need", "speed", "proceed", "succeed", "exceed", "indeed",
            "feed", "seed", "breed", "bleed", "heed", "deed", "creed", "greed", "bed", "red", "united", "limited",
            "scheduled", "planned", "expected");

    private static boolean isFalsePast(String word) {
        return FALSE_PAST.contains(word.toLowerCase(Locale.ROOT));
    }
}
