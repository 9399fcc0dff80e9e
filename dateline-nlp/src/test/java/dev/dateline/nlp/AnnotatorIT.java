package dev.dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.AnnotatedArticle;
import dev.dateline.model.ArticleFormat;
import dev.dateline.model.ArticleId;
import dev.dateline.model.ArticleMetadata;
import dev.dateline.model.CleanArticle;
import dev.dateline.model.MappedText;
import dev.dateline.model.PublicationDate;
import dev.dateline.model.Sentence;
import dev.dateline.model.Span;
import dev.dateline.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CoreNLP boundary on real models, loaded once for the class. */
class AnnotatorIT {

    private static Annotator nlp;

    @BeforeAll
    static void load() {
        nlp = new Annotator(NlpConfig.defaults());
    }

    @AfterAll
    static void release() {
        nlp = null;
    }

    /** An article whose cleaned text came from HTML: an entity, and a paragraph break the cleaner inserted. */
    static CleanArticle htmlArticle() {
        String original = "<p>Sarkozy met Medvedev in Moscow on Tuesday &amp; the talks lasted five hours.</p>"
                + "<p>Georgia accepted the plan.</p>";
        MappedText.Builder b = MappedText.builder();
        int amp = original.indexOf("&amp;");
        b.copy(original, 3, amp).copy('&', amp).copy(original, amp + 5, original.indexOf("</p>"));
        b.insert("\n\n", original.indexOf("</p>"));
        int second = original.indexOf("<p>Georgia") + 3;
        b.copy(original, second, original.lastIndexOf("</p>"));
        MappedText clean = b.build();
        ArticleMetadata none = new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), "en", PublicationDate.none());
        return new CleanArticle(ArticleId.of(original), "a.html", OptionalInt.empty(), ArticleFormat.HTML, original,
                clean, List.of(new Span(0, clean.text().indexOf("\n\n")),
                        new Span(clean.text().indexOf("Georgia"), clean.text().length())), none);
    }

    @Test
    void annotate_html_givesSentencesTokensAndParsesInOriginalOffsets() {
        CleanArticle article = htmlArticle();
        AnnotatedArticle a = nlp.annotate(article);
        assertThat(a.sentences()).hasSize(2);
        Sentence first = a.sentences().get(0);
        String original = article.originalText();
        assertThat(first.span().in(original)).isEqualTo("Sarkozy met Medvedev in Moscow on Tuesday &amp; the talks lasted five hours.");
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                String source = t.span().in(original);
                assertThat(source.equals(t.word()) || source.equals("&amp;")).as(t.toString()).isTrue();
            }
        }
        Token met = first.tokens().get(1);
        assertThat(met.word()).isEqualTo("met");
        assertThat(met.pos()).isEqualTo("VBD");
        assertThat(met.lemma()).isEqualTo("meet");
        assertThat(met.isRoot()).isTrue();
        Token sarkozy = first.tokens().get(0);
        assertThat(sarkozy.head()).isEqualTo(1);
        assertThat(sarkozy.relation()).isEqualTo("nsubj");
        assertThat(first.tokens().stream().filter(t -> t.word().equals("talks")).findFirst().orElseThrow().lemma())
                .isEqualTo("talk");
    }

    @Test
    void annotate_runOnSentence_isCutIntoPiecesNoLongerThanTheLimit() {
        String original = IntStream.range(0, 400).mapToObj(i -> i % 7 == 6 ? "talks," : "shelling")
                .collect(Collectors.joining(" "));
        CleanArticle article = new CleanArticle(ArticleId.of(original), "run-on.txt", OptionalInt.empty(),
                ArticleFormat.TEXT, original, MappedText.identity(original), List.of(new Span(0, original.length())),
                htmlArticle().metadata());
        AnnotatedArticle a = nlp.annotate(article);
        assertThat(a.tokenCount()).isGreaterThanOrEqualTo(400);
        assertThat(a.sentences()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(s -> assertThat(s.tokens().size()).isLessThanOrEqualTo(NlpConfig.defaults().maxSentenceTokens()));
    }

    @Test
    void annotate_concurrently_givesTheSameAsAlone() throws Exception {
        CleanArticle article = htmlArticle();
        AnnotatedArticle alone = nlp.annotate(article);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AnnotatedArticle>> results = IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit(() -> nlp.annotate(article))).toList();
            for (Future<AnnotatedArticle> r : results) {
                assertThat(r.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdown();
        }
    }
}
