package dev.dateline.ingest.internal.rules;

import dev.dateline.ingest.internal.Block;
import dev.dateline.ingest.internal.Dates;
import java.util.regex.Pattern;

/**
 * Drops a line that only states when the page was published or updated ("27.01.2022",
 * "12.12.2022, 08:30 Uhr", "Aktualisiert am 3. Mai 2021", "Release Date: June 4, 2020"): page
 * furniture, read into the article's metadata before the rules run, never running text.
 */
final class DateOnlyLine implements BlockRule {

    /** A label, then a date, then at most a time of day and a weekday or "Uhr". */
    private static final Pattern LABEL = Pattern.compile(
            "(?iu)^\\W*(?:(?:published|posted|updated|last updated|release date|date|stand|aktualisiert|veröffentlicht|erschienen"
                    + "|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|opublikowano|zaktualizowano)"
                    + "(?:\\s+(?:on|am|le|el|il|at|um))?\\s*:?\\s*)?");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** How many words a date line holds beside its label: a weekday, a month's name, "Uhr". */
    private static final int MAX_WORDS = 3;

    @Override
    public String name() {
        return "date-only-line";
    }

    @Override
    public boolean drops(Block block, BlockContext context) {
        String text = block.plain().strip();
        if (text.length() > 60 || Dates.parseShown(text, true).isEmpty()) {
            return false;
        }
        String rest = LABEL.matcher(text).replaceFirst("");
        return rest.length() <= 40 && WORD.matcher(rest).results().count() <= MAX_WORDS;
    }
}
