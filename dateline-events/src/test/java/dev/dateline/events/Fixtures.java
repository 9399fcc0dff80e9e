package dev.dateline.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads fixture files: their lines without comments and blanks, and without the header of a table. */
final class Fixtures {

    private Fixtures() {
    }

    static List<String> lines(String resource) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the test class path");
            }
            List<String> out = new ArrayList<>();
            boolean header = resource.endsWith(".tsv");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                out.add(line);
            }
            return out;
        }
    }
}
