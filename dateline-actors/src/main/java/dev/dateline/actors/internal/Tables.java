package dev.dateline.actors.internal;

import dev.dateline.model.TsvTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The knowledge-base tables: the shipped files, then the user's files of the same names, whose
 * rows replace shipped rows with the same key (first column) and add the others.
 *
 * @param countries code, name, other names, demonyms, capitals and seats
 * @param organizations id, type, name, other names, sector, CAMEO code, country
 * @param homonyms name, the actor it means otherwise, what that actor is, words that point to it,
 *     words that point to the usual meaning
 * @param sectors word, sector
 * @param people name, other names, country, sector, office, from, to
 */
public record Tables(List<String[]> countries, List<String[]> organizations, List<String[]> sectors,
        List<String[]> people, List<String[]> homonyms) {

    /** The shipped tables, extended by those in {@code userFolder}. */
    public static Tables load(Optional<Path> userFolder) {
        return new Tables(table("countries.tsv", 5, 5, userFolder), table("organizations.tsv", 7, 5, userFolder),
                table("sectors.tsv", 2, 2, userFolder), table("people.tsv", 7, 7, userFolder),
                table("homonyms.tsv", 5, 5, userFolder));
    }

    private static List<String[]> table(String name, int columns, int minColumns, Optional<Path> userFolder) {
        return TsvTable.read("/dev/dateline/actors/kb/", name, columns, minColumns, 1, userFolder);
    }
}
