package dev.dateline.events;

import dev.dateline.model.ActorCode;
import dev.dateline.model.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An actor as the text names it, and what it resolves to.
 *
 * @param text the words naming it ("Georgian Foreign Minister Eka Tkeshelashvili")
 * @param span where they stand in the article's original text
 * @param code the actor code, empty when the knowledge base does not know the actor
 * @param name a readable name for the code ("Georgia (government)"), empty with the code
 * @param reasons how it was resolved, or why it was not
 */
public record ActorMention(String text, Span span, Optional<ActorCode> code, Optional<String> name, List<String> reasons) {

    public ActorMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        reasons = List.copyOf(reasons);
    }

    /** The same mention {@code delta} characters later. */
    public ActorMention moved(int delta) {
        return new ActorMention(text, span.shift(delta), code, name, reasons);
    }

    /** Whether the actor resolved to a code. */
    public boolean resolved() {
        return code.isPresent();
    }
}
