package dev.dateline.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.events.ActorMention;
import dev.dateline.events.Codebook;
import dev.dateline.events.Confidence;
import dev.dateline.events.Event;
import dev.dateline.events.EventTime;
import dev.dateline.events.Modality;
import dev.dateline.model.ActorCode;
import dev.dateline.model.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventMergerTest {

    private static final Codebook BOOK = Codebook.load(Optional.empty());

    private static ActorMention actor(String code) {
        return new ActorMention(code, Span.of(0, 3), Optional.of(ActorCode.of(code.substring(0, 3))
                .with(code.length() > 3 ? code.substring(3) : "GOV")), Optional.empty(), List.of());
    }

    private static EventMerger.Mention mention(String id, String article, String source, String published, String cameo,
            String act, Modality modality, String day, List<String> sources, List<String> targets, String place) {
        Event e = new Event(0, Span.of(0, 10), Span.of(0, 3), "met", BOOK.code(cameo).orElseThrow(),
                BOOK.code(act).orElseThrow(), sources.stream().map(EventMergerTest::actor).toList(),
                targets.stream().map(EventMergerTest::actor).toList(), modality, Optional.empty(),
                Optional.ofNullable(place), Optional.ofNullable(place).map(p -> Span.of(0, 1)), Optional.empty(),
                day == null ? EventTime.NONE : new EventTime(Optional.of(day), "sentence", Optional.empty()), Optional.empty(), "test",
                Confidence.NONE);
        return new EventMerger.Mention(id, article, source, Optional.ofNullable(published), e);
    }

    @Test
    void merge_announcedMeetingAndTheMeetingHeld_areOneEventWithTheLatestModality() {
        List<EventMerger.Merged> events = EventMerger.merge(List.of(
                mention("a-e0", "a", "AFP", "2008-08-11", "036", "040", Modality.PLANNED, "2008-08-12", List.of("FRA"),
                        List.of("RUS"), null),
                mention("b-e0", "b", "Reuters", "2008-08-12", "040", "040", Modality.ASSERTED, "2008-08-12", List.of("FRA"),
                        List.of("RUS"), "Moscow")));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).modality()).isEqualTo(Modality.ASSERTED);
        assertThat(events.get(0).numArticles()).isEqualTo(2);
        assertThat(events.get(0).numSources()).isEqualTo(2);
    }

    @Test
    void merge_aVisitAndItsHosting_areOneEvent_butAVisitAndAnAccusationAreNot() {
        // "Macron visited Moscow" (042) and "Medvedev hosted Macron" (043): one act of one PLOVER type, seen from each side.
        List<EventMerger.Merged> events = EventMerger.merge(List.of(
                mention("a-e0", "a", "AFP", "2008-08-12", "042", "042", Modality.ASSERTED, "2008-08-12", List.of("FRA"),
                        List.of("RUS"), null),
                mention("b-e0", "b", "TASS", "2008-08-12", "043", "043", Modality.ASSERTED, "2008-08-12", List.of("RUS"),
                        List.of("FRA"), null),
                mention("c-e0", "c", "Reuters", "2008-08-12", "112", "112", Modality.ASSERTED, "2008-08-12", List.of("FRA"),
                        List.of("RUS"), null)));
        assertThat(events).extracting(EventMerger.Merged::numArticles).containsExactly(2, 1);
    }

    @Test
    void merge_anArticleDatedToANarrowRange_mergesByIt_aWideRangeDoesNot() {
        EventMerger.Mention dated = mention("a-e0", "a", "AFP", "2026-06-11", "081", "081", Modality.ASSERTED, null,
                List.of("IRN"), List.of("FRA"), null);
        EventMerger.Mention undated = mention("b-e0", "b", "Gulf", null, "081", "081", Modality.ASSERTED, null,
                List.of("IRN"), List.of("FRA"), null);
        EventMerger.Mention narrow = new EventMerger.Mention(undated.id(), undated.article(), undated.source(),
                Optional.empty(), undated.event(), Optional.of(new String[] {"2026-06-10", "2026-06-12"}));
        EventMerger.Mention wide = new EventMerger.Mention(undated.id(), undated.article(), undated.source(),
                Optional.empty(), undated.event(), Optional.of(new String[] {"2026-06-01", "2026-06-12"}));
        assertThat(EventMerger.merge(List.of(dated, narrow))).hasSize(1);
        assertThat(EventMerger.merge(List.of(dated, wide))).hasSize(2);
        assertThat(EventMerger.merge(List.of(dated, undated))).hasSize(2);
    }

    @Test
    void merge_aMentionDatedOnlyByItsArticle_neverBridgesTwoDays() {
        // A strike told on Tuesday, one told on Thursday, and a report between them with no day of its own.
        List<EventMerger.Merged> events = EventMerger.merge(List.of(
                mention("a-e0", "a", "AFP", "2026-04-14", "195", "195", Modality.ASSERTED, "2026-04-14", List.of("RUSMIL"),
                        List.of("UKR"), null),
                mention("b-e0", "b", "TASS", "2026-04-15", "195", "195", Modality.ASSERTED, null, List.of("RUSMIL"),
                        List.of("UKR"), null),
                mention("c-e0", "c", "Reuters", "2026-04-16", "195", "195", Modality.ASSERTED, "2026-04-16", List.of("RUSMIL"),
                        List.of("UKR"), null)));
        assertThat(events).extracting(EventMerger.Merged::numArticles).containsExactly(2, 1);
    }

    @Test
    void merge_reprintsOfOneWireStory_areOneSource() {
        List<EventMerger.Merged> events = EventMerger.merge(List.of(
                mention("a-e0", "a", "AFP", "2008-08-08", "194", "194", Modality.ASSERTED, "2008-08-08", List.of("GEOMIL"),
                        List.of(), null),
                mention("b-e0", "b", "AFP", "2008-08-08", "190", "190", Modality.ASSERTED, "2008-08-08", List.of("GEOMIL"),
                        List.of(), null)));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).numArticles()).isEqualTo(2);
        assertThat(events.get(0).numSources()).isEqualTo(1);
    }

    @Test
    void merge_differentDaysActorsOrActs_stayApart() {
        List<EventMerger.Merged> events = EventMerger.merge(List.of(
                mention("a-e0", "a", "AFP", "2008-08-12", "040", "040", Modality.ASSERTED, "2008-08-12", List.of("FRA"),
                        List.of("RUS"), null),
                mention("b-e0", "b", "AP", "2008-08-12", "040", "040", Modality.ASSERTED, "2008-08-15", List.of("FRA"),
                        List.of("RUS"), null),
                mention("c-e0", "c", "TASS", "2008-08-12", "040", "040", Modality.ASSERTED, "2008-08-12", List.of("USA"),
                        List.of("GEO"), null),
                mention("d-e0", "d", "BBC", "2008-08-12", "111", "111", Modality.ASSERTED, "2008-08-12", List.of("FRA"),
                        List.of("RUS"), null)));
        assertThat(events).hasSize(4);
    }

    @Test
    void merge_undatedMentions_neverMerge_andDisagreementsAreKept() {
        assertThat(EventMerger.merge(List.of(
                mention("a-e0", "a", "AFP", null, "194", "194", Modality.ASSERTED, null, List.of("RUSMIL"), List.of(), null),
                mention("b-e0", "b", "AP", null, "194", "194", Modality.ASSERTED, null, List.of("RUSMIL"), List.of(), null))))
                .hasSize(2);
        List<EventMerger.Merged> events = EventMerger.merge(List.of(
                mention("a-e0", "a", "AFP", "2008-08-09", "195", "195", Modality.ASSERTED, null, List.of("RUSMIL"),
                        List.of("GEO"), "Gori"),
                mention("b-e0", "b", "AP", "2008-08-10", "195", "195", Modality.ASSERTED, null, List.of("RUS"),
                        List.of("GEO"), "Gori")));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).disagreements()).singleElement()
                .satisfies(d -> assertThat(d.field()).isEqualTo("source"));
    }
}
