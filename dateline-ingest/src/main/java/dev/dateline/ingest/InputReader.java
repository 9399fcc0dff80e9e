package dev.dateline.ingest;

import dev.dateline.ingest.internal.Decoding;
import dev.dateline.ingest.internal.FormatDetector;
import dev.dateline.ingest.internal.JsonLines;
import dev.dateline.model.ArticleFormat;
import dev.dateline.model.Problem;
import dev.dateline.model.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from files, folders (recursively) and JSON Lines dumps.
 *
 * <p>The format of each file is detected from its content; the extension only breaks ties. Bad
 * input never throws: each unreadable file or broken record becomes one {@link Problem} naming the
 * file (and line) and the reason, and reading goes on with the next.
 *
 * <pre>{@code
 * InputReader reader = new InputReader();
 * for (Path file : reader.list(List.of(Path.of("examples")), problems::add)) {
 *     reader.read(file, articles::add, problems::add);
 * }
 * }</pre>
 */
public final class InputReader {

    /** The most text one article may have: 20 MiB. */
    public static final long MAX_TEXT_BYTES = 20L * 1024 * 1024;

    private static final int SNIFF_BYTES = 8192;

    /**
     * The files to read under {@code paths}: files as given, folders walked recursively in name
     * order, hidden files and folders skipped. A path that does not exist is a problem.
     */
    public List<Path> list(List<Path> paths, Consumer<Problem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> !isHidden(path, p))
                            .filter(Files::isRegularFile)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.accept(Problem.error(path.toString(), "cannot list folder (" + describe(e) + ")"));
                }
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                problems.accept(Problem.error(path.toString(), "no such file or folder"));
            }
        }
        return files;
    }

    /**
     * How many articles {@code file} holds, cheaply: one per non-blank line of a JSON Lines file,
     * one for any other file. Used for progress reporting only.
     */
    public int countArticles(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SNIFF_BYTES);
            if (!JsonLines.looksLikeJsonLines(file.getFileName().toString(), head)) {
                return 1;
            }
        } catch (IOException e) {
            return 1;
        }
        return JsonLines.countRecords(file);
    }

    /**
     * Reads the articles in {@code file}: one for a text, Markdown or HTML file, one per line for
     * JSON Lines. Each article goes to {@code articles}; each problem to {@code problems}.
     */
    public void read(Path file, Consumer<RawArticle> articles, Consumer<Problem> problems) {
        String source = file.toString();
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            problems.accept(Problem.error(source, "cannot read (" + describe(e) + ")"));
            return;
        }
        if (JsonLines.looksLikeJsonLines(file.getFileName().toString(), head)) {
            JsonLines.read(file, source, MAX_TEXT_BYTES, articles, problems);
            return;
        }
        try {
            long size = Files.size(file);
            if (size > MAX_TEXT_BYTES) {
                problems.accept(Problem.error(source, String.format(Locale.ROOT,
                        "too large: %.1f MB (an article may have at most %d MB of text)",
                        size / 1048576.0, MAX_TEXT_BYTES / 1048576)));
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = Decoding.decode(bytes);
            ArticleFormat format = FormatDetector.detect(file.getFileName().toString(), text);
            articles.accept(RawArticle.ofFile(source, text, format));
        } catch (ArticleException e) {
            problems.accept(Problem.error(source, e.getMessage()));
        } catch (IOException e) {
            problems.accept(Problem.error(source, "cannot read (" + describe(e) + ")"));
        }
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
