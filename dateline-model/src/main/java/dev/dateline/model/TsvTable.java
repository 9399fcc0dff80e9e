package dev.dateline.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the project's knowledge tables: tab-separated, {@code #} comments and blank lines skipped,
 * the first other line naming the columns; the shipped file first, then the user's file of the same
 * name, whose rows replace shipped rows with the same key and add the others.
 */
public final class TsvTable {

    private TsvTable() {
    }

    /**
     * Rows of the tab-separated table {@code name} shipped under the class-path folder
     * {@code resourceFolder}, then of the file of the same name in {@code userFolder}, whose rows
     * replace shipped rows with the same first {@code keyColumns} columns. The first line that is not a comment
     * names the columns.
     *
     * @throws IllegalArgumentException naming the file and line of a row with the wrong number of columns
     */
    public static List<String[]> read(String resourceFolder, String name, int columns, int keyColumns,
            Optional<Path> userFolder) {
        return read(resourceFolder, name, columns, columns, keyColumns, userFolder);
    }

    /**
     * As {@link #read(String, String, int, int, Optional)}, for a table whose last columns were
     * added later: a row may have from {@code minColumns} to {@code columns} columns, and shorter
     * rows are padded with empty cells (a user's file in the older form still reads).
     *
     * @throws IllegalArgumentException naming the file and line of a row with too few or too many columns
     */
    public static List<String[]> read(String resourceFolder, String name, int columns, int minColumns, int keyColumns,
            Optional<Path> userFolder) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        try (InputStream in = TsvTable.class.getResourceAsStream(resourceFolder + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name, columns, minColumns, keyColumns, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (userFolder.isPresent() && Files.isRegularFile(userFolder.get().resolve(name))) {
            Path file = userFolder.get().resolve(name);
            try {
                parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), columns, minColumns, keyColumns, rows);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return new ArrayList<>(rows.values());
    }

    private static void parse(String content, String source, int columns, int minColumns, int keyColumns,
            Map<String, String[]> rows) {
        String[] lines = content.split("\r?\n");
        boolean header = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false; // the first non-comment line names the columns
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < minColumns || cells.length > columns) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected "
                        + (minColumns == columns ? "" : minColumns + " to ") + columns
                        + " tab-separated columns, found " + cells.length);
            }
            if (cells.length < columns) {
                int given = cells.length;
                cells = Arrays.copyOf(cells, columns);
                Arrays.fill(cells, given, columns, "");
            }
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c].strip();
            }
            rows.put(String.join("\t", List.of(cells).subList(0, keyColumns)), cells);
        }
    }
}
