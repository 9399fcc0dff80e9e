package dev.dateline.app.cli;

import dev.dateline.store.Store;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option of the commands that read the store. */
final class DbOption {

    @Option(names = "--db", paramLabel = "FILE",
            description = "The store (default: $DATELINE_DB, else ~/.dateline/dateline.duckdb).")
    Path db;

    /** Opens the store named, else the default one. */
    Store open() {
        return Store.open(db == null ? DatelineCommand.defaultDatabase() : db);
    }
}
