package dev.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.PublicationDate;
import dev.dateline.model.Timex;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Garbage, impossible dates and very long input: no exception, no invented value. */
class TimeTaggerBadInputTest {

    private final TimeTagger tagger = new TimeTagger();

    @Test
    void tag_randomGarbage_throwsNothingAndFindsOnlyValidValues() {
        Random random = new Random(42);
        StringBuilder garbage = new StringBuilder();
        String alphabet = "0123456789 -/.:,'aAmMpPdDyYsS\n\t$%&()[]{}!?";
        for (int i = 0; i < 200_000; i++) {
            garbage.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        List<Timex> found = tagger.tag(garbage.toString(), Optional.of(LocalDate.of(2008, 8, 12)));
        assertThat(found).allSatisfy(t -> assertThat(t.span().end()).isLessThanOrEqualTo(garbage.length()));
    }

    @Test
    void tag_impossibleDates_giveNoValue() {
        // Nor is a part of one a time: not the year of "February 30, 2008".
        assertThat(tagger.tag("Talks were set for February 30, 2008 and for 31/02/2008.", Optional.empty())).isEmpty();
        assertThat(tagger.tag("They met on 30 February 2020, or on 2019-02-29.", Optional.empty())).isEmpty();
        assertThat(tagger.tag("They met on February 29, 2020.", Optional.empty()))
                .extracting(t -> t.value().value()).containsExactly("2020-02-29");
        assertThat(tagger.tag("Nothing happened in the year 99999.", Optional.empty())).isEmpty();
    }

    @Test
    void tag_longTextOfManyExpressions_findsThemAll() {
        String sentence = "Troops withdrew on Friday, Aug. 15, after five days of fighting. ";
        String text = sentence.repeat(20_000);
        List<Timex> found = tagger.tag(text, Optional.of(LocalDate.of(2008, 8, 18)));
        assertThat(found).hasSize(40_000); // "Friday, Aug. 15" is one expression, "five days" another
    }

    @Test
    void tag_longSentenceWithoutFullStops_findsEveryDay() {
        // One "sentence" of 26,000 characters: the tense of each day is looked for nearby only, so this stays
        // linear (looking back to the sentence's start made it quadratic: half a minute for this text).
        String text = "talks on Friday, Tuesday, ".repeat(1_000);
        List<Timex> found = tagger.tag(text, Optional.of(LocalDate.of(2008, 8, 18)));
        assertThat(found).hasSize(2_000).allSatisfy(t -> assertThat(t.value().value()).matches("2008-08-\\d\\d"));
    }

    @Test
    void infer_longTextWithoutFullStops_saysNoneInLinearTime() {
        // Sentences are looked for within 400 characters of each date: scanning to the text's start made this
        // 81,000-character text take about ten seconds.
        String text = "fighting on 2008-08-15 and ".repeat(3_000);
        assertThat(new ReferenceTime().infer(text)).isEqualTo(PublicationDate.none());
    }

    @Test
    void infer_textWithoutDates_saysNone() {
        assertThat(new ReferenceTime().infer("The minister said talks would continue.")).isEqualTo(PublicationDate.none());
    }

    @Test
    void infer_dateInASentenceOfTheCurrentWeek_givesTheWeekAfterIt() {
        PublicationDate p = new ReferenceTime().infer(
                "Russia said on Tuesday that the fighting, which began on Aug. 7, 2008, had stopped.");
        assertThat(p.earliest()).contains(LocalDate.of(2008, 8, 7));
        assertThat(p.latest()).contains(LocalDate.of(2008, 8, 14));
        assertThat(p.basis().id()).isEqualTo("text");
    }

    @Test
    void infer_onlyHistoricalOrScheduledDates_saysNone() {
        assertThat(new ReferenceTime().infer("The region broke away on Jan. 19, 1992. The bonds mature on March 1, 2011."))
                .isEqualTo(PublicationDate.none());
    }

    @Test
    void infer_weekdayDatedDay_settlesItsYearByTheLatestYearNamed() {
        PublicationDate p = new ReferenceTime().infer("The shelling began on Thursday, Aug. 7, residents said."
                + " The region has seen clashes every summer since 2004.");
        assertThat(p.earliest()).contains(LocalDate.of(2008, 8, 6));
        assertThat(p.latest()).contains(LocalDate.of(2008, 8, 14));
    }

    @Test
    void infer_weekdayDatedDayAnnouncedAsFuture_givesTheWeekBeforeIt() {
        PublicationDate p = new ReferenceTime().infer("Talks will resume on Monday, Sept. 1, the envoy said."
                + " The two sides last met in 2007.");
        assertThat(p.earliest()).contains(LocalDate.of(2008, 8, 25));
        assertThat(p.latest()).contains(LocalDate.of(2008, 8, 31));
    }

    @Test
    void infer_weekdayDatedDayWithNoYearNamed_saysNone() {
        assertThat(new ReferenceTime().infer("The shelling began on Thursday, Aug. 7, residents said."))
                .isEqualTo(PublicationDate.none());
    }
}
