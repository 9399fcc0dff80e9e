package dev.dateline.events;

import dev.dateline.model.TsvTable;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO codebook ({@code cameo.tsv}: each code's label, PLOVER type and mode, Goldstein weight)
 * and the stance table ({@code stances.tsv}: how CAMEO codes an act that is intended, appealed for,
 * demanded or refused rather than done). Files of the same names in a user folder replace rows.
 */
public final class Codebook {

    /** How a sentence holds an act it does not report as done. */
    public enum Stance { INTENDED, APPEALED, DEMANDED, REFUSED, THREATENED, DENIED }

    private static final String FOLDER = "/dev/dateline/events/";

    private final Map<String, CameoCode> codes = new HashMap<>();
    private final Map<String, String[]> stances = new HashMap<>();

    private Codebook(List<String[]> cameo, List<String[]> stanceRows) {
        for (String[] row : cameo) {
            codes.put(row[0], new CameoCode(row[0], row[4], optional(row[1]), optional(row[2]),
                    Double.parseDouble(row[3])));
        }
        for (String[] row : stanceRows) {
            stances.put(row[0], row);
        }
    }

    /** The shipped codebook, with the rows of {@code cameo.tsv} and {@code stances.tsv} in {@code userFolder}. */
    public static Codebook load(Optional<Path> userFolder) {
        return new Codebook(TsvTable.read(FOLDER, "cameo.tsv", 5, 1, userFolder),
                TsvTable.read(FOLDER, "stances.tsv", 5, 1, userFolder));
    }

    /** The code {@code code}, or empty when the codebook lacks it. */
    public Optional<CameoCode> code(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    /**
     * The code CAMEO gives to {@code act} held with {@code stance}: "agreed to meet" (act 040,
     * intended) is 036, "threatened to attack" (190, threatened) 1384. A threatened act with no
     * threat code of its own is the general threat 130; a denied act has none (the denial is 016).
     */
    public Optional<CameoCode> withStance(CameoCode act, Stance stance) {
        int column = switch (stance) {
            case INTENDED, THREATENED -> 1;
            case APPEALED -> 2;
            case DEMANDED -> 3;
            case REFUSED -> 4;
            case DENIED -> -1;
        };
        if (column < 0) {
            return Optional.empty(); // a denial is coded as the denial, with the act kept beside it
        }
        for (int n = act.code().length(); n >= 2; n--) {
            String[] row = stances.get(act.code().substring(0, n));
            if (row != null && !row[column].isEmpty()) {
                CameoCode coded = codes.get(row[column]);
                if (coded != null && (stance != Stance.THREATENED || coded.root().equals("13"))) {
                    return Optional.of(coded);
                }
            }
        }
        return stance == Stance.THREATENED ? code("130") : Optional.empty();
    }

    /**
     * The act a stance code holds, read back from the stance table: 036 (intent to meet) holds 04
     * (consult), 0256 (appeal to de-escalate) 087, 1384 (threat of conventional attack) 19. Empty
     * for a code that is an act itself. When several acts share a stance code, the first row wins.
     */
    public Optional<String> heldAct(String code) {
        for (String[] row : stances.values().stream().sorted(java.util.Comparator.comparing(r -> r[0])).toList()) {
            for (int column = 1; column <= 4; column++) {
                if (row[column].equals(code)) {
                    return Optional.of(row[0]);
                }
            }
        }
        return Optional.empty();
    }

    /** The stance named {@code name} in the trigger table ("intended"), or empty for a blank cell. */
    public static Optional<Stance> stance(String name) {
        return name.isBlank() ? Optional.empty() : Optional.of(Stance.valueOf(name.toUpperCase(Locale.ROOT)));
    }

    /** Number of codes. */
    public int size() {
        return codes.size();
    }

    private static Optional<String> optional(String cell) {
        return cell.isBlank() ? Optional.empty() : Optional.of(cell);
    }
}
