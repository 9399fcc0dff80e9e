package dev.dateline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.actors.KnowledgeBase;
import dev.dateline.events.Codebook.Stance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebookTest {

    private static final Codebook BOOK = Codebook.load(Optional.empty());

    private static CameoCode code(String c) {
        return BOOK.code(c).orElseThrow();
    }

    @Test
    void codes_carryPloverTypeModeGoldsteinAndQuadClass() {
        CameoCode truce = code("0871");
        assertThat(truce.plover()).hasValue("RETREAT");
        assertThat(truce.mode()).hasValue("ceasefire");
        assertThat(truce.goldstein()).isEqualTo(9.0);
        assertThat(truce.quadClass()).isEqualTo(2);
        assertThat(code("194").plover()).hasValue("ASSAULT");
        assertThat(code("194").quadClass()).isEqualTo(4);
        assertThat(code("010").plover()).isEmpty();
        assertThat(code("026").plover()).hasValue("REQUEST");
        assertThat(BOOK.size()).isGreaterThan(300);
    }

    @Test
    void withStance_codesWhatIsIntendedAppealedDemandedOrRefused() {
        assertThat(BOOK.withStance(code("040"), Stance.INTENDED)).hasValue(code("036"));
        assertThat(BOOK.withStance(code("046"), Stance.REFUSED)).hasValue(code("125"));
        assertThat(BOOK.withStance(code("0871"), Stance.APPEALED)).hasValue(code("0256"));
        assertThat(BOOK.withStance(code("0841"), Stance.DEMANDED)).hasValue(code("1053"));
        assertThat(BOOK.withStance(code("190"), Stance.THREATENED)).hasValue(code("1384"));
        assertThat(BOOK.withStance(code("161"), Stance.THREATENED)).hasValue(code("1313"));
        // An act with no threat of its own is the general threat; a denial has no code of the act.
        assertThat(BOOK.withStance(code("111"), Stance.THREATENED)).hasValue(code("130"));
        assertThat(BOOK.withStance(code("195"), Stance.DENIED)).isEmpty();
        assertThat(BOOK.withStance(code("190"), Stance.INTENDED)).hasValue(code("1384"));
        assertThat(BOOK.withStance(code("111"), Stance.INTENDED)).isEmpty();
    }

    @Test
    void userTriggerFile_addsEntries_andABadCodeNamesTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("triggers.tsv"), "trigger\tpos\twith\tcode\tstance\nbeseech\tV\t\t020\tappealed\n");
        EventCoder.load(KnowledgeBase.load(Optional.empty()), Optional.of(dir)); // loads
        Files.writeString(dir.resolve("triggers.tsv"), "trigger\tpos\twith\tcode\tstance\nbeseech\tV\t\t999\t\n");
        assertThatThrownBy(() -> EventCoder.load(KnowledgeBase.load(Optional.empty()), Optional.of(dir)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("triggers.tsv")
                .hasMessageContaining("999");
        Files.writeString(dir.resolve("triggers.tsv"), "trigger\tpos\twith\tcode\tstance\nbeseech\tV\t\t020\tbegged\n");
        assertThatThrownBy(() -> EventCoder.load(KnowledgeBase.load(Optional.empty()), Optional.of(dir)))
                .hasMessageContaining("unknown stance 'begged'");
    }
}
