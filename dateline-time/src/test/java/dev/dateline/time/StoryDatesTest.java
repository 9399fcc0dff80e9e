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
}
