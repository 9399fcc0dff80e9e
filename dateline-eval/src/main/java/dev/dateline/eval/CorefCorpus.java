package dev.dateline.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads an ECB+ corpus folder: topic folders of token XML documents ({@code <token t_id sentence
 * number>word</token>}). The ecb/ecbplus split of the file names is the gold subtopic, kept only
 * for scoring.
 */
public final class CorefCorpus {

    /**
     * One document.
     *
     * @param name the file name without {@code .xml}
     * @param topic its topic folder's name
     * @param subtopic {@code ecb} or {@code ecbplus}, from the file name (gold, for scoring only)
     * @param text its tokens joined into sentences, one sentence a line
     */
    public record Document(String name, String topic, String subtopic, String text) {
    }

    private static final Pattern TOKEN = Pattern.compile(
            "<token[^>]*\\bsentence=\"(\\d+)\"[^>]*>([^<]*)</token>");

    private CorefCorpus() {
    }

    /** The documents under {@code folder}, by topic and name. */
    public static List<Document> read(Path folder) throws IOException {
        List<Document> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString().replaceFirst("\\.xml$", "");
            String topic = f.getParent().getFileName().toString();
            out.add(new Document(name, topic, name.endsWith("ecbplus") ? "ecbplus" : "ecb", text(Files.readString(f))));
        }
        return out;
    }

    private static String text(String xml) {
        Map<Integer, StringBuilder> sentences = new TreeMap<>();
        Matcher m = TOKEN.matcher(xml);
        while (m.find()) {
            String word = m.group(2).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&apos;", "'");
            StringBuilder sb = sentences.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new StringBuilder());
            boolean glue = word.matches("[.,;:!?)\\]'%]|'s|n't") || sb.length() == 0 || sb.toString().endsWith("(");
            sb.append(glue ? "" : " ").append(word);
        }
        StringBuilder text = new StringBuilder();
        sentences.values().forEach(s -> text.append(s).append('\n'));
        return text.toString();
    }
}
