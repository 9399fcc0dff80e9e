package dev.dateline.app.cli;

import dev.dateline.actors.KnowledgeBase;
import dev.dateline.events.ClaimExtractor;
import dev.dateline.events.EventCoder;
import dev.dateline.events.Framer;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of the coder: {@code --kb DIR}, the user's knowledge and coding tables (else
 * {@code $DATELINE_KB}), and {@code --min-confidence P}, under which it abstains.
 */
final class KbOption {

    @Option(names = "--kb", paramLabel = "DIR",
            description = "A folder of your own knowledge-base and coding tables (default: $DATELINE_KB).")
    Path kb;

    /** The folder given, if any. */
    Optional<Path> folder() {
        return Optional.ofNullable(kb)
                .or(() -> Optional.ofNullable(System.getenv("DATELINE_KB")).filter(s -> !s.isBlank()).map(Path::of));
    }

    private KnowledgeBase loaded;

    /** The knowledge base, with the user's tables, loaded once for the coder, the claims and the framing. */
    KnowledgeBase knowledgeBase() {
        if (loaded == null) {
            loaded = KnowledgeBase.load(folder());
        }
        return loaded;
    }

    /** A claim extractor with the shipped and the user's tables. */
    ClaimExtractor claims() {
        return ClaimExtractor.load(knowledgeBase(), folder());
    }

    /** A finder of framing words with the shipped and the user's tables. */
    Framer framer() {
        return Framer.load(knowledgeBase(), folder());
    }

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--min-confidence", paramLabel = "P",
            description = "Abstain from events whose confidence is under P, 0 to 1 (default: the confidence model's"
                    + " threshold; 0 reports every event coded).")
    Double minConfidence;

    /** An event coder with the shipped and the user's tables, abstaining under {@code --min-confidence} when given. */
    EventCoder coder() {
        EventCoder coder = EventCoder.load(knowledgeBase(), folder());
        if (minConfidence != null) {
            if (!(minConfidence >= 0 && minConfidence <= 1)) {
                throw new ParameterException(spec.commandLine(), "--min-confidence must lie in [0, 1]: " + minConfidence);
            }
            coder = coder.withMinConfidence(minConfidence);
        }
        return coder;
    }
}
