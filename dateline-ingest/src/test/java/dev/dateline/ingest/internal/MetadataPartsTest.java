package dev.dateline.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates, datelines, bylines, agencies, outlets and languages, each on its own. */
class MetadataPartsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2008-08-12T14:05:00+04:00 | 2008-08-12",
        "2008-08-12 | 2008-08-12",
        "Tue, 12 Aug 2008 10:00:00 GMT | 2008-08-12",
        "August 12, 2008 | 2008-08-12",
        "Aug. 12, 2008 5:32 pm ET | 2008-08-12",
        "12 August 2008 | 2008-08-12",
        "Tuesday 12th of August 2008 | 2008-08-12",
        "12.08.2008 | 2008-08-12",
        "13/08/2008 | 2008-08-13",
        "08/13/2008 | 2008-08-13",
        "20080812 | 2008-08-12",
        "1218535200 | 2008-08-12",
        "Sept. 3, 2015 | 2015-09-03",
    })
    void parse_commonFormats_giveTheDay(String text, LocalDate expected) {
        assertThat(Dates.parse(text)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"February 30, 2008", "08/12/2008", "August 2008", "the year 99999", "yesterday",
        "2008-13-01", "May 5"})
    void parse_impossibleOrAmbiguous_givesNothing(String text) {
        assertThat(Dates.parse(text)).isEmpty();
    }

    @Test
    void fromUrl_pathDates_areRead() {
        assertThat(Dates.fromUrl("https://x.example/2008/08/16/story")).contains(LocalDate.of(2008, 8, 16));
        assertThat(Dates.fromUrl("http://articles.latimes.com/2013/may/03/local/la-me")).contains(LocalDate.of(2013, 5, 3));
        assertThat(Dates.fromUrl("https://x.example/world/20080812-story.html")).contains(LocalDate.of(2008, 8, 12));
        assertThat(Dates.fromUrl("https://x.example/world/story-1234567")).isEmpty();
        assertThat(Dates.monthFromUrl("https://x.example/2008/08/story")).contains(LocalDate.of(2008, 8, 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "TBILISI (Reuters) - Georgia said on Friday | TBILISI | | Reuters",
        "MOSCOW, Aug 12 (Reuters) - Russia said | MOSCOW | Aug 12 | Reuters",
        "PARIS-Agence France-Presse - France said | PARIS | | AFP",
        "GORI, Georgia (AP) — Russian troops | GORI, Georgia | | AP",
        "MOSCOW, August 12 /ITAR-TASS/. The ministry | MOSCOW | August 12 | TASS",
        "Tbilisi, Georgia (AFP) - Georgian troops | Tbilisi, Georgia | | AFP",
        "WASHINGTON — The White House said | WASHINGTON | | ",
        "KYIV, March 3, 2015 (Reuters) - A ceasefire | KYIV | March 3, 2015 | Reuters",
        "LAKE CITY, S.C. (AP) — A man was shot | LAKE CITY, S.C. | | AP",
        "SPRINGDALE, Miss. — A woman was hurt | SPRINGDALE, Miss. | | ",
        "ELK RIDGE, W. Va. (AP) — A boy was hurt | ELK RIDGE, W. Va. | | AP",
        "PINE HILL, NC (WXYZ) - Two men were shot | PINE HILL, NC | | ",
    })
    void parse_datelines_givePlaceDateAndAgency(String paragraph, String place, String date, String agency) {
        Datelines.Dateline d = Datelines.parse(paragraph).orElseThrow();
        assertThat(d.place()).isEqualTo(place);
        assertThat(d.date().orElse(null)).isEqualTo(date);
        assertThat(d.agencies()).isEqualTo(agency == null ? java.util.List.of() : java.util.List.of(agency));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"NATO said on Friday it was concerned.", "Georgia - a small country - said.",
        "The talks (in Geneva) ended.", "US officials said talks would resume."})
    void parse_sentencesThatAreNoDatelines_giveNothing(String paragraph) {
        assertThat(Datelines.parse(paragraph)).isEmpty();
    }

    @Test
    void bylines_namesWithoutAgenciesOrRoles() {
        assertThat(Bylines.parse("By Jane Doe and John Roe")).contains("Jane Doe and John Roe");
        assertThat(Bylines.parse("By Jane Doe, Reuters")).contains("Jane Doe");
        assertThat(Bylines.parse("By JANE DOE | August 12, 2008")).contains("JANE DOE");
        assertThat(Bylines.parse("By Northern Courier staff")).contains("Northern Courier staff");
        assertThat(Bylines.parse("By Friday, the troops had withdrawn from the town.")).isEmpty();
        assertThat(Bylines.parse("By Reuters")).isEmpty();
        assertThat(Bylines.withoutAgencies("Courier staff with AFP")).contains("Courier staff");
        assertThat(Bylines.withoutAgencies("Jane Doe and John Roe")).contains("Jane Doe and John Roe");
    }

    @Test
    void agencies_spellingsMapToCanonicalNames() {
        assertThat(Agencies.canonical("Agence France-Presse")).contains("AFP");
        assertThat(Agencies.canonical("ITAR-TASS")).contains("TASS");
        assertThat(Agencies.canonical("The Associated Press")).contains("AP");
        assertThat(Agencies.canonical("Deutsche Presse-Agentur")).contains("dpa");
        assertThat(Agencies.canonical("Harbour Times")).isEmpty();
        assertThat(Agencies.named("Reporting by Reuters and Agence France Presse")).containsExactly("AFP", "Reuters");
        assertThat(Agencies.named("APPLE and RIAL")).isEmpty();
    }

    @Test
    void outlets_knownHostsByNameOthersByHost() {
        assertThat(Outlets.fromUrl("https://www.reuters.com/world/x")).contains("Reuters");
        assertThat(Outlets.fromUrl("https://edition.cnn.com/2008/x")).contains("CNN");
        assertThat(Outlets.fromUrl("https://www.local-paper.example/x")).contains("local-paper.example");
        assertThat(Outlets.fromUrl("not a url")).isEmpty();
    }

    @Test
    void languages_guessedFromScriptAndFunctionWords() {
        assertThat(Languages.guess("The talks between the two sides resumed in Geneva on Monday, officials said."))
                .isEqualTo("en");
        assertThat(Languages.guess("Les négociations entre les deux parties ont repris à Genève, selon les diplomates."))
                .isEqualTo("fr");
        assertThat(Languages.guess("Переговоры между сторонами возобновились в Женеве в понедельник.")).isEqualTo("ru");
        assertThat(Languages.guess("1234 5678")).isEqualTo("und");
        assertThat(Languages.fromTag("en-GB")).contains("en");
    }
}
