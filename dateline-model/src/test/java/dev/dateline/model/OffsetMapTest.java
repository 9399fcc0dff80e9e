package dev.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OffsetMapTest {

    private static final String ORIGINAL = "<p>Talks &amp; truce</p>\n<p>Second</p>";

    /** "Talks & truce\n\nSecond": copied runs, an entity, and an inserted paragraph break. */
    private static MappedText cleaned() {
        MappedText.Builder b = MappedText.builder();
        b.copy(ORIGINAL, 3, 9);          // "Talks "
        b.copy('&', 9);                  // "&amp;" stands for "&"
        b.copy(ORIGINAL, 14, 20);        // " truce"
        b.insert("\n\n", 24);
        b.copy(ORIGINAL, 28, 34);        // "Second"
        return b.build();
    }

    @Test
    void toOriginal_spansOverCopiedAndEntityText_coverTheSource() {
        MappedText t = cleaned();
        assertThat(t.text()).isEqualTo("Talks & truce\n\nSecond");
        assertThat(t.offsets().toOriginal(Span.of(0, 5)).in(ORIGINAL)).isEqualTo("Talks");
        assertThat(t.offsets().toOriginal(Span.of(0, 13)).in(ORIGINAL)).isEqualTo("Talks &amp; truce");
        assertThat(t.offsets().toOriginal(Span.of(15, 21)).in(ORIGINAL)).isEqualTo("Second");
        assertThat(t.offsets().toOriginal(Span.of(6, 7)).in(ORIGINAL)).isEqualTo("&");
    }

    @Test
    void toOriginal_insertedText_mapsToItsAnchor() {
        MappedText t = cleaned();
        assertThat(t.offsets().toOriginalStart(13)).isEqualTo(24);
        assertThat(t.offsets().toOriginal(Span.of(13, 15)).isEmpty()).isTrue();
    }

    @Test
    void encode_thenDecode_givesTheSameMap() {
        OffsetMap map = cleaned().offsets();
        assertThat(OffsetMap.decode(map.encode())).isEqualTo(map);
    }

    @Test
    void append_ofAMappedPart_keepsItsOrigins() {
        MappedText part = cleaned();
        MappedText whole = MappedText.builder().insert("> ", 0).append(part).build();
        assertThat(whole.offsets().toOriginal(Span.of(2, 7)).in(ORIGINAL)).isEqualTo("Talks");
        assertThat(whole.offsets().toOriginal(Span.of(17, 23)).in(ORIGINAL)).isEqualTo("Second");
    }

    @Test
    void toOriginalStart_outsideTheText_isRejectedWithTheOffset() {
        assertThatThrownBy(() -> cleaned().offsets().toOriginalStart(99))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("99");
    }

    @Test
    void identity_mapsEveryOffsetToItself() {
        OffsetMap map = OffsetMap.identity(10);
        assertThat(map.toOriginal(Span.of(3, 7))).isEqualTo(Span.of(3, 7));
        assertThat(OffsetMap.identity(0).toOriginal(Span.of(0, 0))).isEqualTo(Span.of(0, 0));
    }
}
