package dev.dateline.app.report;

import dev.dateline.app.Analysis;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Writes {@code story.json}, {@code story.md} and {@code story.html} into an output folder. */
public final class Reports {

    /** The files written, in order. */
    public static final List<String> FILES = List.of("story.json", "story.md", "story.html");

    private Reports() {
    }

    /** A report body written to a writer. */
    private interface Body {
        void write(Writer out) throws IOException;
    }

    /**
     * Writes the three reports of {@code analysis} into {@code dir}, creating it. Each file is
     * written beside its target and moved into place, so a reader never sees half a report.
     */
    public static void write(Analysis analysis, String version, Path dir) throws IOException {
        Files.createDirectories(dir);
        replace(dir.resolve("story.json"), out -> StoryJson.write(analysis, version, out));
        replace(dir.resolve("story.md"), out -> StoryMarkdown.write(analysis, out));
        replace(dir.resolve("story.html"), out -> StoryHtml.write(analysis, out));
    }

    private static void replace(Path target, Body body) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            body.write(out);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
