package dev.dateline.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Publication dates as pages state them: time zones, locales, short years, URL paths, the headline's neighbours. */
class PageDatesTest {

    private static final String STORY = "<p>The council voted on Monday to keep the library open for another year, after"
            + " residents collected more than two thousand signatures against its closure.</p>";

    private static MarkupMetadata markup(String html) {
        return HtmlExtractor.extract(html).markup();
    }

    @Test
    void localTime_aUtcStampThePageAlsoGivesInItsZone_takesTheLocalDay() {
        assertThat(HtmlExtractor.localTime("2019-10-18T22:04:00Z", List.of("Sat, 19 Oct 2019 00:04:00 +0200")))
                .isEqualTo("Sat, 19 Oct 2019 00:04:00 +0200");
        assertThat(HtmlExtractor.localTime("2023-11-09T05:30:59+00:00", List.of("2023-11-08 23:30:59")))
                .isEqualTo("2023-11-08 23:30:59");
    }

    @Test
    void localTime_anotherInstantOrTheSameDay_keepsTheChosen() {
        assertThat(HtmlExtractor.localTime("2019-10-18T22:04:00Z", List.of("2019-10-19T09:17:00+02:00")))
                .isEqualTo("2019-10-18T22:04:00Z");
        assertThat(HtmlExtractor.localTime("2019-10-18T12:04:00Z", List.of("2019-10-18T14:04:00+02:00")))
                .isEqualTo("2019-10-18T12:04:00Z");
        assertThat(HtmlExtractor.localTime("2019-10-18T22:04:00+02:00", List.of("2019-10-19T00:04:00+04:00")))
                .isEqualTo("2019-10-18T22:04:00+02:00");
    }

    @Test
    void published_aUtcTimeShownInLocalTimeOnThePage_isTheLocalDay() {
        MarkupMetadata m = markup("<html><head><meta property=\"article:published_time\" content=\"2023-11-09T05:30:59+00:00\">"
                + "</head><body><article><h1>Library stays open</h1><time datetime=\"2023-11-08T23:30:59-06:00\">November 8,"
                + " 2023</time>" + STORY + "</article></body></html>");
        assertThat(m.published().flatMap(Dates::parse)).contains(LocalDate.of(2023, 11, 8));
    }

    @Test
    void parseShown_ambiguousSlashes_followThePageLanguage() {
        assertThat(Dates.parseShown("02/10/2020", true)).contains(LocalDate.of(2020, 10, 2));
        assertThat(Dates.parseShown("02/10/2020", false)).isEmpty();
        assertThat(Dates.dayFirst(Optional.of("en-GB"))).isTrue();
        assertThat(Dates.dayFirst(Optional.of("de"))).isTrue();
        assertThat(Dates.dayFirst(Optional.of("en-US"))).isFalse();
        assertThat(Dates.dayFirst(Optional.of("en"))).isFalse();
        assertThat(Dates.dayFirst(Optional.empty())).isFalse();
    }

    @Test
    void parseShown_twoDigitYear_isReadInADateLine() {
        assertThat(Dates.parseShown("Kultur, 2.11.22", false)).contains(LocalDate.of(2022, 11, 2));
        assertThat(Dates.parse("Kultur, 2.11.22")).isEmpty();
    }

    @Test
    void dateLine_ofAnEnglishBritishPage_readsDayFirst() {
        MarkupMetadata m = markup("<html xml:lang=\"en-GB\"><body><article><h1>Library stays open</h1><span class=\"time\">"
                + "02/10/2020</span>" + STORY + "</article></body></html>");
        assertThat(m.dateLine()).contains("02/10/2020");
        assertThat(m.language()).contains("en-GB");
    }

    @Test
    void dateLine_nextToTheHeadline_isRead() {
        MarkupMetadata m = markup("<html lang=\"de\"><body><article><figure><figcaption><small>31.01.2022 Handball</small>"
                + "<h1>Library stays open</h1></figcaption></figure>" + STORY + "</article></body></html>");
        assertThat(m.dateLine()).contains("31.01.2022 Handball");
    }

    @Test
    void dateLine_nextToTheHeadlineButAnUpdate_isNotRead() {
        MarkupMetadata m = markup("<html lang=\"de\"><body><article><p>Aktualisiert 31.01.2022</p><h1>Library stays open</h1>"
                + STORY + "</article></body></html>");
        assertThat(m.dateLine()).isEmpty();
    }

    @Test
    void fromUrl_aSegmentThatIsADayMonthYear_isRead() {
        assertThat(Dates.fromUrl("https://example.org/news/29-10-2021")).contains(LocalDate.of(2021, 10, 29));
        assertThat(Dates.fromUrl("https://example.org/news/10-29-2021.html")).contains(LocalDate.of(2021, 10, 29));
        assertThat(Dates.fromUrl("https://example.org/news/05-06-2021")).isEmpty();
    }
}
