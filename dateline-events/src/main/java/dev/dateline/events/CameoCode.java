package dev.dateline.events;

import java.util.Objects;
import java.util.Optional;

/**
 * A CAMEO event code with what the codebook says of it.
 *
 * @param code the code, two to four digits ({@code "0871"})
 * @param label what it means ("Declare truce, ceasefire")
 * @param plover the PLOVER type it maps to ({@code RETREAT}); empty for statements, which PLOVER does not code
 * @param mode the PLOVER mode ({@code ceasefire}), when the mapping names one
 * @param goldstein its Goldstein weight, from -10 (most conflictual) to +10
 */
public record CameoCode(String code, String label, Optional<String> plover, Optional<String> mode, double goldstein) {

    public CameoCode {
        if (code == null || !code.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("a CAMEO code is two to four digits: " + code);
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(plover, "plover");
        Objects.requireNonNull(mode, "mode");
    }

    /** The two-digit root ({@code "08"}). */
    public String root() {
        return code.substring(0, 2);
    }

    /**
     * The QuadClass: 1 verbal cooperation (roots 01-05), 2 material cooperation (06-08), 3 verbal
     * conflict (09-13), 4 material conflict (14-20).
     */
    public int quadClass() {
        int root = Integer.parseInt(root());
        return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    }
}
