package dev.dateline.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final Gazetteer G = Gazetteer.shared();

    @Test
    void shared_holdsTheGeoNamesPlaces() {
        assertThat(G.size()).isGreaterThan(130_000);
        assertThat(G.named("Gori")).first().satisfies(p -> {
            assertThat(p.country()).isEqualTo("GEO");
            assertThat(p.id()).isEqualTo(614455);
        });
    }

    @Test
    void dominant_aLargeUniqueName_isTaken_aSharedOneIsNot() {
        assertThat(G.dominant("Quetta")).map(Gazetteer.Place::country).contains("PAK");
        assertThat(G.dominant("Kunming")).map(Gazetteer.Place::country).contains("CHN");
        assertThat(G.dominant("Springfield")).isEmpty();
        assertThat(G.country("Springfield")).contains("USA");
        assertThat(G.country("Paris")).contains("FRA");
        assertThat(G.dominant("Bogotá")).map(Gazetteer.Place::country).contains("COL");
        assertThat(G.dominant("Bogota")).map(Gazetteer.Place::country).contains("COL");
        assertThat(G.dominant("Nowhereville")).isEmpty();
    }
}
