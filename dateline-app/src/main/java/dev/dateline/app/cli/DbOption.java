package dev.dateline.app.cli;

import dev.dateline.store.Store;
import dev.dateline.store.StoreException;
import java.nio.file.Files;
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

    /** Opens {@link #path()}, creating it when it does not exist: for the commands that write. */
    Store open() {
        return Store.open(path());
    }

    /**
     * Opens {@link #path()} for a command that only reads it: a store that does not exist is an
     * error (a mistyped {@code --db} or {@code $DATELINE_DB}), never a new empty one.
     */
    Store openExisting() {
        Path file = path();
        if (!Files.exists(file)) {
            throw new StoreException("no store at " + file + " (analyze articles into it first with"
                    + " 'dateline analyze PATH --db " + file + "', or name another with --db or $DATELINE_DB)");
        }
        return Store.open(file);
    }
}
