package dev.dateline.actors;

import dev.dateline.actors.internal.Tables;
import dev.dateline.model.ActorCode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actor knowledge base: countries (ISO codes, names, demonyms, capitals and seats of power),
 * international and non-governmental organizations, and role words with their CAMEO sectors.
 * It ships as tab-separated files ({@code countries.tsv}, {@code organizations.tsv},
 * {@code sectors.tsv}); files of the same names in a user folder add entries or replace
 * entries with the same key, without rebuilding.
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.load(Optional.empty());
 * kb.resolve("Georgian Foreign Minister Eka Tkeshelashvili");  // GEOGOV, with its reasons
 * }</pre>
 */
public final class KnowledgeBase {

    /** A name by which an actor is known, what kind of name it is, and when it held its office (people only). */
    private record Alias(ActorCode code, String actorName, String kind, String alias, Optional<Office> office) {
    }

    /** An office held from a day to a day (open while held). */
    private record Office(String country, String role, String holder, LocalDate from, Optional<LocalDate> to) {
        boolean heldOn(LocalDate day) {
            return !day.isBefore(from) && (to.isEmpty() || day.isBefore(to.get()));
        }
    }

    private final Map<String, List<Alias>> byLowercase = new HashMap<>();
    private final Map<String, String> sectors = new HashMap<>();
    private final Set<String> roleWords = new HashSet<>();
    private final List<Office> offices = new ArrayList<>();
    /** Names of one word and seven letters or more, for near spellings. */
    private final Map<String, List<Alias>> longSingleWords = new HashMap<>();
    private final int people;
    private final int longestAliasWords;
    private final int longestSectorWords;
    private final int countries;
    private final int organizations;

    private KnowledgeBase(Tables tables) {
        for (String[] row : tables.countries()) {
            ActorCode code = ActorCode.of(row[0]);
            add(code, row[1], "name", row[1]);
            aliases(row[2]).forEach(a -> add(code, row[1], "other name", a));
            aliases(row[3]).forEach(a -> add(code, row[1], "demonym", a));
            aliases(row[4]).forEach(a -> add(code, row[1], "capital or seat of power", a));
        }
        for (String[] row : tables.organizations()) {
            ActorCode code = row[4].isBlank() ? ActorCode.of(row[1]) : ActorCode.of(row[1]).with(row[4]);
            String name = row[2] + " (" + row[0] + ")";
            add(code, name, "organization", row[2]);
            aliases(row[3]).forEach(a -> add(code, name, "organization", a));
        }
        for (String[] row : tables.people()) {
            ActorCode code = ActorCode.of(row[2]).with(row[3]);
            Office office;
            try {
                office = new Office(row[2], row[4].toLowerCase(Locale.ROOT), row[0].replaceAll(" \\(.*\\)$", ""),
                        LocalDate.parse(row[5]), row[6].isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(row[6])));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("people.tsv: '" + row[0] + "' has a date that is not YYYY-MM-DD", e);
            }
            offices.add(office);
            String name = office.holder() + " (" + row[4] + " of " + row[2] + ")";
            add(code, name, "person", office.holder(), Optional.of(office));
            aliases(row[1]).forEach(a -> add(code, name, "person", a, Optional.of(office)));
        }
        for (String[] row : tables.sectors()) {
            sectors.put(row[0].toLowerCase(Locale.ROOT), row[1]);
            roleWords.addAll(List.of(row[0].toLowerCase(Locale.ROOT).split(" ")));
        }
        this.countries = tables.countries().size();
        this.organizations = tables.organizations().size();
        this.people = tables.people().size();
        this.longestAliasWords = byLowercase.keySet().stream().mapToInt(KnowledgeBase::words).max().orElse(1);
        byLowercase.forEach((key, aliases) -> {
            if (key.length() >= 7 && key.indexOf(' ') < 0 && !isAcronym(aliases.get(0).alias())) {
                longSingleWords.put(key, aliases);
            }
        });
        this.longestSectorWords = sectors.keySet().stream().mapToInt(KnowledgeBase::words).max().orElse(1);
    }

    /**
     * The shipped knowledge base, extended by the files in {@code userFolder} when given.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed row
     */
    public static KnowledgeBase load(Optional<Path> userFolder) {
        return new KnowledgeBase(Tables.load(userFolder));
    }

    /** What the knowledge base holds, in one line: "199 countries, 70 organizations, 119 role words, 223 office terms". */
    public String size() {
        return countries + " countries, " + organizations + " organizations, " + sectors.size() + " role words, "
                + people + " office terms";
    }

    /**
     * How {@code phrase} resolves: the longest country or organization name in it (a name, short
     * form, demonym or capital). A country is narrowed to a sector by the longest role word in the
     * phrase; an organization keeps its own sector. Empty when no country or organization is named.
     */
    public Optional<Resolution> resolve(String phrase) {
        return resolve(phrase, Optional.empty());
    }

    /**
     * How {@code phrase}, written on {@code date}, resolves: as {@link #resolve(String)}, and a
     * person who held several offices is taken in the office held that day; a country with an
     * office ("the French president") is told with who held it that day.
     */
    public Optional<Resolution> resolve(String phrase, Optional<LocalDate> date) {
        List<String> tokens = tokens(phrase);
        Alias best = null;
        int bestLength = 0;
        for (int i = 0; i < tokens.size(); i++) {
            // Only a longer name than the best so far can replace it; try the longest first.
            for (int n = Math.min(longestAliasWords, tokens.size() - i); n > bestLength; n--) {
                Optional<Alias> a = match(String.join(" ", tokens.subList(i, i + n)), date);
                if (a.isPresent()) {
                    best = a.get();
                    bestLength = n;
                    break;
                }
            }
        }
        String spelling = null;
        if (best == null) {
            // A variant spelling of a long name ("Ethopia", "Bouteflicka", "Zelenskyy"): one letter off.
            for (String token : tokens) {
                Optional<Alias> near = nearSpelling(token);
                if (near.isPresent()) {
                    best = near.get();
                    spelling = token;
                    break;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        if (spelling != null) {
            reasons.add("'" + spelling + "' read as '" + best.alias() + "', one letter apart");
        }
        reasons.add(best.kind().equals("person") ? "person '" + best.alias() + "': " + best.actorName() + ", "
                + best.office().get().from() + " to " + best.office().get().to().map(Object::toString).orElse("now")
                : best.kind() + " '" + best.alias() + "' of " + best.actorName() + " (" + best.code().base() + ")");
        ActorCode code = best.code();
        boolean keepsSector = best.kind().equals("organization") || best.kind().equals("person");
        Optional<String[]> role = keepsSector ? Optional.empty() : role(tokens);
        if (role.isPresent()) {
            code = code.with(role.get()[1]);
            reasons.add("role '" + role.get()[0] + "' is sector " + role.get()[1]);
            if (date.isPresent()) {
                holder(code.base(), tokens, date.get()).ifPresent(o -> reasons.add("on " + date.get() + " the "
                        + o.role() + " was " + o.holder() + " (from " + o.from() + ")"));
            }
        } else if (code.sector().isPresent() && !best.kind().equals("person")) {
            reasons.add(best.actorName() + " codes as sector " + code.sector().get());
        }
        String name = best.kind().equals("person") ? best.actorName()
                : best.actorName() + code.sector().map(s -> " (" + sectorName(s) + ")").orElse("");
        return Optional.of(new Resolution(code, name, phrase, reasons));
    }

    /** The CAMEO sector of the longest role word in {@code phrase} ("the judge" → JUD), if any. */
    public Optional<String> sector(String phrase) {
        return role(tokens(phrase)).map(r -> r[1]);
    }

    /** Whether {@code word} is, or is part of, a role word or phrase ("minister", "Foreign"). */
    public boolean isRoleWord(String word) {
        return roleWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The alias of one word spelt one letter differently from {@code token} (one letter added,
     * dropped or changed), when the token is a capitalized word of at least seven letters and
     * exactly one such alias exists.
     */
    private Optional<Alias> nearSpelling(String token) {
        if (token.length() < 7 || !Character.isUpperCase(token.charAt(0))) {
            return Optional.empty();
        }
        Alias found = null;
        for (Map.Entry<String, List<Alias>> e : longSingleWords.entrySet()) {
            if (oneEditApart(token.toLowerCase(Locale.ROOT), e.getKey())) {
                if (found != null && !found.code().equals(e.getValue().get(0).code())) {
                    return Optional.empty(); // two candidates: no guess
                }
                found = e.getValue().get(0);
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        int j = 0;
        boolean edited = false;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (edited) {
                return false;
            }
            edited = true;
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return true;
    }

    /** Who held the longest office named in {@code tokens} in {@code country} on {@code day}. */
    private Optional<Office> holder(String country, List<String> tokens, LocalDate day) {
        String text = " " + String.join(" ", tokens).toLowerCase(Locale.ROOT) + " ";
        return offices.stream()
                .filter(o -> o.country().equals(country) && o.heldOn(day) && text.contains(" " + o.role() + " "))
                .max(Comparator.comparingInt(o -> o.role().length()));
    }

    private Optional<Alias> match(String candidate, Optional<LocalDate> date) {
        List<Alias> aliases = byLowercase.get(candidate.toLowerCase(Locale.ROOT));
        if (aliases == null && candidate.endsWith("s")) {
            // "Georgians", "Palestinians": the plural of a demonym names the people.
            aliases = byLowercase.getOrDefault(candidate.substring(0, candidate.length() - 1).toLowerCase(Locale.ROOT),
                    List.of()).stream().filter(a -> a.kind().equals("demonym")).toList();
        }
        if (aliases == null || aliases.isEmpty()) {
            return Optional.empty();
        }
        // Short all-capital forms ("US", "UN") and people's names ("Rice") match only as written.
        return aliases.stream()
                .filter(a -> !(isAcronym(a.alias()) || a.kind().equals("person")) || a.alias().equals(candidate))
                .max(Comparator.comparingInt((Alias a) -> kindRank(a.kind()))
                        .thenComparingInt(a -> a.office().isPresent() && date.isPresent()
                                && a.office().get().heldOn(date.get()) ? 1 : 0));
    }

    private Optional<String[]> role(List<String> tokens) {
        for (int n = Math.min(longestSectorWords, tokens.size()); n >= 1; n--) {
            for (int i = 0; i + n <= tokens.size(); i++) {
                String candidate = String.join(" ", tokens.subList(i, i + n)).toLowerCase(Locale.ROOT);
                String sector = sectors.get(candidate);
                if (sector != null) {
                    return Optional.of(new String[] {candidate, sector});
                }
            }
        }
        return Optional.empty();
    }

    private void add(ActorCode code, String actorName, String kind, String alias) {
        add(code, actorName, kind, alias, Optional.empty());
    }

    private void add(ActorCode code, String actorName, String kind, String alias, Optional<Office> office) {
        String key = String.join(" ", tokens(alias)).toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
            byLowercase.computeIfAbsent(key, k -> new ArrayList<>()).add(new Alias(code, actorName, kind,
                    String.join(" ", tokens(alias)), office));
        }
    }

    private static List<String> aliases(String cell) {
        return cell.isBlank() ? List.of() : List.of(cell.split("\\|"));
    }

    /** Words of a phrase: letters, digits and the marks inside names ("U.S.", "Côte d'Ivoire", "Guinea-Bissau"). */
    static List<String> tokens(String phrase) {
        List<String> out = new ArrayList<>();
        for (String t : phrase.strip().split("[\\s,;:()\"“”]+")) {
            String word = t.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$", "").replaceAll("'s$|’s$", "")
                    .replaceAll("(?i)-led$", ""); // "US-led forces" are led by the US
            if (!word.isEmpty()) {
                out.add(word);
            }
        }
        if (!out.isEmpty() && out.get(0).equalsIgnoreCase("the") && out.size() > 1) {
            out.remove(0);
        }
        return out;
    }

    private static boolean isAcronym(String alias) {
        return alias.length() <= 5 && alias.replace(".", "").chars().allMatch(Character::isUpperCase);
    }

    private static int kindRank(String kind) {
        return switch (kind) {
            case "person" -> 5;
            case "organization" -> 4;
            case "name" -> 3;
            case "other name" -> 2;
            case "demonym" -> 1;
            default -> 0;
        };
    }

    private static int words(String s) {
        return s.split(" ").length;
    }

    private static String sectorName(String sector) {
        return switch (sector) {
            case "GOV" -> "government";
            case "MIL" -> "military";
            case "LEG" -> "legislature";
            case "COP" -> "police";
            case "SPY" -> "intelligence";
            case "REB" -> "rebels";
            case "INS" -> "insurgents";
            case "SEP" -> "separatists";
            case "OPP" -> "opposition";
            case "PTY" -> "political party";
            case "JUD" -> "judiciary";
            case "CVL" -> "civilians";
            case "REF" -> "refugees";
            case "MED" -> "media";
            case "BUS" -> "business";
            case "HLH" -> "health";
            case "REL" -> "religion";
            case "EDU" -> "education";
            case "HRI" -> "human rights";
            default -> sector;
        };
    }
}
