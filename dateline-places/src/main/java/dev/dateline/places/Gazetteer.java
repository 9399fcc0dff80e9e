package dev.dateline.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The world's places of 1,000 or more inhabitants, from GeoNames (CC BY 4.0) as the project's own
 * table ({@code cities.tsv.gz}, made by {@code tools/gazetteer/build.mjs}): each with its country,
 * first-level division, kind, population and coordinates. Looked up by name, accents and case
 * aside. Immutable and thread-safe once loaded.
 *
 * <pre>{@code
 * Gazetteer.shared().country("Quetta");   // PAK
 * }</pre>
 */
public final class Gazetteer {

    /**
     * One place.
     *
     * @param id its GeoNames id
     * @param name its name
     * @param country its country, ISO 3166-1 alpha-3 (as CAMEO codes countries; XKX for Kosovo)
     * @param admin1 its first-level division's code
     * @param feature its GeoNames feature code ({@code PPLC} a capital, {@code PPLA} a first-level seat)
     * @param population its inhabitants
     * @param lat latitude
     * @param lon longitude
     */
    public record Place(long id, String name, String country, String admin1, String feature, long population,
            double lat, double lon) {
    }

    private static final String RESOURCE = "/dev/dateline/places/cities.tsv.gz";
    /** A place is taken by name alone only when it is at least this large ... */
    private static final long DOMINANT_MIN_POPULATION = 20_000;
    /** ... and this many times larger than any namesake in another country. */
    private static final double DOMINANCE = 5.0;

    private static volatile Gazetteer shared;

    private final Map<String, List<Place>> byName;
    private final int size;

    private Gazetteer(Map<String, List<Place>> byName, int size) {
        this.byName = byName;
        this.size = size;
    }

    /** The shipped gazetteer, read on first use. */
    public static Gazetteer shared() {
        Gazetteer g = shared;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = shared;
                if (g == null) {
                    g = load();
                    shared = g;
                }
            }
        }
        return g;
    }

    private static Gazetteer load() {
        Map<String, List<Place>> byName = new HashMap<>();
        int n = 0;
        try (InputStream raw = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("the gazetteer " + RESOURCE + " is missing from the class path");
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            boolean header = true;
            for (String line; (line = in.readLine()) != null;) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                Place p = new Place(Long.parseLong(f[0]), f[1], iso3(f[3]), f[4], f[5], Long.parseLong(f[6]),
                        Double.parseDouble(f[7]), Double.parseDouble(f[8]));
                index(byName, f[1], p);
                if (!f[2].isEmpty() && !f[2].equalsIgnoreCase(f[1])) {
                    index(byName, f[2], p);
                }
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer " + RESOURCE, e);
        } catch (RuntimeException e) {
            if (e instanceof IllegalStateException ise) {
                throw ise;
            }
            throw new IllegalStateException("the gazetteer " + RESOURCE + " is damaged: " + e, e);
        }
        byName.values().forEach(list -> list.sort(Comparator.comparingLong(Place::population).reversed()));
        return new Gazetteer(byName, n);
    }

    private static void index(Map<String, List<Place>> byName, String name, Place p) {
        byName.computeIfAbsent(key(name), k -> new ArrayList<>(1)).add(p);
    }

    /** Number of places. */
    public int size() {
        return size;
    }

    /** Every place of that name, most populous first. */
    public List<Place> named(String name) {
        return byName.getOrDefault(key(name), List.of());
    }

    /**
     * The place a name means when nothing else tells: the most populous of its namesakes, when it
     * has at least 20,000 inhabitants and five times as many as any other namesake ("Quetta",
     * "Basra", "Goma"); none when the name is shared ("Springfield").
     */
    public Optional<Place> dominant(String name) {
        return dominant(name, false);
    }

    /**
     * The country a place name means when nothing else tells: as {@link #dominant}, but namesakes
     * in the same country do not count against it ("Springfield" is in the United States, whichever
     * Springfield it is).
     */
    public Optional<String> country(String name) {
        return dominant(name, true).map(Place::country);
    }

    private Optional<Place> dominant(String name, boolean sameCountryAgrees) {
        List<Place> all = named(name);
        if (all.isEmpty() || all.get(0).population() < DOMINANT_MIN_POPULATION) {
            return Optional.empty();
        }
        Place top = all.get(0);
        for (Place other : all.subList(1, all.size())) {
            boolean agrees = sameCountryAgrees && other.country().equals(top.country());
            if (!agrees && other.population() * DOMINANCE > top.population()) {
                return Optional.empty();
            }
        }
        return Optional.of(top);
    }

    private static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
    }

    private static String iso3(String iso2) {
        if (iso2.equals("XK")) {
            return "XKX";
        }
        try {
            return new Locale("", iso2).getISO3Country();
        } catch (MissingResourceException e) {
            return iso2;
        }
    }
}
