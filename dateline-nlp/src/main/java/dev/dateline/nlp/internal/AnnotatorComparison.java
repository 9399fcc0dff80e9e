package dev.dateline.nlp.internal;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Measures the annotator sets Dateline could use, on one thread, for the record in
 * {@code docs/DECISIONS.md}: load time and tokens per second of each.
 */
public final class AnnotatorComparison {

    private AnnotatorComparison() {
    }

    /** The candidate annotator sets, by name. */
    static Map<String, Properties> candidates() {
        Map<String, Properties> out = new LinkedHashMap<>();
        out.put("pos+lemma (no parse)", props("tokenize,ssplit,pos,lemma"));
        out.put("pos+lemma+depparse (chosen)", props("tokenize,ssplit,pos,lemma,depparse"));
        Properties pcfg = props("tokenize,ssplit,pos,lemma,parse");
        pcfg.setProperty("parse.maxlen", "80");
        out.put("pos+lemma+parse (PCFG)", pcfg);
        Properties ner = props("tokenize,ssplit,pos,lemma,ner,depparse");
        ner.setProperty("ner.useSUTime", "false");
        ner.setProperty("ner.applyNumericClassifiers", "false");
        ner.setProperty("ner.applyFineGrained", "false");
        ner.setProperty("ner.buildEntityMentions", "false");
        out.put("pos+lemma+ner+depparse", ner);
        return out;
    }

    private static Properties props(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return p;
    }

    /** Runs each candidate over {@code texts} after a warm-up on the first tenth; returns printable rows. */
    public static List<String> compare(List<String> texts) {
        List<String> rows = new java.util.ArrayList<>();
        rows.add(String.format(Locale.ROOT, "%-30s %8s %12s", "annotators", "load s", "tokens/s"));
        List<String> warmup = texts.subList(0, Math.max(1, texts.size() / 10));
        for (Map.Entry<String, Properties> c : candidates().entrySet()) {
            long t0 = System.nanoTime();
            StanfordCoreNLP pipeline = new StanfordCoreNLP(c.getValue());
            double load = (System.nanoTime() - t0) / 1e9;
            for (String t : warmup) {
                pipeline.annotate(new Annotation(t));
            }
            long tokens = 0;
            long start = System.nanoTime();
            for (String t : texts) {
                Annotation a = new Annotation(t);
                pipeline.annotate(a);
                tokens += a.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            rows.add(String.format(Locale.ROOT, "%-30s %8.1f %12.0f", c.getKey(), load, tokens / seconds));
        }
        return rows;
    }
}
