package dev.dateline.app.report;

import dev.dateline.app.Analysis;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
     * Writes the three reports of {@code analysis} into {@code dir}, creating it. Each is written
     * beside its target first, and only when all three are complete are they moved into place, so
     * a reader (or a kill at any moment) never leaves half a report, nor reports of two runs
     * beside each other but for the instant of the moves. A failed write removes what it began.
     */
    public static void write(Analysis analysis, String version, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<Path, Body> bodies = new LinkedHashMap<>();
        bodies.put(dir.resolve("story.json"), out -> StoryJson.write(analysis, version, out));
        bodies.put(dir.resolve("story.md"), out -> StoryMarkdown.write(analysis, out));
        bodies.put(dir.resolve("story.html"), out -> StoryHtml.write(analysis, out));
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<Path, Body> report : bodies.entrySet()) {
                Path tmp = tmp(report.getKey());
                written.add(tmp);
                writeTo(tmp, report.getValue());
            }
            for (Path target : bodies.keySet()) {
                move(tmp(target), target);
            }
        } catch (IOException | RuntimeException e) {
            for (Path tmp : written) {
                Files.deleteIfExists(tmp);
            }
            throw e;
        }
    }

    private static Path tmp(Path target) {
        return target.resolveSibling(target.getFileName() + ".tmp");
    }

    private static void writeTo(Path file, Body body) throws IOException {
        // Text the ingest stage let through unpaired would otherwise stop the whole report.
        CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), utf8), 1 << 16)) {
            body.write(out);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
