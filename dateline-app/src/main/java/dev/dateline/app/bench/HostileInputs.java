package dev.dateline.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes the single inputs that once took a process's memory or minutes, each just under the
 * 20 MB limit or as deep as a parser allows, and a dump of 50,000 identical records. The bench
 * script analyzes each in a process of its own and reports its peak memory and time.
 *
 * <pre>{@code
 * java -cp ... dev.dateline.app.bench.HostileInputs /tmp/hostile
 * }</pre>
 */
public final class HostileInputs {

    private static final String[] WORDS = {"talks", "ceasefire", "troops", "village", "officials", "said", "monday",
        "the", "of", "and", "attack", "rebels", "army", "government", "minister", "peace", "convoy", "border"};
    private static final long NEAR_LIMIT = 19L * 1024 * 1024;

    private HostileInputs() {
    }

    /** {@code HostileInputs FOLDER}: writes the inputs into FOLDER, one file each. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: HostileInputs FOLDER");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        Random random = new Random(13);
        try (Writer out = writer(dir.resolve("one-line-10mb.txt"))) {
            // One line of ten million characters: no paragraph, no sentence end.
            for (long n = 0; n < 10_000_000;) {
                String word = WORDS[random.nextInt(WORDS.length)];
                out.write(word + " ");
                n += word.length() + 1;
            }
        }
        try (Writer out = writer(dir.resolve("one-word-sentences.txt"))) {
            for (int i = 0; i < 200_000; i++) {
                out.write("Word" + (i % 10) + ". ");
            }
        }
        try (Writer out = writer(dir.resolve("paragraphs-19mb.html"))) {
            out.write("<!DOCTYPE html><html><body><article>\n");
            for (long n = 0; n < NEAR_LIMIT; n += 400) {
                out.write("<p>" + sentence(random, 60) + "</p>\n");
            }
            out.write("</article></body></html>\n");
        }
        try (Writer out = writer(dir.resolve("tiny-paragraphs-19mb.html"))) {
            out.write("<!DOCTYPE html><html><body>\n");
            for (long n = 0; n < NEAR_LIMIT; n += 9) {
                out.write("<p>x</p>\n");
            }
            out.write("</body></html>\n");
        }
        try (Writer out = writer(dir.resolve("nested-100k.html"))) {
            out.write("<!DOCTYPE html><html><body>");
            for (int i = 0; i < 100_000; i++) {
                out.write("<div>" + WORDS[i % WORDS.length] + ", ");
            }
            out.write("</body></html>\n");
        }
        try (Writer out = writer(dir.resolve("record-19mb.jsonl"))) {
            out.write("{\"title\": \"One record\", \"text\": \"");
            for (long n = 0; n < NEAR_LIMIT; n += 400) {
                out.write(sentence(random, 60) + " ");
            }
            out.write("\"}\n");
        }
        try (Writer out = writer(dir.resolve("identical-50000.jsonl"))) {
            String line = "{\"title\": \"Talks resume\", \"text\": \"Negotiators from both sides met in Geneva on"
                    + " Monday and agreed to meet again next week, officials said.\"}\n";
            for (int i = 0; i < 50_000; i++) {
                out.write(line);
            }
        }
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.append('.').toString();
    }
}
