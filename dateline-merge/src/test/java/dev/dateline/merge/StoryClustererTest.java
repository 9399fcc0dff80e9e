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

    // Two resignations from one post, months apart: the same words but for who resigned and why.
    private static final String RESIGN_A1 = "Norway's fisheries minister Ola Brekke resigned on Monday after reports that"
            + " Brekke had failed to declare shares in a salmon farm. Brekke told reporters in Oslo he regretted the error."
            + " Prime Minister Erna Solberg accepted the resignation of the fisheries minister.";
    private static final String RESIGN_A2 = "Ola Brekke stepped down as fisheries minister over undeclared salmon farm shares."
            + " Brekke said the shares belonged to a family trust. Solberg thanked Brekke for his work in Oslo.";
    private static final String RESIGN_A3 = "The resignation of Brekke, the fisheries minister, came a day after the salmon"
            + " shares story broke. Opposition leaders in Oslo said Solberg had defended Brekke too long.";
    private static final String RESIGN_B1 = "Ingrid Vold quit as Norway's fisheries minister on Friday, admitting she had"
            + " used a ministry car for holiday trips to her cabin in Telemark. Vold said she would repay the cost.";
    private static final String RESIGN_B2 = "Vold's departure leaves the government searching for a third"
            + " fisheries minister this year. Auditors found Vold's ministry car logged 4,000 kilometres to Telemark.";
    private static final String RESIGN_B3 = "Auditors said the ministry car had been booked for the Telemark cabin on"
            + " eleven weekends. Vold apologised to ministry staff before she quit.";

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
    void cluster_twoResignationsFromOnePost_areTwoStories() {
        Map<String, String> s = StoryClusterer.cluster(List.of(doc("a1", RESIGN_A1, null), doc("b1", RESIGN_B1, null),
                doc("a2", RESIGN_A2, null), doc("b2", RESIGN_B2, null), doc("a3", RESIGN_A3, null), doc("b3", RESIGN_B3, null)));
        assertThat(List.of(s.get("a1"), s.get("a2"), s.get("a3"))).containsOnly("a1");
        assertThat(List.of(s.get("b1"), s.get("b2"), s.get("b3"))).containsOnly("b1");
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
