package dev.dateline.ingest;

import dev.dateline.ingest.internal.Decoding;
import dev.dateline.ingest.internal.FeedArticles;
import dev.dateline.ingest.internal.FormatDetector;
import dev.dateline.ingest.internal.JsonLines;
import dev.dateline.ingest.internal.WarcArticles;
import dev.dateline.model.Problem;
import dev.dateline.model.RawArticle;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads articles from files, folders (recursively), JSON Lines dumps, WARC files and RSS or Atom
 * feeds; a gzipped file is read as the file it holds.
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
     * order (following symbolic links), hidden files and folders skipped. Whatever cannot be read
     * is a problem naming it, and the walk goes on: a path that does not exist, a folder that
     * cannot be opened (its readable neighbours are still listed), a broken symbolic link, a link
     * that loops back to a folder above it, and anything that is not a regular file (a FIFO, a
     * device, a socket).
     */
    public List<Path> list(List<Path> paths, Consumer<Problem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(walk(path, problems));
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                problems.accept(Problem.error(path.toString(), whyNotAFile(path)));
            }
        }
        return files;
    }

    private static List<Path> walk(Path root, Consumer<Problem> problems) {
        List<Path> found = new ArrayList<>();
        FileVisitor<Path> visitor = new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (isHidden(file)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isRegularFile()) {
                    found.add(file);
                } else {
                    // Attributes of the link itself: its target could not be read.
                    problems.accept(Problem.error(file.toString(), whyNotAFile(file)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (!isHidden(file)) {
                    problems.accept(Problem.error(file.toString(), e instanceof FileSystemLoopException
                            ? "symbolic link loop: it leads back to a folder above it; not followed"
                            : Files.isDirectory(file) ? "cannot open folder (" + describe(e) + "); its files were skipped"
                            : "cannot read (" + describe(e) + ")"));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                if (e != null) {
                    problems.accept(Problem.error(dir.toString(),
                            "cannot list folder (" + describe(e) + "); some of its files may have been skipped"));
                }
                return FileVisitResult.CONTINUE;
            }
        };
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, visitor);
        } catch (IOException | UncheckedIOException e) {
            problems.accept(Problem.error(root.toString(), "cannot list folder (" + describe(e) + ")"));
        }
        Collections.sort(found);
        return found;
    }

    /** Why {@code path}, which is no regular file nor folder that can be read, cannot be read. */
    private static String whyNotAFile(Path path) {
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return "no such file or folder";
        } catch (IOException e) {
            return "cannot access (" + describe(e) + ")";
        }
        if (own.isSymbolicLink()) {
            try {
                Files.readAttributes(path, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                return "broken symbolic link: its target does not exist";
            } catch (IOException e) {
                String reason = e.getMessage() == null ? "" : e.getMessage();
                return reason.contains("levels of symbolic links") ? "symbolic link loop: it never reaches a file"
                        : "cannot follow symbolic link (" + describe(e) + ")";
            }
        }
        return own.isOther() ? "not a regular file (a device, FIFO or socket); skipped"
                : "cannot access (no such file, or not readable)";
    }

    /**
     * How many articles {@code file} holds, cheaply: one per non-blank line of a JSON Lines file,
     * one for any other file. Used for progress reporting only.
     */
    public int countArticles(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SNIFF_BYTES);
            if (WarcArticles.isWarc(head) || isGzip(head) && WarcArticles.isWarc(gunzippedHead(file))) {
                return WarcArticles.countResponses(file);
            }
            if (!isGzip(head) && FeedArticles.isFeed(new String(head, java.nio.charset.StandardCharsets.UTF_8))
                    && Files.size(file) <= MAX_TEXT_BYTES) {
                return FeedArticles.countItems(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
            }
            if (!JsonLines.isJson(file.getFileName().toString(), head)) {
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
        if (JsonLines.isJson(file.getFileName().toString(), head)) {
            try {
                if (head.length == 0) {
                    throw new ArticleException("empty file");
                }
                Decoding.rejectBinary(head);
            } catch (ArticleException e) {
                problems.accept(Problem.error(source, e.getMessage()));
                return;
            }
            JsonLines.read(file, source, MAX_TEXT_BYTES, articles, problems);
            return;
        }
        if (WarcArticles.isWarc(head) || isGzip(head) && WarcArticles.isWarc(gunzippedHead(file))) {
            WarcArticles.read(file, source, MAX_TEXT_BYTES, articles, problems);
            return;
        }
        if (isGzip(head)) {
            readGzip(file, articles, problems);
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
            Decoding.Decoded decoded = Decoding.decode(bytes);
            decoded.warning().ifPresent(w -> problems.accept(new Problem(source, OptionalInt.empty(), w,
                    Problem.Severity.WARNING)));
            accept(source, file.getFileName().toString(), decoded.text(), articles, problems);
        } catch (ArticleException e) {
            problems.accept(Problem.error(source, e.getMessage()));
        } catch (IOException e) {
            problems.accept(Problem.error(source, "cannot read (" + describe(e) + ")"));
        }
    }

    /**
     * The articles of a file's decoded text: the items of a feed (or of a file named as one,
     * which must then parse as one), else one article in the format its content shows.
     */
    private static void accept(String source, String name, String text, Consumer<RawArticle> articles,
            Consumer<Problem> problems) {
        String ext = name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (FeedArticles.isFeed(text) || ext.equals("rss") || ext.equals("atom")) {
            FeedArticles.read(source, text, articles, problems);
        } else {
            articles.accept(RawArticle.ofFile(source, text, FormatDetector.detect(name, text)));
        }
    }

    /** The first bytes of a gzipped file once decompressed; none when it cannot be read. */
    private static byte[] gunzippedHead(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readNBytes(16);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** Whether {@code head} opens a gzip stream (its magic bytes, 1f 8b). */
    static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }

    /**
     * Reads a gzip-compressed page or text ({@code page.html.gz}): decompressed up to the size
     * limit, then read as the file it holds, named without its {@code .gz}.
     */
    private static void readGzip(Path file, Consumer<RawArticle> articles, Consumer<Problem> problems) {
        String source = file.toString();
        String inner = file.getFileName().toString().replaceFirst("(?i)\\.gz$", "");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            byte[] bytes = in.readNBytes((int) MAX_TEXT_BYTES + 1);
            if (bytes.length > MAX_TEXT_BYTES) {
                problems.accept(Problem.error(source, String.format(Locale.ROOT,
                        "too large: more than %d MB of text once decompressed", MAX_TEXT_BYTES / 1048576)));
                return;
            }
            Decoding.Decoded decoded = Decoding.decode(bytes);
            decoded.warning().ifPresent(w -> problems.accept(new Problem(source, OptionalInt.empty(), w,
                    Problem.Severity.WARNING)));
            accept(source, inner, decoded.text(), articles, problems);
        } catch (ArticleException e) {
            problems.accept(Problem.error(source, e.getMessage()));
        } catch (EOFException e) {
            problems.accept(Problem.error(source, "truncated gzip file: it ends before its compressed data does"));
        } catch (ZipException e) {
            problems.accept(Problem.error(source, "corrupt gzip file (" + describe(e) + ")"));
        } catch (IOException e) {
            problems.accept(Problem.error(source, "cannot read (" + describe(e) + ")"));
        }
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String describe(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
