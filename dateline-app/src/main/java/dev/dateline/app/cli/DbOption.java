package dev.dateline.app.cli;

import dev.dateline.store.Store;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option of the commands that read the store. */
final class DbOption {

    @Option(names = "--db", paramLabel = "FILE",
            description = "The store (default: $DATELINE_DB, else ~/.dateline/dateline.duckdb).")
    Path db;

    /** The store named, else the default one. */
    Path path() {
        return db == null ? DatelineCommand.defaultDatabase() : db;
    }

    /** Opens {@link #path()}. */
    Store open() {
        return Store.open(path());
    }
}
