package dev.dateline.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

    private static final String QUAKE_A = "A magnitude 6.3 earthquake struck near the Italian city of L'Aquila on Monday,"
            + " killing at least 150 people. Rescuers in L'Aquila searched collapsed buildings. Prime Minister Silvio"
            + " Berlusconi declared a state of emergency in the Abruzzo region.";
    private static final String QUAKE_A2 = "Rescuers pulled survivors from the rubble in L'Aquila after the Abruzzo earthquake."
            + " Berlusconi visited L'Aquila and promised new homes. The toll from the earthquake rose above 200.";
    private static final String QUAKE_B = "A magnitude 7.0 earthquake hit Haiti on Tuesday, flattening much of Port-au-Prince."
            + " President Rene Preval said thousands were feared dead in Port-au-Prince. Aid agencies flew to Haiti.";
    private static final String QUAKE_B2 = "Aid flights landed in Port-au-Prince as Haiti counted its dead after the earthquake."
            + " Preval appealed for help; the United Nations said its Haiti mission headquarters collapsed.";

    private static StoryClusterer.Document doc(String id, String text, LocalDate date) {
        return new StoryClusterer.Document(id, text, Optional.ofNullable(date));
    }

    @Test
    void cluster_twoEarthquakes_areTwoStories() {
        Map<String, String> s = StoryClusterer.cluster(List.of(doc("a1", QUAKE_A, null), doc("b1", QUAKE_B, null),
                doc("a2", QUAKE_A2, null), doc("b2", QUAKE_B2, null)));
        assertThat(s.get("a2")).isEqualTo(s.get("a1")).isEqualTo("a1");
        assertThat(s.get("b2")).isEqualTo(s.get("b1")).isEqualTo("b1");
    }

    @Test
    void cluster_sameTextUnderTwoNames_isOneStory_butNotAYearApart() {
        Map<String, String> s = StoryClusterer.cluster(List.of(doc("x", QUAKE_A, LocalDate.of(2009, 4, 6)),
                doc("y", QUAKE_A, LocalDate.of(2009, 4, 7)), doc("z", QUAKE_A, LocalDate.of(2010, 4, 7))));
        assertThat(s).containsEntry("x", "x").containsEntry("y", "x").containsEntry("z", "z");
    }

    @Test
    void cluster_noArticlesOrOne_givesNoStoryOrOne() {
        assertThat(StoryClusterer.cluster(List.of())).isEmpty();
        assertThat(StoryClusterer.cluster(List.of(doc("only", "", null)))).containsExactly(Map.entry("only", "only"));
    }
}
