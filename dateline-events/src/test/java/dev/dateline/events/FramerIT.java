package dev.dateline.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.actors.KnowledgeBase;
import dev.dateline.events.FramingTerm.Kind;
import dev.dateline.ingest.Cleaner;
import dev.dateline.model.AnnotatedArticle;
import dev.dateline.model.ArticleFormat;
import dev.dateline.model.CleanArticle;
import dev.dateline.model.RawArticle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finds framing words with a real parse and tells what each refers to. */
class FramerIT {

    private static List<FramingTerm> terms(String text) throws Exception {
        CleanArticle clean = new Cleaner().clean(RawArticle.ofFile("framing", text, ArticleFormat.TEXT), p -> { });
        AnnotatedArticle a = SharedNlp.get().annotate(clean);
        return Framer.load(KnowledgeBase.load(Optional.empty()), Optional.empty()).terms(a, Optional.of(LocalDate.of(2008, 8, 10)));
    }

    private static String describe(FramingTerm t) {
        return t.kind().label() + " " + t.term() + " " + t.tone() + " -> "
                + t.referent().map(r -> r.text() + " " + r.code().map(Object::toString).orElse("-")).orElse("none");
    }

    @Test
    void actorsPlacesAndActs_withWhatTheyReferTo() throws Exception {
        List<String> found = terms("South Ossetian separatists shelled Georgian villages overnight. Tanks rolled into"
                + " breakaway South Ossetia after what Tbilisi called a Russian invasion. The militants fled.")
                .stream().map(FramerIT::describe).toList();
        assertThat(found).containsExactly(
                "actor separatists neutral -> South Ossetian separatists GEOSEPSOS",
                "place breakaway neutral -> South Ossetia GEO",
                "act invasion condemning -> Russian RUS",
                "actor militants neutral -> none");
    }

    @Test
    void aWordOfTheTableInAnotherUse_isNoFraming() throws Exception {
        // "forces" as a verb and "offensive" as an adjective frame nothing.
        assertThat(terms("It forces them to close. He made an offensive remark.")).extracting(FramingTerm::kind)
                .doesNotContain(Kind.ACTOR, Kind.ACT);
    }
}
