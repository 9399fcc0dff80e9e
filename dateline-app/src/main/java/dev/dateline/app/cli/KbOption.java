package dev.dateline.app.cli;

import dev.dateline.actors.KnowledgeBase;
import dev.dateline.events.ClaimExtractor;
import dev.dateline.events.EventCoder;
import dev.dateline.events.Framer;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --kb DIR} option: the user's knowledge and coding tables, else {@code $DATELINE_KB}. */
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

    /** An event coder with the shipped and the user's tables. */
    EventCoder coder() {
        return EventCoder.load(knowledgeBase(), folder());
    }
}
