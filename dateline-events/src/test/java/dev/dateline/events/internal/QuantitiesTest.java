package dev.dateline.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitiesTest {

    /** words | low (- none) | high (- none, open); "no figure" when nothing is read. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "64 | 64 | 64",
        "2,000 | 2000 | 2000",
        "2.5 million | 2500000 | 2500000",
        "twenty-five | 25 | 25",
        "two hundred | 200 | 200",
        "three thousand | 3000 | 3000",
        "a dozen | 12 | 12",
        "one | 1 | 1",
        "at least 2,000 | 2000 | -",
        "more than 10,000 | 10001 | -",
        "over 100 | 101 | -",
        "up to 50 | - | 50",
        "fewer than 10 | - | 9",
        "some 300 | 270 | 330",
        "about 1,400 | 1260 | 1540",
        "nearly 200 | 180 | 199",
        "between 300 and 500 | 300 | 500",
        "300 to 500 | 300 | 500",
        "dozens | 24 | 99",
        "scores | 40 | 99",
        "hundreds | 200 | 999",
        "thousands | 2000 | 9999",
        "tens of thousands | 20000 | 99999",
        "several hundred | 300 | 900",
        "several | 3 | 9",
        "a few | 2 | 5",
        "about a third of the region 's 70,000 residents | 21000 | 25666",
        "half of the town 's 12,000 people | 6000 | 6000",
        "80 percent of the town 's population | - | -",
        "99999999999 | no figure | ",
        "the | no figure | ",
        "one hundred quintillion | no figure | ",
        "5 trillion | no figure | ",
        "zillions | no figure | ",
        "0.5 | no figure | ",
        "1.5 million | 1500000 | 1500000",
        "tens of millions | 20000000 | 99999999",
    })
    void parse_readsTheFigure(String words, String low, String high) {
        Optional<Quantities.Range> r = Quantities.parse(List.of(words.split(" ")));
        if (low.equals("no figure")) {
            assertThat(r).isEmpty();
            return;
        }
        assertThat(r).isPresent();
        assertThat(r.get().low().isPresent() ? Long.toString(r.get().low().getAsLong()) : "-").isEqualTo(low);
        assertThat(r.get().high().isPresent() ? Long.toString(r.get().high().getAsLong()) : "-").isEqualTo(high);
    }
}
