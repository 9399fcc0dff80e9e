package dev.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.PublicationDate;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferenceTimeTest {

    private final TimeTagger tagger = new TimeTagger();
    private final ReferenceTime inference = new ReferenceTime();

    private PublicationDate infer(String text, Optional<ReferenceTime.Bound> notAfter) {
        return inference.infer(text, tagger.tag(text, Optional.empty()), notAfter);
    }

    @Test
    void datelineMonthDay_takesTheYearOfTheWeekdayTheNewsIsToldOn() {
        PublicationDate p = infer("BRUSSELS, February 10 (Xinhua) --\n\nThe alliance has decided to admit three"
                + " countries, an official said on Wednesday. They were invited in July 1997.", Optional.empty());
        assertThat(p.date()).contains(LocalDate.of(1999, 2, 10)); // a Wednesday, the first from 1997
        assertThat(p.evidence()).anySatisfy(e -> assertThat(e).contains("dateline 'February 10'"));
    }

    @Test
    void datelineMonthDay_withoutWeekdayOrBound_givesNoDate() {
        assertThat(infer("MOSCOW, August 13 /ITAR-TASS/. Talks were held in 2008 and 2006.", Optional.empty())
                .isKnown()).isFalse();
    }

    @Test
    void datelineMonthDay_takesTheYearOfTheCrawlTime() {
        ReferenceTime.Bound crawl = new ReferenceTime.Bound(LocalDate.of(2009, 3, 2), "crawled 2009-03-02");
        assertThat(infer("MOSCOW, August 13 /ITAR-TASS/. Talks were held.", Optional.of(crawl)).date())
                .contains(LocalDate.of(2008, 8, 13));
    }

    @Test
    void crawlTime_boundsTheLatestPastDayFromAbove() {
        ReferenceTime.Bound crawl = new ReferenceTime.Bound(LocalDate.of(2015, 12, 21), "crawled 2015-12-21");
        PublicationDate p = infer("The man was arrested on May 7, 2015, and charged. His trial is set for"
                + " Feb. 8, 2016.", Optional.of(crawl));
        assertThat(p.earliest()).contains(LocalDate.of(2015, 5, 7));
        assertThat(p.latest()).contains(LocalDate.of(2015, 12, 21));
        assertThat(infer("The man was arrested.", Optional.of(crawl)).isKnown()).isFalse();
    }

    @Test
    void crawlTime_beforeTheEvidence_givesNoDate() {
        ReferenceTime.Bound crawl = new ReferenceTime.Bound(LocalDate.of(2008, 8, 1), "crawled 2008-08-01");
        assertThat(infer("On Friday, Aug. 15, 2008, the talks resumed, officials said on Friday.", Optional.of(crawl))
                .isKnown()).isFalse();
    }

    @Test
    void archiveAddress_givesItsCrawlDay() {
        assertThat(ArticleTimes.crawled("http://web.archive.org/web/20151221135217/http://x.example/story"))
                .map(ReferenceTime.Bound::day).contains(LocalDate.of(2015, 12, 21));
        assertThat(ArticleTimes.crawled("https://x.example/2015/12/21/story")).isEmpty();
    }

    @Test
    void pastAndAnnouncedDays_bracketTheArticle() {
        PublicationDate p = infer("The ministers met on Aug. 12, 2008, in Brussels. They will meet Rice on Aug. 15, 2008.",
                Optional.empty());
        assertThat(p.earliest()).contains(LocalDate.of(2008, 8, 12));
        assertThat(p.latest()).contains(LocalDate.of(2008, 8, 14));
        assertThat(infer("The ministers met on Aug. 12, 2008. They will meet again on Aug. 15, 2009.", Optional.empty())
                .isKnown()).isFalse(); // a year apart: no bracket
    }

    @Test
    void manyWeekdays_contradictionsAndImpossibleDates_giveNoInventedDate() {
        // 10,000 weekday names and no year: nothing to settle a day on.
        assertThat(infer("They met on Monday and Tuesday. ".repeat(5_000), Optional.empty()).isKnown()).isFalse();
        // An impossible dateline day is no day; two contradicting weekday-dated days give the later's range or none.
        assertThat(infer("MOSCOW, February 30 /ITAR-TASS/. Officials said on Friday they met in 2008.", Optional.empty())
                .isKnown()).isFalse();
        assertThat(infer("", Optional.empty()).isKnown()).isFalse();
    }
}
