package dev.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.events.ActorMention;
import dev.dateline.events.Codebook;
import dev.dateline.events.Confidence;
import dev.dateline.events.Event;
import dev.dateline.events.EventConfidence;
import dev.dateline.events.EventTime;
import dev.dateline.events.Modality;
import dev.dateline.model.ActorCode;
import dev.dateline.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfidenceTrainingTest {

    private static final Codebook BOOK = Codebook.load(Optional.empty());

    /** An event at {@code start} coded {@code cameo} by {@code source}, whose one telling feature is {@code cue}. */
    private static Event event(int start, String cameo, String source, boolean cue) {
        Map<String, Double> f = new HashMap<>();
        EventConfidence.features().forEach(n -> f.put(n, 0.0));
        f.put("model.root", cue ? 0.9 : 0.1);
        ActorMention a = new ActorMention(source, Span.of(start, start + 3), Optional.of(ActorCode.of(source)),
                Optional.empty(), List.of());
        return new Event(0, Span.of(0, 200), Span.of(start, start + 4), "shot", BOOK.code(cameo).orElseThrow(),
                BOOK.code(cameo).orElseThrow(), List.of(a), List.of(), Modality.ASSERTED, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), EventTime.NONE, Optional.empty(), "test",
                new Confidence(0.5, false, List.of(), f));
    }

    @Test
    void train_usesOnlyJudgmentsWhoseCodingTheCoderStillGives_andLearnsTheCue() {
        List<ConfidenceTraining.Judgment> judged = new ArrayList<>();
        Map<ConfidenceTraining.Record, List<Event>> coded = new HashMap<>();
        for (int n = 0; n < 40; n++) {
            ConfidenceTraining.Record r = new ConfidenceTraining.Record(n % 2 == 0 ? "gva" : "audit", "r" + n);
            boolean right = n % 4 < 2;
            coded.put(r, List.of(event(10, "180", "USA", right)));
            judged.add(new ConfidenceTraining.Judgment(5, r, "shot", 10, "180", List.of("USA"), List.of(), "asserted",
                    right));
        }
        // Judged when coded otherwise: the coder now gives another code there, so the verdict is not used.
        ConfidenceTraining.Record changed = new ConfidenceTraining.Record("gva", "changed");
        coded.put(changed, List.of(event(10, "193", "USA", true)));
        judged.add(new ConfidenceTraining.Judgment(5, changed, "shot", 10, "180", List.of("USA"), List.of(), "asserted",
                false));

        ConfidenceTraining.Result r = ConfidenceTraining.train(judged, coded);

        assertThat(r.judged()).isEqualTo(41);
        assertThat(r.used()).isEqualTo(40);
        assertThat(r.baseRate()).isEqualTo(0.5);
        assertThat(r.auc()).isGreaterThan(0.9);
        int root = EventConfidence.features().indexOf("model.root");
        assertThat(r.model().weight(root)).isPositive();
        assertThat(r.model().parameter("threshold")).hasValueSatisfying(t -> assertThat(t).isBetween(0.25, 0.6));
    }
}
