package dev.dateline.app.cli;

import dev.dateline.model.Printable;
import dev.dateline.model.Problem;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;

/**
 * Writes a folder of hostile input, generated from a seed: every reader's failures (empty,
 * binary, badly encoded, oversized and truncated files; HTML without text, nested thousands deep,
 * or malformed; broken YAML front matter; JSON Lines records of every wrong shape), odd file names,
 * broken and looping links, special files, byte-identical copies of bad files, with good articles
 * mixed in. It records what Dateline must say of each input: one error or warning with its reason,
 * or, for a good article, nothing and a row in the store.
 */
final class BadInputs {

    /**
     * One bad input and what must be said of it.
     *
     * @param location where the message names it, as printed ({@code file} or {@code file:line})
     * @param severity error (skipped) or warning (used anyway)
     * @param reason words the reason must contain
     */
    record Bad(String location, Problem.Severity severity, String reason) {
    }

    /**
     * An input that must be stored: a good article, or one used despite a warning.
     *
     * @param source the file, as the store records it
     * @param line its line, for a JSON Lines record
     * @param records how many records that place holds (two objects on one line are two)
     */
    record Stored(String source, OptionalInt line, int records) {
    }

    private static final String[] WORDS = {"negotiators", "ceasefire", "monitors", "convoy", "village", "officials",
        "envoys", "refugees", "talks", "border", "ministry", "observers", "delegation", "shelling", "agreement"};
    private static final String[] PLACES = {"Gori", "Tskhinvali", "Poti", "Zugdidi", "Senaki", "Kutaisi", "Geneva"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    /** Names a user's files may have: spaces, accents, scripts, controls, quotes, a leading dash. */
    private static final String[] ODD_NAMES = {"with space", "caf\u00e9", "\u4e2d\u6587", "new\nline", "esc\u001b[31m",
        "tab\there", "-dash", "quote\"s", "back\\slash", "per%cent", "emoji\uD83D\uDE00", "x".repeat(180)};

    final List<Bad> bad = new ArrayList<>();
    final List<Stored> stored = new ArrayList<>();
    /** Paths to give on the command line besides the folder: ones that do not exist. */
    final List<Path> extraArguments = new ArrayList<>();
    /** Files and folders made unreadable, to be made readable again before they are deleted. */
    final List<Path> locked = new ArrayList<>();

    private final Path root;
    private final Random random;
    private int serial;

    private BadInputs(Path root, long seed) {
        this.root = root;
        this.random = new Random(seed);
    }

    /** Writes the inputs into {@code root} (which must exist) from {@code seed}. */
    static BadInputs write(Path root, long seed) throws IOException {
        BadInputs inputs = new BadInputs(root, seed);
        inputs.files();
        inputs.jsonLines();
        inputs.links();
        inputs.goodArticles();
        return inputs;
    }

    /** Whether this process can read a file whatever its permissions (it runs as root). */
    static boolean readsEverything(Path dir) throws IOException {
        Path probe = Files.writeString(dir.resolve("probe"), "x");
        Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("---------"));
        boolean readable = Files.isReadable(probe);
        Files.delete(probe);
        return readable;
    }

    private String sentence() {
        serial++;
        return "The " + WORDS[random.nextInt(WORDS.length)] + " reached " + PLACES[random.nextInt(PLACES.length)]
                + " on " + DAYS[random.nextInt(DAYS.length)] + " after " + (serial + 2) + " hours, officials said.";
    }

    private String article() {
        return sentence() + " " + sentence() + "\n\n" + sentence() + "\n";
    }

    /** A new file name in a folder of the root: now and then an odd one. */
    private Path name(String folder, String extension) throws IOException {
        Path dir = Files.createDirectories(root.resolve(folder));
        String base = random.nextInt(6) == 0 ? ODD_NAMES[random.nextInt(ODD_NAMES.length)] + "-" + (++serial)
                : "input-" + (++serial);
        return dir.resolve(base + extension);
    }

    private void expect(Path file, Problem.Severity severity, String reason) {
        bad.add(new Bad(Printable.of(file.toString()), severity, reason));
    }

    private void expect(Path file, int line, Problem.Severity severity, String reason) {
        bad.add(new Bad(Printable.of(file.toString()) + ":" + line, severity, reason));
    }

    private static final Problem.Severity ERROR = Problem.Severity.ERROR;
    private static final Problem.Severity WARNING = Problem.Severity.WARNING;

    private void files() throws IOException {
        String[] extensions = {".txt", ".md", ".html", ".htm", "", ".json", ".jsonl"};
        for (int i = 0; i < 40; i++) {
            expect(Files.write(name("empty", extensions[i % extensions.length]), new byte[0]), ERROR, "empty file");
        }
        for (int i = 0; i < 30; i++) {
            String blank = " \n\t\r\n".repeat(1 + random.nextInt(50));
            expect(Files.writeString(name("blank", extensions[i % 5]), blank), ERROR, "empty file");
        }
        for (int i = 0; i < 40; i++) {
            byte[] bytes = new byte[64 + random.nextInt(4000)];
            random.nextBytes(bytes);
            bytes[random.nextInt(Math.min(bytes.length, 8000))] = 0;
            expect(Files.write(name("binary", extensions[i % extensions.length]), bytes), ERROR, "binary content");
        }
        for (int i = 0; i < 10; i++) {
            expect(Files.writeString(name("feeds", ".rss"), "this is { not a feed " + i + "\n"), ERROR,
                    "not a valid RSS or Atom feed");
            expect(Files.writeString(name("feeds", ".xml"), "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>T "
                    + i + "</title><item><title>cut here"), ERROR, "not a valid RSS or Atom feed");
        }
        for (int i = 0; i < 10; i++) {
            java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
                out.write(("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + i + ">\r\nContent-Length: 5000\r\n\r\n"
                        + article().repeat(5)).getBytes(StandardCharsets.UTF_8));
            }
            byte[] bytes = gz.toByteArray();
            expect(Files.write(name("warcs", ".warc.gz"), java.util.Arrays.copyOf(bytes, bytes.length / 2)), ERROR, "WARC file");
        }
        for (int i = 0; i < 20; i++) {
            byte[] text = (article().repeat(60)).getBytes(StandardCharsets.UTF_8);
            text[8192 + random.nextInt(text.length - 8192)] = 0;
            expect(Files.write(name("late-nul", ".txt"), text), ERROR, "binary content, not text (NUL byte at");
        }
        for (int i = 0; i < 20; i++) {
            byte[] bytes = new byte[2000];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = (byte) (k % 3 == 0 ? 1 + random.nextInt(8) : 'a' + random.nextInt(26));
            }
            expect(Files.write(name("control", ".txt"), bytes), ERROR, "control bytes");
        }
        for (int i = 0; i < 40; i++) {
            String accented = "Caf\u00e9 talks in Z\u00fcrich: the d\u00e9l\u00e9gation met in Gen\u00e8ve. ";
            byte[] text = (accented.repeat(5) + article()).getBytes(StandardCharsets.ISO_8859_1);
            expect(Files.write(name("latin", i % 2 == 0 ? ".txt" : ".md"), text), ERROR,
                    "the file is in another encoding; convert it to UTF-8");
        }
        for (int i = 0; i < 20; i++) {
            byte[] text = article().getBytes(StandardCharsets.UTF_8);
            text[10 + random.nextInt(text.length - 20)] = (byte) (0x80 + random.nextInt(0x40));
            Path file = Files.write(name("stray-byte", ".txt"), text);
            expect(file, WARNING, "; it was replaced by U+FFFD");
            stored.add(new Stored(file.toString(), OptionalInt.empty(), 1));
        }
        for (int i = 0; i < 20; i++) {
            byte[] text = (article() + "caf\u00e9").getBytes(StandardCharsets.UTF_8);
            byte[] cut = java.util.Arrays.copyOf(text, text.length - 1);
            Path file = Files.write(name("truncated", ".txt"), cut);
            expect(file, WARNING, "invalid UTF-8 at byte " + (cut.length - 1) + "; it was replaced by U+FFFD");
            stored.add(new Stored(file.toString(), OptionalInt.empty(), 1));
        }
        for (int i = 0; i < 10; i++) {
            byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'T', 0, 'a', 0, 0x00, (byte) 0xD8, 'k', 0};
            expect(Files.write(name("utf16", ".txt"), bytes), ERROR, "invalid UTF-16");
        }
        for (int i = 0; i < 3; i++) {
            Path huge = name("huge", ".txt");
            try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
                f.setLength(20L * 1024 * 1024 + 1 + random.nextInt(1000));
            }
            expect(huge, ERROR, "too large");
        }
        List<Path> textless = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String html = "<html><head><title>Menu " + i + "</title><script>var x = " + i + ";</script>"
                    + "<style>p{}</style></head><body><nav><a href=\"/\">Home</a></nav><footer>" + i + "</footer>"
                    + "</body></html>";
            Path file = Files.writeString(name("textless", ".html"), html);
            textless.add(file);
            expect(file, ERROR, "no article text found");
        }
        for (int i = 0; i < 20; i++) {
            Path copy = name("z-copies", ".html"); // read after the originals, in name order
            Path original = textless.get(i);
            Files.copy(original, copy);
            expect(copy, ERROR, "no article text found (the same text as ");
        }
        for (int i = 0; i < 20; i++) {
            expect(Files.writeString(name("front-only", ".md"), "---\ntitle: Only a title " + i + "\n---\n"),
                    ERROR, "no article text found");
        }
        for (int i = 0; i < 10; i++) {
            int depth = 300 + random.nextInt(5000);
            String[] tags = {"div", "section", "span", "b"};
            String tag = tags[i % tags.length];
            String html = "<!DOCTYPE html><html><body>" + ("<" + tag + ">").repeat(depth) + "<p>" + sentence() + " "
                    + sentence() + "</p>" + ("</" + tag + ">").repeat(depth) + "</body></html>";
            Path file = Files.writeString(name("deep", ".html"), html);
            expect(file, 1, WARNING, "markup nested more than 128 elements deep");
            stored.add(new Stored(file.toString(), OptionalInt.empty(), 1));
        }
        for (int i = 0; i < 30; i++) {
            String html = "<!DOCTYPE html><html><body><article><p>" + sentence() + "</b></i></p><p>" + sentence()
                    + "</span></div><p>" + sentence() + "</p></article></body></html>";
            Path file = Files.writeString(name("malformed", ".html"), html);
            expect(file, 1, WARNING, "malformed HTML");
            stored.add(new Stored(file.toString(), OptionalInt.empty(), 1));
        }
        String[] brokenYaml = {"title: \"unclosed\n", "title: [a, b\n", "{title: x\n", "title: x\n  - y\n: z\n",
            "title: *nothing\n"};
        for (int i = 0; i < 20; i++) {
            String md = "---\n" + brokenYaml[i % brokenYaml.length] + "---\n\n" + article();
            Path file = Files.writeString(name("yaml", ".md"), md);
            expect(file, 1, WARNING, "front matter is not valid YAML");
            stored.add(new Stored(file.toString(), OptionalInt.empty(), 1));
        }
        StringBuilder longText = new StringBuilder();
        while (longText.length() < 250_000) {
            longText.append(article()).append('\n');
        }
        Path longArticle = Files.writeString(name("long", ".txt"), longText);
        expect(longArticle, WARNING, "long article: its text was cut after");
        stored.add(new Stored(longArticle.toString(), OptionalInt.empty(), 1));
        for (int i = 0; i < 5; i++) {
            Path missing = root.resolve("not-there-" + i + ".txt");
            extraArguments.add(missing);
            expect(missing, ERROR, "no such file or folder");
        }
    }

    private void jsonLines() throws IOException {
        for (int f = 0; f < 14; f++) {
            Path file = name("dumps", f % 3 == 0 ? ".ndjson" : ".jsonl");
            List<byte[]> lines = new ArrayList<>();
            if (f < 3) {
                // A first line that is no object must not turn the file into one text of raw JSON.
                String first = (f == 0 ? "\uFEFF" : "") + new String[] {"42", "[1,2,3]", "null"}[f];
                lines.add(first.getBytes(StandardCharsets.UTF_8));
                expect(file, 1, ERROR, "not a JSON object (");
            }
            for (int i = 0; i < 60; i++) {
                int line = lines.size() + 1;
                String text = sentence() + " " + sentence();
                String good = "{\"title\": \"Report " + serial + "\", \"text\": \"" + text + "\"}";
                switch (random.nextInt(16)) {
                    case 0 -> {
                        String cut = good.substring(0, 5 + random.nextInt(good.length() - 6));
                        lines.add(utf8(cut));
                        expect(file, line, ERROR, "invalid JSON (");
                    }
                    case 1 -> {
                        String[] values = {"42", "\"just a string\"", "true", "[{\"text\": \"x\"}]", "null", "-1.5e3"};
                        lines.add(utf8(values[random.nextInt(values.length)]));
                        expect(file, line, ERROR, "not a JSON object (");
                    }
                    case 2 -> {
                        lines.add(utf8("{\"title\": \"No body " + serial + "\", \"url\": \"https://example.org/a\"}"));
                        expect(file, line, ERROR, "record has neither a \"text\" nor an \"html\" field");
                    }
                    case 3 -> {
                        String[] values = {"5", "true", "[\"a\"]", "{\"p\": 1}", "1.5"};
                        String field = random.nextBoolean() ? "text" : "html";
                        lines.add(utf8("{\"" + field + "\": " + values[random.nextInt(values.length)] + "}"));
                        expect(file, line, ERROR, "\"" + field + "\" must be a string, not ");
                    }
                    case 4 -> {
                        lines.add(utf8("{\"text\": \"" + " ".repeat(random.nextInt(3)) + "\"}"));
                        expect(file, line, ERROR, "record's text is empty");
                    }
                    case 5 -> {
                        lines.add(utf8(good + (random.nextBoolean() ? " trailing" : " ]")));
                        expect(file, line, ERROR, "invalid JSON after the record (");
                    }
                    case 6 -> {
                        byte[] bytes = utf8(good);
                        bytes[20 + random.nextInt(bytes.length - 30)] = (byte) 0xFF;
                        lines.add(bytes);
                        expect(file, line, ERROR, "invalid UTF-8");
                    }
                    case 7 -> {
                        int depth = 1500 + random.nextInt(3000);
                        lines.add(utf8("{\"text\": \"" + text + "\", \"x\": " + "[".repeat(depth) + "]".repeat(depth) + "}"));
                        expect(file, line, ERROR, "invalid JSON (");
                    }
                    case 8 -> {
                        lines.add(utf8("{\"html\": \"<nav><a href='/'>Home " + serial + "</a></nav>\"}"));
                        expect(file, line, ERROR, "no article text found");
                    }
                    case 9 -> {
                        lines.add(utf8("{\"text\": \"\\ud800 " + text + "\"}"));
                        expect(file, line, WARNING, "unpaired surrogate");
                        stored.add(new Stored(file.toString(), OptionalInt.of(line), 1));
                    }
                    case 10 -> {
                        lines.add(utf8("{\"text\": \"" + text + "\\u0000\"}"));
                        expect(file, line, WARNING, "NUL character");
                        stored.add(new Stored(file.toString(), OptionalInt.of(line), 1));
                    }
                    case 11 -> {
                        String[] values = {"5", "true", "[\"a\"]", "{\"name\": \"x\"}"};
                        String[] fields = {"title", "url", "outlet", "published"};
                        lines.add(utf8("{\"" + fields[random.nextInt(fields.length)] + "\": "
                                + values[random.nextInt(values.length)] + ", \"text\": \"" + text + "\"}"));
                        expect(file, line, WARNING, ", not a string; it was ignored");
                        stored.add(new Stored(file.toString(), OptionalInt.of(line), 1));
                    }
                    case 12 -> {
                        lines.add(utf8("{\"published\": \"sometime soon " + serial + "\", \"text\": \"" + text + "\"}"));
                        expect(file, line, WARNING, "is not a date; it was ignored");
                        stored.add(new Stored(file.toString(), OptionalInt.of(line), 1));
                    }
                    case 13 -> {
                        lines.add(utf8(good + " {\"text\": \"" + sentence() + "\"}"));
                        expect(file, line, WARNING, "the line holds 2 JSON values");
                        stored.add(new Stored(file.toString(), OptionalInt.of(line), 2));
                    }
                    default -> {
                        lines.add(utf8(good));
                        stored.add(new Stored(file.toString(), OptionalInt.of(line), 1));
                    }
                }
            }
            try (var out = Files.newOutputStream(file)) {
                for (byte[] line : lines) {
                    out.write(line);
                    out.write('\n');
                }
            }
        }
        Path big = name("dumps", ".jsonl");
        try (var out = Files.newOutputStream(big)) {
            out.write(utf8("{\"text\": \""));
            byte[] chunk = utf8("word ".repeat(1000));
            for (long written = 0; written < 20L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
            out.write(utf8("\"}\n{\"text\": \"" + sentence() + "\"}\n"));
        }
        expect(big, 1, ERROR, "record too large");
        stored.add(new Stored(big.toString(), OptionalInt.of(2), 1));
    }

    private void links() throws IOException {
        Path dir = Files.createDirectories(root.resolve("links"));
        for (int i = 0; i < 20; i++) {
            Path link = dir.resolve("dangling-" + i + ".txt");
            Files.createSymbolicLink(link, root.resolve("gone-" + i + ".txt"));
            expect(link, ERROR, "broken symbolic link");
        }
        for (int i = 0; i < 10; i++) {
            Path a = dir.resolve("loop-" + i + "-a");
            Path b = dir.resolve("loop-" + i + "-b");
            Files.createSymbolicLink(a, b);
            Files.createSymbolicLink(b, a);
            expect(a, ERROR, "symbolic link loop: it never reaches a file");
            expect(b, ERROR, "symbolic link loop: it never reaches a file");
        }
        for (int i = 0; i < 5; i++) {
            Path up = Files.createDirectories(dir.resolve("nest-" + i)).resolve("up");
            Files.createSymbolicLink(up, root);
            expect(up, ERROR, "symbolic link loop: it leads back to a folder above it");
        }
        for (int i = 0; i < 5; i++) {
            Path fifo = dir.resolve("pipe-" + i + ".txt");
            try {
                if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
                    expect(fifo, ERROR, "not a regular file");
                }
            } catch (IOException | InterruptedException e) {
                break; // no mkfifo here: the other inputs still count
            }
        }
        if (!readsEverything(root)) {
            for (int i = 0; i < 5; i++) {
                Path file = Files.writeString(dir.resolve("secret-" + i + ".txt"), article());
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
                expect(file, ERROR, "cannot read");
                Path folder = Files.createDirectories(dir.resolve("locked-" + i));
                Files.writeString(folder.resolve("inside.txt"), article());
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
                expect(folder, ERROR, "cannot open folder (permission denied)");
                locked.add(file);
                locked.add(folder);
            }
        }
    }

    private void goodArticles() throws IOException {
        for (int i = 0; i < 12; i++) {
            String text = switch (i % 3) {
                case 0 -> "Talks go on in " + PLACES[i % PLACES.length] + "\n\n" + article();
                case 1 -> "---\ntitle: \"A \\\"quoted\\\" headline " + i + "\"\n---\n\n" + article();
                default -> "<!DOCTYPE html><html><head><title>Report " + i + "</title></head><body><article><h1>Report "
                        + i + "</h1><p>" + sentence() + " " + sentence() + "</p><p>" + sentence() + "</p></article>"
                        + "</body></html>";
            };
            Path file = Files.writeString(name("good", new String[] {".txt", ".md", ".html"}[i % 3]), text);
            stored.add(new Stored(file.toString(), OptionalInt.empty(), 1));
        }
    }

    /** Makes what was locked readable again, so that the folder can be deleted. */
    void unlock() throws IOException {
        for (Path p : locked) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
