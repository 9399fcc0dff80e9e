package dev.dateline.ingest.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Names the outlet behind a URL's host from {@code outlets.tsv}, or gives the host itself. */
public final class Outlets {

    private static final Map<String, String> BY_HOST = load();

    private Outlets() {
    }

    /** The host of {@code url} without "www.", if it has one. */
    public static Optional<String> host(String url) {
        try {
            String host = new URI(url.strip()).getHost();
            if (host == null) {
                return Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT);
            return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The outlet publishing at {@code url}: its name when known, else its host. */
    public static Optional<String> fromUrl(String url) {
        return host(url).map(host -> {
            for (String h = host; h.contains("."); h = h.substring(h.indexOf('.') + 1)) {
                String name = BY_HOST.get(h);
                if (name != null) {
                    return name;
                }
            }
            return host;
        });
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = Outlets.class.getResourceAsStream("/dev/dateline/ingest/outlets.tsv")) {
            if (in == null) {
                throw new IllegalStateException("outlets.tsv is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null;) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2) {
                    throw new IllegalStateException("outlets.tsv: expected 2 tab-separated columns: " + line);
                }
                map.put(cols[0].strip().toLowerCase(Locale.ROOT), cols[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
