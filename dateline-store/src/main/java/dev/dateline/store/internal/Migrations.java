package dev.dateline.store.internal;

import dev.dateline.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * Brings a database to the current schema version, one migration per transaction. Migrations are
 * SQL resources {@code migrations/V<n>__<name>.sql}, applied in order and recorded in
 * {@code schema_migrations}; a database newer than this program is refused, not touched.
 */
public final class Migrations {

    /** The migrations, in order; the version of each is its position from 1. */
    static final List<String> SCRIPTS = List.of("V1__articles.sql", "V2__events.sql", "V3__claims.sql",
            "V4__stories.sql", "V5__timeline.sql", "V6__background.sql",
            "V7__published_evidence.sql", "V8__claim_disclosure.sql", "V9__claim_disclosure_rows.sql",
            "V10__event_confidence.sql");

    private Migrations() {
    }

    /** The schema version this program writes. */
    public static int currentVersion() {
        return SCRIPTS.size();
    }

    /** Applies the migrations {@code connection}'s database lacks; returns how many. */
    public static int migrate(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                    + "version INTEGER PRIMARY KEY, script VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        int version = version(connection);
        if (version > currentVersion()) {
            throw new StoreException("the database has schema version " + version + " but this Dateline knows only up to "
                    + currentVersion() + "; use a newer Dateline or another --db file");
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (int v = version + 1; v <= currentVersion(); v++) {
                String script = SCRIPTS.get(v - 1);
                try (Statement s = connection.createStatement()) {
                    for (String sql : statements(read(script))) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement p = connection.prepareStatement(
                        "INSERT INTO schema_migrations VALUES (?, ?, current_timestamp)")) {
                    p.setInt(1, v);
                    p.setString(2, script);
                    p.executeUpdate();
                }
                connection.commit();
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return currentVersion() - version;
    }

    /** The schema version of {@code connection}'s database, 0 for a new one. */
    public static int version(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_migrations")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("/dev/dateline/store/migrations/" + script)) {
            if (in == null) {
                throw new StoreException("migration " + script + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration " + script, e);
        }
    }

    /** The statements of a script: split at semicolons that end a line, comments removed. */
    static List<String> statements(String script) {
        String withoutComments = script.replaceAll("(?m)--.*$", "");
        return Arrays.stream(withoutComments.split(";\\s*(?:\\n|$)"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
