package dev.dateline.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.events.ActorMention;
import dev.dateline.events.FramingTerm;
import dev.dateline.events.FramingTerm.Kind;
import dev.dateline.model.ActorCode;
import dev.dateline.model.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FramingTest {

    private static FramingTerm term(String word, Kind kind, String tone, String code, String referent) {
        Optional<ActorMention> r = referent == null ? Optional.empty() : Optional.of(new ActorMention(referent, Span.of(0, 5),
                Optional.ofNullable(code).map(ActorCode::parse), Optional.empty(), List.of()));
        return new FramingTerm(Span.of(0, 40), Span.of(10, 20), word, kind, tone, word.equals("troops") ? "forces" : word, r);
    }

    @Test
    void build_groupsWordsByReferent_withTheirOutlets_andSaysWhereOutletsDiffer() {
        List<Framing.Group> groups = Framing.build(List.of(
                new Framing.Source("a", "AFP", List.of(term("separatists", Kind.ACTOR, "neutral", "GEOSEPSOS", "South Ossetian separatists"),
                        term("breakaway", Kind.PLACE, "neutral", "GEO", "South Ossetia"))),
                new Framing.Source("b", "TASS", List.of(term("militias", Kind.ACTOR, "neutral", "GEOSEPSOS", "Ossetian militias"),
                        term("breakaway", Kind.PLACE, "neutral", "GEO", "South Ossetia"))),
                new Framing.Source("c", "Reuters", List.of(term("separatists", Kind.ACTOR, "neutral", "GEOSEPSOS", "separatists"),
                        term("occupied", Kind.PLACE, "condemning", "GEO", "Abkhazia")))));
        assertThat(groups).hasSize(3);
        Framing.Group actors = groups.get(0);
        assertThat(actors.code()).hasValue("GEOSEPSOS");
        assertThat(actors.uses()).extracting(Framing.Use::term).containsExactly("separatists", "militias");
        assertThat(actors.uses().get(0).outlets()).containsExactly("AFP", "Reuters");
        assertThat(actors.differs()).isTrue();
        // One place, one word from both outlets: no difference; another place named apart by its name.
        assertThat(groups.get(1).referent()).isEqualTo("South Ossetia");
        assertThat(groups.get(1).uses().get(0).mentions()).hasSize(2);
        assertThat(groups.get(1).differs()).isFalse();
        assertThat(groups.get(2).referent()).isEqualTo("Abkhazia");
    }

    @Test
    void differs_whenOneOutletAddsAWordOfAnotherTone_notOfTheSameTone() {
        Framing.Source afp = new Framing.Source("a", "AFP", List.of(term("rebels", Kind.ACTOR, "neutral", null, null)));
        List<Framing.Group> condemning = Framing.build(List.of(afp,
                new Framing.Source("b", "TASS", List.of(term("rebels", Kind.ACTOR, "neutral", null, null),
                        term("terrorists", Kind.ACTOR, "condemning", null, null)))));
        assertThat(condemning).hasSize(1);
        assertThat(condemning.get(0).referent()).isEqualTo("not named");
        assertThat(condemning.get(0).differs()).isTrue();
        List<Framing.Group> alike = Framing.build(List.of(afp,
                new Framing.Source("b", "TASS", List.of(term("rebels", Kind.ACTOR, "neutral", null, null),
                        term("fighters", Kind.ACTOR, "neutral", null, null)))));
        assertThat(alike.get(0).differs()).isFalse();
        // One outlet's "troops", another's "forces": one family, no difference.
        List<Framing.Group> synonyms = Framing.build(List.of(
                new Framing.Source("a", "AFP", List.of(term("troops", Kind.ACTOR, "neutral", "RUSMIL", "Russian troops"))),
                new Framing.Source("b", "TASS", List.of(term("forces", Kind.ACTOR, "neutral", "RUSMIL", "Russian forces")))));
        assertThat(synonyms.get(0).uses()).hasSize(2);
        assertThat(synonyms.get(0).differs()).isFalse();
    }
}
