package dev.dateline.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A CAMEO-style actor code: a country (ISO 3166-1 alpha-3, as CAMEO uses it) or an
 * organization type ({@code IGO}, {@code NGO}), optionally followed by a sector such as
 * {@code GOV} or {@code MIL}: {@code GEOGOV} is the government of Georgia.
 *
 * @param base the country code or {@code IGO} / {@code NGO}
 * @param sector the sector, when known
 */
public record ActorCode(String base, Optional<String> sector) {

    private static final Pattern THREE_LETTERS = Pattern.compile("[A-Z]{3}");

    public ActorCode {
        if (base == null || !THREE_LETTERS.matcher(base).matches()) {
            throw new IllegalArgumentException("an actor code starts with three capital letters: " + base);
        }
        Objects.requireNonNull(sector, "sector");
        if (sector.isPresent() && !THREE_LETTERS.matcher(sector.get()).matches()) {
            throw new IllegalArgumentException("a sector is three capital letters: " + sector.get());
        }
    }

    /** A country or organization type without a sector. */
    public static ActorCode of(String base) {
        return new ActorCode(base, Optional.empty());
    }

    /** The same actor narrowed to {@code sector}. */
    public ActorCode with(String sector) {
        return new ActorCode(base, Optional.of(sector));
    }

    /** The code as CAMEO writes it: {@code GEOGOV}, {@code RUS}. */
    @Override
    public String toString() {
        return base + sector.orElse("");
    }
}
