package dev.dateline.actors.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The US states by the short forms American datelines and place phrases put after a town
 * ("McCOMB, Miss.", "HORRY COUNTY, SC", "Columbia, S.C."): the postal codes and the AP style
 * abbreviations. Several of these are words or titles on their own ("Miss.", "OR", "IN", "Ga."
 * beside Georgia the country), so they are read only after a comma that follows a place.
 */
public final class UsStates {

    /** Each state: its name, postal code, then its AP abbreviations (none for the short names AP writes in full). */
    private static final String[][] STATES = {
        {"Alabama", "AL", "Ala."}, {"Alaska", "AK"}, {"Arizona", "AZ", "Ariz."}, {"Arkansas", "AR", "Ark."},
        {"California", "CA", "Calif.", "Cal."}, {"Colorado", "CO", "Colo."}, {"Connecticut", "CT", "Conn."},
        {"Delaware", "DE", "Del."}, {"District of Columbia", "DC", "D.C."}, {"Florida", "FL", "Fla."},
        {"Georgia", "GA", "Ga."}, {"Hawaii", "HI"}, {"Idaho", "ID"}, {"Illinois", "IL", "Ill."},
        {"Indiana", "IN", "Ind."}, {"Iowa", "IA"}, {"Kansas", "KS", "Kan.", "Kans."}, {"Kentucky", "KY", "Ky."},
        {"Louisiana", "LA", "La."}, {"Maine", "ME"}, {"Maryland", "MD", "Md."}, {"Massachusetts", "MA", "Mass."},
        {"Michigan", "MI", "Mich."}, {"Minnesota", "MN", "Minn."}, {"Mississippi", "MS", "Miss."},
        {"Missouri", "MO", "Mo."}, {"Montana", "MT", "Mont."}, {"Nebraska", "NE", "Neb.", "Nebr."},
        {"Nevada", "NV", "Nev."}, {"New Hampshire", "NH", "N.H."}, {"New Jersey", "NJ", "N.J."},
        {"New Mexico", "NM", "N.M.", "N.Mex."}, {"New York", "NY", "N.Y."}, {"North Carolina", "NC", "N.C."},
        {"North Dakota", "ND", "N.D.", "N.Dak."}, {"Ohio", "OH"}, {"Oklahoma", "OK", "Okla."},
        {"Oregon", "OR", "Ore.", "Oreg."}, {"Pennsylvania", "PA", "Pa.", "Penn."}, {"Rhode Island", "RI", "R.I."},
        {"South Carolina", "SC", "S.C."}, {"South Dakota", "SD", "S.D.", "S.Dak."}, {"Tennessee", "TN", "Tenn."},
        {"Texas", "TX", "Tex."}, {"Utah", "UT"}, {"Vermont", "VT", "Vt."}, {"Virginia", "VA", "Va."},
        {"Washington", "WA", "Wash."}, {"West Virginia", "WV", "W.Va.", "W. Va."}, {"Wisconsin", "WI", "Wis.", "Wisc."},
        {"Wyoming", "WY", "Wyo."},
    };

    private static final Map<String, String> BY_SHORT_FORM = new HashMap<>();

    static {
        for (String[] state : STATES) {
            for (int i = 1; i < state.length; i++) {
                BY_SHORT_FORM.put(state[i], state[0]);
                BY_SHORT_FORM.put(state[i].replace(".", ""), state[0]); // "SC" and "S.C.", "Miss" of "Miss."
            }
        }
    }

    /** A place, a comma, and a last part that may be a state's short form. */
    private static final Pattern AFTER_PLACE = Pattern.compile("^\\s*\\p{Lu}[^,]*,\\s*(\\p{Lu}[\\p{L}. ]{0,6}?)\\.?\\s*$");

    private UsStates() {
    }

    /** The state whose short form ends {@code phrase} after a place and a comma ("Columbia, S.C." → South Carolina). */
    public static Optional<String> after(String phrase) {
        Matcher m = AFTER_PLACE.matcher(phrase);
        if (!m.matches()) {
            return Optional.empty();
        }
        String last = m.group(1).strip();
        String state = BY_SHORT_FORM.get(last);
        return Optional.ofNullable(state != null ? state : BY_SHORT_FORM.get(last + "."));
    }
}
