package dev.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.DateBasis;
import dev.dateline.model.PublicationDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryDatesTest {

    private static StoryDates.Member dated(String id, String story, int day) {
        return new StoryDates.Member(id, story, PublicationDate.stated(LocalDate.of(2008, 8, day), DateBasis.METADATA, 0.95),
                Optional.empty(), Optional.empty());
    }

    private static StoryDates.Member undated(String id, String story, Optional<String> original, Optional<LocalDate> notAfter) {
        return new StoryDates.Member(id, story, PublicationDate.none(), original, notAfter);
    }

    @Test
    void reprint_takesItsOriginalsDay() {
        Map<String, PublicationDate> out = StoryDates.infer(List.of(dated("a", "s", 12),
                undated("b", "s", Optional.of("a"), Optional.empty())));
        assertThat(out.get("b").date()).contains(LocalDate.of(2008, 8, 12));
        assertThat(out.get("b").basis()).isEqualTo(DateBasis.STORY);
        assertThat(out).doesNotContainKey("a");
    }

    @Test
    void undatedMember_liesBetweenTheStorysDates_withinItsCrawlTime() {
        List<StoryDates.Member> story = List.of(dated("a", "s", 8), dated("b", "s", 12), dated("c", "s", 16),
                undated("d", "s", Optional.empty(), Optional.empty()),
                undated("e", "s", Optional.empty(), Optional.of(LocalDate.of(2008, 8, 10))),
                undated("f", "s", Optional.empty(), Optional.of(LocalDate.of(2008, 8, 1))));
        Map<String, PublicationDate> out = StoryDates.infer(story);
        assertThat(out.get("d").earliest()).contains(LocalDate.of(2008, 8, 8));
        assertThat(out.get("d").latest()).contains(LocalDate.of(2008, 8, 16));
        assertThat(out.get("e").latest()).contains(LocalDate.of(2008, 8, 10));
        assertThat(out).doesNotContainKey("f"); // crawled before the story began: no date rather than a wrong one
    }

    @Test
    void fewDatedMembers_orALongStory_boundNothing() {
        assertThat(StoryDates.infer(List.of(dated("a", "s", 8), dated("b", "s", 9),
                undated("c", "s", Optional.empty(), Optional.empty())))).isEmpty();
        assertThat(StoryDates.infer(List.of(dated("a", "s", 1), dated("b", "s", 9), dated("c", "s", 30),
                undated("d", "s", Optional.empty(), Optional.empty())))).isEmpty();
    }

    @Test
    void datelineDay_wireDatelineWithoutYear_isRead() {
        assertThat(StoryDates.datelineDay("MOSCOW, August 13 /ITAR-TASS/. The General Staff said."))
                .hasValueSatisfying(d -> {
                    assertThat(d.day()).isEqualTo(java.time.MonthDay.of(8, 13));
                    assertThat(d.words()).isEqualTo("MOSCOW, August 13");
                });
        assertThat(StoryDates.datelineDay("BRUSSELS, Feb. 10 (Xinhua) -- Ministers met.")).isPresent();
        assertThat(StoryDates.datelineDay("Tbilisi, 12 Aug (Interfax) - Officials said the road was open."))
                .hasValueSatisfying(d -> assertThat(d.day()).isEqualTo(java.time.MonthDay.of(8, 12)));
        assertThat(StoryDates.datelineDay("MOSCOW, August 13, 2008 /ITAR-TASS/. Dated in full.")).isEmpty();
        assertThat(StoryDates.datelineDay("The talks resumed on August 13 in Moscow.")).isEmpty();
    }

    @Test
    void datelineDayWithinItsStory_takesTheStorysYear() {
        StoryDates.Member tass = new StoryDates.Member("t", "s", PublicationDate.none(), Optional.empty(), Optional.empty(),
                StoryDates.datelineDay("MOSCOW, August 13 /ITAR-TASS/. Figures were given."));
        Map<String, PublicationDate> out = StoryDates.infer(List.of(dated("a", "s", 8), dated("b", "s", 12),
                dated("c", "s", 16), tass));
        assertThat(out.get("t").date()).contains(LocalDate.of(2008, 8, 13));
        assertThat(out.get("t").basis()).isEqualTo(DateBasis.STORY);
        assertThat(out.get("t").evidence()).singleElement().asString().contains("dateline 'MOSCOW, August 13'");
    }

    @Test
    void datelineDayOutsideItsStory_givesOnlyTheStorysRange() {
        StoryDates.Member late = new StoryDates.Member("t", "s", PublicationDate.none(), Optional.empty(), Optional.empty(),
                StoryDates.datelineDay("MOSCOW, September 30 /ITAR-TASS/. Figures were given."));
        Map<String, PublicationDate> out = StoryDates.infer(List.of(dated("a", "s", 8), dated("b", "s", 12),
                dated("c", "s", 16), late));
        assertThat(out.get("t").date()).isEmpty();
        assertThat(out.get("t").earliest()).contains(LocalDate.of(2008, 8, 8));
    }
}
