package dev.dateline.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms in which wire copy credits its agency, and its dateline's date. */
class AgencyFormsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "MOSCOW-Agence France-Presse — Troops moved south on Monday.|MOSCOW|AFP",
        "TBILISI (Reuters) - Officials said on Tuesday that talks would go on.|TBILISI|Reuters",
        "MOSCOW, August 13 /ITAR-TASS/. The president signed the plan.|MOSCOW|TASS",
        "Tbilisi, 12 Aug (Interfax) - Officials said the road was open.|Tbilisi|Interfax",
        "PARIS, Aug. 12, 2008 (AFP) - The ministers met at noon.|PARIS|AFP",
        "WASHINGTON (AP) — The talks began at dawn.|WASHINGTON|AP"})
    void parse_wireDateline_givesPlaceAndAgency(String paragraph, String place, String agency) {
        assertThat(Datelines.parse(paragraph)).hasValueSatisfying(d -> {
            assertThat(d.place()).isEqualTo(place);
            assertThat(d.agencies()).containsExactly(agency);
        });
    }

    @Test
    void parse_datelineWithFullDate_keepsTheDateOutOfThePlace() {
        assertThat(Datelines.parse("PARIS, Aug. 12, 2008 (AFP) - The ministers met at noon.").orElseThrow().date())
                .contains("Aug. 12, 2008");
        assertThat(Dates.parse("Aug. 12, 2008")).hasValueSatisfying(d -> assertThat(d).hasToString("2008-08-12"));
    }

    @Test
    void leadCredit_agencyWithoutPlace_isCredited() {
        assertThat(Agencies.leadCredit("(AP) — The talks began at dawn and went on all day.")).contains("AP");
        assertThat(Agencies.leadCredit("(Officials said) — nothing")).isEmpty();
    }

    @Test
    void trailingCredit_closingAgency_isCreditedButNotACitation() {
        assertThat(Agencies.trailingCredit("The talks ended late on Friday, officials said. — AFP")).contains("AFP");
        assertThat(Agencies.trailingCredit("The talks ended late on Friday, officials said. (Reuters)")).contains("Reuters");
        assertThat(Agencies.trailingCredit("The minister said so in an interview, he told Reuters")).isEmpty();
    }

    @Test
    void parse_foreignDates_areRead() {
        assertThat(Dates.parse("Veröffentlicht am 12. Mai 2014")).hasValueSatisfying(d -> assertThat(d).hasToString("2014-05-12"));
        assertThat(Dates.parse("publié le 3 août 2019")).hasValueSatisfying(d -> assertThat(d).hasToString("2019-08-03"));
        assertThat(Dates.parse("5 de mayo de 2020")).hasValueSatisfying(d -> assertThat(d).hasToString("2020-05-05"));
        assertThat(Dates.parse("7 października 2021")).hasValueSatisfying(d -> assertThat(d).hasToString("2021-10-07"));
        assertThat(Dates.parse("2020年1月28日")).hasValueSatisfying(d -> assertThat(d).hasToString("2020-01-28"));
    }
}
