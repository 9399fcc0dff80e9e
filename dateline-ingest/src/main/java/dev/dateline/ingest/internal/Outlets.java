package dev.dateline.ingest.internal;

import dev.dateline.model.TsvTable;
import java.net.URI;
import java.net.URISyntaxException;
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
        for (String[] row : TsvTable.read("/dev/dateline/ingest/", "outlets.tsv", 2, 1, Optional.empty())) {
            map.put(row[0].toLowerCase(Locale.ROOT), row[1]);
        }
        return Map.copyOf(map);
    }
}
