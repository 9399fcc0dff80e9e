package dev.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Records validate their arguments with messages that name them. */
class RecordsTest {

    @Test
    void span_endBeforeStart_isRejected() {
        assertThatThrownBy(() -> Span.of(5, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("span end 3 is before its start 5");
    }

    @Test
    void articleId_isTheFirst16HexOfSha256() {
        // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assertThat(ArticleId.of("abc").value()).isEqualTo("ba7816bf8f01cfea");
        assertThatThrownBy(() -> new ArticleId("XYZ")).hasMessageContaining("16 lowercase hex");
    }

    @Test
    void publicationDate_dateOutsideRange_isRejected() {
        LocalDate d = LocalDate.of(2008, 8, 12);
        assertThatThrownBy(() -> new PublicationDate(Optional.of(d.plusDays(5)), Optional.of(d), Optional.of(d),
                DateBasis.TEXT, 0.5)).hasMessageContaining("outside its range");
        assertThatThrownBy(() -> new PublicationDate(Optional.empty(), Optional.empty(), Optional.empty(),
                DateBasis.URL, 0.5)).hasMessageContaining("basis none");
        assertThat(PublicationDate.none().isKnown()).isFalse();
    }

    @Test
    void token_selfHead_isRejected() {
        assertThatThrownBy(() -> new Token(2, Span.of(0, 1), "a", "DT", "a", 2, "det"))
                .hasMessage("token 2 cannot have head 2");
    }

    @Test
    void problem_message_namesFileAndLine() {
        assertThat(Problem.error("dump.jsonl", 17, "invalid JSON").message())
                .isEqualTo("error: dump.jsonl:17: invalid JSON");
    }
}
