package dev.dateline.ingest.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the knowledge files: tab-separated rows, with blank lines and {@code #} comments skipped. */
final class TsvResource {

    private TsvResource() {
    }

    /**
     * The rows of the class-path resource {@code path}, each with exactly {@code columns} stripped cells.
     *
     * @throws IllegalStateException when the resource is missing or a row has another number of cells
     */
    static List<String[]> read(String path, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = TsvResource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line; (line = reader.readLine()) != null;) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != columns) {
                    throw new IllegalStateException(path + ":" + number + ": expected " + columns
                            + " tab-separated columns, found " + cells.length);
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
