package dev.dateline.time.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Easter reckonings against published dates, and the year chosen for a holiday. */
class HolidaysTest {

    @ParameterizedTest
    @CsvSource({"1990,1990-04-15", "2000,2000-04-23", "2008,2008-03-23", "2019,2019-04-21", "2024,2024-03-31",
            "2038,2038-04-25"})
    void easter_matchesThePublishedDate(int year, String expected) {
        assertThat(Holidays.easter(year)).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"2000,2000-04-30", "2008,2008-04-27", "2022,2022-04-24", "2023,2023-04-16", "2024,2024-05-05"})
    void orthodoxEaster_matchesThePublishedDate(int year, String expected) {
        assertThat(Holidays.orthodoxEaster(year)).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"Thanksgiving,XXXX-11", "Christmas Eve,XXXX-12-24", "Good Friday,XXXX-XX-XX"})
    void value_withoutReference_keepsWhatIsKnown(String name, String expected) {
        assertThat(Holidays.value(name, Optional.empty(), Optional.empty(), Tense.UNKNOWN)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"PAST,2008-03-23", "FUTURE,2009-04-12"})
    void value_followsTheTense(Tense tense, String expected) {
        assertThat(Holidays.value("Easter", Optional.empty(), Optional.of(LocalDate.parse("2008-08-18")), tense))
                .contains(expected);
    }
}
