package dev.dateline.nlp.internal;

import dev.dateline.model.CleanArticle;
import dev.dateline.model.Sentence;
import dev.dateline.model.Span;
import dev.dateline.model.Token;
import dev.dateline.nlp.NlpConfig;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The CoreNLP pipeline and the conversion of its output into Dateline's records. Two CoreNLP
 * pipelines run in turn: tokenization and sentence splitting, then tagging, lemmatization and
 * dependency parsing, so that over-long sentences can be cut in between.
 */
public final class CoreNlpPipeline {

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP analyzer;
    private final int maxSentenceTokens;

    /** Loads the models of {@code config}. */
    public CoreNlpPipeline(NlpConfig config) {
        Properties split = new Properties();
        split.setProperty("annotators", "tokenize,ssplit");
        split.setProperty("tokenize.language", "en");
        // Paragraphs are separated by blank lines in cleaned text; a paragraph always ends a sentence.
        split.setProperty("ssplit.newlineIsSentenceBreak", "two");
        this.splitter = new StanfordCoreNLP(split);

        Properties analyze = new Properties();
        analyze.setProperty("annotators", "pos,lemma,depparse");
        analyze.setProperty("pos.model", config.posModel());
        analyze.setProperty("depparse.model", config.dependencyModel());
        analyze.setProperty("depparse.language", "english");
        analyze.setProperty("depparse.numPreComputed", Integer.toString(config.precomputedVectors()));
        this.analyzer = new StanfordCoreNLP(analyze, false);
        this.maxSentenceTokens = config.maxSentenceTokens();
    }

    /** The annotated sentences of {@code article}, spans in its original text. */
    public List<Sentence> sentences(CleanArticle article) {
        Annotation doc = new Annotation(article.text());
        splitter.annotate(doc);
        doc.set(CoreAnnotations.SentencesAnnotation.class, cut(doc.get(CoreAnnotations.SentencesAnnotation.class)));
        analyzer.annotate(doc);

        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            int[] heads = new int[labels.size()];
            String[] relations = new String[labels.size()];
            dependencies(s, heads, relations);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel label = labels.get(i);
                Span span = article.toOriginal(new Span(label.beginPosition(), label.endPosition()));
                tokens.add(new Token(i, span, label.originalText(), nonNull(label.tag()), nonNull(label.lemma()),
                        heads[i], relations[i]));
            }
            Span clean = new Span(labels.get(0).beginPosition(), labels.get(labels.size() - 1).endPosition());
            sentences.add(new Sentence(sentences.size(), article.toOriginal(clean), tokens));
        }
        return sentences;
    }

    /** Dash tokens that end a dateline ("TBILISI, Aug 12 (Reuters) -"). */
    private static final Set<String> DATELINE_ENDS = Set.of("-", "--", "–", "—", ":");

    /** A dateline has at most this many tokens before its dash. */
    private static final int DATELINE_TOKENS = 14;

    /**
     * How many tokens of {@code tokens} a leading dateline takes, with its dash, or 0: capitalized
     * words, figures, commas and an agency in parentheses ("AMMAN, Oct 20 (Reuters) -",
     * "Brussels (dpa) -"), led by a place in capitals or followed by an agency. Parsed with the
     * sentence, a dateline becomes its subject ("WASHINGTON ... demanded").
     */
    static int datelineLength(List<String> tokens) {
        boolean agency = false;
        boolean inParentheses = false;
        for (int i = 0; i < Math.min(tokens.size() - 3, DATELINE_TOKENS + 1); i++) {
            String w = tokens.get(i);
            if (inParentheses) {
                inParentheses = !(w.equals(")") || w.equals("-RRB-")); // "(dpa)": any agency name
                continue;
            }
            if (DATELINE_ENDS.contains(w)) {
                String first = tokens.get(0);
                boolean capsPlace = first.length() >= 3 && first.chars().allMatch(Character::isUpperCase);
                return i > 0 && (capsPlace || agency) ? i + 1 : 0;
            }
            if (w.equals("(") || w.equals("-LRB-")) {
                agency = true;
                inParentheses = true;
            } else if (!(Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))
                    || Set.of(",", ".", "/").contains(w))) {
                return 0; // "the", "said": a sentence, not a dateline
            }
        }
        return 0;
    }

    /**
     * Splits a leading dateline off as a piece of its own, and cuts sentences longer than the
     * limit into pieces, preferring to cut after a comma or semicolon.
     */
    private List<CoreMap> cut(List<CoreMap> sentences) {
        List<CoreMap> out = new ArrayList<>(sentences.size());
        for (CoreMap whole : sentences) {
            List<CoreLabel> all = whole.get(CoreAnnotations.TokensAnnotation.class);
            int dateline = datelineLength(all.stream().map(CoreLabel::word).toList());
            CoreMap s = whole;
            if (dateline > 0) {
                out.add(piece(all.subList(0, dateline)));
                s = piece(all.subList(dateline, all.size()));
            }
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= maxSentenceTokens) {
                out.add(s);
                continue;
            }
            int start = 0;
            while (start < tokens.size()) {
                int end = Math.min(tokens.size(), start + maxSentenceTokens);
                if (end < tokens.size()) {
                    for (int i = end - 1; i > start + maxSentenceTokens / 2; i--) {
                        String w = tokens.get(i).word();
                        if (w.equals(",") || w.equals(";") || w.equals(":")) {
                            end = i + 1;
                            break;
                        }
                    }
                }
                out.add(piece(tokens.subList(start, end)));
                start = end;
            }
        }
        for (int i = 0; i < out.size(); i++) {
            out.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, i);
        }
        return out;
    }

    private static CoreMap piece(List<CoreLabel> tokens) {
        CoreMap piece = new ArrayCoreMap();
        List<CoreLabel> copy = new ArrayList<>(tokens);
        piece.set(CoreAnnotations.TokensAnnotation.class, copy);
        piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, copy.get(0).beginPosition());
        piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, copy.get(copy.size() - 1).endPosition());
        piece.set(CoreAnnotations.TokenBeginAnnotation.class, copy.get(0).get(CoreAnnotations.TokenBeginAnnotation.class));
        piece.set(CoreAnnotations.TokenEndAnnotation.class,
                copy.get(copy.size() - 1).get(CoreAnnotations.TokenEndAnnotation.class));
        for (int i = 0; i < copy.size(); i++) {
            copy.get(i).setIndex(i + 1);
        }
        return piece;
    }

    private static void dependencies(CoreMap sentence, int[] heads, String[] relations) {
        java.util.Arrays.fill(heads, -1);
        java.util.Arrays.fill(relations, "root");
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph == null) {
            return;
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            IndexedWord dependent = edge.getDependent();
            int d = dependent.index() - 1;
            if (d >= 0 && d < heads.length) {
                int h = edge.getGovernor().index() - 1;
                heads[d] = h == d ? -1 : h;
                relations[d] = edge.getRelation().toString();
            }
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
