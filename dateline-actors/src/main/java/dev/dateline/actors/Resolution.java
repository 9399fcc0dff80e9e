package dev.dateline.actors;

import dev.dateline.model.ActorCode;
import java.util.List;
import java.util.Objects;

/**
 * How a phrase resolves to an actor, and why.
 *
 * @param code the actor code ({@code GEOGOV})
 * @param name a readable name ("Georgia (government)")
 * @param text the phrase resolved
 * @param reasons each piece of evidence, in words ("demonym 'Georgian' of Georgia (GEO)")
 */
public record Resolution(ActorCode code, String name, String text, List<String> reasons) {

    public Resolution {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        reasons = List.copyOf(reasons);
    }
}
