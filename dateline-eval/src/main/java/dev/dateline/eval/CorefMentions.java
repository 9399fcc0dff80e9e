package dev.dateline.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The gold event mentions of an ECB+ folder: the ACTION_* and NEG_ACTION_* markables of the
 * sentences listed in {@code ECBplus_coreference_sentences.csv}, each with its words and its gold
 * chain (the cross-document instance it corefers with, else its in-document chain, else itself).
 */
public final class CorefMentions {

    /**
     * One gold event mention.
     *
     * @param document the document (file name without {@code .xml})
     * @param id {@code <document>/<m_id>}
     * @param words its words in order
     * @param chain its gold chain
     * @param sentence the index of its sentence in the document
     * @param context the words of its sentence
     * @param start the index in {@code context} of its first word
     */
    public record Mention(String document, String id, List<String> words, String chain, int sentence, List<String> context,
            int start) {
    }

    private static final Pattern TOKEN = Pattern.compile("<token t_id=\"(\\d+)\" sentence=\"(\\d+)\"[^>]*>([^<]*)</token>");
    private static final Pattern MARKABLE = Pattern.compile(
            "<((?:NEG_)?ACTION_[A-Z_]+) m_id=\"(\\d+)\"\\s*>(.*?)</\\1>", Pattern.DOTALL);
    private static final Pattern ANCHOR = Pattern.compile("<token_anchor t_id=\"(\\d+)\"/>");
    private static final Pattern RELATION = Pattern.compile(
            "<(CROSS_DOC_COREF|INTRA_DOC_COREF) r_id=\"\\d+\"(?: note=\"([^\"]*)\")?\\s*>(.*?)</\\1>", Pattern.DOTALL);
    private static final Pattern SOURCE = Pattern.compile("<source m_id=\"(\\d+)\"\\s*/>");
    private static final Pattern TARGET = Pattern.compile("<target m_id=\"(\\d+)\"\\s*/>");

    private CorefMentions() {
    }

    /** The gold event mentions under {@code folder}, by document. */
    public static Map<String, List<Mention>> read(Path folder) throws IOException {
        Set<String> listed = new HashSet<>();
        Path csv = folder.resolve("ECBplus_coreference_sentences.csv");
        if (Files.isRegularFile(csv)) {
            for (String line : Files.readAllLines(csv)) {
                String[] c = line.split(",");
                if (c.length == 3 && c[0].matches("\\d+")) {
                    listed.add(c[0] + "_" + c[1].strip() + "/" + c[2].strip());
                }
            }
        }
        Map<String, List<Mention>> out = new HashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
        }
        for (Path f : files) {
            String doc = f.getFileName().toString().replaceFirst("\\.xml$", "");
            String xml = Files.readString(f);
            Map<String, String[]> tokens = new HashMap<>();
            Map<String, List<String>> sentences = new HashMap<>();
            Map<String, Integer> position = new HashMap<>();
            Matcher t = TOKEN.matcher(xml);
            while (t.find()) {
                tokens.put(t.group(1), new String[] {t.group(2), t.group(3)});
                List<String> words = sentences.computeIfAbsent(t.group(2), k -> new ArrayList<>());
                position.put(t.group(1), words.size());
                words.add(t.group(3));
            }
            Map<String, String> chainOf = new HashMap<>();
            Matcher r = RELATION.matcher(xml);
            while (r.find()) {
                Matcher target = TARGET.matcher(r.group(3));
                String chain = r.group(1).equals("CROSS_DOC_COREF") && r.group(2) != null && !r.group(2).isEmpty()
                        ? r.group(2) : target.find() ? doc + "/intra-" + target.group(1) : null;
                Matcher source = SOURCE.matcher(r.group(3));
                while (source.find() && chain != null) {
                    chainOf.putIfAbsent(source.group(1), chain);
                }
            }
            List<Mention> mentions = new ArrayList<>();
            Matcher m = MARKABLE.matcher(xml);
            while (m.find()) {
                List<String> words = new ArrayList<>();
                String sentence = null;
                int start = -1;
                Matcher a = ANCHOR.matcher(m.group(3));
                while (a.find()) {
                    String[] token = tokens.get(a.group(1));
                    if (token != null) {
                        if (sentence == null) {
                            sentence = token[0];
                            start = position.get(a.group(1));
                        }
                        words.add(token[1]);
                    }
                }
                if (words.isEmpty() || (!listed.isEmpty() && !listed.contains(doc + "/" + sentence))) {
                    continue;
                }
                String id = doc + "/" + m.group(2);
                mentions.add(new Mention(doc, id, words, chainOf.getOrDefault(m.group(2), id), Integer.parseInt(sentence),
                        List.copyOf(sentences.get(sentence)), start));
            }
            out.put(doc, mentions);
        }
        return out;
    }
}
