package dev.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.model.AnnotatedArticle;
import dev.dateline.model.ArticleFormat;
import dev.dateline.model.ArticleMetadata;
import dev.dateline.model.CleanArticle;
import dev.dateline.model.DateBasis;
import dev.dateline.model.MappedText;
import dev.dateline.model.PublicationDate;
import dev.dateline.model.RawArticle;
import dev.dateline.model.Sentence;
import dev.dateline.model.Span;
import dev.dateline.model.Token;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    @TempDir
    Path dir;

    static AnnotatedArticle article(String source, String text) {
        RawArticle raw = RawArticle.ofFile(source, text, ArticleFormat.TEXT);
        ArticleMetadata metadata = new ArticleMetadata(Optional.of("Talks held"), Optional.of("Civil Georgia"),
                Optional.empty(), List.of("AFP"), Optional.of("TBILISI"), Optional.empty(), "en",
                PublicationDate.stated(LocalDate.of(2008, 8, 12), DateBasis.METADATA, 0.95, "stated: 'Aug. 12, 2008'"));
        CleanArticle clean = new CleanArticle(raw.id(), source, OptionalInt.empty(), ArticleFormat.TEXT, text,
                MappedText.identity(text), List.of(new Span(0, text.length())), metadata);
        int space = text.indexOf(' ');
        Sentence sentence = new Sentence(0, new Span(0, text.length()), List.of(
                new Token(0, new Span(0, space), text.substring(0, space), "NNS", "talk", 1, "nsubj"),
                new Token(1, new Span(space + 1, text.length()), text.substring(space + 1), "VBD", "hold", -1, "root")));
        return new AnnotatedArticle(clean, List.of(sentence));
    }

    @Test
    void save_thenLoad_roundTripsEverything() {
        AnnotatedArticle a = article("a.txt", "Talks resumed");
        try (Store store = Store.open(dir.resolve("db.duckdb"))) {
            store.save(a, "1");
            assertThat(store.load(a.id(), "1")).contains(a);
            assertThat(store.load(a.id(), "2")).isEmpty();
            assertThat(store.isCurrent(a.id(), "1")).isTrue();
        }
    }

    @Test
    void save_sameArticleTwice_storesItOnce() {
        AnnotatedArticle a = article("a.txt", "Talks resumed");
        Path db = dir.resolve("db.duckdb");
        try (Store store = Store.open(db)) {
            store.save(a, "1");
        }
        try (Store store = Store.open(db)) {
            store.save(a, "1");
            store.addSource(a.id(), "copy-of-a.txt", OptionalInt.empty());
            store.addSource(a.id(), "copy-of-a.txt", OptionalInt.empty());
            assertThat(store.articleCount()).isEqualTo(1);
            assertThat(store.sources(a.id())).containsExactly("a.txt", "copy-of-a.txt");
            assertThat(store.load(a.id(), "1").orElseThrow().sentences()).hasSize(1);
        }
    }

    @Test
    void articles_listsSummariesInStorageOrder() {
        try (Store store = Store.open(dir.resolve("db.duckdb"))) {
            store.save(article("a.txt", "Talks resumed"), "1");
            store.save(article("b.txt", "Shelling continued"), "1");
            assertThat(store.articles()).extracting(ArticleSummary::title)
                    .containsExactly(Optional.of("Talks held"), Optional.of("Talks held"));
            assertThat(store.articles().get(0).published()).contains(LocalDate.of(2008, 8, 12));
        }
    }

    @Test
    void open_newDatabase_isAtCurrentSchemaVersion() {
        try (Store store = Store.open(dir.resolve("nested/folder/db.duckdb"))) {
            assertThat(store.schemaVersion()).isEqualTo(10);
        }
    }

    @Test
    void open_databaseFromNewerVersion_isRefusedUntouched() throws Exception {
        Path db = dir.resolve("db.duckdb");
        Store.open(db).close();
        try (var c = DriverManager.getConnection("jdbc:duckdb:" + db); var s = c.createStatement()) {
            s.execute("INSERT INTO schema_migrations VALUES (99, 'V99__future.sql', current_timestamp)");
        }
        assertThatThrownBy(() -> Store.open(db)).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 99");
    }

    @Test
    void save_failingMidway_leavesNothingOfTheArticle() throws Exception {
        Path db = dir.resolve("db.duckdb");
        AnnotatedArticle good = article("a.txt", "Talks resumed");
        try (Store store = Store.open(db)) {
            store.save(good, "1");
        }
        // Make the sentence insert fail after the article row went in: the transaction must undo both.
        try (var c = DriverManager.getConnection("jdbc:duckdb:" + db); var s = c.createStatement()) {
            s.execute("DROP TABLE sentences");
            s.execute("CREATE TABLE sentences (article_id VARCHAR, idx INTEGER CHECK (idx < 0))");
        }
        AnnotatedArticle other = article("b.txt", "Shelling continued");
        try (Store store = Store.open(db)) {
            assertThatThrownBy(() -> store.save(other, "1")).isInstanceOf(StoreException.class)
                    .hasMessageContaining("store article " + other.id());
            assertThat(store.articleCount()).isEqualTo(1);
            assertThat(store.isCurrent(good.id(), "1")).isTrue();
            assertThat(store.isCurrent(other.id(), "1")).isFalse();
            assertThat(store.sources(other.id())).isEmpty();
        }
    }
}
