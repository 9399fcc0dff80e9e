package dev.dateline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A CAMEO actor code: groups of three capital letters, from the general to the specific. The
 * first is a country (ISO 3166-1 alpha-3, as CAMEO uses it) or an international type ({@code IGO},
 * {@code NGO}, {@code IMG}); the groups after it are roles ({@code GOV}, {@code MIL}) or an
 * organization's own code: {@code GEOGOV} is the government of Georgia, {@code IGOUNO} the United
 * Nations, {@code IGOUNOREFHCR} its refugee agency.
 *
 * @param base the country code or international type
 * @param groups the three-letter groups after it, in order
 */
public record ActorCode(String base, List<String> groups) {

    private static final Pattern THREE_LETTERS = Pattern.compile("[A-Z]{3}");
    private static final Pattern CODE = Pattern.compile("(?:[A-Z]{3}){1,5}");

    public ActorCode {
        if (base == null || !THREE_LETTERS.matcher(base).matches()) {
            throw new IllegalArgumentException("an actor code starts with three capital letters: " + base);
        }
        groups = List.copyOf(groups);
        for (String g : groups) {
            if (!THREE_LETTERS.matcher(g).matches()) {
                throw new IllegalArgumentException("an actor code is made of groups of three capital letters: " + g);
            }
        }
        if (groups.size() > 4) {
            throw new IllegalArgumentException("an actor code has at most five groups (15 letters): " + base + groups);
        }
    }

    /** A country or organization type alone. */
    public static ActorCode of(String base) {
        return new ActorCode(base, List.of());
    }

    /**
     * The code {@code code} spells, as CAMEO writes it ({@code "IGOUNOREFHCR"}).
     *
     * @throws IllegalArgumentException when it is not one to five groups of three capital letters
     */
    public static ActorCode parse(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("an actor code is one to five groups of three capital letters: " + code);
        }
        List<String> groups = new ArrayList<>();
        for (int i = 3; i < code.length(); i += 3) {
            groups.add(code.substring(i, i + 3));
        }
        return new ActorCode(code.substring(0, 3), groups);
    }

    /** The same actor narrowed by one more group, a role or an organization ({@code GEO} with {@code GOV}). */
    public ActorCode with(String group) {
        List<String> more = new ArrayList<>(groups);
        more.add(group);
        return new ActorCode(base, more);
    }

    /** The first group after the base: for a country, its sector ({@code GOV} of {@code GEOGOV}). */
    public Optional<String> sector() {
        return groups.isEmpty() ? Optional.empty() : Optional.of(groups.get(0));
    }

    /** The code as CAMEO writes it: {@code GEOGOV}, {@code RUS}, {@code IGOUNO}. */
    @Override
    public String toString() {
        return base + String.join("", groups);
    }
}
