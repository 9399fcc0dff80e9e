package dev.dateline.app.cli;

import java.nio.file.Path;
import java.util.Optional;

/** The user's knowledge-base folder: the {@code --kb} option, else {@code $DATELINE_KB}. */
final class KbFolder {

    private KbFolder() {
    }

    static Optional<Path> of(Path option) {
        return Optional.ofNullable(option)
                .or(() -> Optional.ofNullable(System.getenv("DATELINE_KB")).filter(s -> !s.isBlank()).map(Path::of));
    }
}
