package dev.dateline.store;

import dev.dateline.events.ActorMention;
import dev.dateline.events.Claim;
import dev.dateline.events.Event;
import dev.dateline.model.ActorCode;
import dev.dateline.model.AnnotatedArticle;
import dev.dateline.model.ArticleFormat;
import dev.dateline.model.ArticleId;
import dev.dateline.model.ArticleMetadata;
import dev.dateline.model.CleanArticle;
import dev.dateline.model.DateBasis;
import dev.dateline.model.MappedText;
import dev.dateline.model.OffsetMap;
import dev.dateline.model.PublicationDate;
import dev.dateline.model.Sentence;
import dev.dateline.model.Span;
import dev.dateline.model.Token;
import dev.dateline.store.internal.Migrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Dateline's store: one embedded DuckDB file holding articles, where they came from, and their
 * analysis. Each article is written in one transaction, so a crash or kill in the middle of a
 * batch leaves every article either wholly stored or not at all. Not thread-safe: one writer.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("dateline.duckdb"))) {
 *     store.save(annotated, "1");
 * }
 * }</pre>
 */
public final class Store implements AutoCloseable {

    private final Connection connection;
    private final Clock clock;
    private final Path file;

    private Store(Connection connection, Clock clock, Path file) {
        this.connection = connection;
        this.clock = clock;
        this.file = file;
    }

    /** Opens (creating if need be) the store in {@code file} and brings its schema up to date. */
    public static Store open(Path file) {
        return open(file, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that stamps first-seen and analyzed times. */
    public static Store open(Path file, Clock clock) {
        Path absolute = file.toAbsolutePath();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for the database " + file + " (" + e.getMessage() + ")", e);
        }
        Connection connection;
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            connection = DriverManager.getConnection("jdbc:duckdb:" + absolute);
        } catch (SQLException e) {
            String reason = e.getMessage() == null ? "" : e.getMessage();
            if (reason.toLowerCase(Locale.ROOT).contains("lock")) {
                throw new StoreException("cannot open the database " + file
                        + ": another Dateline process is using it", e);
            }
            throw new StoreException("cannot open the database " + file + " (" + firstLine(reason) + ")", e);
        } catch (ClassNotFoundException e) {
            throw new StoreException("the DuckDB driver is missing from the class path", e);
        }
        try {
            Migrations.migrate(connection);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("cannot prepare the database " + file + " (" + firstLine(e.getMessage()) + ")", e);
        }
        return new Store(connection, clock, file);
    }

    /** The schema version of the database. */
    public int schemaVersion() {
        try {
            return Migrations.version(connection);
        } catch (SQLException e) {
            throw failure("read the schema version", e);
        }
    }

    /** Whether {@code id} is stored with an analysis made by {@code pipelineVersion}. */
    public boolean isCurrent(ArticleId id, String pipelineVersion) {
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT 1 FROM articles WHERE id = ? AND pipeline_version = ?")) {
            p.setString(1, id.value());
            p.setString(2, pipelineVersion);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw failure("look up article " + id, e);
        }
    }

    /**
     * Stores {@code article} and its analysis in one transaction, replacing an earlier analysis of
     * the same article, and records its source.
     */
    public void save(AnnotatedArticle article, String pipelineVersion) {
        saveAll(List.of(article), pipelineVersion);
    }

    /**
     * Stores {@code articles} with their analyses in one transaction: after a crash, either all of
     * them are stored or none is. Earlier analyses of the same articles are replaced.
     */
    public void saveAll(List<AnnotatedArticle> articles, String pipelineVersion) {
        saveAll(articles, id -> List.of(), id -> List.of(), pipelineVersion);
    }

    /**
     * Stores {@code articles} with their analyses, the events coded from each
     * ({@code events.apply(id)}) and the figures each claims ({@code claims.apply(id)}) in one
     * transaction. Earlier analyses, events and claims of the same articles are replaced.
     */
    public void saveAll(List<AnnotatedArticle> articles, Function<ArticleId, List<Event>> events,
            Function<ArticleId, List<Claim>> claims, String pipelineVersion) {
        if (articles.isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        inTransaction("store article " + articles.get(0).id()
                + (articles.size() > 1 ? " and " + (articles.size() - 1) + " more" : ""), () -> {
            for (AnnotatedArticle article : articles) {
                saveOne(article, pipelineVersion, now);
                insertEvents(article.id().value(), events.apply(article.id()));
                insertClaims(article.id().value(), claims.apply(article.id()));
            }
        });
    }

    /** Inserts an article's events, one statement per event: articles have few. */
    private void insertEvents(String articleId, List<Event> events) throws SQLException {
        String sql = "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            int ordinal = 0;
            for (Event e : events) {
                int i = 1;
                p.setString(i++, articleId);
                p.setInt(i++, ordinal++);
                p.setInt(i++, e.sentence());
                p.setInt(i++, e.trigger().start());
                p.setInt(i++, e.trigger().end());
                p.setString(i++, e.triggerText());
                p.setString(i++, e.cameo().code());
                p.setString(i++, e.act().code());
                setOptional(p, i++, e.cameo().plover());
                setOptional(p, i++, e.cameo().mode());
                p.setDouble(i++, e.cameo().goldstein());
                p.setInt(i++, e.cameo().quadClass());
                p.setString(i++, e.modality().label());
                p.setObject(i++, strings(e.source().stream().map(a -> a.code().map(Object::toString).orElse("")).toList()));
                p.setObject(i++, strings(e.source().stream().map(ActorMention::text).toList()));
                p.setObject(i++, strings(e.target().stream().map(a -> a.code().map(Object::toString).orElse("")).toList()));
                p.setObject(i++, strings(e.target().stream().map(ActorMention::text).toList()));
                setOptional(p, i++, e.claimant().map(ActorMention::text));
                setOptional(p, i++, e.time().value());
                p.setString(i++, e.time().basis());
                setOptional(p, i++, e.place());
                p.setString(i++, e.rule());
                setOptional(p, i++, e.background());
                p.setDouble(i++, e.confidence().score());
                p.addBatch();
            }
            if (ordinal > 0) {
                p.executeBatch();
            }
        }
    }

    /**
     * Replaces the events and claims stored for article {@code id} with these, in one transaction:
     * an article whose analysis is reused gets what the current coder finds in it.
     */
    public void replaceFindings(ArticleId id, List<Event> events, List<Claim> claims) {
        inTransaction("store the events and claims of " + id, () -> {
            replaceRows(id.value(), events, claims);
        });
    }

    /**
     * Gives the stored article {@code id} a new publication date, and its events and claims as
     * dated anew from it, in one transaction: how an article takes the date of its story.
     */
    public void redate(ArticleId id, PublicationDate published, List<Event> events, List<Claim> claims) {
        inTransaction("store the new date of " + id, () -> {
            try (PreparedStatement p = connection.prepareStatement("UPDATE articles SET published_date = ?,"
                    + " published_earliest = ?, published_latest = ?, published_basis = ?, published_confidence = ?,"
                    + " published_evidence = ? WHERE id = ?")) {
                int i = 1;
                setDate(p, i++, published.date());
                setDate(p, i++, published.earliest());
                setDate(p, i++, published.latest());
                p.setString(i++, published.basis().id());
                p.setDouble(i++, published.confidence());
                p.setString(i++, String.join("\n", published.evidence()));
                p.setString(i, id.value());
                p.executeUpdate();
            }
            replaceRows(id.value(), events, claims);
        });
    }

    private void replaceRows(String articleId, List<Event> events, List<Claim> claims) throws SQLException {
        for (String table : List.of("events", "claims")) {
            try (PreparedStatement p = connection.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
                p.setString(1, articleId);
                p.executeUpdate();
            }
        }
        insertEvents(articleId, events);
        insertClaims(articleId, claims);
    }

    private void insertClaims(String articleId, List<Claim> claims) throws SQLException {
        String sql = "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            int ordinal = 0;
            for (Claim c : claims) {
                int i = 1;
                p.setString(i++, articleId);
                p.setInt(i++, ordinal++);
                p.setInt(i++, c.sentence());
                p.setInt(i++, c.sentenceSpan().start());
                p.setInt(i++, c.sentenceSpan().end());
                p.setInt(i++, c.span().start());
                p.setInt(i++, c.span().end());
                p.setString(i++, c.text());
                p.setString(i++, c.measure().label());
                setLong(p, i++, c.low());
                setLong(p, i++, c.high());
                p.setBoolean(i++, c.disclosed());
                setOptional(p, i++, c.subject().flatMap(a -> a.code()).map(Object::toString));
                setOptional(p, i++, c.subject().map(ActorMention::text));
                p.setString(i++, c.category().label());
                setOptional(p, i++, c.claimant().flatMap(a -> a.code()).map(Object::toString));
                setOptional(p, i++, c.claimant().map(ActorMention::text));
                setOptional(p, i++, c.asOf());
                p.setString(i++, c.asOfBasis());
                setOptional(p, i++, c.since());
                p.setString(i++, c.rule());
                p.setString(i++, c.disclosure().label());
                setOptional(p, i++, c.place());
                p.addBatch();
            }
            if (ordinal > 0) {
                p.executeBatch();
            }
        }
    }

    private static void setLong(PreparedStatement p, int index, OptionalLong value) throws SQLException {
        if (value.isPresent()) {
            p.setLong(index, value.getAsLong());
        } else {
            p.setNull(index, Types.BIGINT);
        }
    }

    /**
     * Every stored claim with the article it comes from and who published that article (its
     * first credited agency, else its outlet, else the article id), in article order.
     */
    public List<StoredClaim> claims() {
        String sql = """
                SELECT c.*, coalesce(a.agencies[1], a.outlet, a.id) AS publisher
                FROM claims c JOIN articles a ON a.id = c.article_id
                ORDER BY a.first_seen, c.article_id, c.ordinal""";
        List<StoredClaim> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(new StoredClaim(r.getString("article_id"), r.getInt("ordinal"), r.getString("publisher"),
                        new Claim(r.getInt("sentence"), Span.of(r.getInt("sentence_start"), r.getInt("sentence_end")),
                                Span.of(r.getInt("start_offset"), r.getInt("end_offset")), r.getString("text"),
                                Claim.Measure.valueOf(r.getString("measure").toUpperCase(Locale.ROOT)),
                                optionalLong(r, "low"), optionalLong(r, "high"), Claim.Disclosure.valueOf(r.getString("disclosure").toUpperCase(Locale.ROOT)),
                                actor(r.getString("subject_code"), r.getString("subject_text")),
                                Claim.Category.valueOf(r.getString("category").toUpperCase(Locale.ROOT)),
                                Optional.ofNullable(r.getString("place")),
                                actor(r.getString("claimant_code"), r.getString("claimant_text")),
                                Optional.ofNullable(r.getString("as_of")), r.getString("as_of_basis"),
                                Optional.ofNullable(r.getString("since")), r.getString("rule"))));
            }
        } catch (SQLException e) {
            throw failure("read the claims", e);
        }
        return out;
    }

    /**
     * A claim as stored.
     *
     * @param article the article's id
     * @param ordinal its position among the article's claims
     * @param publisher who published the article: its first credited agency, else its outlet, else its id
     * @param claim the claim (actors keep their code and words, not the reasons they resolved)
     */
    public record StoredClaim(String article, int ordinal, String publisher, Claim claim) {
    }

    private static OptionalLong optionalLong(ResultSet r, String column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? OptionalLong.empty() : OptionalLong.of(v);
    }

    private static Optional<ActorMention> actor(String code, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<ActorCode> parsed = code == null || code.length() < 3 ? Optional.empty()
                : Optional.of(ActorCode.parse(code));
        return Optional.of(new ActorMention(text, Span.of(0, 0), parsed, Optional.empty(), List.of()));
    }

    /** Records the story of each article ({@code article id → story id}), replacing earlier records of those articles. */
    public void saveStories(Map<String, String> storyOf) {
        if (storyOf.isEmpty()) {
            return;
        }
        inTransaction("store the stories of " + storyOf.size() + " articles", () -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM story_articles WHERE article_id = ?");
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO story_articles VALUES (?, ?)")) {
                for (Map.Entry<String, String> e : storyOf.entrySet()) {
                    delete.setString(1, e.getKey());
                    delete.addBatch();
                    insert.setString(1, e.getKey());
                    insert.setString(2, e.getValue());
                    insert.addBatch();
                }
                delete.executeBatch();
                insert.executeBatch();
            }
        });
    }

    /**
     * A story's event as its timeline lists it.
     *
     * @param story the story's id
     * @param event the event's id
     * @param date its TIMEX3 date, when its mentions give one
     * @param summary one line: who did what to whom, where
     * @param modality its latest mention's modality
     * @param numArticles articles that mention it
     * @param numSources independent sources among them
     * @param importance independent sources times ten plus the size of its Goldstein weight
     * @param mentions ids of its mentions
     * @param background whether every mention is history the articles recall, not news
     */
    public record TimelineEntry(String story, String event, Optional<String> date, String summary, String modality,
            int numArticles, int numSources, double importance, List<String> mentions, boolean background) {
        public TimelineEntry {
            mentions = List.copyOf(mentions);
        }
    }

    /** Replaces the timelines of the stories of {@code entries} with them. */
    public void saveTimeline(List<TimelineEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        inTransaction("store the timelines of " + entries.stream().map(TimelineEntry::story).distinct().count() + " stories",
                () -> {
                    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM story_events WHERE story_id = ?")) {
                        for (String story : entries.stream().map(TimelineEntry::story).distinct().toList()) {
                            delete.setString(1, story);
                            delete.addBatch();
                        }
                        delete.executeBatch();
                    }
                    try (Statement stale = connection.createStatement()) {
                        // A story none of whose articles is in it any more has no timeline.
                        stale.execute("DELETE FROM story_events WHERE story_id NOT IN (SELECT story_id FROM story_articles)");
                    }
                    try (PreparedStatement p = connection.prepareStatement(
                            "INSERT INTO story_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                        for (TimelineEntry e : entries) {
                            p.setString(1, e.story());
                            p.setString(2, e.event());
                            setOptional(p, 3, e.date());
                            p.setString(4, e.summary());
                            p.setString(5, e.modality());
                            p.setInt(6, e.numArticles());
                            p.setInt(7, e.numSources());
                            p.setDouble(8, e.importance());
                            p.setObject(9, strings(e.mentions()));
                            p.setBoolean(10, e.background());
                            p.addBatch();
                        }
                        p.executeBatch();
                    }
                });
    }

    /** The timeline of {@code story}, or of every story when empty: by story, then date (undated last), then importance. */
    public List<TimelineEntry> timeline(Optional<String> story) {
        String sql = "SELECT * FROM story_events" + (story.isPresent() ? " WHERE story_id = ?" : "")
                + " ORDER BY story_id, date NULLS LAST, importance DESC, event_id";
        List<TimelineEntry> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            if (story.isPresent()) {
                p.setString(1, story.get());
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Array mentions = r.getArray("mentions");
                    List<String> ids = new ArrayList<>();
                    for (Object o : (Object[]) mentions.getArray()) {
                        ids.add(String.valueOf(o));
                    }
                    out.add(new TimelineEntry(r.getString("story_id"), r.getString("event_id"),
                            Optional.ofNullable(r.getString("date")), r.getString("summary"), r.getString("modality"),
                            r.getInt("num_articles"), r.getInt("num_sources"), r.getDouble("importance"), ids,
                            r.getBoolean("background")));
                }
            }
        } catch (SQLException e) {
            throw failure("read the timeline", e);
        }
        return out;
    }

    /** The story of each stored article that has one, by article id. */
    public Map<String, String> stories() {
        Map<String, String> out = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT article_id, story_id FROM story_articles ORDER BY story_id, article_id")) {
            while (r.next()) {
                out.put(r.getString(1), r.getString(2));
            }
        } catch (SQLException e) {
            throw failure("read the stories", e);
        }
        return out;
    }

    /** Number of events stored for {@code id}. */
    public int eventCount(ArticleId id) {
        try (PreparedStatement p = connection.prepareStatement("SELECT count(*) FROM events WHERE article_id = ?")) {
            p.setString(1, id.value());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw failure("count the events of " + id, e);
        }
    }

    private void saveOne(AnnotatedArticle article, String pipelineVersion, LocalDateTime now) throws SQLException {
        CleanArticle a = article.article();
        ArticleMetadata m = a.metadata();
        boolean exists;
        try (PreparedStatement p = connection.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            p.setString(1, a.id().value());
            try (ResultSet r = p.executeQuery()) {
                exists = r.next();
            }
        }
        // An UPDATE of an existing row, not an upsert: DuckDB's ON CONFLICT path costs several
        // times a plain INSERT, and new articles are the common case.
        String sql = exists ? """
                UPDATE articles SET format = ?, original_text = ?, clean_text = ?, offset_map = ?, paragraphs = ?,
                  title = ?, outlet = ?, byline = ?, agencies = ?, dateline = ?, url = ?, language = ?,
                  published_date = ?, published_earliest = ?, published_latest = ?, published_basis = ?,
                  published_confidence = ?, published_evidence = ?, sentence_count = ?, token_count = ?, pipeline_version = ?,
                  analyzed_at = ? WHERE id = ?"""
                : "INSERT INTO articles (format, original_text, clean_text, offset_map, paragraphs, title, outlet,"
                        + " byline, agencies, dateline, url, language, published_date, published_earliest,"
                        + " published_latest, published_basis, published_confidence, published_evidence, sentence_count,"
                        + " token_count, pipeline_version, analyzed_at, id, first_seen)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            int i = 1;
            p.setString(i++, a.format().id());
            p.setString(i++, a.originalText());
            p.setString(i++, a.text());
            p.setObject(i++, ints(a.clean().offsets().encode()));
            p.setObject(i++, ints(flatten(a.paragraphs())));
            setOptional(p, i++, m.title());
            setOptional(p, i++, m.outlet());
            setOptional(p, i++, m.byline());
            p.setObject(i++, strings(m.agencies()));
            setOptional(p, i++, m.dateline());
            setOptional(p, i++, m.url());
            p.setString(i++, m.language());
            setDate(p, i++, m.published().date());
            setDate(p, i++, m.published().earliest());
            setDate(p, i++, m.published().latest());
            p.setString(i++, m.published().basis().id());
            p.setDouble(i++, m.published().confidence());
            p.setString(i++, String.join("\n", m.published().evidence()));
            p.setInt(i++, article.sentences().size());
            p.setInt(i++, article.tokenCount());
            p.setString(i++, pipelineVersion);
            p.setObject(i++, now);
            p.setString(i++, a.id().value());
            if (!exists) {
                p.setObject(i, now);
            }
            p.executeUpdate();
        }
        if (exists) {
            for (String table : List.of("sentences", "events", "claims")) {
                try (PreparedStatement p = connection.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
                    p.setString(1, a.id().value());
                    p.executeUpdate();
                }
            }
        }
        insertSentences(a.id().value(), article.sentences());
        insertSource(a.id(), a.source(), a.sourceLine(), now);
    }

    /** Inserts sentences in multi-row statements: DuckDB runs one statement of many rows far faster than many of one. */
    private void insertSentences(String articleId, List<Sentence> sentences) throws SQLException {
        final int rowsPerStatement = 64;
        for (int from = 0; from < sentences.size(); from += rowsPerStatement) {
            List<Sentence> chunk = sentences.subList(from, Math.min(sentences.size(), from + rowsPerStatement));
            String sql = "INSERT INTO sentences VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            try (PreparedStatement p = connection.prepareStatement(sql)) {
                int i = 1;
                for (Sentence s : chunk) {
                    List<Token> t = s.tokens();
                    p.setString(i++, articleId);
                    p.setInt(i++, s.index());
                    p.setInt(i++, s.span().start());
                    p.setInt(i++, s.span().end());
                    p.setObject(i++, ints(t.stream().mapToInt(x -> x.span().start()).toArray()));
                    p.setObject(i++, ints(t.stream().mapToInt(x -> x.span().end()).toArray()));
                    p.setObject(i++, strings(t.stream().map(Token::word).toList()));
                    p.setObject(i++, strings(t.stream().map(Token::pos).toList()));
                    p.setObject(i++, strings(t.stream().map(Token::lemma).toList()));
                    p.setObject(i++, ints(t.stream().mapToInt(Token::head).toArray()));
                    p.setObject(i++, strings(t.stream().map(Token::relation).toList()));
                }
                p.executeUpdate();
            }
        }
    }

    /**
     * A place an article was read from.
     *
     * @param article the article
     * @param source the file or URL, as given
     * @param line the line of a JSON Lines record, if it is one
     */
    public record Source(ArticleId article, String source, OptionalInt line) {
        public Source {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(line, "line");
        }
    }

    /** Records that the stored article {@code id} was also read from {@code source}. */
    public void addSource(ArticleId id, String source, OptionalInt sourceLine) {
        addSources(List.of(new Source(id, source, sourceLine)));
    }

    /**
     * Records more places stored articles were read from, in one transaction and in statements of
     * many rows (a dump of 50,000 repeated records takes seconds, not minutes); places already
     * recorded are left as they are.
     */
    public void addSources(List<Source> sources) {
        List<Source> distinct = List.copyOf(new LinkedHashSet<>(sources));
        if (distinct.isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        final int rowsPerStatement = 500;
        inTransaction("record " + distinct.size() + " sources of stored articles", () -> {
            for (int from = 0; from < distinct.size(); from += rowsPerStatement) {
                List<Source> chunk = distinct.subList(from, Math.min(distinct.size(), from + rowsPerStatement));
                String sql = "INSERT INTO article_sources VALUES "
                        + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?)")) + " ON CONFLICT DO NOTHING";
                try (PreparedStatement p = connection.prepareStatement(sql)) {
                    int i = 1;
                    for (Source s : chunk) {
                        p.setString(i++, s.article().value());
                        p.setString(i++, s.source());
                        p.setInt(i++, s.line().orElse(0));
                        p.setObject(i++, now);
                    }
                    p.executeUpdate();
                }
            }
        });
    }

    /** Every place the article {@code id} was read from, in the order first seen. */
    public List<String> sources(ArticleId id) {
        try (PreparedStatement p = connection.prepareStatement("""
                SELECT source, source_line FROM article_sources WHERE article_id = ?
                ORDER BY first_seen, source, source_line""")) {
            p.setString(1, id.value());
            List<String> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getInt(2) > 0 ? r.getString(1) + ":" + r.getInt(2) : r.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("read the sources of article " + id, e);
        }
    }

    /**
     * The stored article {@code id} with its analysis, if it is stored and was analyzed by
     * {@code pipelineVersion}; its source is the first place it was read from.
     */
    public Optional<AnnotatedArticle> load(ArticleId id, String pipelineVersion) {
        try (PreparedStatement p = connection.prepareStatement("""
                SELECT a.*, s.source, s.source_line FROM articles a
                JOIN article_sources s ON s.article_id = a.id
                WHERE a.id = ? AND a.pipeline_version = ? ORDER BY s.first_seen, s.source LIMIT 1""")) {
            p.setString(1, id.value());
            p.setString(2, pipelineVersion);
            CleanArticle clean;
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                clean = cleanArticle(id, r);
            }
            return Optional.of(new AnnotatedArticle(clean, sentencesOf(id)));
        } catch (SQLException e) {
            throw failure("read article " + id, e);
        }
    }

    /**
     * The stored articles a batch's stories may reach, in the order they were first read (time,
     * then place): those in a stored story with one of the articles {@code batch}, those published
     * within {@code windowDays} of one of {@code days}, and those of no known date; none of
     * {@code batch} itself.
     */
    public List<ArticleId> neighbors(Set<ArticleId> batch, List<LocalDate> days, int windowDays) {
        List<LocalDate[]> ranges = new ArrayList<>();
        for (LocalDate d : new TreeSet<>(days)) {
            LocalDate from = d.minusDays(windowDays);
            LocalDate to = d.plusDays(windowDays);
            if (!ranges.isEmpty() && !from.isAfter(ranges.get(ranges.size() - 1)[1].plusDays(1))) {
                ranges.get(ranges.size() - 1)[1] = to; // overlapping windows are one range
            } else {
                ranges.add(new LocalDate[] {from, to});
            }
        }
        Set<String> found = new LinkedHashSet<>();
        try {
            try (PreparedStatement p = connection.prepareStatement("""
                    SELECT DISTINCT mate.article_id FROM story_articles s
                    JOIN story_articles mate ON mate.story_id = s.story_id
                    WHERE list_contains(?, s.article_id)""")) {
                p.setObject(1, strings(batch.stream().map(ArticleId::value).toList()));
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        found.add(r.getString(1));
                    }
                }
            }
            try (Statement s = connection.createStatement();
                    ResultSet r = s.executeQuery("SELECT id FROM articles WHERE published_date IS NULL")) {
                while (r.next()) {
                    found.add(r.getString(1)); // undated: any story may reach it
                }
            }
            try (PreparedStatement p = connection.prepareStatement(
                    "SELECT id FROM articles WHERE published_date BETWEEN ? AND ?")) {
                for (LocalDate[] range : ranges) {
                    p.setObject(1, range[0]);
                    p.setObject(2, range[1]);
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            found.add(r.getString(1));
                        }
                    }
                }
            }
            batch.forEach(id -> found.remove(id.value()));
            return found.isEmpty() ? List.of() : inReadOrder(Optional.of(found));
        } catch (SQLException e) {
            throw failure("find the stored articles near the batch", e);
        }
    }

    /** Every stored article, in the order first read (time, then place: file name and line), as one batch would read them. */
    public List<ArticleId> inReadOrder() {
        try {
            return inReadOrder(Optional.empty());
        } catch (SQLException e) {
            throw failure("list the articles", e);
        }
    }

    private List<ArticleId> inReadOrder(Optional<Set<String>> only) throws SQLException {
        List<ArticleId> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT article_id FROM article_sources"
                + (only.isPresent() ? " WHERE list_contains(?, article_id)" : "")
                + " GROUP BY article_id ORDER BY min(first_seen), min(source), min(source_line), article_id")) {
            if (only.isPresent()) {
                p.setObject(1, strings(List.copyOf(only.get())));
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new ArticleId(r.getString(1)));
                }
            }
        }
        return out;
    }

    /** One summary per stored article, in the order they were first stored. */
    public List<ArticleSummary> articles() {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT id, published_date, outlet, title FROM articles ORDER BY first_seen, id")) {
            List<ArticleSummary> out = new ArrayList<>();
            while (r.next()) {
                out.add(new ArticleSummary(new ArticleId(r.getString(1)), date(r, 2),
                        Optional.ofNullable(r.getString(3)), Optional.ofNullable(r.getString(4))));
            }
            return out;
        } catch (SQLException e) {
            throw failure("list the articles", e);
        }
    }

    /** Number of stored articles. */
    public int articleCount() {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM articles")) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw failure("count the articles", e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close the database", e);
        }
    }

    private void insertSource(ArticleId id, String source, OptionalInt line, LocalDateTime now) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT INTO article_sources VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            p.setString(1, id.value());
            p.setString(2, source);
            p.setInt(3, line.orElse(0));
            p.setObject(4, now);
            p.executeUpdate();
        }
    }

    private CleanArticle cleanArticle(ArticleId id, ResultSet r) throws SQLException {
        String original = r.getString("original_text");
        String cleanText = r.getString("clean_text");
        OffsetMap offsets = OffsetMap.decode(intArray(r.getArray("offset_map")));
        int[] flat = intArray(r.getArray("paragraphs"));
        List<Span> paragraphs = new ArrayList<>();
        for (int i = 0; i + 1 < flat.length; i += 2) {
            paragraphs.add(new Span(flat[i], flat[i + 1]));
        }
        Optional<LocalDate> earliest = date(r, "published_earliest");
        PublicationDate published = earliest.isEmpty() ? PublicationDate.none() : new PublicationDate(
                date(r, "published_date"), earliest, date(r, "published_latest"),
                DateBasis.valueOf(r.getString("published_basis").toUpperCase(Locale.ROOT)),
                r.getDouble("published_confidence"), lines(r.getString("published_evidence")));
        ArticleMetadata metadata = new ArticleMetadata(
                Optional.ofNullable(r.getString("title")), Optional.ofNullable(r.getString("outlet")),
                Optional.ofNullable(r.getString("byline")), stringList(r.getArray("agencies")),
                Optional.ofNullable(r.getString("dateline")), Optional.ofNullable(r.getString("url")),
                r.getString("language"), published);
        int line = r.getInt("source_line");
        return new CleanArticle(id, r.getString("source"), line > 0 ? OptionalInt.of(line) : OptionalInt.empty(),
                ArticleFormat.valueOf(r.getString("format").toUpperCase(Locale.ROOT)), original,
                new MappedText(cleanText, offsets), paragraphs, metadata);
    }

    private List<Sentence> sentencesOf(ArticleId id) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT * FROM sentences WHERE article_id = ? ORDER BY idx")) {
            p.setString(1, id.value());
            List<Sentence> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    int[] starts = intArray(r.getArray("token_starts"));
                    int[] ends = intArray(r.getArray("token_ends"));
                    List<String> words = stringList(r.getArray("words"));
                    List<String> pos = stringList(r.getArray("pos"));
                    List<String> lemmas = stringList(r.getArray("lemmas"));
                    int[] heads = intArray(r.getArray("heads"));
                    List<String> relations = stringList(r.getArray("relations"));
                    List<Token> tokens = new ArrayList<>(starts.length);
                    for (int i = 0; i < starts.length; i++) {
                        tokens.add(new Token(i, new Span(starts[i], ends[i]), words.get(i), pos.get(i), lemmas.get(i),
                                heads[i], relations.get(i)));
                    }
                    out.add(new Sentence(r.getInt("idx"),
                            new Span(r.getInt("start_offset"), r.getInt("end_offset")), tokens));
                }
            }
            return out;
        }
    }

    /** A unit of work in one transaction. */
    private interface Work {
        void run() throws SQLException;
    }

    private void inTransaction(String what, Work work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private Array ints(int[] values) throws SQLException {
        Integer[] boxed = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return connection.createArrayOf("INTEGER", boxed);
    }

    private Array strings(List<String> values) throws SQLException {
        return connection.createArrayOf("VARCHAR", values.toArray(new String[0]));
    }

    private static int[] flatten(List<Span> spans) {
        int[] out = new int[spans.size() * 2];
        for (int i = 0; i < spans.size(); i++) {
            out[2 * i] = spans.get(i).start();
            out[2 * i + 1] = spans.get(i).end();
        }
        return out;
    }

    private static int[] intArray(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = ((Number) values[i]).intValue();
        }
        return out;
    }

    /** The lines of {@code text}; none for NULL or empty (rows stored before evidence was kept). */
    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private static List<String> stringList(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        List<String> out = new ArrayList<>(values.length);
        for (Object v : values) {
            out.add((String) v);
        }
        return out;
    }

    private static void setOptional(PreparedStatement p, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            p.setString(index, value.get());
        } else {
            p.setNull(index, Types.VARCHAR);
        }
    }

    private static void setDate(PreparedStatement p, int index, Optional<LocalDate> value) throws SQLException {
        if (value.isPresent()) {
            p.setObject(index, value.get());
        } else {
            p.setNull(index, Types.DATE);
        }
    }

    private static Optional<LocalDate> date(ResultSet r, int column) throws SQLException {
        Date d = r.getDate(column);
        return d == null ? Optional.empty() : Optional.of(d.toLocalDate());
    }

    private static Optional<LocalDate> date(ResultSet r, String column) throws SQLException {
        return date(r, r.findColumn(column));
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException("cannot " + what + " in " + file + " (" + firstLine(e.getMessage()) + ")", e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Already failing; the first error is the one to report.
        }
    }
}
